import { calibrationBinOf, calibrationEdges, DEFAULT_CALIBRATION_BINS } from "./calibration.ts";
import type { MetricName } from "./metric-registry.ts";
import type { Numbers } from "./numeric-input.ts";
import { bootstrapReplicates } from "./paired-bootstrap.ts";
import { resampledMeans, statisticOfResampledMeans } from "./paired-mean-bootstrap.ts";
import {
  type RankingDeltaInputs,
  type RankingMetric,
  rankingDeltaInputs,
  rankingDeltaStatistic,
} from "./paired-ranking-bootstrap.ts";
import { rowLogLoss } from "./probability-metrics.ts";
import { r2FromSums, rowAbsolutePercentageError } from "./regression-metrics.ts";
import { resampledSlotSums, type SlottedColumn } from "./row-resampler.ts";
import type { Xoshiro128 } from "./xoshiro128.ts";

export interface PairedPredictions {
  /** Labels (0/1) or regression targets, one per row. */
  actual: Numbers;
  /** The candidate (challenger) model's prediction per row, of the kind the metric needs. */
  candidate: Numbers;
  /** The baseline (champion) model's prediction for the same rows. */
  baseline: Numbers;
}

/** Metrics whose resamples cost a pass over the rows; label metrics resample 8 cells instead. */
export type RowResampledMetric = Exclude<
  MetricName,
  "accuracy_score" | "precision_score" | "recall_score" | "f1_score"
>;

/**
 * Draws `resamples` replicates of metric(candidate) − metric(baseline), each on n rows drawn with
 * replacement from `rng`; `null` when the metric is undefined on one of them.
 */
export type DeltaResampler = (resamples: number, rng: Xoshiro128) => Float64Array | null;

/**
 * The resampler of a metric's paired delta, its per-row arrays computed once:
 *
 * - log loss, Brier, MAE, MSE, MAPE (means of per-row values): the mean of per-row differences over
 *   exactly resampled rows, 1–1.5 ns per row and resample;
 * - RMSE and R² (smooth functions of per-row means): the column means over the same resampled rows;
 * - ROC AUC, average precision: the scores ranked once and the draw counts laid out in rank order, so
 *   each resample is a few sequential O(n) passes (`pairedRankingBootstrap`);
 * - expected calibration error (a function of per-bin sums of label − probability): the sums per bin of
 *   both models over exactly resampled rows (`resampledSlotSums`);
 * - max error: the generic row-weight bootstrap.
 *
 * Expects inputs the metric accepts (the caller validates them by computing it).
 */
export function pairedDeltaResampler(metric: RowResampledMetric, data: PairedPredictions): DeltaResampler {
  return resamplerOf(resamplerInputs(metric, data));
}

/**
 * What a metric's resampler is made from: for ROC AUC and average precision the rank structure, which
 * costs several arrays the size of the data to compute, so it is computed once and both threads of a
 * bootstrap resample from it; for every other metric the rows themselves.
 */
export type ResamplerInputs =
  | { metric: RankingMetric; ranking: RankingDeltaInputs }
  | { metric: Exclude<RowResampledMetric, RankingMetric>; data: PairedPredictions };

export function resamplerInputs(metric: RowResampledMetric, data: PairedPredictions): ResamplerInputs {
  return metric === "roc_auc" || metric === "precision_recall_auc"
    ? { metric, ranking: rankingDeltaInputs(metric, data.actual, data.candidate, data.baseline) }
    : { metric, data };
}

export function resamplerOf(inputs: ResamplerInputs): DeltaResampler {
  if ("ranking" in inputs) {
    const { statistic, groups } = rankingDeltaStatistic(inputs.ranking);
    const rows = groups ? groups.groupOfRow.length : inputs.ranking.labels.length;
    return (resamples, rng) => bootstrapReplicates(rows, statistic, resamples, rng, groups);
  }
  const { metric, data } = inputs;
  const { actual, candidate, baseline } = data;
  const n = actual.length;
  const perRow = (f: (y: number, p: number) => number): DeltaResampler => {
    const differences = new Float64Array(n);
    for (let i = 0; i < n; i++) differences[i] = f(actual[i]!, candidate[i]!) - f(actual[i]!, baseline[i]!);
    return (resamples, rng) => resampledMeans(differences, resamples, rng);
  };
  switch (metric) {
    case "log_loss":
      return perRow(rowLogLoss);
    case "brier_score":
      return perRow((y, p) => (p - y) ** 2);
    case "mean_absolute_error":
      return perRow((y, p) => Math.abs(y - p));
    case "mean_squared_error":
      return perRow((y, p) => (y - p) ** 2);
    case "mean_absolute_percentage_error":
      return perRow(rowAbsolutePercentageError);
    case "root_mean_squared_error": {
      const columns = squaredErrors(data);
      return (resamples, rng) =>
        statisticOfResampledMeans(columns, (m) => Math.sqrt(m[0]!) - Math.sqrt(m[1]!), resamples, rng);
    }
    case "r2_score":
      return r2Resampler(data);
    case "expected_calibration_error":
      return calibrationErrorResampler(data);
    case "max_error":
      return (resamples, rng) =>
        bootstrapReplicates(
          n,
          (w) => weightedMaxError(actual, candidate, w) - weightedMaxError(actual, baseline, w),
          resamples,
          rng,
        );
  }
}

function squaredErrors({ actual, candidate, baseline }: PairedPredictions): Float64Array[] {
  const n = actual.length;
  const c = new Float64Array(n);
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    c[i] = (actual[i]! - candidate[i]!) ** 2;
    b[i] = (actual[i]! - baseline[i]!) ** 2;
  }
  return [c, b];
}

/**
 * R² of both models from per-row means: squared errors of each model, and the target centred on its
 * full-sample mean and squared (centring keeps mean(y²) − mean(y)² free of cancellation; the variance
 * does not change). A resample with constant targets follows sklearn: R² is 1 for a perfect fit, else 0.
 */
function r2Resampler(data: PairedPredictions): DeltaResampler {
  const { actual } = data;
  const n = actual.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += actual[i]!;
  mean /= n;
  const centred = new Float64Array(n);
  const centredSquared = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    centred[i] = actual[i]! - mean;
    centredSquared[i] = centred[i]! ** 2;
  }
  const columns = [...squaredErrors(data), centred, centredSquared];
  const statistic = (m: Float64Array) => {
    const variance = m[3]! - m[2]! ** 2;
    // A resample of identical targets has variance 0 up to rounding of its sums.
    const sst = variance <= m[3]! * 1e-12 ? 0 : variance;
    return r2FromSums(m[0]!, sst) - r2FromSums(m[1]!, sst);
  };
  return (resamples, rng) => statisticOfResampledMeans(columns, statistic, resamples, rng);
}

/**
 * ECE of both models on each resample. With bins b, Σ_b (n_b/n)·|mean label − mean probability| is
 * Σ_b |Σ_{i∈b} (label_i − probability_i)| / n, so a resample needs only each model's per-bin sums of
 * label − probability over the drawn rows: one pass over the draws, whatever the bins.
 */
function calibrationErrorResampler({ actual, candidate, baseline }: PairedPredictions): DeltaResampler {
  const n = actual.length;
  const bins = DEFAULT_CALIBRATION_BINS;
  const edges = calibrationEdges(bins);
  const column = (predicted: Numbers, first: number): SlottedColumn => {
    const slot = new Uint8Array(n);
    const value = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      slot[i] = first + calibrationBinOf(predicted[i]!, edges);
      value[i] = actual[i]! - predicted[i]!;
    }
    return { slot, value };
  };
  const columns = [column(candidate, 0), column(baseline, bins)];
  return (resamples, rng) => {
    const sums = resampledSlotSums(columns, 2 * bins, resamples, rng);
    const replicates = new Float64Array(resamples);
    for (let r = 0; r < resamples; r++) {
      let delta = 0;
      for (let b = 0; b < bins; b++)
        delta += Math.abs(sums[r * 2 * bins + b]!) - Math.abs(sums[r * 2 * bins + bins + b]!);
      replicates[r] = delta / n;
    }
    return replicates;
  };
}

function weightedMaxError(actual: Numbers, predicted: Numbers, weights: Uint32Array): number {
  let max = 0;
  for (let i = 0; i < actual.length; i++) {
    if (weights[i]! > 0) max = Math.max(max, Math.abs(actual[i]! - predicted[i]!));
  }
  return max;
}
