import { describe, expect, it } from "vitest";
import { round, rowsOf } from "./scored-rows.ts";

describe("scored rows", () => {
  it("picks the same rows of labels and of both models' predictions", () => {
    const scored = {
      actual: Float64Array.of(0, 1, 1, 0),
      challenger: { probability: Float64Array.of(0.1, 0.9, 0.8, 0.3) },
      champion: { label: Float64Array.of(0, 0, 1, 1) },
    };
    const rows = rowsOf(scored, [1, 3]);
    expect([...rows.actual]).toEqual([1, 0]);
    expect([...rows.challenger.probability!]).toEqual([0.9, 0.3]);
    expect([...rows.champion!.label!]).toEqual([0, 1]);
    expect(rowsOf({ ...scored, champion: undefined }, [0]).champion).toBeUndefined();
  });

  it("keeps only the kinds of prediction a model gave", () => {
    const regression = rowsOf(
      { actual: Float64Array.of(3, 4), challenger: { value: Float64Array.of(1, 2) }, champion: undefined },
      [1],
    );
    expect(regression.challenger).toEqual({ value: Float64Array.of(2) });
  });

  it("rounds to 4 significant digits", () => {
    expect(round(0.123456)).toBe(0.1235);
    expect(round(12345.6)).toBe(12350);
    expect(round(null)).toBeNull();
  });
});
