import { describe, expect, it } from "vitest";
import { normalCdf, normalQuantile, normalSf, twoSidedNormalPValue } from "./normal-distribution.ts";
import { expectClose } from "./test-support/expect-close.ts";
import { loadFixture } from "./test-support/fixtures.ts";

const reference = loadFixture<{
  normal: { x: number; cdf: number; sf: number }[];
  normalQuantile: { p: number; x: number }[];
}>("distributions.json");

describe("normal distribution", () => {
  it("matches scipy's norm.cdf and norm.sf, far into both tails", () => {
    for (const { x, cdf, sf } of reference.normal) {
      expectClose(normalCdf(x), cdf, 1e-9, 1e-300);
      expectClose(normalSf(x), sf, 1e-9, 1e-300);
    }
  });

  it("matches scipy's norm.ppf", () => {
    for (const { p, x } of reference.normalQuantile) expectClose(normalQuantile(p), x, 1e-9, 1e-300);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(() => normalQuantile(1.5)).toThrow(RangeError);
  });

  it("gives two-sided p-values capped at 1 and symmetric in z", () => {
    expect(twoSidedNormalPValue(0)).toBe(1);
    expectClose(twoSidedNormalPValue(1.959963984540054), 0.05);
    expect(twoSidedNormalPValue(-3)).toBe(twoSidedNormalPValue(3));
    expect(twoSidedNormalPValue(Number.POSITIVE_INFINITY)).toBe(0);
  });
});
