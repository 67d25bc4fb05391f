import { benjaminiHochberg, twoProportionZTest } from "@mlops/stats";
import { CELLS, type Confusion, confusionOf } from "./confusion.ts";
import { type GroupedRows, partitionCounts } from "./groups.ts";

/** The rates compared between each group and the rest of the rows. */
const TESTED = {
  selection_rate: (c: Confusion) => [c.tp + c.fp, c.tp + c.fp + c.tn + c.fn],
  tpr: (c: Confusion) => [c.tp, c.tp + c.fn],
  fpr: (c: Confusion) => [c.fp, c.fp + c.tn],
} as const;

export interface GroupVsRest {
  partition: string;
  group: string;
  rate: keyof typeof TESTED;
  group_value: number;
  rest_value: number;
  pValue: number;
  /** Benjamini–Hochberg adjusted over every test of the evaluation. */
  qValue: number;
}

/**
 * Each group with enough rows against all other rows, on selection rate, TPR and FPR (the challenger's
 * decisions), by a two-proportion z-test; the p-values are adjusted together with Benjamini–Hochberg,
 * so that dozens of intersections and three rates do not produce findings by chance alone.
 */
export function groupsVsRest(grouped: GroupedRows, minGroupSize: number): GroupVsRest[] {
  const overall = new Float64Array(CELLS);
  grouped.counts.forEach((v, i) => {
    overall[i % CELLS]! += v;
  });
  const all = confusionOf(overall, 0, "challenger");
  const tests: Omit<GroupVsRest, "qValue">[] = [];
  for (const p of grouped.partitions) {
    if (p.groups.length < 2) continue;
    const sums = partitionCounts(p, grouped.counts);
    p.groups.forEach((group, g) => {
      const c = confusionOf(sums, g * CELLS, "challenger");
      if (c.tp + c.fp + c.tn + c.fn < minGroupSize) return;
      const rest = { tp: all.tp - c.tp, fp: all.fp - c.fp, tn: all.tn - c.tn, fn: all.fn - c.fn };
      for (const [rate, of] of Object.entries(TESTED) as [
        keyof typeof TESTED,
        (c: Confusion) => number[],
      ][]) {
        const [x1, n1] = of(c) as [number, number];
        const [x2, n2] = of(rest) as [number, number];
        if (n1 === 0 || n2 === 0) continue;
        const { pValue } = twoProportionZTest(x1, n1, x2, n2);
        tests.push({ partition: p.key, group, rate, group_value: x1 / n1, rest_value: x2 / n2, pValue });
      }
    });
  }
  const q = benjaminiHochberg(tests.map((t) => t.pValue));
  return tests.map((t, i) => ({ ...t, qValue: q[i]! })).sort((a, b) => a.qValue - b.qValue);
}
