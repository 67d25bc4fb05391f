import { binnedShares } from "@mlops/stats";
import { describe, expect, it } from "vitest";
import { columnDistribution, MAX_DISTRIBUTION_BINS } from "./column-distribution.ts";

const sorted = (values: number[]) => Float64Array.from(values).sort();
const range = (n: number, scale = 1) => Array.from({ length: n }, (_, i) => i * scale);
const total = (shares: number[]) => shares.reduce((a, b) => a + b, 0);

describe("columnDistribution", () => {
  it("bins numbers on drift's histogram bins, as shares of each dataset", () => {
    // 200 + 100 pooled values: Sturges gives ⌈log2(300) + 1⌉ = 10 bins over 0–199.
    const d = columnDistribution({
      kind: "numerical",
      reference: sorted(range(200)),
      current: sorted(range(100, 2)),
    });
    expect(d.numeric).toBe(true);
    expect(d.bins).toHaveLength(10);
    expect(d.bins[0]).toMatch(/^\[0, 19\.\d+\)$/);
    expect(d.bins.at(-1)).toMatch(/, 199\]$/);
    expect(total(d.reference)).toBeCloseTo(1, 6);
    expect(total(d.current)).toBeCloseTo(1, 6);
    expect(d.reference[0]).toBeCloseTo(0.1, 2);
  });

  it("bins exactly as drift binning does, values in their order", () => {
    const round = (x: number) => Number(x.toPrecision(6));
    for (const [reference, current] of [
      [sorted(range(500, 0.37)), sorted(range(300, 0.61))],
      [sorted([1, 2, 2, 3, 5, 5, 5]), sorted([2, 3, 3, 4, 8])],
    ] as const) {
      const expected = binnedShares(reference, current, "numerical", { fillEmpty: false });
      const byBin = (labels: string[], shares: ArrayLike<number>) =>
        new Map(
          labels.map((label, i) => [
            label.replace(/\[([^,]+), ([^\])]+)./, (_, a, b) => `${round(+a)}–${round(+b)}`),
            round(shares[i]!),
          ]),
        );
      const labels = expected.bins.map((b) => b.label);
      const d = columnDistribution({ kind: "numerical", reference, current });
      expect(byBin(d.bins, d.reference)).toEqual(byBin(labels, expected.reference));
      expect(byBin(d.bins, d.current)).toEqual(byBin(labels, expected.current));
    }
    expect(
      columnDistribution({ kind: "numerical", reference: sorted([5, 1]), current: sorted([3]) }).bins,
    ).toEqual(["1", "3", "5"]);
  });

  it("leaves infinities out", () => {
    const d = columnDistribution({
      kind: "numerical",
      reference: sorted([Number.NEGATIVE_INFINITY, 0, 1, Number.POSITIVE_INFINITY]),
      current: sorted([0, 1]),
    });
    expect(d).toEqual({ numeric: false, bins: ["0", "1"], reference: [0.5, 0.5], current: [0.5, 0.5] });
  });

  it("keeps a numeric column with few values as bars in value order", () => {
    const d = columnDistribution({
      kind: "numerical",
      reference: sorted([0, 0, 0, 1]),
      current: sorted([0, 1, 1, 1]),
    });
    expect(d).toEqual({ numeric: false, bins: ["0", "1"], reference: [0.75, 0.25], current: [0.25, 0.75] });
  });

  it("names categories, largest first, and pools the smallest beyond the limit", () => {
    const few = columnDistribution(
      { kind: "categorical", reference: Float64Array.from([1, 3, 0]), current: Float64Array.from([2, 1, 1]) },
      ["a", "b", "new"],
    );
    expect(few).toEqual({
      numeric: false,
      bins: ["b", "a", "new"],
      reference: [0.75, 0.25, 0],
      current: [0.25, 0.5, 0.25],
    });
    const counts = Float64Array.from(range(40, 1), (i) => 40 - i);
    const many = columnDistribution(
      { kind: "categorical", reference: counts, current: counts },
      range(40).map((i) => `c${i}`),
    );
    expect(many.bins).toHaveLength(MAX_DISTRIBUTION_BINS);
    expect(many.bins.slice(0, 2)).toEqual(["c0", "c1"]);
    expect(many.bins.at(-1)).toBe("11 others");
    expect(total(many.reference)).toBeCloseTo(1, 5);
  });
});
