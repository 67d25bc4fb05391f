import { describe, expect, it } from "vitest";
import { calibrationBins, expectedCalibrationError } from "./calibration.ts";
import { expectClose } from "./test-support/expect-close.ts";
import { metricCases } from "./test-support/metric-cases.ts";

describe("calibration", () => {
  it.each(metricCases.classification.map((c) => [c.name, c] as const))(
    "matches the definition: %s",
    (_name, c) => {
      expectClose(expectedCalibrationError(c.labels, c.scores), c.ece);
      const bins = calibrationBins(c.labels, c.scores);
      expect(bins).toHaveLength(10);
      bins.forEach((bin, i) => {
        const expected = c.calibrationBins[i]!;
        expect(bin.count).toBe(expected.count);
        expectClose(bin.meanPredicted, expected.meanPredicted);
        expectClose(bin.fractionPositive, expected.fractionPositive);
      });
    },
  );

  it("puts a probability on an inner edge in the bin below it, and 0 in the first", () => {
    const bins = calibrationBins([1, 0, 1], [0.1, 0, 0.2]);
    expect(bins[0]!.count).toBe(2);
    expect(bins[1]!.count).toBe(1);
  });

  it("is 0 for a perfectly calibrated model and null for no rows", () => {
    expect(expectedCalibrationError([1, 0, 1, 0], [0.5, 0.5, 0.5, 0.5])).toBe(0);
    expect(expectedCalibrationError([], [])).toBeNull();
    expect(() => calibrationBins([1], [0.5], 0)).toThrow(RangeError);
  });
});
