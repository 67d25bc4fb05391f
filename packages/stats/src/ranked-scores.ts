import { ConfigError } from "@mlops/core";
import type { Numbers } from "./numeric-input.ts";
import { radixOrder } from "./radix-order.ts";

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
  const order = radixOrder(scores);
  const ends: number[] = [];
  for (let k = 1; k < n; k++) if (scores[order[k]!] !== scores[order[k - 1]!]) ends.push(k);
  if (n > 0) ends.push(n);
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
