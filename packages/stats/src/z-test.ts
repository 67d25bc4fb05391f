import { countCategories, unionOfCategories } from "./category-counts.ts";
import { twoSidedNormalPValue } from "./normal-distribution.ts";
import type { Categories, Category } from "./numeric-input.ts";

export interface ZTestResult {
  /** (p_reference − p_current)/SE with the pooled proportion. */
  statistic: number;
  pValue: number;
}

/**
 * Evidently's `z` drift test: a two-proportion z-test with pooled variance on the indicator
 * "value is not the smallest category" (categories sorted as Python sorts them: numbers numerically,
 * strings by code point), two-sided. With two categories the choice of category only flips the sign
 * of z, not the p-value. The p-value is 2·P(Z > |z|), which equals Evidently's 2·(1 − Φ(|z|)) but
 * keeps its precision below 1e-16.
 *
 * Missing values are dropped. Edge cases: both samples constant with the same value gives statistic 0
 * and p-value 1 (as Evidently); an empty sample gives statistic 0 and p-value 1.
 */
export function zTest(reference: Categories, current: Categories): ZTestResult {
  const ref = countCategories(reference);
  const cur = countCategories(current);
  if (ref.total === 0 || cur.total === 0) return { statistic: 0, pValue: 1 };
  const keys = unionOfCategories(ref, cur);
  if (keys.length === 1) return { statistic: 0, pValue: 1 };
  const first = keys.reduce((min, k) => (compareCategories(k, min) < 0 ? k : min));
  const n1 = ref.total;
  const n2 = cur.total;
  const p1 = (n1 - (ref.counts.get(first) ?? 0)) / n1;
  const p2 = (n2 - (cur.counts.get(first) ?? 0)) / n2;
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const statistic = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return { statistic, pValue: twoSidedNormalPValue(statistic) };
}

function compareCategories(a: Category, b: Category): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}
