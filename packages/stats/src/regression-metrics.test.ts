import { describe, expect, it } from "vitest";
import {
  maxError,
  meanAbsoluteError,
  meanAbsolutePercentageError,
  meanSquaredError,
  r2Score,
  rootMeanSquaredError,
} from "./regression-metrics.ts";
import { expectClose } from "./test-support/expect-close.ts";
import { metricCases } from "./test-support/metric-cases.ts";

describe("regression metrics", () => {
  it.each(metricCases.regression.map((c) => [c.name, c] as const))(
    "match the definitions: %s",
    (_name, c) => {
      expectClose(meanAbsoluteError(c.actual, c.predicted), c.mae);
      expectClose(meanSquaredError(c.actual, c.predicted), c.mse);
      expectClose(rootMeanSquaredError(c.actual, c.predicted), c.rmse);
      expectClose(meanAbsolutePercentageError(c.actual, c.predicted), c.mape);
      expectClose(r2Score(c.actual, c.predicted), c.r2);
      expectClose(maxError(c.actual, c.predicted), c.maxError);
    },
  );

  it("return null for no rows", () => {
    for (const metric of [
      meanAbsoluteError,
      meanSquaredError,
      rootMeanSquaredError,
      meanAbsolutePercentageError,
      r2Score,
      maxError,
    ]) {
      expect(metric([], [])).toBeNull();
    }
  });

  it("follow sklearn for constant targets: R² is 1 for a perfect fit, else 0", () => {
    expect(r2Score([2, 2], [2, 2])).toBe(1);
    expect(r2Score([2, 2], [2, 3])).toBe(0);
  });
});
