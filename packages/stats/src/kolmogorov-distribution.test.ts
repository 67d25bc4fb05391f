import { describe, expect, it } from "vitest";
import { kolmogorovSf, smirnovSf } from "./kolmogorov-distribution.ts";
import { expectClose } from "./test-support/expect-close.ts";
import { loadFixture } from "./test-support/fixtures.ts";

const reference = loadFixture<{
  kolmogorov: { n: number; x: number; sf: number }[];
  smirnov: { n: number; x: number; sf: number }[];
}>("distributions.json");

describe("kolmogorovSf", () => {
  it("matches scipy's kstwo.sf in every regime (n from 1 to 2,000,000)", () => {
    for (const { n, x, sf } of reference.kolmogorov) expectClose(kolmogorovSf(n, x), sf, 1e-9, 1e-300);
  });

  it("is 1 below the support and 0 at x = 1", () => {
    expect(kolmogorovSf(10, 0.05)).toBe(1);
    expect(kolmogorovSf(10, 1)).toBe(0);
    expect(() => kolmogorovSf(2.5, 0.3)).toThrow(RangeError);
  });
});

describe("smirnovSf", () => {
  it("matches scipy.special.smirnov", () => {
    for (const { n, x, sf } of reference.smirnov) expectClose(smirnovSf(n, x), sf, 1e-9, 1e-300);
  });
});
