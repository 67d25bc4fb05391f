import type { Interval } from "@mlops/core";
import { mcnemarExact, normalQuantile } from "@mlops/stats";

/** Wilson score interval for a pass rate: sound at 0 and 1 passes, unlike the normal approximation. */
export function wilsonInterval(passes: number, n: number, level = 0.95): Interval | undefined {
  if (n === 0) return undefined;
  const z = normalQuantile(1 - (1 - level) / 2);
  const p = passes / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return {
    lower: Math.max(0, centre - half),
    upper: Math.min(1, centre + half),
    level,
    method: "Wilson score",
  };
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
 * The change in pass rate on the same cases: Δ = (improvements − regressions) / n with the paired
 * standard error sqrt(b + c − (c − b)²/n) / n, and McNemar's exact test on the discordant pairs.
 */
export function pairedPassRate(
  pairs: readonly { base: boolean; head: boolean }[],
  level = 0.95,
): PairedPassRate | undefined {
  const n = pairs.length;
  if (n === 0) return undefined;
  let regressions = 0;
  let improvements = 0;
  for (const p of pairs) {
    if (p.base && !p.head) regressions++;
    else if (!p.base && p.head) improvements++;
  }
  const delta = (improvements - regressions) / n;
  const se = Math.sqrt(Math.max(0, regressions + improvements - (improvements - regressions) ** 2 / n)) / n;
  const z = normalQuantile(1 - (1 - level) / 2);
  const test = mcnemarExact(improvements, regressions);
  return {
    n,
    regressions,
    improvements,
    delta,
    ci: {
      lower: Math.max(-1, delta - z * se),
      upper: Math.min(1, delta + z * se),
      level,
      method: `paired difference on ${n} cases, McNemar exact p = ${test.pValue.toPrecision(3)}`,
    },
    pValue: test.pValue,
  };
}
