/**
 * Simulated coverage of 95% intervals for a paired accuracy delta: the percentile bootstrap
 * (2,000 resamples, as backtests run it) against Newcombe's hybrid score interval, 2,000 datasets per
 * design and size. Run with `node packages/stats/bench/paired-proportion-coverage.bench.ts`.
 */
import {
  COVERAGE_DESIGNS,
  newcombe,
  percentileBootstrap,
  simulatedCoverage,
} from "../src/test-support/paired-proportion-coverage.ts";

const DATASETS = 2_000;
const SIZES = [20, 50, 100, 200, 300];
const bootstrap = percentileBootstrap(2_000);

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log(`| design | interval | ${SIZES.map((n) => `n = ${n}`).join(" | ")} |`);
console.log(`| --- | --- | ${SIZES.map(() => "---").join(" | ")} |`);
const minimum = { bootstrap: SIZES.map(() => 1), newcombe: SIZES.map(() => 1) };
for (const { name, cells } of COVERAGE_DESIGNS) {
  for (const [label, interval] of [
    ["bootstrap", bootstrap],
    ["newcombe", newcombe],
  ] as const) {
    const row = SIZES.map((n, i) => {
      const c = simulatedCoverage(n, cells, DATASETS, interval);
      minimum[label][i] = Math.min(minimum[label][i]!, c);
      return percent(c);
    });
    console.log(`| ${name} | ${label} | ${row.join(" | ")} |`);
  }
}
for (const label of ["bootstrap", "newcombe"] as const)
  console.log(`| **lowest** | ${label} | ${minimum[label].map(percent).join(" | ")} |`);
