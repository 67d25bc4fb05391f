import { calibrationBinOf, calibrationEdges, DEFAULT_CALIBRATION_BINS } from "@mlops/stats";

/**
 * Per-group metrics that need the rows themselves rather than the 8 decision cells: on a classifier's
 * probabilities, and on a regressor's predictions. All but ROC AUC are binned means,
 * Σ_b |Σ_{i in b} w_i·v_i| / Σ w_i (one bin and no absolute value for a plain mean), so a resample
 * needs only each intersection's per-bin sums, from which every partition's groups add up; ROC AUC
 * needs a pass over each group's rows in score order.
 */

export type Task = "classification" | "regression";

export const ROW_METRIC_NAMES = {
  classification: ["mean_score", "roc_auc", "ece"],
  regression: ["mae", "mean_prediction", "mean_residual"],
} as const;
export type RowMetricName = (typeof ROW_METRIC_NAMES)[Task][number];

export interface BinnedMean {
  kind: "binned-mean";
  bins: number;
  /** Each row's bin, from its prediction; absent for a single bin. */
  binOf?: (prediction: number) => number;
  value: (label: number, prediction: number) => number;
  /** Whether each bin's sum counts by its absolute value (ECE), or the sums simply add (a mean). */
  absolute: boolean;
}

type RowMetric = (BinnedMean | { kind: "ranked" }) & { undefinedWhen: string };

const calibration = calibrationEdges(DEFAULT_CALIBRATION_BINS);
const mean = (value: BinnedMean["value"]): RowMetric => ({
  kind: "binned-mean",
  bins: 1,
  value,
  absolute: false,
  undefinedWhen: "no rows",
});

const ROW_METRICS: Record<RowMetricName, RowMetric> = {
  mean_score: mean((_, s) => s),
  // Σ_b (n_b/n)·|fraction positive − mean probability| over sklearn's uniform bins is Σ_b |Σ(y − s)| / n.
  ece: {
    kind: "binned-mean",
    bins: DEFAULT_CALIBRATION_BINS,
    binOf: (s) => calibrationBinOf(s, calibration),
    value: (y, s) => y - s,
    absolute: true,
    undefinedWhen: "no rows",
  },
  roc_auc: { kind: "ranked", undefinedWhen: "only one label class" },
  mae: mean((y, s) => Math.abs(s - y)),
  mean_prediction: mean((_, s) => s),
  mean_residual: mean((y, s) => y - s),
};

export function rowMetric(name: RowMetricName): RowMetric {
  return ROW_METRICS[name];
}

export function whyRowMetricUndefined(name: RowMetricName): string {
  return `${name} is undefined: the group has ${ROW_METRICS[name].undefinedWhen}`;
}

/**
 * Regression disparities in Fairlearn's form (difference: max − min or the largest distance to the
 * overall value; ratio: min / max or the smallest group/overall ratio) of the groups' MAE and mean
 * prediction.
 */
export const REGRESSION_DISPARITY_NAMES = [
  "mae_difference",
  "mae_ratio",
  "mean_prediction_difference",
  "mean_prediction_ratio",
] as const;
export type RegressionDisparityName = (typeof REGRESSION_DISPARITY_NAMES)[number];

export function regressionDisparityOf(name: RegressionDisparityName): {
  metric: "mae" | "mean_prediction";
  kind: "difference" | "ratio";
} {
  const kind = name.endsWith("_ratio") ? "ratio" : "difference";
  return { metric: name.startsWith("mae") ? "mae" : "mean_prediction", kind };
}
