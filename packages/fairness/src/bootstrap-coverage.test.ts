import { Xoshiro128 } from "@mlops/stats";
import { describe, expect, it } from "vitest";
import { evaluateFairness } from "./fairness-evaluation.ts";
import { groupRows } from "./groups.ts";

/**
 * Coverage of the stratified bootstrap intervals: samples drawn from two groups with known selection
 * rates (0.30 of 150 rows, 0.45 of 400 rows), so the true demographic parity difference is 0.15 and the
 * ratio 2/3. Measured over 200 seeded samples with 250 resamples each: 0.940 for the difference and
 * 0.935 for the ratio, against the nominal 0.95 (percentile intervals run slightly narrow at these sizes).
 */
describe("bootstrap interval coverage", () => {
  it("covers the true disparities at about the nominal 95%", () => {
    const rng = new Xoshiro128(2024);
    const sizes = [150, 400];
    const rates = [0.3, 0.45];
    const trials = 200;
    let coveredDifference = 0;
    let coveredRatio = 0;
    for (let t = 0; t < trials; t++) {
      const values: string[] = [];
      const labels: number[] = [];
      const decisions: number[] = [];
      sizes.forEach((n, g) => {
        for (let i = 0; i < n; i++) {
          values.push(`g${g}`);
          labels.push(rng.nextFloat() < 0.5 ? 1 : 0);
          decisions.push(rng.nextFloat() < rates[g]! ? 1 : 0);
        }
      });
      const result = evaluateFairness(
        groupRows([{ name: "group", values }], { labels, challenger: decisions }),
        {
          method: "between_groups",
          agg: "worst_case",
          minGroupSize: 30,
          resamples: 250,
          level: 0.95,
          seed: t,
          champion: false,
        },
      );
      const { demographic_parity_difference: dpd, demographic_parity_ratio: dpr } =
        result.partitions[0]!.disparities;
      if (dpd.challenger.ci!.lower <= 0.15 && 0.15 <= dpd.challenger.ci!.upper) coveredDifference++;
      if (dpr.challenger.ci!.lower <= 2 / 3 && 2 / 3 <= dpr.challenger.ci!.upper) coveredRatio++;
    }
    expect([coveredDifference / trials, coveredRatio / trials]).toEqual([0.94, 0.935]);
    // Far from the nominal rate would mean intervals that mislead, whatever the seed.
    for (const coverage of [coveredDifference, coveredRatio]) {
      expect(coverage / trials).toBeGreaterThan(0.9);
      expect(coverage / trials).toBeLessThan(0.98);
    }
  });
});
