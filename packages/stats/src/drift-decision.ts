import type { DriftDirection, DriftScore, DriftTestDefinition } from "./drift-test-definition.ts";
import type { DriftMethod } from "./drift-test-registry.ts";

export interface DriftResult {
  method: DriftMethod;
  /** KS D, chi-square χ², z, or the distance itself. */
  statistic: number;
  /** For the hypothesis tests (ks, chisquare, z). */
  pValue?: number;
  threshold: number;
  direction: DriftDirection;
  drifted: boolean;
  /**
   * True when either sample has no present value, so nothing could be compared: `drifted` is then false
   * and the statistic 0, and the caller should report the check as inconclusive rather than passed.
   */
  inconclusive: boolean;
}

/**
 * Decides drift from a test's score against the threshold, in the test's direction; without a score
 * (a side with no present value) the result is inconclusive.
 */
export function decideDrift(
  test: DriftTestDefinition<DriftMethod>,
  threshold: number,
  score: DriftScore | undefined,
): DriftResult {
  const { direction } = test;
  const base = { method: test.id, threshold, direction };
  if (!score) {
    const pValue = direction === "distance-at-least" ? {} : { pValue: 1 };
    return { ...base, statistic: 0, ...pValue, drifted: false, inconclusive: true };
  }
  const { statistic, pValue } = score;
  const drifted =
    direction === "p-value-at-most"
      ? pValue! <= threshold
      : direction === "p-value-below"
        ? pValue! < threshold
        : statistic >= threshold;
  return { ...base, statistic, ...(pValue === undefined ? {} : { pValue }), drifted, inconclusive: false };
}
