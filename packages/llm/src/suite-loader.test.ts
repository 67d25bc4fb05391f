import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { formatError } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { loadSuite } from "./suite-loader.ts";

async function suiteWithRows(rows: object[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "llm-suite-"));
  await writeFile(
    path.join(dir, "s.yaml"),
    "prompts: [a.prompt]\nproviders: [{ model: gpt-4o-mini }]\ndatasets: [c.jsonl]\n",
  );
  await writeFile(path.join(dir, "c.jsonl"), rows.map((r) => JSON.stringify(r)).join("\n"));
  return path.join(dir, "s.yaml");
}

describe("loadSuite", () => {
  it("checks the assertions of a dataset row, naming the file, line and key", async () => {
    const good = { customer: "Ann", assert: [{ type: "contains", value: "Ann" }] };
    const file = await suiteWithRows([
      good,
      { customer: "Bob", assert: [{ type: "containz", value: "Bob" }] },
    ]);
    const error = await loadSuite(file).catch((e: unknown) => e);
    const dataset = path.relative(process.cwd(), path.join(path.dirname(file), "c.jsonl"));
    expect(formatError(error)).toBe(
      `${dataset}:2 (assert[0].type): unknown type "containz"\n  hint: did you mean "contains"?`,
    );
    const loaded = await loadSuite(await suiteWithRows([good]));
    expect(loaded.cases[0]?.assert).toEqual([{ type: "contains", value: "Ann", weight: 1 }]);
  });
});
