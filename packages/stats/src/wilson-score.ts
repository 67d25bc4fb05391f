import { normalQuantile } from "./normal-distribution.ts";

/**
 * Wilson's score interval for a binomial proportion: the proportions whose score test does not reject
 * at the level. Unlike the normal approximation it stays inside [0, 1] and is not degenerate at 0 or n
 * successes. Returns `null` for n = 0.
 */
export function wilsonScoreInterval(
  successes: number,
  n: number,
  level = 0.95,
): { lower: number; upper: number } | null {
  if (!(Number.isInteger(successes) && Number.isInteger(n) && successes >= 0 && successes <= n))
    throw new RangeError(`successes must be an integer in [0, n], got ${successes} of ${n}`);
  if (n === 0) return null;
  const z = normalQuantile(1 - (1 - level) / 2);
  const p = successes / n;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}
