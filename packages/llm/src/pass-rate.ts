import type { Interval } from "@mlops/core";
import { mcnemarExact, NEWCOMBE_METHOD, pairedProportionInterval, wilsonScoreInterval } from "@mlops/stats";

/** Wilson score interval for a pass rate: sound at 0 and 1 passes, unlike the normal approximation. */
export function wilsonInterval(passes: number, n: number, level = 0.95): Interval | undefined {
  const interval = wilsonScoreInterval(passes, n, level);
  return interval ? { ...interval, level, method: "Wilson score" } : undefined;
}

export interface PairedPassRate {
  n: number;
  /** Cases that passed on the base and fail on the head. */
  regressions: number;
  /** Cases that failed on the base and pass on the head. */
  improvements: number;
  delta: number;
  ci: Interval;
  /** Exact McNemar two-sided p-value. */
  pValue: number;
}

/**
 * The change in pass rate on the same cases, Δ = (improvements − regressions) / n, with Newcombe's
 * hybrid score interval for paired proportions (it keeps its level at the tens of cases a suite has,
 * where the Wald interval is [0, 0] without discordant cases) and McNemar's exact test on the
 * discordant pairs.
 */
export function pairedPassRate(
  pairs: readonly { base: boolean; head: boolean }[],
  level = 0.95,
): PairedPassRate | undefined {
  const cells = { both: 0, onlyFirst: 0, onlySecond: 0, neither: 0 };
  for (const p of pairs) {
    if (p.head && p.base) cells.both++;
    else if (p.head) cells.onlyFirst++;
    else if (p.base) cells.onlySecond++;
    else cells.neither++;
  }
  const interval = pairedProportionInterval(cells, level);
  if (!interval) return undefined;
  const { n } = interval;
  const test = mcnemarExact(cells.onlyFirst, cells.onlySecond);
  return {
    n,
    regressions: cells.onlySecond,
    improvements: cells.onlyFirst,
    delta: interval.estimate,
    ci: {
      lower: interval.lower,
      upper: interval.upper,
      level,
      method: `${NEWCOMBE_METHOD} on ${n} cases, McNemar exact p = ${test.pValue.toPrecision(3)}`,
    },
    pValue: test.pValue,
  };
}
