import type { Predictions } from "@mlops/models";

/**
 * When a perturbed row counts as a failure: a flipped decision, or a regression output that moved too
 * far; for behavioural tests, a score that moved more than the tolerance (invariance) or the wrong way
 * (directional).
 */
export type OutcomeRule =
  | { task: "classification"; threshold: number }
  | { task: "regression"; outputSensitivity: number }
  | { task: "invariance"; threshold: number; tolerance: number }
  | { task: "directional"; expect: "increase" | "decrease"; tolerance: number };

export interface ChangedOutcomes {
  /** 1 where the perturbed row's outcome differs from the original's. */
  failed: Uint8Array;
  /** How far the output moved (score or relative value change), for ranking the most fragile rows. */
  shift: Float64Array;
  /** What the model answered for each case, where a test compares it with a given answer. */
  output?: Float64Array;
}

/**
 * Compares each perturbed case with its original row: `before` holds the model's output for every
 * evaluation row, `after` one output per case, and `rows[k]` is the original row of case k.
 */
export function changedOutcomes(
  before: Predictions,
  after: Predictions,
  rows: readonly number[],
  rule: OutcomeRule,
): ChangedOutcomes {
  const failed = new Uint8Array(rows.length);
  const shift = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    if (rule.task === "invariance" || rule.task === "directional") {
      const a = scoreOf(before, r);
      const b = scoreOf(after, k);
      shift[k] = Math.abs(b - a);
      failed[k] =
        rule.task === "invariance"
          ? Number(
              shift[k]! > rule.tolerance ||
                (before.probability !== undefined && a >= rule.threshold !== b >= rule.threshold),
            )
          : Number(rule.expect === "increase" ? b < a - rule.tolerance : b > a + rule.tolerance);
    } else if (rule.task === "regression") {
      const a = outputOf(before.value, r, "value");
      const b = outputOf(after.value, k, "value");
      const relative = Math.abs(b - a) / Math.max(Math.abs(a), Number.EPSILON);
      shift[k] = relative;
      failed[k] = relative > rule.outputSensitivity ? 1 : 0;
    } else if (before.probability && after.probability) {
      const a = before.probability[r]!;
      const b = after.probability[k]!;
      shift[k] = Math.abs(b - a);
      failed[k] = a >= rule.threshold !== b >= rule.threshold ? 1 : 0;
    } else {
      const a = outputOf(before.label, r, "label");
      const b = outputOf(after.label, k, "label");
      shift[k] = a === b ? 0 : 1;
      failed[k] = a === b ? 0 : 1;
    }
  }
  return { failed, shift };
}

function outputOf(values: Float64Array | undefined, i: number, what: string): number {
  const v = values?.[i];
  if (v === undefined) throw new RangeError(`the predictions have no ${what} for row ${i + 1}`);
  return v;
}

/** The output a behavioural test compares: the probability, else the value, else the label. */
function scoreOf(p: Predictions, i: number): number {
  return outputOf(p.probability ?? p.value ?? p.label, i, "score");
}
