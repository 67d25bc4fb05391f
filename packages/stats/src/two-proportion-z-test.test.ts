import { describe, expect, it } from "vitest";
import { twoProportionZTest } from "./two-proportion-z-test.ts";

describe("twoProportionZTest", () => {
  it("matches the pooled z and 2·scipy.stats.norm.sf(|z|)", () => {
    // 30 of 100 against 45 of 120, computed with numpy and scipy 1.17.1
    const { statistic, pValue } = twoProportionZTest(30, 100, 45, 120);
    expect(statistic).toBeCloseTo(-1.1685534824642432, 13);
    expect(pValue).toBeCloseTo(0.24258357934832098, 13);
  });

  it("has nothing to test when a sample is empty or every outcome is the same", () => {
    expect(twoProportionZTest(0, 0, 3, 10)).toEqual({ statistic: 0, pValue: 1 });
    expect(twoProportionZTest(5, 5, 10, 10)).toEqual({ statistic: 0, pValue: 1 });
  });
});
