import { ConfigError } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { DEFAULT_CALIBRATION_BINS, eceFromBins, weightedCalibrationBins } from "./calibration.ts";
import type { MetricName } from "./metric-registry.ts";
import { computeMetric, METRIC_NAMES, METRICS } from "./metric-registry.ts";
import { pairedBootstrap } from "./paired-bootstrap.ts";
import { pairedMetricBootstrap } from "./paired-metric-bootstrap.ts";
import { expectClose } from "./test-support/expect-close.ts";
import { Xoshiro128 } from "./xoshiro128.ts";

const rng = new Xoshiro128(2024);
const n = 400;
const labels = Float64Array.from({ length: n }, () => (rng.nextFloat() < 0.3 ? 1 : 0));
const clip = (p: number) => Math.min(0.99, Math.max(0.01, p));
const candidateProbability = labels.map((y) => clip(0.35 * y + 0.65 * rng.nextFloat()));
const baselineProbability = labels.map((y) => clip(0.25 * y + 0.75 * rng.nextFloat()));
const targets = Float64Array.from({ length: n }, () => 10 + 5 * rng.nextFloat());
const candidateValue = targets.map((t) => t + rng.nextFloat() - 0.5);
const baselineValue = targets.map((t) => t + 1.4 * (rng.nextFloat() - 0.5));

function dataFor(metric: MetricName) {
  switch (METRICS[metric].prediction) {
    case "label":
      return {
        actual: labels,
        candidate: candidateProbability.map((p) => (p >= 0.5 ? 1 : 0)),
        baseline: baselineProbability.map((p) => (p >= 0.5 ? 1 : 0)),
      };
    case "probability":
    case "score":
      return { actual: labels, candidate: candidateProbability, baseline: baselineProbability };
    case "value":
      return { actual: targets, candidate: candidateValue, baseline: baselineValue };
  }
}

describe("pairedMetricBootstrap", () => {
  it.each(METRIC_NAMES)("%s: an interval around metric(candidate) − metric(baseline)", async (metric) => {
    const data = dataFor(metric);
    const interval = (await pairedMetricBootstrap(metric, data, { resamples: 400, seed: 3 }))!;
    const delta =
      computeMetric(metric, data.actual, data.candidate)! -
      computeMetric(metric, data.actual, data.baseline)!;
    expectClose(interval.estimate, delta, 1e-9, 1e-12);
    expect(interval.lower).toBeLessThanOrEqual(interval.estimate);
    expect(interval.upper).toBeGreaterThanOrEqual(interval.estimate);
    expect(interval.upper).toBeGreaterThan(interval.lower);
  });

  it("is null when the metric is undefined on the rows or on a resample", async () => {
    const oneClass = { actual: [1, 1, 1], candidate: [0.2, 0.4, 0.9], baseline: [0.1, 0.5, 0.3] };
    expect(await pairedMetricBootstrap("roc_auc", oneClass)).toBeNull();
    const onePositive = {
      actual: [1, 0, 0, 0, 0],
      candidate: [0.9, 0.1, 0.2, 0.3, 0.4],
      baseline: [0.5, 0.1, 0.6, 0.3, 0.4],
    };
    expect(await pairedMetricBootstrap("roc_auc", onePositive, { resamples: 200 })).toBeNull();
  });

  it("validates names and inputs before resampling", async () => {
    await expect(pairedMetricBootstrap("auc", dataFor("roc_auc"))).rejects.toThrow(ConfigError);
    await expect(
      pairedMetricBootstrap("log_loss", { actual: [1, 0], candidate: [0.5, 1.5], baseline: [0.5, 0.5] }),
    ).rejects.toThrow(ConfigError);
    await expect(
      pairedMetricBootstrap("accuracy_score", { actual: [1, 0], candidate: [1], baseline: [1, 0] }),
    ).rejects.toThrow(ConfigError);
  });

  it("gives expected calibration error the interval of the generic bootstrap on row weights", async () => {
    // Per-bin sums over resampled rows, against ECE recomputed from weighted bins on every resample:
    // different draws, the same distribution, so the ends agree within the Monte Carlo error.
    const data = dataFor("expected_calibration_error");
    const ece = (p: Float64Array, w: Uint32Array) =>
      eceFromBins(weightedCalibrationBins(labels, p, DEFAULT_CALIBRATION_BINS, w))!;
    const generic = pairedBootstrap(n, (w) => ece(candidateProbability, w) - ece(baselineProbability, w), {
      resamples: 4000,
      seed: 1,
    })!;
    const fast = (await pairedMetricBootstrap("expected_calibration_error", data, {
      resamples: 4000,
      seed: 2,
    }))!;
    const width = generic.upper - generic.lower;
    expectClose(fast.estimate, generic.estimate, 1e-12, 1e-15);
    expect(Math.abs(fast.lower - generic.lower)).toBeLessThan(0.06 * width);
    expect(Math.abs(fast.upper - generic.upper)).toBeLessThan(0.06 * width);
  });
});
