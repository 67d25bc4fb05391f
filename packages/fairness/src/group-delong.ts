import { normalQuantile, type RankedScores } from "@mlops/stats";
import type { Compared, Estimate } from "./estimates.ts";

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
  labels: Float64Array,
  ranked: readonly RankedScores[],
  groupOfRow: Int32Array,
  groups: number,
  level: number,
): (Compared | null)[] {
  const n = labels.length;
  const positives = new Float64Array(groups);
  for (let i = 0; i < n; i++) if (labels[i] === 1) positives[groupOfRow[i]!]!++;
  const negatives = new Float64Array(groups);
  for (let i = 0; i < n; i++) if (labels[i] !== 1) negatives[groupOfRow[i]!]!++;
  const components = ranked.map((r) => structuralComponents(labels, r, groupOfRow, positives, negatives));
  const auc = components.map((v) => {
    const sums = new Float64Array(groups);
    for (let i = 0; i < n; i++) if (labels[i] === 1) sums[groupOfRow[i]!]! += v[i]!;
    return sums.map((s, g) => s / positives[g]!);
  });
  // Per group and label class, Σ of centred products of the components (model a with model b).
  const products = (a: number, b: number) => {
    const out = new Float64Array(groups * 2);
    for (let i = 0; i < n; i++) {
      const g = groupOfRow[i]!;
      const c = labels[i] === 1 ? 0 : 1;
      out[g * 2 + c]! += (components[a]![i]! - auc[a]![g]!) * (components[b]![i]! - auc[b]![g]!);
    }
    return out;
  };
  const variance = (sums: Float64Array, g: number) =>
    sums[g * 2]! / (positives[g]! - 1) / positives[g]! +
    sums[g * 2 + 1]! / (negatives[g]! - 1) / negatives[g]!;
  const own = components.map((_, m) => products(m, m));
  const between = components.length > 1 ? products(0, 1) : undefined;
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

/** V10 of each positive row and V01 of each negative, within the row's group. */
function structuralComponents(
  labels: Float64Array,
  { order, groupEnds }: RankedScores,
  groupOfRow: Int32Array,
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
  for (const end of groupEnds) {
    for (let k = start; k < end; k++) {
      const i = order[k]!;
      if (labels[i] === 1) positivesTied[groupOfRow[i]!]!++;
      else negativesTied[groupOfRow[i]!]!++;
    }
    for (let k = start; k < end; k++) {
      const i = order[k]!;
      const g = groupOfRow[i]!;
      out[i] =
        labels[i] === 1
          ? (negativesBelow[g]! + negativesTied[g]! / 2) / negatives[g]!
          : (positives[g]! - positivesBelow[g]! - positivesTied[g]! / 2) / positives[g]!;
    }
    for (let k = start; k < end; k++) {
      const g = groupOfRow[order[k]!]!;
      positivesBelow[g]! += positivesTied[g]!;
      negativesBelow[g]! += negativesTied[g]!;
      positivesTied[g] = 0;
      negativesTied[g] = 0;
    }
    start = end;
  }
  return out;
}
