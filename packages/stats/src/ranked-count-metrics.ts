import type { RankedScores } from "./ranked-scores.ts";

/**
 * ROC AUC and average precision from draw counts already laid out in rank order, so a resample reads
 * counts, labels and group ends sequentially with no indirection. They perform the same arithmetic, in
 * the same order, as `weightedRocAuc` and `weightedAveragePrecision` on the same counts (every partial
 * sum there is an integer, exact in a double), so they return bit-identical values.
 */

/** lastOfGroup[k] = 1 when rank position k ends a group of tied scores. */
export function lastOfGroupFlags(ranked: RankedScores): Uint8Array {
  const flags = new Uint8Array(ranked.order.length);
  for (const end of ranked.groupEnds) flags[end - 1] = 1;
  return flags;
}

/** ROC AUC (Mann–Whitney, ties counting one half) of rank-ordered counts; null with one class only. */
export function rocAucOfRankedCounts(
  rankedLabels: Uint8Array,
  lastOfGroup: Uint8Array,
  counts: Uint32Array,
): number | null {
  let negativesBelow = 0;
  let positives = 0;
  let area = 0;
  let pos = 0;
  let all = 0;
  for (let k = 0; k < counts.length; k++) {
    const w = counts[k]!;
    pos += w * rankedLabels[k]!;
    all += w;
    if (lastOfGroup[k] === 1) {
      const neg = all - pos;
      area += pos * (negativesBelow + neg / 2);
      negativesBelow += neg;
      positives += pos;
      pos = 0;
      all = 0;
    }
  }
  if (positives === 0 || negativesBelow === 0) return null;
  return area / (positives * negativesBelow);
}

/** Average precision (sklearn's, thresholds from high to low) of rank-ordered counts; null without positives. */
export function averagePrecisionOfRankedCounts(
  rankedLabels: Uint8Array,
  lastOfGroup: Uint8Array,
  counts: Uint32Array,
): number | null {
  const n = counts.length;
  let totalPositives = 0;
  for (let k = 0; k < n; k++) totalPositives += counts[k]! * rankedLabels[k]!;
  if (totalPositives === 0) return null;
  let truePositives = 0;
  let falsePositives = 0;
  let ap = 0;
  let pos = 0;
  let all = 0;
  for (let k = n - 1; k >= 0; k--) {
    const w = counts[k]!;
    pos += w * rankedLabels[k]!;
    all += w;
    if (k === 0 || lastOfGroup[k - 1] === 1) {
      truePositives += pos;
      falsePositives += all - pos;
      if (pos > 0) ap += (pos / totalPositives) * (truePositives / (truePositives + falsePositives));
      pos = 0;
      all = 0;
    }
  }
  return ap;
}
