import type { Detail } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { classifierViews, MAX_CURVE_POINTS } from "./classifier-views.ts";

type Xy = Extract<Detail, { type: "xy-chart" }>;
const r = (x: number) => Math.round(x * 1e4) / 1e4;

const actual = Float64Array.from([1, 1, 0, 1, 0, 0]);
const probability = Float64Array.from([0.9, 0.8, 0.7, 0.6, 0.4, 0.2]);

describe("classifierViews", () => {
  const [roc, pr, calibration, matrix] = classifierViews(
    actual,
    [
      { name: "challenger", predictions: { probability } },
      { name: "champion", predictions: { label: Float64Array.from([1, 0, 0, 0, 0, 1]) } },
    ],
    0.5,
  ) as [Xy, Xy, Xy, Extract<Detail, { type: "confusion-matrix" }>];

  it("draws ROC and precision–recall curves through every threshold, from the highest down", () => {
    expect(roc.series).toEqual([
      {
        name: "challenger",
        x: [0, 0, 0, r(1 / 3), r(1 / 3), r(2 / 3), 1],
        y: [0, r(1 / 3), r(2 / 3), r(2 / 3), 1, 1, 1],
      },
    ]);
    expect(roc.diagonal).toBe(true);
    expect(pr.series[0]).toEqual({
      name: "challenger",
      x: [r(1 / 3), r(2 / 3), r(2 / 3), 1, 1, 1],
      y: [1, 1, r(2 / 3), 0.75, 0.6, 0.5],
    });
  });

  it("plots each non-empty calibration bin's mean probability against its share of positives", () => {
    const points = calibration.series[0]!.x.map((x, i) => [x, calibration.series[0]!.y[i]]);
    expect(points).toEqual([
      [0.2, 0],
      [0.4, 0],
      [0.6, 1],
      [0.7, 0],
      [0.8, 1],
      [0.9, 1],
    ]);
  });

  it("counts a confusion matrix per model at the threshold, from labels or probabilities", () => {
    expect(matrix.labels).toEqual(["0", "1"]);
    expect(matrix.matrices).toEqual([
      {
        name: "challenger",
        counts: [
          [2, 1],
          [0, 3],
        ],
      },
      {
        name: "champion",
        counts: [
          [2, 1],
          [2, 1],
        ],
      },
    ]);
  });

  it("keeps at most the point limit per curve, both ends included", () => {
    const n = 20_000;
    const y = Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 1 : 0));
    const p = Float64Array.from({ length: n }, (_, i) => ((i * 7919) % n) / n);
    const [big] = classifierViews(y, [{ name: "m", predictions: { probability: p } }], 0.5) as [Xy];
    const { x, y: tpr } = big.series[0]!;
    expect(x.length).toBeLessThanOrEqual(MAX_CURVE_POINTS);
    expect(x.length).toBeGreaterThan(MAX_CURVE_POINTS / 2);
    expect([x[0], tpr[0]]).toEqual([0, 0]);
    expect([x.at(-1), tpr.at(-1)]).toEqual([1, 1]);
    for (let i = 1; i < x.length; i++) expect(x[i]!).toBeGreaterThanOrEqual(x[i - 1]!);
  });

  it("has nothing to draw for a regression model", () => {
    expect(classifierViews(actual, [{ name: "m", predictions: { value: probability } }], 0.5)).toEqual([]);
  });
});
