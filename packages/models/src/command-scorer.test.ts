import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createLogger } from "@mlops/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { diesWithin, pidIn } from "../../../test/harness/process-state.ts";
import { scoreWithCommand } from "./command-scorer.ts";
import { readDataset } from "./dataset.ts";
import type { ScoreRequest } from "./scorer.ts";
import { CommandScorerSchema } from "./scorer-config.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "command-scorer-"));
  await writeFile(path.join(dir, "data.csv"), "x,label\n1,0\n2,1\n3,1\n");
  await writeFile(path.join(dir, "model.bin"), "m");
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function request(): Promise<ScoreRequest> {
  return {
    dataset: await readDataset(path.join(dir, "data.csv")),
    featureColumns: [0],
    task: "classification",
    what: "challenger",
    modelName: "churn",
    modelPath: path.join(dir, "model.bin"),
    cwd: dir,
    env: {
      PATH: process.env.PATH,
      GITHUB_SHA: "abc123",
      GITHUB_ENV: "/canary/set_env",
      GITHUB_STEP_SUMMARY: "/canary/summary",
      ACTIONS_RESULTS_URL: "https://canary.example/results",
      "INPUT_GITHUB-TOKEN": "canary-input-token",
      OPENAI_API_KEY: "canary-openai-key",
      HF_TOKEN: "canary-hf-token",
    },
    logger: createLogger({ github: false, write: () => {} }),
  };
}

const scorer = (command: string, extra: Record<string, unknown> = {}) =>
  CommandScorerSchema.parse({ type: "command", command, ...extra });

describe("command scorer", () => {
  it("runs the predict command with a scrubbed environment and what the config passes", async () => {
    const predict = "env > env.txt; (echo probability; tail -n +2 {input} | sed 's/.*/0.5/') > {output}";
    const config = scorer(predict, { env: { HF_TOKEN: `\${HF_TOKEN}`, THREADS: 2 } });
    const predictions = await scoreWithCommand(config, await request());
    expect([...predictions.probability!]).toEqual([0.5, 0.5, 0.5]);
    const env = await readFile(path.join(dir, "env.txt"), "utf8");
    expect(env).not.toMatch(/canary-(input|openai)|GITHUB_(ENV|STEP_SUMMARY)=|ACTIONS_|INPUT_/);
    expect(env).toContain("HF_TOKEN=canary-hf-token\n");
    expect(env).toContain("THREADS=2\n");
    expect(env).toContain("GITHUB_SHA=abc123\n");
  });

  it("kills a predict command and its children at the timeout", async () => {
    const pidFile = path.join(dir, "child.pid");
    const config = scorer(`sleep 60 & echo $! > ${pidFile}; wait`, { timeout: "300ms" });
    await expect(scoreWithCommand(config, await request())).rejects.toThrow(
      /challenger predict command timed out/,
    );
    expect(await diesWithin(await pidIn(pidFile), 10_000)).toBe(true);
  });
});
