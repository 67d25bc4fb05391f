import { ConfigError } from "@mlops/core";
import { DEFAULT_CALIBRATION_BINS, expectedCalibrationError } from "./calibration.ts";
import { accuracy, f1Score, precision, recall } from "./classification-metrics.ts";
import type { Numbers } from "./numeric-input.ts";
import { brierScore, logLoss } from "./probability-metrics.ts";
import { averagePrecision, rocAuc } from "./ranking-metrics.ts";
import {
  maxError,
  meanAbsoluteError,
  meanAbsolutePercentageError,
  meanSquaredError,
  r2Score,
  rootMeanSquaredError,
} from "./regression-metrics.ts";

/**
 * What a metric needs from the model, per row: a 0/1 label, a probability or score of the positive
 * class, or a numeric prediction (regression, against a numeric target).
 */
export type PredictionKind = "label" | "probability" | "score" | "value";

export interface MetricDefinition {
  name: MetricName;
  prediction: PredictionKind;
  greaterIsBetter: boolean;
  /** `null` when the metric is undefined on these rows (no rows, a single class, …). */
  compute(actual: Numbers, predicted: Numbers): number | null;
}

/**
 * The metrics every evaluation can report, under MLflow's default metric keys (`mlflow.models.evaluate`)
 * so that gates written for MLflow read the same; `brier_score` and `expected_calibration_error`
 * (10 equal-width bins) add calibration.
 */
export const METRICS = {
  accuracy_score: { prediction: "label", greaterIsBetter: true, compute: accuracy },
  precision_score: { prediction: "label", greaterIsBetter: true, compute: precision },
  recall_score: { prediction: "label", greaterIsBetter: true, compute: recall },
  f1_score: { prediction: "label", greaterIsBetter: true, compute: f1Score },
  log_loss: { prediction: "probability", greaterIsBetter: false, compute: logLoss },
  roc_auc: { prediction: "score", greaterIsBetter: true, compute: rocAuc },
  precision_recall_auc: { prediction: "score", greaterIsBetter: true, compute: averagePrecision },
  brier_score: { prediction: "probability", greaterIsBetter: false, compute: brierScore },
  expected_calibration_error: {
    prediction: "probability",
    greaterIsBetter: false,
    compute: (actual: Numbers, predicted: Numbers) =>
      expectedCalibrationError(actual, predicted, DEFAULT_CALIBRATION_BINS),
  },
  mean_absolute_error: { prediction: "value", greaterIsBetter: false, compute: meanAbsoluteError },
  mean_squared_error: { prediction: "value", greaterIsBetter: false, compute: meanSquaredError },
  root_mean_squared_error: { prediction: "value", greaterIsBetter: false, compute: rootMeanSquaredError },
  mean_absolute_percentage_error: {
    prediction: "value",
    greaterIsBetter: false,
    compute: meanAbsolutePercentageError,
  },
  r2_score: { prediction: "value", greaterIsBetter: true, compute: r2Score },
  max_error: { prediction: "value", greaterIsBetter: false, compute: maxError },
} as const satisfies Record<string, Omit<MetricDefinition, "name">>;

export type MetricName = keyof typeof METRICS;

export const METRIC_NAMES = Object.keys(METRICS) as MetricName[];

export function isMetricName(name: string): name is MetricName {
  return Object.hasOwn(METRICS, name);
}

/** The definition of a metric by its MLflow name; a ConfigError listing the known names otherwise. */
export function metricDefinition(name: string): MetricDefinition {
  if (!isMetricName(name)) {
    throw new ConfigError(`Unknown metric "${name}"`, { hint: `Known metrics: ${METRIC_NAMES.join(", ")}.` });
  }
  return { name, ...METRICS[name] };
}

/** Computes a metric by name; `null` when it is undefined on these rows. */
export function computeMetric(name: string, actual: Numbers, predicted: Numbers): number | null {
  return metricDefinition(name).compute(actual, predicted);
}
