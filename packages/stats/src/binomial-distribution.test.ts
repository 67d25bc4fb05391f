import { describe, expect, it } from "vitest";
import { binomialCdf } from "./binomial-distribution.ts";
import { binomialPmf } from "./saddle-point.ts";
import { expectClose } from "./test-support/expect-close.ts";
import { loadFixture } from "./test-support/fixtures.ts";

const { binomial } = loadFixture<{
  binomial: { k: number; n: number; p: number; cdf: number; pmf: number }[];
}>("distributions.json");

describe("binomial distribution", () => {
  it("matches scipy's binom.pmf and binom.cdf, including n = 1,000,000", () => {
    for (const { k, n, p, cdf, pmf } of binomial) {
      expectClose(binomialPmf(k, n, p), pmf, 1e-9, 1e-300);
      expectClose(binomialCdf(k, n, p), cdf, 1e-9, 1e-300);
    }
  });

  it("is 0 below the support and 1 at its top", () => {
    expect(binomialCdf(-1, 10, 0.5)).toBe(0);
    expect(binomialCdf(10, 10, 0.5)).toBe(1);
    expect(binomialPmf(11, 10, 0.5)).toBe(0);
    expect(binomialPmf(0, 10, 0)).toBe(1);
    expect(binomialPmf(10, 10, 1, 0)).toBe(1);
  });
});
