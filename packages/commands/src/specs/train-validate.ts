import { defineCommand } from "../spec.ts";
import type { TrainValidateResult } from "../train-validate/train-validate-command.ts";
import {
  championVersionOutput,
  comparedModelInputs,
  comparedModelOptions,
  envelopePathOutput,
  statusOutput,
} from "./common-inputs.ts";

export const trainValidate = defineCommand({
  name: "train-validate",
  description:
    "Train the challenger model, backtest it against the registry's champion with paired confidence intervals, and gate it.",
  evaluates: "backtest",
  action: true,
  branding: { icon: "trending-up", color: "blue" },
  inputs: {
    config: {
      type: "path",
      description:
        "The train-validate config file (YAML or JSON): training command, backtest data, scorer, champion, gates.",
      default: "train-validate.yml",
    },
    ...comparedModelInputs("Backtest this model file instead of training one."),
  },
  outputs: {
    status: statusOutput,
    "envelope-path": envelopePathOutput,
    "model-path": {
      description: "Path of the trained (or given) challenger model file.",
      value: (r: Partial<TrainValidateResult>) => r.modelPath,
    },
    "model-digest": {
      description: "sha256:<hex> of the challenger model file, which promotion checks against.",
      value: (r: Partial<TrainValidateResult>) => r.modelDigest,
    },
    "champion-version": championVersionOutput,
  },
  subject: () => ({ type: "model", name: "challenger" }),
  async run(input, io) {
    const { runTrainValidate } = await import("../train-validate/train-validate-command.ts");
    const result = await runTrainValidate(comparedModelOptions(input), io);
    if (result.modelPath) io.logger.info(`model: ${result.modelPath} (${result.modelDigest})`);
    return { ...result, envelopePaths: [result.envelopePath] };
  },
});
