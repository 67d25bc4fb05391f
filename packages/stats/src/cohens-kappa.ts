import { normalQuantile } from "./normal-distribution.ts";

export interface KappaResult {
  kappa: number;
  /** Observed agreement: the share of the diagonal. */
  observed: number;
  /** Agreement expected by chance from the two raters' marginals. */
  expected: number;
  n: number;
  se: number;
  lower: number;
  upper: number;
}

export const KAPPA_INTERVAL_METHOD = "large-sample standard error (Fleiss, Cohen & Everitt 1969)";

/**
 * Cohen's κ of a square confusion matrix (rows one rater, columns the other, same classes in the same
 * order), with the normal interval on Fleiss, Cohen & Everitt's (1969) large-sample standard error,
 * which, unlike Cohen's original approximation, holds away from κ = 0. Undefined without cases, and when
 * chance agreement is 1 (both raters used one and the same class throughout), where κ is 0 ÷ 0.
 */
export function cohensKappa(counts: readonly (readonly number[])[], level = 0.95): KappaResult | undefined {
  const k = counts.length;
  const n = counts.reduce((sum, row) => sum + row.reduce((a, b) => a + b, 0), 0);
  if (n === 0) return undefined;
  const p = (i: number, j: number) => (counts[i]?.[j] ?? 0) / n;
  const rows = counts.map((_, i) => counts.reduce((sum, _r, j) => sum + p(i, j), 0));
  const cols = counts.map((_, j) => counts.reduce((sum, _r, i) => sum + p(i, j), 0));
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    observed += p(i, i);
    expected += (rows[i] ?? 0) * (cols[i] ?? 0);
  }
  if (expected >= 1) return undefined;
  const kappa = (observed - expected) / (1 - expected);
  let diagonal = 0;
  let offDiagonal = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      if (i === j) diagonal += p(i, i) * (1 - ((rows[i] ?? 0) + (cols[i] ?? 0)) * (1 - kappa)) ** 2;
      else offDiagonal += p(i, j) * ((cols[i] ?? 0) + (rows[j] ?? 0)) ** 2;
    }
  }
  const variance =
    (diagonal + (1 - kappa) ** 2 * offDiagonal - (kappa - expected * (1 - kappa)) ** 2) /
    (n * (1 - expected) ** 2);
  const se = Math.sqrt(Math.max(0, variance));
  const z = normalQuantile(1 - (1 - level) / 2);
  return {
    kappa,
    observed,
    expected,
    n,
    se,
    lower: Math.max(-1, kappa - z * se),
    upper: Math.min(1, kappa + z * se),
  };
}
