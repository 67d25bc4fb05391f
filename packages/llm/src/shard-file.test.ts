import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError, formatError } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { readShardFile } from "./shard-file.ts";

async function shardFile(text: string): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), "shard-file-")), "shard-1-of-2.json");
  await writeFile(file, text);
  return file;
}

const valid = {
  shard: { index: 1, total: 2 },
  suites: [
    {
      suite: "evals/a.yml",
      startedAt: "2026-01-01T00:00:00.000Z",
      durationMs: 5,
      evaluations: [
        {
          head: { id: "greet", version: "1", file: "prompts/greet.prompt", hashes: {} },
          lint: [],
          results: [{ caseId: "c1", repeat: 0, side: "head", promptId: "greet", status: "pass" }],
        },
      ],
    },
  ],
};

describe("readShardFile", () => {
  it("reads a shard file evaluate-llm wrote", async () => {
    const shard = await readShardFile(await shardFile(JSON.stringify(valid)));
    expect(shard.suites[0]?.evaluations[0]?.results).toHaveLength(1);
  });

  it.each([
    ["a shard index past the total", { ...valid, shard: { index: 3, total: 2 } }, /shard\.index/],
    [
      "suites that are not a list",
      { ...valid, suites: { a: 1 } },
      /\(suites\): invalid shard file: expected array/,
    ],
    [
      "a result without a status",
      JSON.parse(JSON.stringify(valid).replace(',"status":"pass"', "")),
      /results\[0\]\.status\): invalid shard file: expected one of "pass", "fail", "error", "skipped", found nothing/,
    ],
  ])("refuses %s with a located message", async (_, content, pattern) => {
    const file = await shardFile(JSON.stringify(content, null, 2));
    const e = await readShardFile(file).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ConfigError);
    expect((e as ConfigError).location?.line).toBeGreaterThan(0);
    expect(formatError(e)).toMatch(pattern);
  });

  it("refuses text that is not JSON, at its line", async () => {
    const e = await readShardFile(await shardFile('{\n  "shard": [1,\n')).catch((x: unknown) => x);
    expect(formatError(e)).toMatch(/shard-1-of-2\.json:\d+:\d+: invalid shard file: not valid YAML\/JSON/);
  });
});
