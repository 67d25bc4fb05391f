import { sampleMultinomial } from "./binomial-sampler.ts";
import type { BootstrapInterval, BootstrapOptions } from "./paired-bootstrap.ts";
import { percentileInterval, resolveBootstrapOptions } from "./paired-bootstrap.ts";
import { Xoshiro128 } from "./xoshiro128.ts";

/**
 * Paired bootstrap of a statistic that depends on the rows only through how many fall in each of a few
 * cells: accuracy, precision, recall and F1 of two classifiers depend only on the counts of the 8 cells
 * (label × candidate prediction × baseline prediction).
 *
 * Resampling n rows with replacement and counting them per cell is *exactly* a multinomial draw of n
 * over the cells with probabilities count/n, so each resample costs a few binomial draws (O(cells))
 * instead of O(n): 2,000 resamples of a million rows take milliseconds, with the same distribution as
 * resampling row indices.
 *
 * `statistic(counts)` maps cell counts to the delta; it runs on `cellCounts` for the estimate.
 * Returns `null` when there are no rows or the statistic is undefined (`null`) on the full sample or any
 * resample.
 */
export function pairedCellBootstrap(
  cellCounts: ArrayLike<number>,
  statistic: (counts: Float64Array) => number | null,
  options: BootstrapOptions = {},
): BootstrapInterval | null {
  const { resamples, level, seed } = resolveBootstrapOptions(options);
  const counts = Float64Array.from(cellCounts);
  let n = 0;
  for (const c of counts) {
    if (!(Number.isInteger(c) && c >= 0))
      throw new RangeError(`cell counts must be non-negative integers, got ${c}`);
    n += c;
  }
  if (n === 0) return null;
  const estimate = statistic(counts);
  if (estimate === null) return null;
  const rng = new Xoshiro128(seed);
  const drawn = new Float64Array(counts.length);
  const replicates = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    sampleMultinomial(rng, n, counts, drawn);
    const value = statistic(drawn);
    if (value === null) return null;
    replicates[r] = value;
  }
  return percentileInterval(estimate, replicates, level);
}
