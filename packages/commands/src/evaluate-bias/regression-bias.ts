import { type Detail, fmt, type Metric } from "@mlops/core";
import { REGRESSION_DISPARITY_NAMES, type RowMetricsResult } from "@mlops/fairness";
import { DELONG_INTERVAL_MIN_ROWS } from "@mlops/stats";
import { type BiasResultOptions, disparityTable, metricOf, shown } from "./bias-results.ts";

/**
 * A regressor's disparities as metrics, like a classifier's: `<name>` at its worst over the partitions
 * and `<name>[<columns>]` per partition, the champion's the baseline and the paired change the delta.
 */
export function regressionMetrics(
  result: RowMetricsResult,
  options: BiasResultOptions,
): Record<string, Metric> {
  const out: Record<string, Metric> = {};
  const design =
    result.normalIntersections > 0
      ? `${result.normalIntersections} intersection(s) of ${DELONG_INTERVAL_MIN_ROWS} rows or more resampled as normal sums`
      : undefined;
  for (const d of REGRESSION_DISPARITY_NAMES) {
    const greaterIsBetter = d.endsWith("_ratio");
    const worst = result.worst[d]!;
    out[d] = metricOf(worst, options, {
      greaterIsBetter,
      at: worst.partition,
      ...(design ? { design } : {}),
    });
    for (const p of result.partitions) {
      out[`${d}[${p.key}]`] = metricOf(p.disparities[d]!, options, {
        greaterIsBetter,
        ...(design ? { design } : {}),
      });
    }
  }
  return out;
}

/** Per partition a group table (MAE, mean prediction and mean residual with intervals) and an MAE chart; then the disparities. */
export function regressionDetails(result: RowMetricsResult): Detail[] {
  const details: Detail[] = [];
  for (const p of result.partitions) {
    const worst = highestMae(p);
    details.push({
      type: "table",
      title: `Groups by ${p.key}`,
      columns: ["group", "n", "MAE", "mean prediction", "mean residual", "note"],
      rows: p.groups.map((g) => [
        g.name,
        g.count,
        shown(g.metrics.mae?.challenger),
        shown(g.metrics.mean_prediction?.challenger),
        shown(g.metrics.mean_residual?.challenger),
        !g.sufficient ? "insufficient data" : g.name === worst?.name ? "highest MAE" : "",
      ]),
    });
    const charted = p.groups.filter((g) => g.metrics.mae?.challenger.value != null);
    details.push({
      type: "bar-chart",
      title: `MAE by ${p.key}`,
      labels: charted.map((g) => g.name),
      values: charted.map((g) => g.metrics.mae!.challenger.value!),
    });
  }
  details.push(disparityTable(result.partitions, REGRESSION_DISPARITY_NAMES));
  return details;
}

function highestMae(p: RowMetricsResult["partitions"][number]) {
  const judged = p.groups.filter((g) => g.sufficient && g.metrics.mae?.challenger.value != null);
  return judged.sort((a, b) => b.metrics.mae!.challenger.value! - a.metrics.mae!.challenger.value!)[0];
}

/** The largest MAE gap per partition in plain words, with the interval of its difference. */
export function regressionFindings(result: RowMetricsResult): string[] {
  const out: string[] = [];
  for (const p of result.partitions) {
    const judged = p.groups.filter((g) => g.sufficient && g.metrics.mae?.challenger.value != null);
    if (judged.length < 2) continue;
    const byMae = [...judged].sort(
      (a, b) => b.metrics.mae!.challenger.value! - a.metrics.mae!.challenger.value!,
    );
    const high = byMae[0]!;
    const low = byMae[byMae.length - 1]!;
    const diff = p.disparities.mae_difference!.challenger;
    const ci =
      diff.value !== null && diff.ci
        ? `; MAE difference ${fmt(diff.value)}, 95% CI [${fmt(diff.ci.lower)}, ${fmt(diff.ci.upper)}]`
        : "";
    out.push(
      `MAE for ${high.name} is ${fmt(high.metrics.mae!.challenger.value!)} against ${fmt(low.metrics.mae!.challenger.value!)} for ${low.name}${ci}`,
    );
  }
  const small = result.partitions.flatMap((p) => p.groups.filter((g) => !g.sufficient));
  if (small.length > 0) out.push(`${small.length} group(s) have too few rows to judge; see the group tables`);
  return out;
}
