import { describe, expect, it } from "vitest";
import { binnedShares } from "./binning.ts";
import { jensenShannonDistance } from "./jensen-shannon.ts";
import { distanceCases } from "./test-support/distance-cases.ts";
import { expectClose } from "./test-support/expect-close.ts";

describe("jensenShannonDistance", () => {
  const all = [
    ...distanceCases.numerical.map((c) => [c.name, c, "numerical"] as const),
    ...distanceCases.categorical.map((c) => [c.name, c, "categorical"] as const),
  ];
  it.each(all)("matches scipy's jensenshannon on Evidently's shares: %s", (_name, c, type) => {
    const shares = binnedShares(c.reference, c.current, type, { fillEmpty: false });
    expectClose(jensenShannonDistance(shares.reference, shares.current), c.jensenShannon);
  });

  it("is 0 for identical and √ln 2 for disjoint distributions", () => {
    expect(jensenShannonDistance([0.2, 0.8], [0.2, 0.8])).toBe(0);
    expectClose(jensenShannonDistance([1, 0], [0, 1]), Math.sqrt(Math.LN2));
    expect(jensenShannonDistance([], [])).toBe(0);
  });

  it("normalises unnormalised weights", () => {
    expectClose(jensenShannonDistance([2, 6], [1, 1]), jensenShannonDistance([0.25, 0.75], [0.5, 0.5]));
  });
});
