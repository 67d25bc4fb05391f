import { countCategories, unionOfCategories } from "./category-counts.ts";
import { chiSquareSf } from "./chi-square-distribution.ts";
import type { Categories } from "./numeric-input.ts";

export interface ChiSquareResult {
  statistic: number;
  pValue: number;
  /** Categories in reference ∪ current, minus one. */
  degreesOfFreedom: number;
}

/**
 * Evidently's `chisquare` drift test: Pearson's goodness-of-fit of the current counts against the
 * reference proportions scaled to the current size, over the union of categories
 * (`scipy.stats.chisquare(f_obs=current counts, f_exp=reference counts × n_current/n_reference)`).
 *
 * Missing values are dropped. Edge cases: a category present in current but absent from the reference
 * has expected count 0, so the statistic is +∞ and the p-value 0 (a never-seen value is drift; scipy
 * gives the same); a single category in total gives statistic 0 and p-value 1 (scipy: NaN); an empty
 * sample gives statistic 0 and p-value 1.
 */
export function chiSquareTest(reference: Categories, current: Categories): ChiSquareResult {
  const ref = countCategories(reference);
  const cur = countCategories(current);
  const keys = unionOfCategories(ref, cur);
  const degreesOfFreedom = Math.max(0, keys.length - 1);
  if (ref.total === 0 || cur.total === 0 || keys.length < 2) {
    return { statistic: 0, pValue: 1, degreesOfFreedom };
  }
  const kNorm = cur.total / ref.total;
  let statistic = 0;
  for (const key of keys) {
    const expected = (ref.counts.get(key) ?? 0) * kNorm;
    const observed = cur.counts.get(key) ?? 0;
    statistic += (observed - expected) ** 2 / expected;
  }
  return { statistic, pValue: chiSquareSf(statistic, degreesOfFreedom), degreesOfFreedom };
}
