import { poissonTerm } from "./saddle-point.ts";

const EPSILON = 1e-17;
const TINY = 1e-300;

/**
 * Q(a, x) = Γ(a, x)/Γ(a), the regularised upper incomplete gamma function, for a integer or
 * half-integer (all a chi-square distribution needs). Series for P below x = a + 1, Lentz's continued
 * fraction for Q above (Numerical Recipes §6.2); the prefactor x^a·e^(−x)/Γ(a + 1) comes from the
 * saddle-point expansion so that large a keeps full precision.
 */
export function regularizedGammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  const prefactor = poissonTerm(a, x);
  if (x < a + 1) {
    let term = 1;
    let sum = 1;
    for (let k = 1; k < 100_000 && term > sum * EPSILON; k++) {
      term *= x / (a + k);
      sum += term;
    }
    return 1 - prefactor * sum;
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 100_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) <= Number.EPSILON) break;
  }
  return a * prefactor * h;
}

/**
 * P(X > x) for X ~ χ²(df), df a positive integer: scipy's `chi2.sf(x, df)`.
 * Returns 1 for x ≤ 0 and 0 for x = +∞.
 */
export function chiSquareSf(x: number, df: number): number {
  if (!(Number.isInteger(df) && df >= 1)) throw new RangeError(`chi-square needs df ≥ 1, got ${df}`);
  return Math.min(1, Math.max(0, regularizedGammaQ(df / 2, x / 2)));
}
