import { DELONG_INTERVAL_MIN_ROWS, Xoshiro128 } from "@mlops/stats";
import { describe, expect, it } from "vitest";
import { evaluateRowMetrics, type RowMetricsOptions } from "./group-row-metrics.ts";
import { intersectionsOf } from "./groups.ts";

/**
 * Two groups at the switch size, each one intersection, scored by two correlated models with skewed
 * scores (many near 0, a few bins sparse): the classification and regression metrics' intervals from the
 * intersections' cell sums and DeLong against those from drawing the rows.
 */
function simulated(rowsPerGroup: number) {
  const rng = new Xoshiro128(11);
  const n = 2 * rowsPerGroup;
  const group = Array.from({ length: n }, (_, i) => (i < rowsPerGroup ? "a" : "b"));
  const labels = new Float64Array(n);
  const challenger = new Float64Array(n);
  const champion = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const base = i < rowsPerGroup ? 0.15 : 0.35;
    labels[i] = rng.nextFloat() < base ? 1 : 0;
    challenger[i] = Math.min(1, rng.nextFloat() ** 3 + 0.3 * labels[i]!);
    champion[i] = 0.7 * challenger[i]! + 0.3 * rng.nextFloat() ** 2;
  }
  return { grouped: intersectionsOf([{ name: "g", values: group }], n), labels, challenger, champion };
}

describe("large intersections' cell sums and DeLong against the row bootstrap", () => {
  // At 2,000 resamples an interval's end carries a Monte Carlo error of about 2% of its width, in both
  // runs; the largest difference found was 6.4% (classification) and 4.3% (regression).
  const TOLERANCE = 0.1;
  const options: RowMetricsOptions = {
    task: "classification",
    method: "between_groups",
    minGroupSize: 30,
    resamples: 2000,
    level: 0.95,
    seed: 5,
  };

  it.each(["classification", "regression"] as const)(
    "%s: every group's interval ends agree within a tenth of the bootstrap interval's width at the switch size",
    (task) => {
      const { grouped, ...rows } = simulated(DELONG_INTERVAL_MIN_ROWS);
      const exact = evaluateRowMetrics(grouped, rows, { ...options, task, normalFromRows: Infinity });
      const normal = evaluateRowMetrics(grouped, rows, { ...options, task });
      expect([exact.normalIntersections, normal.normalIntersections]).toEqual([0, 2]);
      const worst: number[] = [];
      exact.partitions[0]!.groups.forEach((group, g) => {
        for (const [name, metric] of Object.entries(group.metrics)) {
          const approximate = normal.partitions[0]!.groups[g]!.metrics[name as keyof typeof group.metrics]!;
          for (const side of ["challenger", "champion", "delta"] as const) {
            const a = metric[side]!;
            const b = approximate[side]!;
            expect(b.value).toBeCloseTo(a.value!, 12);
            const width = a.ci!.upper - a.ci!.lower;
            worst.push(
              Math.abs(b.ci!.lower - a.ci!.lower) / width,
              Math.abs(b.ci!.upper - a.ci!.upper) / width,
            );
          }
        }
      });
      expect(worst).toHaveLength(36);
      expect(Math.max(...worst)).toBeLessThan(TOLERANCE);
      for (const d of Object.values(normal.partitions[0]!.disparities)) expect(d.challenger.ci).toBeDefined();
    },
  );
});
