import { ConfigError } from "@mlops/core";
import {
  type Dataset,
  type Predictions,
  predictionFor,
  type WindowsConfig,
  walkForwardWindows,
} from "@mlops/models";
import { type MetricName, metricDefinition } from "@mlops/stats";
import { type ComparisonPart, round, rowsOf, type ScoredRows } from "./scored-rows.ts";

/** Each row's time in epoch ms; a field that is not a date is an error located at its line. */
export function rowTimes(
  times: readonly string[],
  column: string,
  dataset: Pick<Dataset, "file" | "lineOf">,
): Float64Array {
  return Float64Array.from(times, (t, i) => {
    const ms = Date.parse(t);
    if (Number.isNaN(ms)) {
      throw new ConfigError(`"${t}" in ${column} is not a date`, {
        location: { file: dataset.file, line: dataset.lineOf(i), path: column },
        hint: "write dates as YYYY-MM-DD or ISO 8601",
      });
    }
    return ms;
  });
}

function timeRange(epoch: Float64Array): [first: number, last: number] {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const t of epoch) {
    first = Math.min(first, t);
    last = Math.max(last, t);
  }
  return [first, last];
}

/**
 * The primary metric per walk-forward window for both models, as a chart and a table, and — with a
 * champion — the share of whole windows the challenger wins among those where both have a value. The
 * last, partial window is charted and tabled but not counted: on fewer days it would weigh as much.
 */
export function walkForwardComparison(
  scored: ScoredRows,
  epoch: Float64Array,
  windowsConfig: WindowsConfig,
  primary: MetricName,
  threshold: number,
): ComparisonPart {
  const windows = walkForwardWindows(windowsConfig, ...timeRange(epoch));
  const def = metricDefinition(primary);
  const challengerSeries: (number | null)[] = [];
  const championSeries: (number | null)[] = [];
  let wins = 0;
  let decided = 0;
  const rows: (string | number | null)[][] = [];
  for (const w of windows) {
    const idx: number[] = [];
    for (let i = 0; i < epoch.length; i++) if (epoch[i]! >= w.start && epoch[i]! < w.end) idx.push(i);
    const slice = rowsOf(scored, idx);
    const windowValue = (p: Predictions) => {
      const pred = predictionFor(primary, p, threshold);
      return pred && idx.length > 0 ? def.compute(slice.actual, pred) : null;
    };
    const c = windowValue(slice.challenger);
    const b = slice.champion ? windowValue(slice.champion) : null;
    challengerSeries.push(c);
    championSeries.push(b);
    if (c !== null && b !== null && !w.partial) {
      decided++;
      if (def.greaterIsBetter ? c > b : c < b) wins++;
    }
    rows.push([w.label, idx.length, round(c), round(b)]);
  }
  const withChampion = scored.champion !== undefined;
  return {
    metrics: withChampion
      ? { window_win_rate: { value: decided > 0 ? wins / decided : null, n: decided, greaterIsBetter: true } }
      : {},
    details: [
      {
        type: "line-chart",
        title: `${primary} per ${windowsConfig.mode} window`,
        labels: windows.map((w) => w.label),
        series: [
          { name: "challenger", values: challengerSeries },
          ...(withChampion ? [{ name: "champion", values: championSeries }] : []),
        ],
      },
      {
        type: "table",
        title: "Walk-forward windows",
        columns: ["window", "rows", "challenger", "champion"],
        rows,
      },
    ],
  };
}
