import { wilsonScoreInterval } from "./wilson-score.ts";

/** The paired 2×2 table of two 0/1 outcomes on the same n units (cases, rows). */
export interface PairedCounts {
  /** Units where both outcomes are 1. */
  both: number;
  /** Units where only the first outcome is 1. */
  onlyFirst: number;
  /** Units where only the second outcome is 1. */
  onlySecond: number;
  /** Units where both outcomes are 0. */
  neither: number;
}

export interface PairedProportionInterval {
  /** p(first) − p(second) = (onlyFirst − onlySecond) / n. */
  estimate: number;
  lower: number;
  upper: number;
  level: number;
  n: number;
}

export const NEWCOMBE_METHOD = "Newcombe hybrid score (paired)";

/**
 * Newcombe's hybrid score interval for the difference of two paired proportions (Newcombe 1998,
 * Statistics in Medicine 17:2635–2650, method 10): the Wilson score limits of each marginal proportion,
 * combined by "square and add" with the estimated correlation φ between them.
 *
 * The Wald interval it replaces is [0, 0] when no unit is discordant and covers 70% at n = 10; this one
 * keeps its level at the sizes of an eval suite or a small backtest (exact coverage in the test).
 *
 * φ = (both·neither − onlyFirst·onlySecond) / √(product of the four margins), with a positive numerator
 * reduced by n/2 (and clamped at 0), the form of Fagerland, Lydersen & Laake (2017, ch. 8) and of
 * Altman et al., Statistics with Confidence (2000): with the plain φ the interval undercovers at small
 * n (exact coverage 90.6% for independent outcomes at n = 10, 92.9% at n = 20). φ is 0 when a margin
 * is empty. Returns `null` when n = 0.
 */
export function pairedProportionInterval(
  counts: PairedCounts,
  level = 0.95,
): PairedProportionInterval | null {
  const { both, onlyFirst, onlySecond, neither } = counts;
  for (const [name, value] of Object.entries(counts)) {
    if (!(Number.isInteger(value) && value >= 0))
      throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
  const n = both + onlyFirst + onlySecond + neither;
  if (n === 0) return null;
  const firstSuccesses = both + onlyFirst;
  const secondSuccesses = both + onlySecond;
  const p1 = firstSuccesses / n;
  const p2 = secondSuccesses / n;
  const first = wilsonScoreInterval(firstSuccesses, n, level)!;
  const second = wilsonScoreInterval(secondSuccesses, n, level)!;
  const phi = correlation(counts, n);
  const estimate = p1 - p2;
  const below = squareAndAdd(p1 - first.lower, second.upper - p2, phi);
  const above = squareAndAdd(p2 - second.lower, first.upper - p1, phi);
  return {
    estimate,
    lower: Math.max(-1, estimate - below),
    upper: Math.min(1, estimate + above),
    level,
    n,
  };
}

function correlation({ both, onlyFirst, onlySecond, neither }: PairedCounts, n: number): number {
  const margins = (both + onlyFirst) * (onlySecond + neither) * (both + onlySecond) * (onlyFirst + neither);
  if (margins === 0) return 0;
  const numerator = both * neither - onlyFirst * onlySecond;
  const corrected = numerator > n / 2 ? numerator - n / 2 : Math.min(numerator, 0);
  return corrected / Math.sqrt(margins);
}

/** Half-width from two one-sided distances: √(a² − 2φab + b²), never negative under rounding. */
function squareAndAdd(a: number, b: number, phi: number): number {
  return Math.sqrt(Math.max(0, a * a - 2 * phi * a * b + b * b));
}
