import { ConfigError } from "@mlops/core";
import type { Numbers } from "./numeric-input.ts";

/** Rows ordered by ascending score, with ties grouped: the rank structure AUC-type metrics walk. */
export interface RankedScores {
  /** Row indices by ascending score. */
  order: Uint32Array;
  /** End (exclusive, into `order`) of each group of tied scores, ascending. */
  groupEnds: Uint32Array;
}

/** Sorts once so that every resample can reuse the order (only row weights change). */
export function rankScores(name: string, scores: Numbers): RankedScores {
  const n = scores.length;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(scores[i])) {
      throw new ConfigError(`${name}[${i}] is ${String(scores[i])}; scores must be finite numbers`, {
        hint: "Remove rows without a prediction, or fix the model output.",
      });
    }
  }
  // A comparator sort of indices is several times slower than the native numeric sort of a Float64Array,
  // so sort the values natively, then place each row into its group by binary search and counting sort.
  const sorted = Float64Array.from(scores).sort();
  const distinct: number[] = [];
  const ends: number[] = [];
  for (let k = 0; k < n; k++) {
    if (k === 0 || sorted[k] !== sorted[k - 1]) {
      if (k > 0) ends.push(k);
      distinct.push(sorted[k]!);
    }
  }
  if (n > 0) ends.push(n);
  const next = new Uint32Array(ends.length);
  for (let g = 1; g < ends.length; g++) next[g] = ends[g - 1]!;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const v = scores[i]!;
    let lo = 0;
    let hi = distinct.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (distinct[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    order[next[lo]!++] = i;
  }
  return { order, groupEnds: Uint32Array.from(ends) };
}

/** 1-based ranks with ties given the mean of the ranks they span (scipy's `rankdata(method="average")`). */
export function midranks(scores: Numbers): Float64Array {
  const { order, groupEnds } = rankScores("scores", scores);
  const ranks = new Float64Array(scores.length);
  let start = 0;
  for (const end of groupEnds) {
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k]!] = rank;
    start = end;
  }
  return ranks;
}
