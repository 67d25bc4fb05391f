import { type RunnerOptions, runCommand } from "./runner.ts";
import type { AnyCommandSpec } from "./spec.ts";

/** The part of `@actions/core` the runner needs; the action's entry file passes the real one. */
export interface ActionsCore {
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
}

/** Runs a command as a GitHub Action: inputs from `INPUT_*`, outputs to `GITHUB_OUTPUT`. */
export async function runAction(
  spec: AnyCommandSpec,
  core: ActionsCore,
  options: RunnerOptions = {},
): Promise<void> {
  process.exitCode = await runCommand(
    spec,
    { kind: "action", label: (key) => `input "${key}"`, raw: (key) => core.getInput(key) },
    { setOutput: (name, value) => core.setOutput(name, value), ...options },
  );
}
