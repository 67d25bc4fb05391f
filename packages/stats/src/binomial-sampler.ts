import { binomialPmf } from "./saddle-point.ts";
import type { Xoshiro128 } from "./xoshiro128.ts";

/**
 * One draw from Binomial(n, p) by inversion outward from the mode: a single uniform u is compared with
 * the probabilities of the mode, then of its neighbours alternately below and above, until u falls in
 * one of them. Every outcome owns a disjoint slice of [0, 1) exactly as wide as its probability (the mode
 * from the saddle-point expansion, the rest by the pmf ratio recursion), so the draw is exact up to
 * floating-point rounding of those probabilities. Expected cost is about 1.6 standard deviations of steps.
 * `q` is 1 − p, passed separately when the caller knows it more precisely.
 */
export function sampleBinomial(rng: Xoshiro128, n: number, p: number, q: number = 1 - p): number {
  if (n === 0 || p <= 0) return 0;
  if (q <= 0) return n;
  const mode = Math.min(n, Math.floor((n + 1) * p));
  const pMode = binomialPmf(mode, n, p, q);
  let u = rng.nextFloat();
  if (u < pMode) return mode;
  u -= pMode;
  let lo = mode;
  let hi = mode;
  let pLo = pMode;
  let pHi = pMode;
  const up = p / q;
  const down = q / p;
  for (;;) {
    let moved = false;
    if (lo > 0) {
      pLo *= (lo * down) / (n - lo + 1);
      lo--;
      if (u < pLo) return lo;
      u -= pLo;
      moved = true;
    }
    if (hi < n) {
      pHi *= ((n - hi) * up) / (hi + 1);
      hi++;
      if (u < pHi) return hi;
      u -= pHi;
      moved = true;
    }
    // Only rounding can leave u unspent once every outcome was visited.
    if (!moved) return mode;
  }
}

/**
 * One draw from Multinomial(n, weights/Σweights) into `out[offset …]`, by conditional binomials:
 * cell k gets Binomial(remaining draws, w_k/remaining weight). With integer weights (counts) every
 * conditional probability is a correctly rounded ratio of integers.
 */
export function sampleMultinomial(
  rng: Xoshiro128,
  n: number,
  weights: ArrayLike<number>,
  out: { [index: number]: number },
  offset = 0,
): void {
  let remaining = n;
  let remainingWeight = 0;
  for (let k = 0; k < weights.length; k++) remainingWeight += weights[k]!;
  const last = weights.length - 1;
  for (let k = 0; k < last; k++) {
    const w = weights[k]!;
    const c =
      remaining === 0 || w === 0
        ? 0
        : sampleBinomial(rng, remaining, w / remainingWeight, (remainingWeight - w) / remainingWeight);
    out[offset + k] = c;
    remaining -= c;
    remainingWeight -= w;
  }
  out[offset + last] = remaining;
}
