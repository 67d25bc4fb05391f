import { sampleMultinomial } from "../binomial-sampler.ts";
import { pairedCellBootstrap } from "../paired-cell-bootstrap.ts";
import { pairedProportionInterval } from "../paired-proportion-interval.ts";
import { Xoshiro128 } from "../xoshiro128.ts";

/** Cells (both right, only candidate right, only baseline right, both wrong) of a design; their sum is 1. */
export type DesignCells = readonly [number, number, number, number];

/** Designs for coverage checks: true accuracy delta = cells[1] − cells[2]. */
export const COVERAGE_DESIGNS: { name: string; cells: DesignCells }[] = [
  { name: "no change, high agreement", cells: [0.7, 0.05, 0.05, 0.2] },
  { name: "regression of 0.08, few discordant", cells: [0.8, 0.02, 0.1, 0.08] },
  { name: "no change, many discordant", cells: [0.4, 0.1, 0.1, 0.4] },
  { name: "independent coin flips", cells: [0.25, 0.25, 0.25, 0.25] },
  { name: "improvement of 0.05, one-sided", cells: [0.85, 0.05, 0, 0.1] },
  { name: "improvement of 0.10", cells: [0.6, 0.15, 0.05, 0.2] },
];

export type IntervalFor = (counts: Float64Array, seed: number) => { lower: number; upper: number } | null;

/** The 95% percentile bootstrap of the accuracy delta, as `pairedMetricBootstrap` computes it for accuracy. */
export const percentileBootstrap =
  (resamples: number): IntervalFor =>
  (counts, seed) =>
    pairedCellBootstrap(counts, (c) => (c[1]! - c[2]!) / (c[0]! + c[1]! + c[2]! + c[3]!), {
      resamples,
      seed,
    });

export const newcombe: IntervalFor = (counts) =>
  pairedProportionInterval({
    both: counts[0]!,
    onlyFirst: counts[1]!,
    onlySecond: counts[2]!,
    neither: counts[3]!,
  });

/**
 * Share of `datasets` simulated tables of n rows (multinomial over the design's cells, seeded) whose
 * interval holds the true delta. A dataset without an interval counts as not covered.
 */
export function simulatedCoverage(
  n: number,
  cells: DesignCells,
  datasets: number,
  interval: IntervalFor,
  seed = 2_024,
): number {
  const rng = new Xoshiro128(seed);
  const truth = cells[1] - cells[2];
  const counts = new Float64Array(4);
  let covered = 0;
  for (let d = 0; d < datasets; d++) {
    sampleMultinomial(rng, n, cells, counts);
    const ci = interval(counts, d);
    if (ci && ci.lower - 1e-12 <= truth && truth <= ci.upper + 1e-12) covered++;
  }
  return covered / datasets;
}
