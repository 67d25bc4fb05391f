import { calibrationBinOf, calibrationEdges, DEFAULT_CALIBRATION_BINS } from "./calibration.ts";
import type { ConfusionCounts } from "./classification-metrics.ts";
import {
  accuracyFromCounts,
  f1FromCounts,
  precisionFromCounts,
  recallFromCounts,
} from "./classification-metrics.ts";
import type { MetricName } from "./metric-registry.ts";
import { metricDefinition } from "./metric-registry.ts";
import type { Numbers } from "./numeric-input.ts";
import { assertSameLength } from "./numeric-input.ts";
import type { BootstrapInterval, BootstrapOptions } from "./paired-bootstrap.ts";
import { pairedBootstrap, percentileInterval, resolveBootstrapOptions } from "./paired-bootstrap.ts";
import { pairedCellBootstrap } from "./paired-cell-bootstrap.ts";
import { pairedMeanBootstrap, pairedMeansBootstrap } from "./paired-mean-bootstrap.ts";
import { pairedRankingBootstrap } from "./paired-ranking-bootstrap.ts";
import { rowLogLoss } from "./probability-metrics.ts";
import { r2FromSums, rowAbsolutePercentageError } from "./regression-metrics.ts";
import { resampledSlotSums, type SlottedColumn } from "./row-resampler.ts";
import { Xoshiro128 } from "./xoshiro128.ts";

export interface PairedPredictions {
  /** Labels (0/1) or regression targets, one per row. */
  actual: Numbers;
  /** The candidate (challenger) model's prediction per row, of the kind the metric needs. */
  candidate: Numbers;
  /** The baseline (champion) model's prediction for the same rows. */
  baseline: Numbers;
}

/**
 * Paired bootstrap interval for metric(candidate) − metric(baseline) on the same rows, for any metric
 * of the registry, by the fastest method that is exact for it:
 *
 * - accuracy, precision, recall, F1: a multinomial draw over the 8 cells label × candidate × baseline
 *   (`pairedCellBootstrap`), O(1) per resample;
 * - log loss, Brier, MAE, MSE, MAPE (means of per-row values): the mean of per-row differences over
 *   exactly resampled rows (`pairedMeanBootstrap`), 1–1.5 ns per row and resample;
 * - RMSE and R² (smooth functions of per-row means): `pairedMeansBootstrap`;
 * - ROC AUC, average precision: `pairedRankingBootstrap`, the scores ranked once and the draw counts laid
 *   out in rank order, so each resample is a few sequential O(n) passes;
 * - expected calibration error (a function of per-bin sums of label − probability): the sums per bin of
 *   both models over exactly resampled rows (`resampledSlotSums`);
 * - max error: the generic `pairedBootstrap` on row weights.
 *
 * All paths draw n rows with replacement per resample; they differ only in how much work a resample
 * needs. Returns `null` when the metric is undefined on the rows or on some resample (too little data).
 */
export function pairedMetricBootstrap(
  metric: MetricName | string,
  data: PairedPredictions,
  options: BootstrapOptions = {},
): BootstrapInterval | null {
  const definition = metricDefinition(metric);
  const { actual, candidate, baseline } = data;
  assertSameLength(
    definition.name,
    { name: "actual", values: actual },
    { name: "candidate", values: candidate },
  );
  assertSameLength(
    definition.name,
    { name: "actual", values: actual },
    { name: "baseline", values: baseline },
  );
  if (definition.name === "roc_auc" || definition.name === "precision_recall_auc")
    return pairedRankingBootstrap(definition.name, actual, candidate, baseline, options);
  // Validates labels, probabilities and scores, and settles undefined metrics before any resampling.
  if (definition.compute(actual, candidate) === null || definition.compute(actual, baseline) === null)
    return null;
  const n = actual.length;
  const perRow = (f: (y: number, p: number) => number) => {
    const c = new Float64Array(n);
    const b = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      c[i] = f(actual[i]!, candidate[i]!);
      b[i] = f(actual[i]!, baseline[i]!);
    }
    return pairedMeanBootstrap(c, b, options);
  };
  switch (definition.name) {
    case "accuracy_score":
      return confusionCellBootstrap(data, (c) => accuracyFromCounts(c), options);
    case "precision_score":
      return confusionCellBootstrap(data, precisionFromCounts, options);
    case "recall_score":
      return confusionCellBootstrap(data, recallFromCounts, options);
    case "f1_score":
      return confusionCellBootstrap(data, f1FromCounts, options);
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
    case "root_mean_squared_error":
      return pairedMeansBootstrap(squaredErrors(data), (m) => Math.sqrt(m[0]!) - Math.sqrt(m[1]!), options);
    case "r2_score":
      return r2Bootstrap(data, options);
    case "expected_calibration_error":
      return calibrationErrorBootstrap(data, options);
    case "max_error":
      return pairedBootstrap(
        n,
        (w) => weightedMaxError(actual, candidate, w) - weightedMaxError(actual, baseline, w),
        options,
      );
  }
}

function difference(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

/** Cell index label·4 + candidate·2 + baseline: the paired confusion table of two classifiers. */
function confusionCellBootstrap(
  { actual, candidate, baseline }: PairedPredictions,
  metric: (c: ConfusionCounts) => number | null,
  options: BootstrapOptions,
): BootstrapInterval | null {
  const cells = new Float64Array(8);
  for (let i = 0; i < actual.length; i++) cells[actual[i]! * 4 + candidate[i]! * 2 + baseline[i]!]!++;
  const confusion = (counts: Float64Array, model: "candidate" | "baseline"): ConfusionCounts => {
    const c: ConfusionCounts = { truePositives: 0, falsePositives: 0, trueNegatives: 0, falseNegatives: 0 };
    for (let cell = 0; cell < 8; cell++) {
      const label = cell >> 2;
      const predicted = model === "candidate" ? (cell >> 1) & 1 : cell & 1;
      const count = counts[cell]!;
      if (predicted === 1) {
        if (label === 1) c.truePositives += count;
        else c.falsePositives += count;
      } else if (label === 1) c.falseNegatives += count;
      else c.trueNegatives += count;
    }
    return c;
  };
  return pairedCellBootstrap(
    cells,
    (counts) => difference(metric(confusion(counts, "candidate")), metric(confusion(counts, "baseline"))),
    options,
  );
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
function r2Bootstrap(data: PairedPredictions, options: BootstrapOptions): BootstrapInterval | null {
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
  return pairedMeansBootstrap(
    [...squaredErrors(data), centred, centredSquared],
    (m) => {
      const variance = m[3]! - m[2]! ** 2;
      // A resample of identical targets has variance 0 up to rounding of its sums.
      const sst = variance <= m[3]! * 1e-12 ? 0 : variance;
      return r2FromSums(m[0]!, sst) - r2FromSums(m[1]!, sst);
    },
    options,
  );
}

/**
 * ECE of both models on each resample. With bins b, Σ_b (n_b/n)·|mean label − mean probability| is
 * Σ_b |Σ_{i∈b} (label_i − probability_i)| / n, so a resample needs only each model's per-bin sums of
 * label − probability over the drawn rows: one pass over the draws, whatever the bins.
 */
function calibrationErrorBootstrap(
  { actual, candidate, baseline }: PairedPredictions,
  options: BootstrapOptions,
): BootstrapInterval | null {
  const { resamples, level, seed } = resolveBootstrapOptions(options);
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
  const sums = resampledSlotSums(
    [column(candidate, 0), column(baseline, bins)],
    2 * bins,
    resamples,
    new Xoshiro128(seed),
  );
  const replicates = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let delta = 0;
    for (let b = 0; b < bins; b++)
      delta += Math.abs(sums[r * 2 * bins + b]!) - Math.abs(sums[r * 2 * bins + bins + b]!);
    replicates[r] = delta / n;
  }
  const metric = metricDefinition("expected_calibration_error");
  return percentileInterval(
    metric.compute(actual, candidate)! - metric.compute(actual, baseline)!,
    replicates,
    level,
  );
}

function weightedMaxError(actual: Numbers, predicted: Numbers, weights: Uint32Array): number {
  let max = 0;
  for (let i = 0; i < actual.length; i++) {
    if (weights[i]! > 0) max = Math.max(max, Math.abs(actual[i]! - predicted[i]!));
  }
  return max;
}
