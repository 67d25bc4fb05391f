import type { Detail } from "@mlops/core";
import { calibrationBins } from "@mlops/stats";
import { predictionFor } from "./backtest-metrics.ts";
import type { Predictions } from "./predictions.ts";

/** Points per curve in the result file: enough for a smooth line, small enough to post. */
export const MAX_CURVE_POINTS = 100;

/**
 * Scores are counted in this many equal-width bins, and the curves' points are taken at their edges:
 * one pass over a million rows instead of a sort, and every point is still a real point of the curve
 * (the rates at that threshold), only the thresholds between edges are left out.
 */
const SCORE_BINS = 1000;

export interface ScoredModel {
  name: string;
  predictions: Predictions;
}

/**
 * What CML users post for a classifier, for each model on the same rows: the ROC and precision–recall
 * curves, the reliability diagram (the calibration bins `expected_calibration_error` uses), and the
 * confusion matrix at the decision threshold. Curves need probabilities; the matrix takes labels too.
 */
export function classifierViews(
  actual: Float64Array,
  models: readonly ScoredModel[],
  threshold: number,
): Detail[] {
  const scored = models.flatMap((m) =>
    m.predictions.probability ? [{ name: m.name, p: m.predictions.probability }] : [],
  );
  const details: Detail[] = [];
  if (scored.length > 0) {
    const curves = scored.map((m) => ({ name: m.name, ...rateCurves(actual, m.p) }));
    details.push(
      {
        type: "xy-chart",
        title: "ROC curve",
        xLabel: "false positive rate",
        yLabel: "true positive rate",
        diagonal: true,
        series: curves.map((c) => ({ name: c.name, ...thin(c.roc) })),
      },
      {
        type: "xy-chart",
        title: "Precision–recall curve",
        xLabel: "recall",
        yLabel: "precision",
        series: curves.map((c) => ({ name: c.name, ...thin(c.pr) })),
      },
      {
        type: "xy-chart",
        title: "Calibration (reliability diagram)",
        xLabel: "mean predicted probability",
        yLabel: "fraction of positives",
        diagonal: true,
        series: scored.map((m) => {
          const bins = calibrationBins(actual, m.p).filter((b) => b.count > 0);
          return {
            name: m.name,
            x: bins.map((b) => round(b.meanPredicted!)),
            y: bins.map((b) => round(b.fractionPositive!)),
          };
        }),
      },
    );
  }
  const labelled = models.flatMap((m) => {
    const labels = predictionFor("accuracy_score", m.predictions, threshold);
    return labels ? [{ name: m.name, counts: confusion(actual, labels) }] : [];
  });
  if (labelled.length > 0) {
    details.push({
      type: "confusion-matrix",
      title: `Confusion matrix (rows: actual, columns: predicted; threshold ${threshold})`,
      labels: ["0", "1"],
      matrices: labelled,
    });
  }
  return details;
}

interface Curve {
  x: number[];
  y: number[];
}

/** ROC and precision–recall points at every bin edge, from the highest threshold down. */
function rateCurves(actual: Float64Array, probability: Float64Array): { roc: Curve; pr: Curve } {
  const positives = new Float64Array(SCORE_BINS);
  const negatives = new Float64Array(SCORE_BINS);
  for (let i = 0; i < actual.length; i++) {
    const bin = Math.min(SCORE_BINS - 1, Math.floor(probability[i]! * SCORE_BINS));
    if (actual[i] === 1) positives[bin]!++;
    else negatives[bin]!++;
  }
  const totalPositive = positives.reduce((a, b) => a + b, 0);
  const totalNegative = negatives.reduce((a, b) => a + b, 0);
  const roc: Curve = { x: [0], y: [0] };
  const pr: Curve = { x: [], y: [] };
  let tp = 0;
  let fp = 0;
  for (let bin = SCORE_BINS - 1; bin >= 0; bin--) {
    if (positives[bin] === 0 && negatives[bin] === 0) continue;
    tp += positives[bin]!;
    fp += negatives[bin]!;
    roc.x.push(totalNegative === 0 ? 0 : fp / totalNegative);
    roc.y.push(totalPositive === 0 ? 0 : tp / totalPositive);
    if (totalPositive > 0) {
      pr.x.push(tp / totalPositive);
      pr.y.push(tp / (tp + fp));
    }
  }
  return { roc, pr };
}

/**
 * At most `MAX_CURVE_POINTS` points, spaced evenly along the curve's length so that its bends keep
 * their points, with both ends kept.
 */
function thin(curve: Curve): Curve {
  const n = curve.x.length;
  if (n <= MAX_CURVE_POINTS) return { x: curve.x.map(round), y: curve.y.map(round) };
  const along = new Float64Array(n);
  for (let i = 1; i < n; i++)
    along[i] = along[i - 1]! + Math.hypot(curve.x[i]! - curve.x[i - 1]!, curve.y[i]! - curve.y[i - 1]!);
  const step = along[n - 1]! / (MAX_CURVE_POINTS - 1);
  const keep: number[] = [0];
  for (let i = 1; i < n - 1; i++) {
    if (keep.length < MAX_CURVE_POINTS - 1 && along[i]! >= keep.length * step) keep.push(i);
  }
  keep.push(n - 1);
  return { x: keep.map((i) => round(curve.x[i]!)), y: keep.map((i) => round(curve.y[i]!)) };
}

/** Rows by actual class (0, 1), columns by predicted class. */
function confusion(actual: Float64Array, predicted: ArrayLike<number>): number[][] {
  const counts = [
    [0, 0],
    [0, 0],
  ];
  for (let i = 0; i < actual.length; i++) counts[actual[i] === 1 ? 1 : 0]![predicted[i] === 1 ? 1 : 0]!++;
  return counts;
}

/** Four decimals: finer than a pixel on any chart. */
function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
