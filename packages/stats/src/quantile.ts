import type { NullableNumbers } from "./numeric-input.ts";
import { finiteValues } from "./numeric-input.ts";

/**
 * The p-quantile of ascending values by numpy's default method ("linear", Hyndman & Fan type 7):
 * the virtual index (n − 1)·p, interpolated between its neighbours. The interpolation is numpy's
 * two-sided form (from the nearer end), which is monotone in p and exact at the data points;
 * simple-statistics' `quantileSorted` interpolates from the lower end only and can differ in the last bits.
 *
 * Returns `null` for an empty array. `p` must lie in [0, 1].
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile level must lie in [0, 1], got ${p}`);
  const n = sorted.length;
  if (n === 0) return null;
  const virtual = (n - 1) * p;
  const lower = Math.floor(virtual);
  const upper = Math.min(lower + 1, n - 1);
  const gamma = virtual - lower;
  const a = sorted[lower]!;
  const b = sorted[upper]!;
  const diff = b - a;
  return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}

/**
 * numpy's `np.quantile(values, ps)` over the finite values (missing and infinite values dropped).
 * Returns `null` for each level when no finite value remains.
 */
export function quantiles(values: NullableNumbers, ps: readonly number[]): (number | null)[] {
  const sorted = finiteValues(values).sort();
  return ps.map((p) => quantileSorted(sorted, p));
}
