import type { Numbers } from "./numeric-input.ts";
import { assertBinaryLabels, assertSameLength } from "./numeric-input.ts";
import type { RankedScores } from "./ranked-scores.ts";
import { rankScores } from "./ranked-scores.ts";

/**
 * Area under the ROC curve as the Mann–Whitney statistic: the probability that a random positive
 * scores above a random negative, ties counting one half. This is exactly the trapezoidal area under
 * sklearn's `roc_curve`, so it equals `roc_auc_score`. Scores may be any finite numbers.
 * `null` when the labels hold only one class (sklearn raises).
 */
export function rocAuc(labels: Numbers, scores: Numbers): number | null {
  assertSameLength("ROC AUC", { name: "labels", values: labels }, { name: "scores", values: scores });
  assertBinaryLabels("labels", labels);
  const ranked = rankScores("scores", scores);
  return weightedRocAuc(labelsInRankOrder(labels, ranked), ranked);
}

/**
 * Average precision, sklearn's `average_precision_score`: Σ_k (R_k − R_k−1)·P_k over the distinct score
 * thresholds from high to low, with no interpolation. MLflow reports it as `precision_recall_auc`.
 * `null` when there is no positive label (the metric is undefined).
 */
export function averagePrecision(labels: Numbers, scores: Numbers): number | null {
  assertSameLength(
    "average precision",
    { name: "labels", values: labels },
    { name: "scores", values: scores },
  );
  assertBinaryLabels("labels", labels);
  const ranked = rankScores("scores", scores);
  return weightedAveragePrecision(labelsInRankOrder(labels, ranked), ranked);
}

/** The 0/1 labels permuted into the ranking's order, so the walks below read them sequentially. */
export function labelsInRankOrder(labels: Numbers, ranked: RankedScores): Uint8Array {
  const { order } = ranked;
  const out = new Uint8Array(order.length);
  for (let k = 0; k < order.length; k++) out[k] = labels[order[k]!] === 1 ? 1 : 0;
  return out;
}

/**
 * ROC AUC with row weights (a bootstrap resample's draw counts); `weights` absent means 1 each.
 * O(n) given the ranking and the labels in rank order, so resamples do not sort again.
 */
export function weightedRocAuc(
  rankedLabels: Uint8Array,
  ranked: RankedScores,
  weights?: ArrayLike<number>,
): number | null {
  const { order, groupEnds } = ranked;
  let negativesBelow = 0;
  let positives = 0;
  let area = 0;
  let start = 0;
  for (let g = 0; g < groupEnds.length; g++) {
    const end = groupEnds[g]!;
    let pos = 0;
    let all = 0;
    for (let k = start; k < end; k++) {
      const w = weights ? weights[order[k]!]! : 1;
      pos += w * rankedLabels[k]!;
      all += w;
    }
    const neg = all - pos;
    area += pos * (negativesBelow + neg / 2);
    negativesBelow += neg;
    positives += pos;
    start = end;
  }
  if (positives === 0 || negativesBelow === 0) return null;
  return area / (positives * negativesBelow);
}

/** Average precision with row weights; `weights` absent means 1 each. */
export function weightedAveragePrecision(
  rankedLabels: Uint8Array,
  ranked: RankedScores,
  weights?: ArrayLike<number>,
): number | null {
  const { order, groupEnds } = ranked;
  let totalPositives = 0;
  for (let k = 0; k < order.length; k++)
    totalPositives += (weights ? weights[order[k]!]! : 1) * rankedLabels[k]!;
  if (totalPositives === 0) return null;
  let truePositives = 0;
  let falsePositives = 0;
  let ap = 0;
  // Thresholds from the highest score down: walk the ascending groups backwards.
  for (let g = groupEnds.length - 1; g >= 0; g--) {
    const start = g === 0 ? 0 : groupEnds[g - 1]!;
    let pos = 0;
    let all = 0;
    for (let k = start; k < groupEnds[g]!; k++) {
      const w = weights ? weights[order[k]!]! : 1;
      pos += w * rankedLabels[k]!;
      all += w;
    }
    truePositives += pos;
    falsePositives += all - pos;
    if (pos > 0) ap += (pos / totalPositives) * (truePositives / (truePositives + falsePositives));
  }
  return ap;
}
