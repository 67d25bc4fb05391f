import type { Predictions } from "@mlops/models";
import type { MinimumFunctionalityTest } from "./behaviour-tests.ts";
import type { ChangedOutcomes } from "./changed-outcomes.ts";

/**
 * A minimum-functionality test's cases as rows of the model's features: each case's values over the
 * test's defaults, written as cells. `missing` names, per case, the features neither gives.
 */
export function minimumFunctionalityRows(
  test: MinimumFunctionalityTest,
  features: readonly string[],
): { rows: string[][]; missing: string[][]; unknown: string[] } {
  const known = new Set(features);
  const unknown = [
    ...new Set([...Object.keys(test.defaults), ...test.cases.flatMap((c) => Object.keys(c.values))]),
  ].filter((name) => !known.has(name));
  const rows: string[][] = [];
  const missing: string[][] = [];
  for (const c of test.cases) {
    const values = { ...test.defaults, ...c.values };
    missing.push(features.filter((f) => values[f] === undefined));
    rows.push(features.map((f) => (values[f] === undefined ? "" : String(values[f]))));
  }
  return { rows, missing, unknown };
}

/**
 * Each case's answer against its expected one: the decision at `threshold` (or the label) for a
 * classifier, the value within `tolerance` for a regression. `output` keeps what the model answered.
 */
export function minimumFunctionalityOutcomes(
  after: Predictions,
  test: MinimumFunctionalityTest,
  rule: { task: "classification"; threshold: number } | { task: "regression" },
): Required<ChangedOutcomes> {
  const n = test.cases.length;
  const output = new Float64Array(n);
  const failed = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const expected = test.cases[k]!.expect;
    if (rule.task === "regression") {
      output[k] = answer(after.value, k);
      failed[k] = Number(Math.abs(output[k]! - expected) > test.tolerance);
    } else {
      output[k] = after.probability
        ? Number(answer(after.probability, k) >= rule.threshold)
        : answer(after.label, k);
      failed[k] = Number(output[k] !== expected);
    }
  }
  return { failed, shift: new Float64Array(n), output };
}

function answer(values: Float64Array | undefined, k: number): number {
  const v = values?.[k];
  if (v === undefined) throw new RangeError(`the predictions have no answer for case ${k + 1}`);
  return v;
}
