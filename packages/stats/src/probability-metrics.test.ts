import { ConfigError } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { brierScore, logLoss } from "./probability-metrics.ts";
import { expectClose } from "./test-support/expect-close.ts";
import { metricCases } from "./test-support/metric-cases.ts";

describe("probability metrics", () => {
  it.each(metricCases.classification.map((c) => [c.name, c] as const))(
    "match the definitions: %s",
    (_name, c) => {
      expectClose(logLoss(c.labels, c.scores), c.logLoss);
      expectClose(brierScore(c.labels, c.scores), c.brier);
    },
  );

  it("clip certain mistakes to a finite log loss, as sklearn does", () => {
    expectClose(logLoss([1], [0]), -Math.log(Number.EPSILON));
  });

  it("return null for no rows and reject values outside [0, 1]", () => {
    expect(logLoss([], [])).toBeNull();
    expect(brierScore([], [])).toBeNull();
    expect(() => brierScore([1], [1.2])).toThrow(ConfigError);
  });
});
