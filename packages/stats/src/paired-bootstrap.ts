import { ConfigError } from "@mlops/core";
import { quantileSorted } from "./quantile.ts";
import { drawGroupCounts, drawRowCounts } from "./row-resampler.ts";
import { Xoshiro128 } from "./xoshiro128.ts";

export interface BootstrapOptions {
  /** Number of bootstrap resamples; default 2000 (pROC's default for paired ROC tests). */
  resamples?: number;
  /** Confidence level of the interval; default 0.95. */
  level?: number;
  /** Seed of the xoshiro128** generator; default 0, so a rerun on the same rows gives the same interval. */
  seed?: number;
}

export interface BootstrapInterval {
  /** The statistic on the full sample (for a paired comparison, candidate − baseline). */
  estimate: number;
  lower: number;
  upper: number;
  level: number;
  resamples: number;
  /** Percentile interval: the (1 − level)/2 and (1 + level)/2 quantiles (numpy's linear rule) of the replicates. */
  method: "percentile";
}

export const DEFAULT_RESAMPLES = 2000;
export const DEFAULT_LEVEL = 0.95;

export interface ResolvedBootstrapOptions {
  resamples: number;
  level: number;
  seed: number;
}

/** Defaults filled in and validated: a ConfigError for a level outside (0, 1) or a non-positive count. */
export function resolveBootstrapOptions(options: BootstrapOptions = {}): ResolvedBootstrapOptions {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const level = options.level ?? DEFAULT_LEVEL;
  const seed = options.seed ?? 0;
  if (!(Number.isInteger(resamples) && resamples >= 1)) {
    throw new ConfigError(`Bootstrap resamples must be a positive integer, got ${resamples}`, {
      hint: "Use 2000 or more for a 95% interval.",
    });
  }
  if (!(level > 0 && level < 1)) {
    throw new ConfigError(`Confidence level must lie strictly between 0 and 1, got ${level}`, {
      hint: "Write 0.95 for a 95% interval.",
    });
  }
  if (!Number.isInteger(seed)) throw new ConfigError(`Bootstrap seed must be an integer, got ${seed}`);
  return { resamples, level, seed };
}

/** The percentile interval of bootstrap replicates around a full-sample estimate. Sorts `replicates` in place. */
export function percentileInterval(
  estimate: number,
  replicates: Float64Array,
  level: number,
): BootstrapInterval {
  replicates.sort();
  return {
    estimate,
    lower: quantileSorted(replicates, (1 - level) / 2)!,
    upper: quantileSorted(replicates, (1 + level) / 2)!,
    level,
    resamples: replicates.length,
    method: "percentile",
  };
}

/**
 * Paired bootstrap of any statistic of rows: each resample draws the n row indices once (with
 * replacement) and `statistic` sees how often each row was drawn, so a comparison of two models computes
 * both of its metrics on the very same resample. For a candidate-versus-baseline delta, return
 * metric(candidate) − metric(baseline) from `statistic`.
 *
 * `statistic(weights)` receives weights[i] = number of times row i was drawn (all 1 for the estimate)
 * and returns `null` when it is undefined on those rows (e.g. an AUC on a resample without positives).
 * Cost: O(n) per resample for the draws plus the statistic's own cost.
 *
 * With `groups`, rows the statistic cannot tell apart (row i in group `groupOfRow[i]`, `sizes` rows per
 * group) are counted per group as they are drawn, and `weights` holds draw counts per group instead.
 *
 * Returns `null` when there are no rows, or when the statistic is undefined on the full sample or on
 * any resample: too little data to decide, rather than an interval from the lucky resamples.
 */
export function pairedBootstrap(
  rows: number,
  statistic: (weights: Uint32Array) => number | null,
  options: BootstrapOptions = {},
  groups?: RowGroups,
): BootstrapInterval | null {
  const { resamples, level, seed } = resolveBootstrapOptions(options);
  if (rows === 0) return null;
  const estimate = statistic(groups ? groups.sizes.slice() : new Uint32Array(rows).fill(1));
  if (estimate === null) return null;
  const replicates = bootstrapReplicates(rows, statistic, resamples, new Xoshiro128(seed), groups);
  return replicates && percentileInterval(estimate, replicates, level);
}

export interface RowGroups {
  groupOfRow: Uint32Array;
  sizes: Uint32Array;
}

/** `resamples` replicates of `pairedBootstrap`'s statistic drawn from `rng`; `null` if one is undefined. */
export function bootstrapReplicates(
  rows: number,
  statistic: (weights: Uint32Array) => number | null,
  resamples: number,
  rng: Xoshiro128,
  groups?: RowGroups,
): Float64Array | null {
  const weights = new Uint32Array(groups ? groups.sizes.length : rows);
  const replicates = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    if (groups) drawGroupCounts(rng, groups.groupOfRow, weights);
    else drawRowCounts(rng, weights);
    const value = statistic(weights);
    if (value === null) return null;
    replicates[r] = value;
  }
  return replicates;
}
