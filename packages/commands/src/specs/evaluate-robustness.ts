import { defineCommand } from "../spec.ts";
import {
  championVersionOutput,
  comparedModelInputs,
  comparedModelOptions,
  envelopePathOutput,
  statusOutput,
} from "./common-inputs.ts";

export const evaluateRobustness = defineCommand({
  name: "evaluate-robustness",
  description:
    "Perturb evaluation rows (jitter, noise, category swaps, missing values, unit slips), run behavioural tests and a decision-based boundary attack, count the challenger's changed decisions with Wilson intervals, compare with the registry's champion on the same rows, and gate it.",
  evaluates: "robustness",
  action: true,
  branding: { icon: "shield", color: "orange" },
  inputs: {
    config: {
      type: "path",
      description:
        "The evaluate-robustness config file (YAML or JSON): model and scorer, data, immutable columns, detectors, gates.",
      default: "evaluate-robustness.yml",
    },
    ...comparedModelInputs("Evaluate this model file instead of challenger.model."),
  },
  outputs: {
    status: statusOutput,
    "envelope-path": envelopePathOutput,
    "champion-version": championVersionOutput,
  },
  subject: () => ({ type: "model", name: "challenger" }),
  async run(input, io) {
    const { runEvaluateRobustness } = await import("../evaluate-robustness/evaluate-robustness-command.ts");
    const result = await runEvaluateRobustness(comparedModelOptions(input), io);
    return { ...result, envelopePaths: [result.envelopePath] };
  },
});
