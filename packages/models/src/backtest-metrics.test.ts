import { pairedProportionInterval } from "@mlops/stats";
import { describe, expect, it } from "vitest";
import {
  compareMetrics,
  DEFAULT_BOOTSTRAP,
  intervalMethod,
  NEWCOMBE_ACCURACY_METHOD,
  PROPORTION_BOOTSTRAP_MIN_ROWS,
} from "./backtest-metrics.ts";

/** n rows with labels 1, 0, 1, …; per row the candidate and the baseline are right or wrong by pattern. */
function rows(n: number, candidateRight: (i: number) => boolean, baselineRight: (i: number) => boolean) {
  const actual = Float64Array.from({ length: n }, (_, i) => i % 2);
  const predict = (right: (i: number) => boolean) =>
    Float64Array.from(actual, (y, i) => (right(i) ? y : 1 - y));
  return {
    actual,
    candidate: { label: predict(candidateRight) },
    baseline: { label: predict(baselineRight) },
  };
}

const options = { threshold: 0.5, bootstrap: { ...DEFAULT_BOOTSTRAP, resamples: 500 } };

describe("accuracy delta intervals", () => {
  it("use Newcombe's paired score interval below the rows where the bootstrap holds its level", () => {
    // 20 rows: both right on 16, only the baseline on 2, neither on 2: the bootstrap's 85.8% regime.
    const { actual, candidate, baseline } = rows(
      20,
      (i) => i < 16,
      (i) => i < 18,
    );
    const metric = compareMetrics(["accuracy_score"], actual, candidate, baseline, options).accuracy_score!;
    const expected = pairedProportionInterval({ both: 16, onlyFirst: 0, onlySecond: 2, neither: 2 })!;
    expect(metric.delta!.value).toBeCloseTo(-0.1, 12);
    expect(metric.delta!.ci).toEqual({
      lower: expected.lower,
      upper: expected.upper,
      level: 0.95,
      method: NEWCOMBE_ACCURACY_METHOD,
    });
  });

  it("keep the paired bootstrap from the switch-over size on, and for every other metric", () => {
    const { actual, candidate, baseline } = rows(
      PROPORTION_BOOTSTRAP_MIN_ROWS,
      (i) => i % 10 !== 0,
      (i) => i % 7 !== 0,
    );
    const metrics = compareMetrics(["accuracy_score"], actual, candidate, baseline, options);
    expect(metrics.accuracy_score!.delta!.ci!.method).toBe(intervalMethod(options.bootstrap));
    const few = rows(
      30,
      (i) => i % 10 !== 0,
      (i) => i % 7 !== 0,
    );
    const f1 = compareMetrics(["f1_score"], few.actual, few.candidate, few.baseline, options).f1_score!;
    expect(f1.delta!.ci!.method).toBe(intervalMethod(options.bootstrap));
  });
});
