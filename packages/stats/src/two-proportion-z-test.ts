import { twoSidedNormalPValue } from "./normal-distribution.ts";
import type { ZTestResult } from "./z-test.ts";

/**
 * Two-sided two-proportion z-test with the pooled proportion, from counts: x1 of n1 against x2 of n2.
 * When either sample is empty or the pooled proportion is 0 or 1 there is nothing to test: statistic 0,
 * p-value 1.
 */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): ZTestResult {
  if (n1 === 0 || n2 === 0) return { statistic: 0, pValue: 1 };
  const pooled = (x1 + x2) / (n1 + n2);
  if (pooled === 0 || pooled === 1) return { statistic: 0, pValue: 1 };
  const statistic = (x1 / n1 - x2 / n2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return { statistic, pValue: twoSidedNormalPValue(statistic) };
}
