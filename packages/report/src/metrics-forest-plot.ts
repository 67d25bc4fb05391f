import type { Check, Metric } from "@mlops/core";
import { type DeltaPoint, gateOf, orderDeltas } from "./delta-order.ts";
import { plural } from "./format.ts";
import { metricDelta } from "./metric-delta.ts";
import { textForestPlot } from "./text-forest-plot.ts";

/**
 * The PR comment's text forest plot for a chosen family of an evaluation's metrics (e.g. a bias
 * evaluation's disparities against the champion), so that an evaluation can show it as a detail of its
 * own: the changes against the baseline with their intervals, the gated and largest first, at most
 * `rows` of them. Undefined when no metric has a change.
 */
const MAX_LABEL = 48;

export function metricsForestPlot(
  metrics: Readonly<Record<string, Metric>>,
  checks: readonly Check[],
  rows: number,
): string | undefined {
  const points: DeltaPoint[] = [];
  for (const [name, metric] of Object.entries(metrics)) {
    const delta = metricDelta(metric);
    if (delta) points.push({ name, unit: metric.unit, delta, evaluation: "", gate: gateOf(checks, name) });
  }
  if (points.length === 0) return undefined;
  const shown = orderDeltas(points).slice(0, rows);
  // Metric names here carry what tells the rows apart (e.g. `[gender & age]`), so they get room.
  const width = Math.min(MAX_LABEL, Math.max(...shown.map((p) => [...p.name].length)));
  const plot = textForestPlot(shown, 0, width);
  return points.length > rows
    ? `${plot}\n… ${plural(points.length - rows, "more change")} in the metrics table`
    : plot;
}
