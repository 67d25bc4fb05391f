import { ConfigError, fmt, misspeltName, type SourceLocation, throwConfigErrors } from "@mlops/core";
import {
  type BehaviourTest,
  behaviourCases,
  behaviourTestName,
  DETECTOR_TYPES,
  type EvaluateRobustnessConfig,
  type Feature,
  type MinimumFunctionalityTest,
  minimumFunctionalityOutcomes,
  minimumFunctionalityRows,
  type PerturbationTest,
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
      const name = behaviourTestName(test);
      const duplicate = () => {
        if (!seen.has(name)) {
          seen.add(name);
          return [];
        }
        return [
          new ConfigError(`two tests are named ${name}`, {
            location: locate(["behaviour", i, ...(test.name ? ["name"] : ["column"])]),
            hint: "give each test a name of its own",
          }),
        ];
      };
      if (test.type === "minimum_functionality") {
        return [...minimumFunctionalityErrors(test, i, names, locate), ...duplicate()];
      }
      const feature = features.find((f) => f.name === test.column);
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
      return duplicate();
    }),
  );
}

/** Every value a case sets is a feature, and every feature has a value, from the case or the defaults. */
function minimumFunctionalityErrors(
  test: MinimumFunctionalityTest,
  i: number,
  names: readonly string[],
  locate: Locate,
): ConfigError[] {
  const { missing, unknown } = minimumFunctionalityRows(test, names);
  const errors = unknown.map((column) => {
    const k = test.cases.findIndex((c) => column in c.values);
    const near = misspeltName(column, names);
    return new ConfigError(`${test.name} sets "${column}", which the model does not see`, {
      location: locate(
        column in test.defaults
          ? ["behaviour", i, "defaults", column]
          : ["behaviour", i, "cases", k, "values", column],
      ),
      hint: `${near ? `did you mean "${near}"? ` : ""}features: ${names.join(", ")}`,
    });
  });
  missing.forEach((columns, k) => {
    if (columns.length === 0) return;
    errors.push(
      new ConfigError(`case ${k + 1} of ${test.name} gives no value for ${columns.join(", ")}`, {
        location: locate(["behaviour", i, "cases", k]),
        hint: "set them in the case's values, or for every case in the test's defaults",
      }),
    );
  });
  return errors;
}

function titleOf(test: PerturbationTest): string {
  if (test.type === "invariance") {
    return `Invariance: ${test.column} set to ${test.values ? test.values.join(", ") : "each observed value"} (score within ${fmt(test.tolerance)})`;
  }
  const change = "multiply" in test.change ? `×${test.change.multiply}` : `+${test.change.add}`;
  return `Directional: ${test.column} ${change} must not move the score against an ${test.expect}`;
}

type BehaviourInput = Parameters<typeof scoreCases>[1] & { threshold: number; locate: Locate; index: number };

/** A behavioural test run as a detector is: its cases scored by both models, its failures counted. */
export function runBehaviourTest(test: BehaviourTest, input: BehaviourInput): Promise<DetectorRun> {
  if (test.type === "minimum_functionality") return runMinimumFunctionality(test, input);
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

/** CheckList's MFT: rows written out in the config, each with the answer the model must give. */
function runMinimumFunctionality(
  test: MinimumFunctionalityTest,
  input: BehaviourInput,
): Promise<DetectorRun> {
  const names = input.features.map((f) => f.name);
  const { rows } = minimumFunctionalityRows(test, names);
  const rule =
    input.config.task === "regression"
      ? { task: "regression" as const }
      : { task: "classification" as const, threshold: input.threshold };
  return scoreCases(
    {
      options: {
        type: test.name,
        sample: rows.length,
        seed: 0,
        threshold: test.threshold,
        severity: test.severity,
      },
      title: `Minimum functionality: ${rows.length} case(s) with expected answers`,
      cases: rows.map((fields, k) => ({ row: k, fields, changes: [] })),
      expectations: test.cases.map((c) => ({
        expected: c.expect,
        given: Object.entries({ ...test.defaults, ...c.values })
          .map(([k, v]) => `${k}=${v}`)
          .join(", "),
      })),
    },
    input,
    {
      lines: test.cases.map((_, k) => input.locate(["behaviour", input.index, "cases", k]).line ?? 0),
      outcomes: (after) => minimumFunctionalityOutcomes(after, test, rule),
    },
  );
}
