import { ConfigError } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { accuracy, confusionCounts, f1Score, precision, recall } from "./classification-metrics.ts";
import { expectClose } from "./test-support/expect-close.ts";
import { metricCases } from "./test-support/metric-cases.ts";

describe("classification metrics", () => {
  it.each(metricCases.classification.map((c) => [c.name, c] as const))(
    "match the definitions: %s",
    (_name, c) => {
      expectClose(accuracy(c.labels, c.predictions), c.accuracy);
      expectClose(precision(c.labels, c.predictions), c.precision);
      expectClose(recall(c.labels, c.predictions), c.recall);
      expectClose(f1Score(c.labels, c.predictions), c.f1);
    },
  );

  it("count the confusion matrix", () => {
    expect(confusionCounts([1, 1, 0, 0, 1], [1, 0, 1, 0, 1])).toEqual({
      truePositives: 2,
      falseNegatives: 1,
      falsePositives: 1,
      trueNegatives: 1,
    });
  });

  it("follow sklearn's zero_division = 0 and give no accuracy for no rows", () => {
    expect(precision([1, 0], [0, 0])).toBe(0);
    expect(recall([0, 0], [1, 0])).toBe(0);
    expect(f1Score([0, 0], [0, 0])).toBe(0);
    expect(accuracy([], [])).toBeNull();
  });

  it("reject labels other than 0/1 and misaligned columns", () => {
    expect(() => accuracy([2, 0], [1, 0])).toThrow(ConfigError);
    expect(() => accuracy([1, 0], [1])).toThrow(/labels has 2 rows but predictions has 1/);
  });
});
