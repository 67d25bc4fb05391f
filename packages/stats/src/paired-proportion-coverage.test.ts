import { describe, expect, it } from "vitest";
import {
  COVERAGE_DESIGNS,
  newcombe,
  percentileBootstrap,
  simulatedCoverage,
} from "./test-support/paired-proportion-coverage.ts";

/**
 * A smaller run of `bench/paired-proportion-coverage.bench.ts` (2,000 datasets, 2,000 resamples; figures
 * in the README): 400 datasets and 500 resamples per case, so an observed coverage has a standard error
 * of about 1.1 points. Seeded, so the outcome is fixed.
 */
const DATASETS = 400;
const bootstrap = percentileBootstrap(500);
const design = (name: string) => COVERAGE_DESIGNS.find((d) => d.name === name)!.cells;

describe("coverage of paired accuracy-delta intervals", () => {
  it("the percentile bootstrap undercovers at 20 and 50 rows when few rows are discordant", () => {
    expect(
      simulatedCoverage(20, design("regression of 0.08, few discordant"), DATASETS, bootstrap),
    ).toBeLessThan(0.9);
    expect(simulatedCoverage(20, design("improvement of 0.05, one-sided"), DATASETS, bootstrap)).toBeLessThan(
      0.75,
    );
    expect(simulatedCoverage(50, design("improvement of 0.05, one-sided"), DATASETS, bootstrap)).toBeLessThan(
      0.94,
    );
  });

  it("Newcombe's interval holds at 200 rows, beyond the exact enumeration's sizes", () => {
    for (const { cells } of COVERAGE_DESIGNS)
      expect(simulatedCoverage(200, cells, 2_000, newcombe)).toBeGreaterThanOrEqual(0.94);
  });

  it("the percentile bootstrap is back near its level at 200 rows, where backtests switch to it", () => {
    for (const { cells } of COVERAGE_DESIGNS)
      expect(simulatedCoverage(200, cells, DATASETS, bootstrap)).toBeGreaterThanOrEqual(0.92);
  });
});
