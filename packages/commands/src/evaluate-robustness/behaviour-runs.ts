import { ConfigError, fmt, misspeltName, type SourceLocation, throwConfigErrors } from "@mlops/core";
import {
  type BehaviourTest,
  behaviourCases,
  behaviourTestName,
  DETECTOR_TYPES,
  type EvaluateRobustnessConfig,
  type Feature,
} from "@mlops/robustness";
import type { DetectorRun } from "./detector-run.ts";
import { scoreCases } from "./detector-run.ts";

type Locate = (path: readonly PropertyKey[]) => SourceLocation;

/** Each behavioural test names a feature the model sees (a number for a directional one) and a name of its own. */
export function checkBehaviourTests(
  config: EvaluateRobustnessConfig,
  features: readonly Feature[],
  locate: Locate,
): void {
  const names = features.map((f) => f.name);
  const seen = new Set<string>(DETECTOR_TYPES);
  throwConfigErrors(
    config.behaviour.flatMap((test, i) => {
      const feature = features.find((f) => f.name === test.column);
      const name = behaviourTestName(test);
      if (!feature) {
        const near = misspeltName(test.column, names);
        return [
          new ConfigError(`behaviour[${i}] changes "${test.column}", which the model does not see`, {
            location: locate(["behaviour", i, "column"]),
            hint: `${near ? `did you mean "${near}"? ` : ""}features: ${names.join(", ")}`,
          }),
        ];
      }
      if (test.type === "directional" && feature.kind !== "integer" && feature.kind !== "number") {
        return [
          new ConfigError(`a directional test needs a numeric column; ${test.column} is a ${feature.kind}`, {
            location: locate(["behaviour", i, "column"]),
            hint: "for a category, write an invariance test over its values",
          }),
        ];
      }
      if (seen.has(name)) {
        return [
          new ConfigError(`two tests are named ${name}`, {
            location: locate(["behaviour", i, ...(test.name ? ["name"] : ["column"])]),
            hint: "give each test a name of its own",
          }),
        ];
      }
      seen.add(name);
      return [];
    }),
  );
}

function titleOf(test: BehaviourTest): string {
  if (test.type === "invariance") {
    return `Invariance: ${test.column} set to ${test.values ? test.values.join(", ") : "each observed value"} (score within ${fmt(test.tolerance)})`;
  }
  const change = "multiply" in test.change ? `×${test.change.multiply}` : `+${test.change.add}`;
  return `Directional: ${test.column} ${change} must not move the score against an ${test.expect}`;
}

/** A behavioural test run as a detector is: its cases scored by both models, its failures counted. */
export function runBehaviourTest(
  test: BehaviourTest,
  input: Parameters<typeof scoreCases>[1] & { threshold: number },
): Promise<DetectorRun> {
  const column = input.features.findIndex((f) => f.name === test.column);
  const cases = behaviourCases(input.rows, input.features[column]!, column, test);
  const rule =
    test.type === "invariance"
      ? { task: "invariance" as const, threshold: input.threshold, tolerance: test.tolerance }
      : { task: "directional" as const, expect: test.expect, tolerance: test.tolerance };
  return scoreCases(
    {
      options: {
        type: behaviourTestName(test),
        sample: test.sample,
        seed: test.seed,
        threshold: test.threshold,
        severity: test.severity,
      },
      title: titleOf(test),
      cases,
    },
    { ...input, rule },
  );
}
