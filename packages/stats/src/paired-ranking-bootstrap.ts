import type { Numbers } from "./numeric-input.ts";
import { assertBinaryLabels } from "./numeric-input.ts";
import type { BootstrapInterval, BootstrapOptions } from "./paired-bootstrap.ts";
import { pairedBootstrap, type RowGroups } from "./paired-bootstrap.ts";
import { radixOrder } from "./radix-order.ts";
import {
  averagePrecisionOfRankedCounts,
  lastOfGroupFlags,
  rocAucOfRankedCounts,
} from "./ranked-count-metrics.ts";
import { type RankedScores, rankScores } from "./ranked-scores.ts";
import { labelsInRankOrder } from "./ranking-metrics.ts";

export type RankingMetric = "roc_auc" | "precision_recall_auc";

/**
 * Paired bootstrap of ROC AUC or average precision, candidate − baseline, with the rows relabelled by
 * the candidate's rank. A multinomial draw over rows is exchangeable, so drawing the counts directly
 * in candidate-rank order is the same distribution as drawing them per row and then reordering; the
 * candidate's walk then reads them sequentially. The baseline sees the very same counts, moved into its
 * own rank order by a fixed permutation, so the pairing is kept. (A plain gather measured faster here
 * than a two-pass permutation through cache-sized windows.) The replicates are exactly those of
 * `pairedBootstrap` with `weightedRocAuc` / `weightedAveragePrecision` on rows presorted by candidate
 * score. Validates labels and scores; null when the metric is undefined on the rows or on a resample.
 */
export function pairedRankingBootstrap(
  metric: RankingMetric,
  actual: Numbers,
  candidate: Numbers,
  baseline: Numbers,
  options: BootstrapOptions = {},
): BootstrapInterval | null {
  const { statistic, groups } = rankingDeltaStatistic(
    rankingDeltaInputs(metric, actual, candidate, baseline),
  );
  return pairedBootstrap(actual.length, statistic, options, groups);
}

/**
 * What the ranking statistic reads, computed once: the labels and last-of-tie flags in the candidate's
 * rank order and in the baseline's, and where each baseline position is in candidate order; positions are
 * rows or, with `groups`, cells of tied rows. Typed arrays only, so a worker thread can be handed them.
 */
export interface RankingDeltaInputs {
  metric: RankingMetric;
  labels: Uint8Array;
  candidateEnds: Uint8Array;
  toBaseline: Uint32Array;
  baselineLabels: Uint8Array;
  baselineEnds: Uint8Array;
  groups?: RowGroups;
}

/** The inputs of the statistic `pairedRankingBootstrap` resamples. Validates labels and scores. */
export function rankingDeltaInputs(
  metric: RankingMetric,
  actual: Numbers,
  candidate: Numbers,
  baseline: Numbers,
): RankingDeltaInputs {
  assertBinaryLabels("actual", actual);
  const n = actual.length;
  const rankedCandidate = rankScores("candidate", candidate);
  const rankedBaseline = rankScores("baseline", baseline);
  const candidateLabels = labelsInRankOrder(actual, rankedCandidate);
  const candidateEnds = lastOfGroupFlags(rankedCandidate);
  const cells = tiedCells(candidateLabels, rankedCandidate, rankedBaseline);
  if (cells) {
    const { labels, toBaseline, baselineLabels, baselineEnds } = cells;
    const groups = { groupOfRow: cells.cellOfRank, sizes: cells.sizes };
    return {
      metric,
      labels,
      candidateEnds: cells.candidateEnds,
      toBaseline,
      baselineLabels,
      baselineEnds,
      groups,
    };
  }
  const candidateRankOfRow = new Uint32Array(n);
  rankedCandidate.order.forEach((row, k) => {
    candidateRankOfRow[row] = k;
  });
  return {
    metric,
    labels: candidateLabels,
    candidateEnds,
    // Baseline rank j holds the row at candidate rank toBaseline[j].
    toBaseline: rankedBaseline.order.map((row) => candidateRankOfRow[row]!),
    baselineLabels: labelsInRankOrder(actual, rankedBaseline),
    baselineEnds: lastOfGroupFlags(rankedBaseline),
  };
}

/**
 * The statistic `pairedRankingBootstrap` resamples: candidate − baseline from draw counts in candidate
 * rank order, or, with `groups`, from draw counts per cell of tied rows.
 */
export function rankingDeltaStatistic(inputs: RankingDeltaInputs): {
  statistic: (counts: Uint32Array) => number | null;
  groups?: RowGroups;
} {
  const { labels, candidateEnds, toBaseline, baselineLabels, baselineEnds, groups } = inputs;
  const walk = inputs.metric === "roc_auc" ? rocAucOfRankedCounts : averagePrecisionOfRankedCounts;
  const baselineCounts = new Uint32Array(labels.length);
  return {
    statistic: (candidateCounts) => {
      const c = walk(labels, candidateEnds, candidateCounts);
      if (c === null) return null;
      for (let j = 0; j < baselineCounts.length; j++) baselineCounts[j] = candidateCounts[toBaseline[j]!]!;
      const b = walk(baselineLabels, baselineEnds, baselineCounts);
      return b === null ? null : c - b;
    },
    ...(groups ? { groups } : {}),
  };
}

/** Index of each row's group of tied scores. */
function groupOfRow(ranked: RankedScores): Uint32Array {
  const group = new Uint32Array(ranked.order.length);
  let start = 0;
  ranked.groupEnds.forEach((end, g) => {
    for (let k = start; k < end; k++) group[ranked.order[k]!] = g;
    start = end;
  });
  return group;
}

/**
 * Rows that tie on both models' scores and on the label are interchangeable: the metrics depend only on
 * how many of them a resample draws. When such cells are at most half as many as the rows (scores
 * written with few decimals), the walks run over cells instead of rows: each resample's draws are
 * counted per cell as they are made, then both walks and the move into baseline order cost O(cells). The sums are of
 * integers, so the replicates are exactly those of the row walks. Cells are ordered by candidate group,
 * then baseline group, then label; `undefined` when they would not save work.
 */
function tiedCells(candidateLabels: Uint8Array, candidate: RankedScores, baseline: RankedScores) {
  const n = candidateLabels.length;
  const baselineGroup = groupOfRow(baseline);
  const groups = 2 * baseline.groupEnds.length;
  const keys = new Float64Array(n);
  let start = 0;
  candidate.groupEnds.forEach((end, g) => {
    for (let k = start; k < end; k++)
      keys[k] = g * groups + 2 * baselineGroup[candidate.order[k]!]! + candidateLabels[k]!;
    start = end;
  });
  const byKey = radixOrder(keys);
  const cellOfRank = new Uint32Array(n);
  const cellKeys: number[] = [];
  for (const k of byKey) {
    if (cellKeys.length === 0 || keys[k] !== cellKeys[cellKeys.length - 1]) {
      if (cellKeys.length >= n / 2) return undefined;
      cellKeys.push(keys[k]!);
    }
    cellOfRank[k] = cellKeys.length - 1;
  }
  const cellCount = cellKeys.length;
  const sizes = new Uint32Array(cellCount);
  for (const cell of cellOfRank) sizes[cell]!++;
  const labels = Uint8Array.from(cellKeys, (key) => key % 2);
  const candidateGroupOf = (cell: number) => Math.floor(cellKeys[cell]! / groups);
  const baselineGroupOf = (cell: number) => Math.floor((cellKeys[cell]! % groups) / 2);
  const candidateEnds = Uint8Array.from(cellKeys, (_, c) =>
    c === cellCount - 1 || candidateGroupOf(c + 1) !== candidateGroupOf(c) ? 1 : 0,
  );
  const toBaseline = radixOrder(Float64Array.from(cellKeys, (_, c) => baselineGroupOf(c)));
  const baselineLabels = Uint8Array.from(toBaseline, (c) => labels[c]!);
  const baselineEnds = Uint8Array.from(toBaseline, (c, j) =>
    j === cellCount - 1 || baselineGroupOf(toBaseline[j + 1]!) !== baselineGroupOf(c) ? 1 : 0,
  );
  return { cellOfRank, sizes, labels, candidateEnds, toBaseline, baselineLabels, baselineEnds };
}
