import { describe, expect, it } from "vitest";
import { chiSquareSf } from "./chi-square-distribution.ts";
import { expectClose } from "./test-support/expect-close.ts";
import { loadFixture } from "./test-support/fixtures.ts";

const { chiSquare } = loadFixture<{ chiSquare: { x: number; df: number; sf: number }[] }>(
  "distributions.json",
);

describe("chiSquareSf", () => {
  it("matches scipy's chi2.sf across degrees of freedom 1–999 and into the far tail", () => {
    for (const { x, df, sf } of chiSquare) expectClose(chiSquareSf(x, df), sf, 1e-9, 1e-300);
  });

  it("is 1 at 0 and 0 at infinity, and rejects non-integer degrees of freedom", () => {
    expect(chiSquareSf(0, 3)).toBe(1);
    expect(chiSquareSf(Number.POSITIVE_INFINITY, 3)).toBe(0);
    expect(() => chiSquareSf(1, 0)).toThrow(RangeError);
    expect(() => chiSquareSf(1, 2.5)).toThrow(RangeError);
  });
});
