import type { Numbers } from "./numeric-input.ts";
import { assertSameLength } from "./numeric-input.ts";
import type { BootstrapInterval, BootstrapOptions } from "./paired-bootstrap.ts";
import { percentileInterval, resolveBootstrapOptions } from "./paired-bootstrap.ts";
import { resampledColumnSums } from "./row-resampler.ts";
import { Xoshiro128 } from "./xoshiro128.ts";

/**
 * Paired bootstrap interval for the difference of two means of per-row values scored on the same rows:
 * mean(candidate) − mean(baseline), e.g. per-row log loss, squared error, absolute error or Brier terms
 * of two models. Because both means are taken over the same resampled rows, the delta of a resample is
 * the mean of the per-row differences over those rows, so only the n differences are resampled.
 *
 * Exactness: each resample is an exact draw of n rows with replacement (see `row-resampler.ts`: a
 * multinomial split over cache-sized blocks, then uniform draws inside each block), not a Poisson or
 * normal approximation. Throughput is 1–1.5 ns per drawn row: 2,000 resamples of 1,000,000 rows take
 * 2–3 s on one core (see bench/paired-bootstrap.bench.ts).
 *
 * Returns `null` for no rows; with one row, or identical values, the interval collapses to the estimate.
 */
export function pairedMeanBootstrap(
  candidate: Numbers,
  baseline: Numbers,
  options: BootstrapOptions = {},
): BootstrapInterval | null {
  assertSameLength(
    "paired bootstrap",
    { name: "candidate", values: candidate },
    { name: "baseline", values: baseline },
  );
  const { resamples, level, seed } = resolveBootstrapOptions(options);
  const n = candidate.length;
  if (n === 0) return null;
  const differences = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    differences[i] = candidate[i]! - baseline[i]!;
    total += differences[i]!;
  }
  return percentileInterval(total / n, resampledMeans(differences, resamples, new Xoshiro128(seed)), level);
}

/** The mean of `values` over each of `resamples` exact resamples of its rows drawn from `rng`. */
export function resampledMeans(values: Float64Array, resamples: number, rng: Xoshiro128): Float64Array {
  const sums = resampledColumnSums([values], resamples, rng);
  for (let r = 0; r < resamples; r++) sums[r]! /= values.length;
  return sums;
}

/**
 * Paired bootstrap of a smooth function of several per-row means (e.g. RMSE = √mean(e²) for two models,
 * or R² from means of squared errors and of the centred target): every column is summed over the same
 * resampled rows and `statistic` maps the column means to the delta. Returns `null` for no rows or when
 * `statistic` is undefined (`null`) on the full sample or on any resample.
 */
export function pairedMeansBootstrap(
  columns: readonly Float64Array[],
  statistic: (means: Float64Array) => number | null,
  options: BootstrapOptions = {},
): BootstrapInterval | null {
  const { resamples, level, seed } = resolveBootstrapOptions(options);
  const n = columns[0]?.length ?? 0;
  if (n === 0) return null;
  const width = columns.length;
  const means = new Float64Array(width);
  for (let c = 0; c < width; c++) {
    let sum = 0;
    for (const v of columns[c]!) sum += v;
    means[c] = sum / n;
  }
  const estimate = statistic(means);
  if (estimate === null) return null;
  const replicates = statisticOfResampledMeans(columns, statistic, resamples, new Xoshiro128(seed));
  return replicates && percentileInterval(estimate, replicates, level);
}

/** `statistic` of the column means over each of `resamples` resamples from `rng`; `null` if one is undefined. */
export function statisticOfResampledMeans(
  columns: readonly Float64Array[],
  statistic: (means: Float64Array) => number | null,
  resamples: number,
  rng: Xoshiro128,
): Float64Array | null {
  const n = columns[0]!.length;
  const width = columns.length;
  const means = new Float64Array(width);
  const sums = resampledColumnSums(columns, resamples, rng);
  const replicates = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    for (let c = 0; c < width; c++) means[c] = sums[r * width + c]! / n;
    const value = statistic(means);
    if (value === null) return null;
    replicates[r] = value;
  }
  return replicates;
}
