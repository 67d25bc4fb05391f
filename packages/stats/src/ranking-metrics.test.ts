import { ConfigError } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { rankScores } from "./ranked-scores.ts";
import {
  averagePrecision,
  labelsInRankOrder,
  rocAuc,
  weightedAveragePrecision,
  weightedRocAuc,
} from "./ranking-metrics.ts";
import { expectClose } from "./test-support/expect-close.ts";
import { metricCases } from "./test-support/metric-cases.ts";

describe("ranking metrics", () => {
  it.each(metricCases.classification.map((c) => [c.name, c] as const))(
    "match the definitions: %s",
    (_name, c) => {
      expectClose(rocAuc(c.labels, c.scores), c.rocAuc);
      expectClose(averagePrecision(c.labels, c.scores), c.averagePrecision);
    },
  );

  it("are undefined (null) without both classes / without positives", () => {
    expect(rocAuc([1, 1], [0.2, 0.3])).toBeNull();
    expect(averagePrecision([0, 0], [0.2, 0.3])).toBeNull();
    expect(averagePrecision([1, 0], [0.2, 0.3])).toBe(0.5);
  });

  it("with integer weights equal the metric on the rows repeated that often", () => {
    const labels = [1, 0, 1, 0, 0, 1];
    const scores = [0.9, 0.8, 0.8, 0.3, 0.1, 0.2];
    const weights = Uint32Array.from([2, 0, 1, 3, 1, 1]);
    const expandedLabels = labels.flatMap((l, i) => Array(weights[i]).fill(l));
    const expandedScores = scores.flatMap((s, i) => Array(weights[i]).fill(s));
    const ranked = rankScores("scores", scores);
    const ordered = labelsInRankOrder(labels, ranked);
    expectClose(weightedRocAuc(ordered, ranked, weights), rocAuc(expandedLabels, expandedScores));
    expectClose(
      weightedAveragePrecision(ordered, ranked, weights),
      averagePrecision(expandedLabels, expandedScores),
    );
  });

  it("reject non-finite scores", () => {
    expect(() => rocAuc([1, 0], [Number.NaN, 0.2])).toThrow(ConfigError);
  });
});
