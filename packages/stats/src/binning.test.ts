import { describe, expect, it } from "vitest";
import { binnedShares, histogramCounts, sturgesBinEdges } from "./binning.ts";
import { distanceCases } from "./test-support/distance-cases.ts";
import { expectClose } from "./test-support/expect-close.ts";

function expectAllClose(actual: ArrayLike<number>, expected: readonly number[]): void {
  expect(actual.length).toBe(expected.length);
  for (const [i, v] of expected.entries()) expectClose(actual[i], v, 1e-12, 1e-300);
}

describe("binnedShares (Evidently's get_binned_data)", () => {
  it.each(distanceCases.numerical.map((c) => [c.name, c] as const))("numerical: %s", (_name, c) => {
    const plain = binnedShares(c.reference, c.current, "numerical", { fillEmpty: false });
    expectAllClose(plain.reference, c.referenceShares);
    expectAllClose(plain.current, c.currentShares);
    if (c.edges) {
      expect(plain.bins.map((b) => b.low)).toEqual(c.edges.slice(0, -1));
      expect(plain.bins.at(-1)?.high).toBe(c.edges.at(-1));
    } else {
      expect(plain.bins.every((b) => b.category !== undefined)).toBe(true);
    }
    const filled = binnedShares(c.reference, c.current, "numerical", { fillEmpty: true });
    expectAllClose(filled.reference, c.referenceSharesFilled);
    expectAllClose(filled.current, c.currentSharesFilled);
  });

  it.each(distanceCases.categorical.map((c) => [c.name, c] as const))("categorical: %s", (_name, c) => {
    const plain = binnedShares(c.reference, c.current, "categorical", { fillEmpty: false });
    expect(plain.bins.map((b) => b.category)).toEqual(c.categories);
    expectAllClose(plain.reference, c.referenceShares);
    expectAllClose(plain.current, c.currentShares);
    const filled = binnedShares(c.reference, c.current, "categorical", { fillEmpty: true });
    expectAllClose(filled.reference, c.referenceSharesFilled);
    expectAllClose(filled.current, c.currentSharesFilled);
  });

  it("fills empty bins with smallest share / 10^6 when that share is at most 1e-4", () => {
    const reference = [...Array(20_000).fill("common"), "rare"];
    const { reference: shares } = binnedShares(reference, ["common", "new"], "categorical", {
      fillEmpty: true,
    });
    expect(shares[2]).toBe(1 / 20_001 / 10 ** 6);
  });

  it("has no bins when either sample has no present value", () => {
    expect(binnedShares([null], [1, 2], "numerical", { fillEmpty: true }).bins).toEqual([]);
    expect(binnedShares(["a"], [], "categorical", { fillEmpty: true }).bins).toEqual([]);
  });
});

describe("histogram helpers", () => {
  it("close the last bin on the right, like numpy.histogram", () => {
    const edges = sturgesBinEdges(Float64Array.from([0, 1, 2, 3]), Float64Array.from([4]));
    const counts = histogramCounts(Float64Array.from([0, 1, 2, 3, 4]), edges);
    expect(counts.reduce((a, b) => a + b)).toBe(5);
    expect(counts.at(-1)).toBeGreaterThan(0);
  });

  it("widen a constant sample by ±0.5, like numpy", () => {
    expect(Array.from(sturgesBinEdges(Float64Array.from([3, 3]), Float64Array.from([3])))).toEqual([
      2.5, 3.5,
    ]);
  });
});
