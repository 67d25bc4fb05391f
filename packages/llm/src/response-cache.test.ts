import { appendFileSync, readFileSync } from "node:fs";
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Completion } from "./provider.ts";
import { Checkpoint } from "./response-cache.ts";

const answer = (content: string): Completion => ({
  content,
  usage: { promptTokens: 3, completionTokens: 2, cachedTokens: 0, reasoningTokens: 0 },
  latencyMs: 5,
  finishReason: "stop",
  model: "m",
  attempts: 1,
});

describe("Checkpoint", () => {
  it("has a call's line in the file once record returns, and resumes from it", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "checkpoint-"));
    const file = path.join(dir, "checkpoints", "run.jsonl");
    const checkpoint = new Checkpoint(file);
    expect(await checkpoint.open()).toBe(0);
    checkpoint.record("k1", answer("one"));
    checkpoint.record("k2", answer("two"));
    // Read at once: a process killed now would leave these lines behind.
    const lines = readFileSync(file, "utf8").trim().split("\n");
    expect(lines.map((l) => (JSON.parse(l) as { key: string }).key)).toEqual(["k1", "k2"]);
    checkpoint.record("k3", answer("three"));
    checkpoint.close();

    const resumed = new Checkpoint(file);
    expect(await resumed.open()).toBe(3);
    expect(resumed.get("k3")?.content).toBe("three");
    await resumed.finish();
    expect(await readdir(path.dirname(file))).toEqual([]);
  });

  it("skips a line cut short by a kill and keeps the calls before and after it", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "checkpoint-"));
    const file = path.join(dir, "run.jsonl");
    const checkpoint = new Checkpoint(file);
    await checkpoint.open();
    checkpoint.record("k1", answer("one"));
    checkpoint.close();
    appendFileSync(file, '{"key":"k2","respo');
    const resumed = new Checkpoint(file);
    expect(await resumed.open()).toBe(1);
    expect(resumed.get("k2")).toBeUndefined();
    resumed.record("k2", answer("two"));
    resumed.close();
    const again = new Checkpoint(file);
    expect(await again.open()).toBe(2);
    expect(again.get("k2")?.content).toBe("two");
    await again.finish();
  });
});
