import type { Numbers } from "./numeric-input.ts";
import { assertBinaryLabels, assertSameLength } from "./numeric-input.ts";

export interface ConfusionCounts {
  truePositives: number;
  falsePositives: number;
  trueNegatives: number;
  falseNegatives: number;
}

/** Counts of the 2×2 confusion matrix for 0/1 labels and 0/1 predictions. */
export function confusionCounts(labels: Numbers, predictions: Numbers): ConfusionCounts {
  assertSameLength(
    "confusion matrix",
    { name: "labels", values: labels },
    { name: "predictions", values: predictions },
  );
  assertBinaryLabels("labels", labels);
  assertBinaryLabels("predictions", predictions);
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (let i = 0; i < labels.length; i++) {
    if (predictions[i] === 1) {
      if (labels[i] === 1) tp++;
      else fp++;
    } else if (labels[i] === 1) fn++;
    else tn++;
  }
  return { truePositives: tp, falsePositives: fp, trueNegatives: tn, falseNegatives: fn };
}

/** Share of correct predictions (sklearn's `accuracy_score`). `null` for no rows. */
export function accuracyFromCounts(c: ConfusionCounts): number | null {
  const n = c.truePositives + c.falsePositives + c.trueNegatives + c.falseNegatives;
  return n === 0 ? null : (c.truePositives + c.trueNegatives) / n;
}

/** tp/(tp + fp); 0 when nothing was predicted positive (sklearn's `zero_division` default). */
export function precisionFromCounts(c: ConfusionCounts): number {
  const denominator = c.truePositives + c.falsePositives;
  return denominator === 0 ? 0 : c.truePositives / denominator;
}

/** tp/(tp + fn); 0 when there is no positive label (sklearn's `zero_division` default). */
export function recallFromCounts(c: ConfusionCounts): number {
  const denominator = c.truePositives + c.falseNegatives;
  return denominator === 0 ? 0 : c.truePositives / denominator;
}

/** 2tp/(2tp + fp + fn), as sklearn computes F1; 0 when there is no positive label nor prediction. */
export function f1FromCounts(c: ConfusionCounts): number {
  const denominator = 2 * c.truePositives + c.falsePositives + c.falseNegatives;
  return denominator === 0 ? 0 : (2 * c.truePositives) / denominator;
}

/** Accuracy of 0/1 predictions against 0/1 labels; `null` for empty input. */
export function accuracy(labels: Numbers, predictions: Numbers): number | null {
  return accuracyFromCounts(confusionCounts(labels, predictions));
}

/** Precision of the positive class; 0 when nothing was predicted positive. */
export function precision(labels: Numbers, predictions: Numbers): number {
  return precisionFromCounts(confusionCounts(labels, predictions));
}

/** Recall of the positive class; 0 when there is no positive label. */
export function recall(labels: Numbers, predictions: Numbers): number {
  return recallFromCounts(confusionCounts(labels, predictions));
}

/** F1 of the positive class; 0 when there is no positive label nor positive prediction. */
export function f1Score(labels: Numbers, predictions: Numbers): number {
  return f1FromCounts(confusionCounts(labels, predictions));
}
