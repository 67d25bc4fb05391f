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
