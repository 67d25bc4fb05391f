import { normalQuantile, type RankedScores, rankScores } from "@mlops/stats";
import type { Compared, Estimate } from "./estimates.ts";

/** One model's rows in ascending score order, with their labels and intersections laid out in that order. */
export interface RankedCells {
  ranked: RankedScores;
  labels: Uint8Array;
  cells: Int32Array;
  /** Each row's position in `ranked.order`. */
  rankOfRow: Uint32Array;
}

/** Ranks the rows by score once; every partition's groups then read the layout sequentially. */
export function rankCells(
  labels: ArrayLike<number>,
  scores: ArrayLike<number>,
  cellOfRow: Int32Array,
): RankedCells {
  const ranked = rankScores("predictions", scores);
  const { order } = ranked;
  const n = order.length;
  const rankedLabels = new Uint8Array(n);
  const cells = new Int32Array(n);
  const rankOfRow = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    rankedLabels[k] = labels[i] === 1 ? 1 : 0;
    cells[k] = cellOfRow[i]!;
    rankOfRow[i] = k;
  }
  return { ranked, labels: rankedLabels, cells, rankOfRow };
}

/**
 * Every group's ROC AUC with DeLong's interval (and with a champion the paired change's) in one pass
 * over rows already ranked once for all groups: walking the scores upwards, a positive row's structural
 * component V10 is the share of its group's negatives below it (ties counting one half), a negative's
 * V01 the share of its group's positives above it. The group's AUC is the mean of its V10, and DeLong's
 * variance var(V10)/m + var(V01)/n (sample variances), with the covariance of the two models' components
 * for the change; the same statistic as `delongTest` on each group's rows, without sorting each group.
 * `null` for a group with fewer than two positives or two negatives.
 */
export function delongByGroup(
  models: readonly RankedCells[],
  groupOfCell: Int32Array,
  groups: number,
  level: number,
): (Compared | null)[] {
  const first = models[0]!;
  const n = first.labels.length;
  const positives = new Float64Array(groups);
  const negatives = new Float64Array(groups);
  for (let k = 0; k < n; k++) {
    const g = groupOfCell[first.cells[k]!]!;
    if (first.labels[k] === 1) positives[g]!++;
    else negatives[g]!++;
  }
  const components = models.map((m) => structuralComponents(m, groupOfCell, positives, negatives));
  const auc = models.map((m, a) => {
    const sums = new Float64Array(groups);
    for (let k = 0; k < n; k++) if (m.labels[k] === 1) sums[groupOfCell[m.cells[k]!]!]! += components[a]![k]!;
    return sums.map((s, g) => s / positives[g]!);
  });
  // Per group and label class, Σ of centred squares of model a's components, walking its rank order,
  // and with `b` the centred products with model b's (the same row's found through b's rank of the row).
  const products = (a: number, b?: number) => {
    const own = new Float64Array(groups * 2);
    const between = new Float64Array(groups * 2);
    const { cells, labels, ranked } = models[a]!;
    const ca = components[a]!;
    const aucA = auc[a]!;
    for (let k = 0; k < n; k++) {
      const g = groupOfCell[cells[k]!]!;
      const slot = g * 2 + (labels[k] === 1 ? 0 : 1);
      const d = ca[k]! - aucA[g]!;
      own[slot]! += d * d;
      if (b !== undefined)
        between[slot]! += d * (components[b]![models[b]!.rankOfRow[ranked.order[k]!]!]! - auc[b]![g]!);
    }
    return { own, between };
  };
  const variance = (sums: Float64Array, g: number) =>
    sums[g * 2]! / (positives[g]! - 1) / positives[g]! +
    sums[g * 2 + 1]! / (negatives[g]! - 1) / negatives[g]!;
  const ofChallenger = products(0, components.length > 1 ? 1 : undefined);
  const own = [ofChallenger.own, ...components.slice(1).map((_, m) => products(m + 1).own)];
  const between = components.length > 1 ? ofChallenger.between : undefined;
  const z = normalQuantile((1 + level) / 2);
  const estimate = (value: number, v: number): Estimate => {
    const half = z * Math.sqrt(Math.max(0, v));
    return { value, ci: { lower: Math.max(0, value - half), upper: Math.min(1, value + half) } };
  };
  return Array.from({ length: groups }, (_, g) => {
    if (positives[g]! < 2 || negatives[g]! < 2) return null;
    const challenger = estimate(auc[0]![g]!, variance(own[0]!, g));
    if (!between) return { challenger };
    const champion = estimate(auc[1]![g]!, variance(own[1]!, g));
    const difference = challenger.value! - champion.value!;
    const half =
      z * Math.sqrt(Math.max(0, variance(own[0]!, g) + variance(own[1]!, g) - 2 * variance(between, g)));
    return {
      challenger,
      champion,
      delta: { value: difference, ci: { lower: difference - half, upper: difference + half } },
    };
  });
}

/** V10 of each positive row and V01 of each negative, within the row's group, in rank order. */
function structuralComponents(
  { ranked, labels, cells }: RankedCells,
  groupOfCell: Int32Array,
  positives: Float64Array,
  negatives: Float64Array,
): Float64Array {
  const groups = positives.length;
  const out = new Float64Array(labels.length);
  const positivesBelow = new Float64Array(groups);
  const negativesBelow = new Float64Array(groups);
  const positivesTied = new Float64Array(groups);
  const negativesTied = new Float64Array(groups);
  let start = 0;
  for (const end of ranked.groupEnds) {
    if (end === start + 1) {
      // A score of its own (the common case): no ties to count.
      const g = groupOfCell[cells[start]!]!;
      if (labels[start] === 1) {
        out[start] = negativesBelow[g]! / negatives[g]!;
        positivesBelow[g]!++;
      } else {
        out[start] = (positives[g]! - positivesBelow[g]!) / positives[g]!;
        negativesBelow[g]!++;
      }
      start = end;
      continue;
    }
    for (let k = start; k < end; k++) {
      if (labels[k] === 1) positivesTied[groupOfCell[cells[k]!]!]!++;
      else negativesTied[groupOfCell[cells[k]!]!]!++;
    }
    for (let k = start; k < end; k++) {
      const g = groupOfCell[cells[k]!]!;
      out[k] =
        labels[k] === 1
          ? (negativesBelow[g]! + negativesTied[g]! / 2) / negatives[g]!
          : (positives[g]! - positivesBelow[g]! - positivesTied[g]! / 2) / positives[g]!;
    }
    for (let k = start; k < end; k++) {
      const g = groupOfCell[cells[k]!]!;
      positivesBelow[g]! += positivesTied[g]!;
      negativesBelow[g]! += negativesTied[g]!;
      positivesTied[g] = 0;
      negativesTied[g] = 0;
    }
    start = end;
  }
  return out;
}
