import { defineCommand } from "../spec.ts";
import {
  championVersionOutput,
  comparedModelInputs,
  comparedModelOptions,
  envelopePathOutput,
  statusOutput,
} from "./common-inputs.ts";

export const evaluateBias = defineCommand({
  name: "evaluate-bias",
  description:
    "Measure group fairness of the challenger model (per-group rates, Fairlearn disparities over sensitive columns and their intersections, bootstrap intervals), compare with the registry's champion, and gate it.",
  evaluates: "bias",
  action: true,
  branding: { icon: "users", color: "purple" },
  inputs: {
    config: {
      type: "path",
      description:
        "The evaluate-bias config file (YAML or JSON): model and scorer, data with label and sensitive columns, fairness options, gates.",
      default: "evaluate-bias.yml",
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
    const { runEvaluateBias } = await import("../evaluate-bias/evaluate-bias-command.ts");
    const result = await runEvaluateBias(comparedModelOptions(input), io);
    return { ...result, envelopePaths: [result.envelopePath] };
  },
});
