import { describe, expect, it } from "vitest";
import { pairedDeltaResampler, type RowResampledMetric } from "./paired-delta-resampler.ts";
import { pairedDeltaReplicates } from "./resample-worker.ts";
import { Xoshiro128 } from "./xoshiro128.ts";

const rng = new Xoshiro128(99);
const n = 3_000;
const actual = Float64Array.from({ length: n }, () => (rng.nextFloat() < 0.3 ? 1 : 0));
const clip = (p: number) => Math.min(0.99, Math.max(0.01, p));
const candidate = actual.map((y) => clip(0.3 * y + 0.7 * rng.nextFloat()));
const baseline = actual.map((y) => clip(0.2 * y + 0.8 * rng.nextFloat()));
const data = { actual, candidate, baseline };

const ON_THE_CALLING_THREAD = Number.POSITIVE_INFINITY;
const ON_A_WORKER = 0;

describe("pairedDeltaReplicates", () => {
  it.each<RowResampledMetric>([
    "log_loss",
    "precision_recall_auc",
    "expected_calibration_error",
    "root_mean_squared_error",
  ])("%s: a worker's second half gives exactly the replicates of one thread", async (metric) => {
    const oneThread = await pairedDeltaReplicates(metric, data, 301, 5, ON_THE_CALLING_THREAD);
    const twoThreads = await pairedDeltaReplicates(metric, data, 301, 5, ON_A_WORKER);
    expect(twoThreads).toEqual(oneThread);
    expect(oneThread).toHaveLength(301);
  });

  it("sends a ranking metric's rank structure of tied cells to the worker, with the same replicates", async () => {
    // Scores with one decimal tie in few cells, so the rank structure is per cell, not per row.
    const tied = {
      actual,
      candidate: candidate.map((p) => Math.round(p * 10) / 10),
      baseline: baseline.map((p) => Math.round(p * 10) / 10),
    };
    for (const metric of ["roc_auc", "precision_recall_auc"] as const) {
      const oneThread = await pairedDeltaReplicates(metric, tied, 301, 3, ON_THE_CALLING_THREAD);
      expect(await pairedDeltaReplicates(metric, tied, 301, 3, ON_A_WORKER)).toEqual(oneThread);
      expect(oneThread).toHaveLength(301);
    }
  });

  it("draws ⌈R/2⌉ replicates from the seed's first long-split stream and ⌊R/2⌋ from its second", async () => {
    const replicates = (await pairedDeltaReplicates("brier_score", data, 7, 11, ON_A_WORKER))!;
    const root = new Xoshiro128(11);
    const [first, second] = [root.longSplit(), root.longSplit()];
    const resampler = pairedDeltaResampler("brier_score", data);
    expect([...replicates]).toEqual([...resampler(4, first)!, ...resampler(3, second)!]);
  });

  it("reads rows that are already in shared memory in place, with the same result", async () => {
    const inShared = (values: Float64Array) => {
      const out = new Float64Array(new SharedArrayBuffer(values.byteLength));
      out.set(values);
      return out;
    };
    const shared = { actual: inShared(actual), candidate: inShared(candidate), baseline: inShared(baseline) };
    expect(await pairedDeltaReplicates("roc_auc", shared, 40, 2, ON_A_WORKER)).toEqual(
      await pairedDeltaReplicates("roc_auc", data, 40, 2, ON_THE_CALLING_THREAD),
    );
  });

  it("is null when the metric is undefined on a resample of either half", async () => {
    // One positive in 40 rows: about a third of the resamples draw none, in both halves.
    const few = {
      actual: actual.slice(0, 40).fill(0),
      candidate: candidate.slice(0, 40),
      baseline: baseline.slice(0, 40),
    };
    few.actual[0] = 1;
    expect(await pairedDeltaReplicates("roc_auc", few, 200, 1, ON_A_WORKER)).toBeNull();
    expect(await pairedDeltaReplicates("roc_auc", few, 200, 1, ON_THE_CALLING_THREAD)).toBeNull();
  });

  it("gives different replicates for different seeds", async () => {
    const a = await pairedDeltaReplicates("log_loss", data, 20, 1, ON_A_WORKER);
    const b = await pairedDeltaReplicates("log_loss", data, 20, 2, ON_A_WORKER);
    expect(a).not.toEqual(b);
  });
});
