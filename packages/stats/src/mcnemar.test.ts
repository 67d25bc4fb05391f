import { describe, expect, it } from "vitest";
import { discordantPairs, mcnemarChiSquare, mcnemarExact } from "./mcnemar.ts";
import { expectClose } from "./test-support/expect-close.ts";
import { loadFixture } from "./test-support/fixtures.ts";

const cases =
  loadFixture<
    {
      b: number;
      c: number;
      exactStatistic: number;
      exactPValue: number;
      chiSquareStatistic: number;
      chiSquarePValue: number;
    }[]
  >("mcnemar.json");

describe("McNemar", () => {
  it.each(cases.map((c) => [c.b, c.c, c] as const))(
    "b=%i, c=%i matches scipy's binomtest and chi2",
    (b, c, expected) => {
      const exact = mcnemarExact(b, c);
      expect(exact).toMatchObject({ b, c, statistic: expected.exactStatistic });
      expectClose(exact.pValue, expected.exactPValue, 1e-9, 1e-300);
      const chi = mcnemarChiSquare(b, c);
      expectClose(chi.statistic, expected.chiSquareStatistic);
      expectClose(chi.pValue, expected.chiSquarePValue, 1e-9, 1e-300);
    },
  );

  it("counts discordant pairs: b where only the candidate is right, c where only the baseline is", () => {
    const labels = [1, 0, 1, 1, 0, 0];
    const candidate = [1, 0, 0, 1, 1, 0];
    const baseline = [0, 0, 1, 1, 0, 1];
    expect(discordantPairs(labels, candidate, baseline)).toEqual({ b: 2, c: 2 });
  });

  it("rejects negative or fractional counts", () => {
    expect(() => mcnemarExact(-1, 2)).toThrow(RangeError);
    expect(() => mcnemarChiSquare(1.5, 2)).toThrow(RangeError);
  });
});
