import { describe, expect, it } from "vitest";
import { driftChange } from "./drift-change.ts";

const numerical = (reference: number[], current: number[]) => ({
  kind: "numerical" as const,
  reference: Float64Array.from(reference).sort(),
  current: Float64Array.from(current).sort(),
});
const categorical = (reference: number[], current: number[]) => ({
  kind: "categorical" as const,
  reference: Float64Array.from(reference),
  current: Float64Array.from(current),
});
const repeat = (value: number, n: number) => Array.from({ length: n }, () => value);

describe("driftChange", () => {
  it("gives a binary label's positive rate, reference → current, instead of its range", () => {
    const sample = numerical([...repeat(0, 78), ...repeat(1, 22)], [...repeat(0, 65), ...repeat(1, 35)]);
    expect(driftChange(sample, { column: "rain", role: "label" })).toBe(
      "positive rate (rain = 1) 22.0% → 35.0%",
    );
    expect(driftChange(sample, { column: "rain", role: "feature" })).toBe("share of 1 22.0% → 35.0%");
  });

  it("takes the reference's rarer value as the positive one of a two-valued text column", () => {
    const sample = categorical([300, 100], [200, 200]);
    expect(driftChange(sample, { column: "y", role: "label", categories: ["No", "Yes"] })).toBe(
      "positive rate (y = Yes) 25.0% → 50.0%",
    );
  });

  it("names new and gone categories with their counts, most frequent first", () => {
    const sample = categorical([50, 30, 20, 0, 0], [60, 30, 0, 4, 120]);
    expect(
      driftChange(sample, {
        column: "city",
        role: "feature",
        categories: ["Sydney", "Perth", "Hobart", "Uluru", "Darwin"],
      }),
    ).toBe('new: "Darwin" (120), "Uluru" (4); gone: "Hobart" (20)');
  });

  it("counts new categories past the first five", () => {
    const sample = categorical([10, 0, 0, 0, 0, 0, 0], [10, 7, 6, 5, 4, 3, 2]);
    expect(
      driftChange(sample, { column: "c", role: "feature", categories: ["a", "b", "c", "d", "e", "f", "g"] }),
    ).toBe('new: "b" (7), "c" (6), "d" (5), "e" (4), "f" (3) and 1 more');
  });

  it("names the category whose share moved most when none is new or gone", () => {
    const sample = categorical([40, 40, 20], [20, 40, 40]);
    expect(driftChange(sample, { column: "c", role: "feature", categories: ["a", "b", "c"] })).toBe(
      "most moved: share of a 40.0% → 20.0%",
    );
  });

  it("gives the mean and range of a numeric column with more than two values", () => {
    const sample = numerical([1, 2, 3], [5, 6, 7]);
    const numbers = {
      reference: { mean: "2", min: "1", max: "3" },
      current: { mean: "6", min: "5", max: "7" },
    };
    expect(driftChange(sample, { column: "x", role: "feature", numbers })).toBe(
      "mean 2 → 6, range 1–3 → 5–7",
    );
  });
});
