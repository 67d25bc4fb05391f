import { describe, expect, it } from "vitest";
import { pairedMetricBootstrap } from "./paired-metric-bootstrap.ts";
import { Xoshiro128 } from "./xoshiro128.ts";

/**
 * Coverage simulation: on many datasets drawn from a model with a known true delta, the 95% paired
 * bootstrap interval must contain that delta in about 95% of datasets. With 400 datasets the observed
 * coverage has a standard error of about 1.1 points; 91–99% is ±3.6 standard errors. Seeded, so the
 * outcome is fixed.
 */
const DATASETS = 400;
const ROWS = 500;
const RESAMPLES = 500;

async function coverage(
  makeDataset: (rng: Xoshiro128) => Parameters<typeof pairedMetricBootstrap>[1],
  metric: string,
  truth: number,
): Promise<number> {
  const rng = new Xoshiro128(31_337);
  let covered = 0;
  for (let d = 0; d < DATASETS; d++) {
    const interval = (await pairedMetricBootstrap(metric, makeDataset(rng), {
      resamples: RESAMPLES,
      seed: d,
    }))!;
    if (interval.lower <= truth && truth <= interval.upper) covered++;
  }
  return covered / DATASETS;
}

function normal(rng: Xoshiro128): number {
  return Math.sqrt(-2 * Math.log(1 - rng.nextFloat())) * Math.cos(2 * Math.PI * rng.nextFloat());
}

describe("paired bootstrap coverage", () => {
  it("covers a true accuracy delta of 0.05 in about 95% of datasets", async () => {
    // Per row: both right 0.70, only the candidate 0.12, only the baseline 0.07, both wrong 0.11.
    const result = await coverage(
      (rng) => {
        const actual = new Float64Array(ROWS);
        const candidate = new Float64Array(ROWS);
        const baseline = new Float64Array(ROWS);
        for (let i = 0; i < ROWS; i++) {
          const y = rng.nextFloat() < 0.5 ? 1 : 0;
          const u = rng.nextFloat();
          const candidateRight = u < 0.82;
          const baselineRight = u < 0.7 || (u >= 0.82 && u < 0.89);
          actual[i] = y;
          candidate[i] = candidateRight ? y : 1 - y;
          baseline[i] = baselineRight ? y : 1 - y;
        }
        return { actual, candidate, baseline };
      },
      "accuracy_score",
      0.82 - 0.77,
    );
    expect(result).toBeGreaterThanOrEqual(0.91);
    expect(result).toBeLessThanOrEqual(0.99);
  });

  it("covers a true mean absolute error delta in about 95% of datasets", async () => {
    // Baseline error ~ N(0, 1); candidate error 0.9·(0.8·z1 + 0.6·z2): correlated, 10% smaller.
    const truth = -0.1 * Math.sqrt(2 / Math.PI);
    const result = await coverage(
      (rng) => {
        const actual = new Float64Array(ROWS);
        const candidate = new Float64Array(ROWS);
        const baseline = new Float64Array(ROWS);
        for (let i = 0; i < ROWS; i++) {
          const z1 = normal(rng);
          const z2 = normal(rng);
          actual[i] = 5 + normal(rng);
          baseline[i] = actual[i]! - z1;
          candidate[i] = actual[i]! - 0.9 * (0.8 * z1 + 0.6 * z2);
        }
        return { actual, candidate, baseline };
      },
      "mean_absolute_error",
      truth,
    );
    expect(result).toBeGreaterThanOrEqual(0.91);
    expect(result).toBeLessThanOrEqual(0.99);
  });
});
