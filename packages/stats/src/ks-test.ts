import { kolmogorovSf } from "./kolmogorov-distribution.ts";
import type { NullableNumbers } from "./numeric-input.ts";
import { finiteValues } from "./numeric-input.ts";

export type KsMethod = "auto" | "exact" | "asymp";

export interface KsResult {
  /** D = sup |F_reference − F_current|. */
  statistic: number;
  /** Two-sided p-value. */
  pValue: number;
  /** How the p-value was computed (what `auto` resolved to, or the fallback scipy would take). */
  method: "exact" | "asymp";
}

/** scipy uses the exact distribution under `auto` when both samples have at most this many values. */
const MAX_AUTO_N = 10_000;
const INT32_MAX = 2 ** 31 - 1;

/**
 * Two-sample, two-sided Kolmogorov–Smirnov test with scipy's `ks_2samp` semantics:
 * `auto` (the default) computes the exact p-value when both samples have at most 10,000 values and the
 * asymptotic one otherwise; `exact` falls back to `asymp` when the lattice is too large, as scipy does.
 * The exact p-value counts lattice paths (Hodges 1958; Viehmann's 1 − p recursion for unequal sizes);
 * the asymptotic one is the finite-n Kolmogorov distribution at n = round(n1·n2/(n1 + n2)).
 *
 * Missing and infinite values are dropped. Edge cases: if either sample is empty, statistic 0 and
 * p-value 1 (no evidence of a difference; scipy raises instead); two identical constant samples give
 * statistic 0 and p-value 1; two different constants give statistic 1 and the exact tail of that.
 */
export function ksTwoSample(
  reference: NullableNumbers,
  current: NullableNumbers,
  options: { method?: KsMethod } = {},
): KsResult {
  const a = finiteValues(reference).sort();
  const b = finiteValues(current).sort();
  const n1 = a.length;
  const n2 = b.length;
  let mode = options.method ?? "auto";
  if (mode === "auto") mode = Math.max(n1, n2) <= MAX_AUTO_N ? "exact" : "asymp";
  if (n1 === 0 || n2 === 0) return { statistic: 0, pValue: 1, method: mode };

  let d = maxEcdfDifference(a, b);
  const g = gcd(n1, n2);
  if (mode === "exact" && n1 / g >= INT32_MAX / (n2 / g)) mode = "asymp";
  if (mode === "exact") {
    const lcm = (n1 / g) * n2;
    const h = roundHalfEven(d * lcm);
    d = h / lcm;
    if (h === 0) return { statistic: d, pValue: 1, method: "exact" };
    const p = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideInsideMethod(n1, n2, g, h);
    if (p >= 0 && p <= 1) return { statistic: d, pValue: p, method: "exact" };
    mode = "asymp";
  }
  const m = Math.max(n1, n2);
  const n = Math.min(n1, n2);
  // round(0.5) is 0 under numpy's rounding; one value in each sample still has n = 1.
  const en = Math.max(1, roundHalfEven((m * n) / (m + n)));
  return { statistic: d, pValue: Math.min(1, Math.max(0, kolmogorovSf(en, d))), method: "asymp" };
}

/** max over the pooled values of |F_a − F_b|, with F evaluated as scipy does (count ≤ v, divided by n). */
function maxEcdfDifference(a: Float64Array, b: Float64Array): number {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let maxDiff = Number.NEGATIVE_INFINITY;
  let minDiff = Number.POSITIVE_INFINITY;
  while (i < n1 || j < n2) {
    const v = j >= n2 || (i < n1 && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    while (i < n1 && a[i]! <= v) i++;
    while (j < n2 && b[j]! <= v) j++;
    const diff = i / n1 - j / n2;
    if (diff > maxDiff) maxDiff = diff;
    if (diff < minDiff) minDiff = diff;
  }
  const minS = Math.min(1, Math.max(0, -minDiff));
  return Math.max(minS, maxDiff);
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** numpy's round(): halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/**
 * P(D_{n,n} ≥ h/n) = 2·Σ_k (−1)^(k+1)·C(2n, n − kh)/C(2n, n), evaluated Horner-style on ratios of
 * binomial coefficients to avoid cancellation (scipy's `_compute_prob_outside_square`).
 */
function probOutsideSquare(n: number, h: number): number {
  let P = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1 - P);
  }
  return 2 * P;
}

/**
 * The share of lattice paths from (0, 0) to (m, n) that leave the band |x/m − y/n| < h/lcm(m, n),
 * computed directly as 1 − p by Viehmann's (2021) rescaled recursion over a sliding column window
 * (scipy's `_compute_outer_prob_inside_method`).
 */
function probOutsideInsideMethod(m0: number, n0: number, g: number, h: number): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  A.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj]! * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return A[maxj - minj - 1]!;
}
