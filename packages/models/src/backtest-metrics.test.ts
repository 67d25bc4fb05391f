import { delongTest, pairedMetricBootstrap, pairedProportionInterval, Xoshiro128 } from "@mlops/stats";
import { describe, expect, it } from "vitest";
import {
  compareMetrics,
  DEFAULT_BOOTSTRAP,
  DELONG_INTERVAL_METHOD,
  DELONG_INTERVAL_MIN_ROWS,
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
  it("use Newcombe's paired score interval below the rows where the bootstrap holds its level", async () => {
    // 20 rows: both right on 16, only the baseline on 2, neither on 2: the bootstrap's 85.8% regime.
    const { actual, candidate, baseline } = rows(
      20,
      (i) => i < 16,
      (i) => i < 18,
    );
    const metric = (await compareMetrics(["accuracy_score"], actual, candidate, baseline, options))
      .accuracy_score!;
    const expected = pairedProportionInterval({ both: 16, onlyFirst: 0, onlySecond: 2, neither: 2 })!;
    expect(metric.delta!.value).toBeCloseTo(-0.1, 12);
    expect(metric.delta!.ci).toEqual({
      lower: expected.lower,
      upper: expected.upper,
      level: 0.95,
      method: NEWCOMBE_ACCURACY_METHOD,
    });
  });

  it("keep the paired bootstrap from the switch-over size on, and for every other metric", async () => {
    const { actual, candidate, baseline } = rows(
      PROPORTION_BOOTSTRAP_MIN_ROWS,
      (i) => i % 10 !== 0,
      (i) => i % 7 !== 0,
    );
    const metrics = await compareMetrics(["accuracy_score"], actual, candidate, baseline, options);
    expect(metrics.accuracy_score!.delta!.ci!.method).toBe(intervalMethod(options.bootstrap));
    const few = rows(
      30,
      (i) => i % 10 !== 0,
      (i) => i % 7 !== 0,
    );
    const f1 = (await compareMetrics(["f1_score"], few.actual, few.candidate, few.baseline, options))
      .f1_score!;
    expect(f1.delta!.ci!.method).toBe(intervalMethod(options.bootstrap));
  });
});

/**
 * Scores of two correlated models: a latent risk p, labels drawn with probability p, each model seeing
 * p through its own noise (and, for `rounded`, writing it with two decimals, so ties are many).
 */
function scoredRows(n: number, seed: number, noise: [number, number], rounded = false) {
  const rng = new Xoshiro128(seed);
  const actual = new Float64Array(n);
  const candidate = new Float64Array(n);
  const baseline = new Float64Array(n);
  const round = (x: number) => (rounded ? Math.round(x * 100) / 100 : x);
  for (let i = 0; i < n; i++) {
    const p = rng.nextFloat();
    actual[i] = rng.nextFloat() < p ? 1 : 0;
    candidate[i] = round(p + noise[0] * (rng.nextFloat() - 0.5));
    baseline[i] = round(p + noise[1] * (rng.nextFloat() - 0.5));
  }
  return { actual, candidate, baseline };
}

describe("ROC AUC delta intervals", () => {
  // Four designs: a small and a large gap between the models, equal models, and heavily tied scores.
  const designs: [string, [number, number], boolean][] = [
    ["small gap", [0.6, 0.7], false],
    ["large gap", [0.2, 1.2], false],
    ["equal models", [0.8, 0.8], false],
    ["two-decimal scores", [0.4, 0.9], true],
  ];
  it.each(designs)(
    "DeLong's and the bootstrap's ends agree within 5% of the width at the switch size (%s)",
    async (_, noise, rounded) => {
      const data = scoredRows(DELONG_INTERVAL_MIN_ROWS, 7, noise, rounded);
      const bootstrap = (await pairedMetricBootstrap("roc_auc", data, { resamples: 2000, seed: 3 }))!;
      const delong = delongTest(data.actual, data.candidate, data.baseline)!.ci;
      const width = delong.upper - delong.lower;
      expect(Math.abs(bootstrap.lower - delong.lower)).toBeLessThan(0.05 * width);
      expect(Math.abs(bootstrap.upper - delong.upper)).toBeLessThan(0.05 * width);
      // A width is a difference of two ends, so it carries about √2 times their Monte Carlo error.
      expect(Math.abs(bootstrap.upper - bootstrap.lower - width)).toBeLessThan(0.075 * width);
    },
  );

  it("come from DeLong from the switch size on, and from the bootstrap below it, each naming its method", async () => {
    const compare = async (n: number) => {
      const { actual, candidate, baseline } = scoredRows(n, 5, [0.3, 0.6]);
      const metrics = await compareMetrics(
        ["roc_auc"],
        actual,
        { probability: candidate },
        { probability: baseline },
        options,
      );
      return metrics.roc_auc!.delta!.ci!;
    };
    const large = scoredRows(DELONG_INTERVAL_MIN_ROWS, 5, [0.3, 0.6]);
    expect(await compare(DELONG_INTERVAL_MIN_ROWS)).toEqual({
      ...delongTest(large.actual, large.candidate, large.baseline)!.ci,
      method: DELONG_INTERVAL_METHOD,
    });
    expect((await compare(DELONG_INTERVAL_MIN_ROWS - 1)).method).toBe(intervalMethod(options.bootstrap));
  });
});
