import { expect } from "vitest";

/**
 * Asserts |actual − expected| ≤ max(rel·|expected|, abs): agreement with a reference value to a relative
 * tolerance, with an absolute floor for values at or near zero. Infinities must match exactly.
 */
export function expectClose(
  actual: number | null | undefined,
  expected: number | null,
  rel = 1e-9,
  abs = 1e-12,
): void {
  if (expected === null) {
    expect(actual).toBeNull();
    return;
  }
  expect(typeof actual, `expected a number close to ${expected}`).toBe("number");
  const a = actual as number;
  if (!Number.isFinite(expected)) {
    expect(a).toBe(expected);
    return;
  }
  const tolerance = Math.max(rel * Math.abs(expected), abs);
  const error = Math.abs(a - expected);
  expect(error <= tolerance, `${a} differs from ${expected} by ${error} (tolerance ${tolerance})`).toBe(true);
}
