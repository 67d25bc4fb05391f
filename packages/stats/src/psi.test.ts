import { describe, expect, it } from "vitest";
import { binnedShares } from "./binning.ts";
import { populationStabilityIndex } from "./psi.ts";
import { distanceCases } from "./test-support/distance-cases.ts";
import { expectClose } from "./test-support/expect-close.ts";

describe("populationStabilityIndex", () => {
  const all = [
    ...distanceCases.numerical.map((c) => [c.name, c, "numerical"] as const),
    ...distanceCases.categorical.map((c) => [c.name, c, "categorical"] as const),
  ];
  it.each(all)("matches Evidently's psi: %s", (_name, c, type) => {
    const shares = binnedShares(c.reference, c.current, type, { fillEmpty: true });
    expectClose(populationStabilityIndex(shares.reference, shares.current), c.psi);
  });

  it("is 0 for identical shares and refuses unfilled empty bins", () => {
    expect(populationStabilityIndex([0.5, 0.5], [0.5, 0.5])).toBe(0);
    expect(() => populationStabilityIndex([1, 0], [0.5, 0.5])).toThrow(RangeError);
  });
});
