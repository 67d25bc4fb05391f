import { type CompareOptions, compareMetrics } from "@mlops/models";
import type { MetricName } from "@mlops/stats";
import { type ComparisonPart, round, rowsOf, type ScoredRows } from "./scored-rows.ts";

/** Row numbers per distinct value, the most frequent values first, at most `max` of them. */
export function largestGroups(values: readonly string[], max: number): [string, number[]][] {
  const groups = new Map<string, number[]>();
  values.forEach((v, i) => {
    const g = groups.get(v);
    if (g) g.push(i);
    else groups.set(v, [i]);
  });
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, max);
}

/** The primary metric per slice of each segment column (`metric[column=value]`), each delta with its own interval. */
export async function segmentComparison(
  scored: ScoredRows,
  segments: { columns: readonly string[]; values: readonly string[][]; maxValues: number },
  primary: MetricName,
  options: CompareOptions,
): Promise<ComparisonPart> {
  const metrics: ComparisonPart["metrics"] = {};
  const rows: (string | number | null)[][] = [];
  for (const [c, column] of segments.columns.entries()) {
    for (const [value, idx] of largestGroups(segments.values[c]!, segments.maxValues)) {
      const slice = rowsOf(scored, idx);
      const metric = (
        await compareMetrics([primary], slice.actual, slice.challenger, slice.champion, options)
      )[primary];
      if (!metric) continue;
      metrics[`${primary}[${column}=${value}]`] = metric;
      rows.push([
        `${column}=${value}`,
        idx.length,
        round(metric.value),
        round(metric.baseline?.value ?? null),
        metric.delta ? round(metric.delta.value) : null,
        metric.delta?.ci ? `[${round(metric.delta.ci.lower)}, ${round(metric.delta.ci.upper)}]` : null,
      ]);
    }
  }
  const level = options.bootstrap.level * 100;
  return {
    metrics,
    details: [
      {
        type: "table",
        title: `${primary} per segment`,
        columns: ["segment", "rows", "challenger", "champion", "Δ", `${level}% CI`],
        rows,
      },
    ],
  };
}
