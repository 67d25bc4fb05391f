import { binomialPmf } from "./saddle-point.ts";

/**
 * P(X ≤ k) for X ~ Binomial(n, p). The smaller tail is summed outward from k with the pmf ratio
 * recursion, starting from a saddle-point pmf, so tiny tails keep their relative precision; the other
 * side is 1 minus that tail.
 */
export function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  const q = 1 - p;
  if (k <= n * p) return lowerTail(k, n, p, q);
  return 1 - upperTail(k + 1, n, p, q);
}

/** P(X ≤ k) summed from k down to 0. */
function lowerTail(k: number, n: number, p: number, q: number): number {
  let term = binomialPmf(k, n, p, q);
  let sum = term;
  for (let i = k; i > 0 && term > sum * 1e-17; i--) {
    term *= (i * q) / ((n - i + 1) * p);
    sum += term;
  }
  return sum;
}

/** P(X ≥ k) summed from k up to n. */
function upperTail(k: number, n: number, p: number, q: number): number {
  let term = binomialPmf(k, n, p, q);
  let sum = term;
  for (let i = k; i < n && term > sum * 1e-17; i++) {
    term *= ((n - i) * p) / ((i + 1) * q);
    sum += term;
  }
  return sum;
}
