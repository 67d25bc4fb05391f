import { standardDeviation } from "simple-statistics";
import type { NullableNumbers } from "./numeric-input.ts";
import { finiteValues } from "./numeric-input.ts";

/**
 * The 1-Wasserstein (earth mover's) distance between two empirical distributions:
 * ∫|F_u − F_v|, exactly as `scipy.stats.wasserstein_distance(u, v)` integrates it over the pooled sorted
 * values. Missing and infinite values are dropped. Returns 0 when either sample is empty (nothing to
 * compare; scipy raises) and for identical samples.
 */
export function wassersteinDistance(u: NullableNumbers, v: NullableNumbers): number {
  const a = finiteValues(u).sort();
  const b = finiteValues(v).sort();
  const nu = a.length;
  const nv = b.length;
  if (nu === 0 || nv === 0) return 0;
  let i = 0;
  let j = 0;
  let sum = 0;
  let previous = Math.min(a[0]!, b[0]!);
  // Walk the pooled values in order; between consecutive ones both CDFs are constant.
  while (i < nu || j < nv) {
    const next = j >= nv || (i < nu && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    sum += Math.abs(i / nu - j / nv) * (next - previous);
    while (i < nu && a[i]! <= next) i++;
    while (j < nv && b[j]! <= next) j++;
    previous = next;
  }
  return sum;
}

/**
 * Evidently's `wasserstein` drift score: the Wasserstein distance divided by the reference's population
 * standard deviation (numpy's `std`, ddof 0), floored at 0.001 so a constant reference does not divide
 * by zero. Missing and infinite values are dropped; returns 0 when either sample is empty.
 */
export function normedWassersteinDistance(reference: NullableNumbers, current: NullableNumbers): number {
  const ref = finiteValues(reference);
  if (ref.length === 0) return 0;
  const norm = Math.max(standardDeviation(Array.from(ref)), 0.001);
  return wassersteinDistance(ref, current) / norm;
}
