import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createLogger, RuntimeFailure } from "@mlops/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { diesWithin, pidIn } from "../../../test/harness/process-state.ts";
import { runTraining, TrainSchema } from "./training-run.ts";

let dir: string;
const logs: string[] = [];
const logger = createLogger({ github: false, write: (t) => logs.push(t) });
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "training-run-"));
  logs.length = 0;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** The step's environment on a runner, with canary values where a command must see nothing. */
const stepEnv = () => ({
  PATH: process.env.PATH,
  HOME: "/home/runner",
  GITHUB_REPOSITORY: "acme/churn",
  GITHUB_ENV: "/canary/set_env",
  GITHUB_PATH: "/canary/add_path",
  GITHUB_OUTPUT: "/canary/set_output",
  ACTIONS_RUNTIME_TOKEN: "canary-runtime-token",
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: "canary-oidc-token",
  "INPUT_GITHUB-TOKEN": "canary-input-token",
  GITHUB_TOKEN: "canary-github-token",
  OPENAI_API_KEY: "canary-openai-key",
  WANDB_API_KEY: "canary-wandb-key",
});

const train = (command: string, extra: Record<string, unknown> = {}) =>
  runTraining(TrainSchema.parse({ command, artifact: "model.bin", ...extra }), {
    logger,
    base: dir,
    env: stepEnv(),
    configFile: path.join(dir, "mlops.yml"),
  });

describe("runTraining", () => {
  it("runs the command without the runner's files, tokens, inputs and secrets, with what the config passes", async () => {
    const result = await train("env > {output}/env.txt; echo m > {output}/model.bin", {
      env: { WANDB_API_KEY: `\${WANDB_API_KEY}`, MODE: "fast" },
      seed: 7,
    });
    const env = await readFile(path.join(path.dirname(result.modelPath), "env.txt"), "utf8");
    expect(env).not.toMatch(/canary-(runtime|oidc|input|github|openai)|GITHUB_(ENV|PATH|OUTPUT)=|INPUT_/);
    expect(env).toContain("WANDB_API_KEY=canary-wandb-key\n");
    expect(env).toContain("MODE=fast\n");
    expect(env).toContain("MLOPS_SEED=7\n");
    expect(env).toContain("GITHUB_REPOSITORY=acme/churn\n");
  });

  it("kills the command and its children at the timeout", async () => {
    const pidFile = path.join(dir, "child.pid");
    const failure = await train(`sleep 60 & echo $! > ${pidFile}; wait`, { timeout: "300ms" }).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(RuntimeFailure);
    expect((failure as Error).message).toMatch(/^training command timed out/);
    expect(await diesWithin(await pidIn(pidFile), 10_000)).toBe(true);
  });
});
