import type { Numbers } from "./numeric-input.ts";
import { assertSameLength } from "./numeric-input.ts";

/** sklearn's `mean_absolute_percentage_error` divides by max(|y|, ε), ε the float64 machine epsilon. */
const EPS = Number.EPSILON;

function check(what: string, actual: Numbers, predicted: Numbers): number {
  assertSameLength(what, { name: "actual", values: actual }, { name: "predicted", values: predicted });
  return actual.length;
}

/** Mean |y − ŷ|. `null` for empty input. */
export function meanAbsoluteError(actual: Numbers, predicted: Numbers): number | null {
  const n = check("mean absolute error", actual, predicted);
  if (n === 0) return null;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += Math.abs(actual[i]! - predicted[i]!);
  return sum / n;
}

/** Mean (y − ŷ)². `null` for empty input. */
export function meanSquaredError(actual: Numbers, predicted: Numbers): number | null {
  const n = check("mean squared error", actual, predicted);
  if (n === 0) return null;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (actual[i]! - predicted[i]!) ** 2;
  return sum / n;
}

/** √MSE. `null` for empty input. */
export function rootMeanSquaredError(actual: Numbers, predicted: Numbers): number | null {
  const mse = meanSquaredError(actual, predicted);
  return mse === null ? null : Math.sqrt(mse);
}

/** |y − ŷ| / max(|y|, ε) for one row: sklearn's MAPE term (a fraction, not a percentage). */
export function rowAbsolutePercentageError(actual: number, predicted: number): number {
  return Math.abs(actual - predicted) / Math.max(Math.abs(actual), EPS);
}

/**
 * sklearn's `mean_absolute_percentage_error`: mean |y − ŷ|/max(|y|, 2.2e-16), a fraction (0.1 = 10 %).
 * A zero target with a non-zero error therefore gives a huge but finite value. `null` for empty input.
 */
export function meanAbsolutePercentageError(actual: Numbers, predicted: Numbers): number | null {
  const n = check("mean absolute percentage error", actual, predicted);
  if (n === 0) return null;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += rowAbsolutePercentageError(actual[i]!, predicted[i]!);
  return sum / n;
}

/** max |y − ŷ| (sklearn's `max_error`). `null` for empty input. */
export function maxError(actual: Numbers, predicted: Numbers): number | null {
  const n = check("max error", actual, predicted);
  if (n === 0) return null;
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, Math.abs(actual[i]! - predicted[i]!));
  return max;
}

/**
 * Coefficient of determination 1 − SS_res/SS_tot (sklearn's `r2_score`). With constant targets
 * (SS_tot = 0) it follows sklearn's `force_finite`: 1 for a perfect fit, else 0. `null` for empty input.
 */
export function r2Score(actual: Numbers, predicted: Numbers): number | null {
  const n = check("R²", actual, predicted);
  if (n === 0) return null;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += actual[i]!;
  mean /= n;
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < n; i++) {
    ssRes += (actual[i]! - predicted[i]!) ** 2;
    ssTot += (actual[i]! - mean) ** 2;
  }
  return r2FromSums(ssRes, ssTot);
}

export function r2FromSums(ssRes: number, ssTot: number): number {
  if (ssTot === 0) return ssRes === 0 ? 1 : 0;
  return 1 - ssRes / ssTot;
}
