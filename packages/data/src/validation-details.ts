import type { Check, Detail } from "@mlops/core";
import { driftTestLabel } from "@mlops/stats";
import { percent } from "./check-builder.ts";
import { formatValue } from "./data-types.ts";
import { type ColumnDrift, type DriftSummary, relativeScore } from "./drift.ts";
import type { OutlierCount } from "./quality-checks.ts";
import type { ColumnScan, DatasetScan } from "./table-scan.ts";

/** Columns whose distributions the report draws: enough to show what moved, few enough to read. */
export const MAX_DISTRIBUTIONS = 20;

/**
 * The report section of a validation: a per-column table, the drift chart, reference-against-current
 * distributions (drifted columns first), and failing rows.
 */
export function validationDetails(
  scan: DatasetScan,
  drift: DriftSummary | undefined,
  outliers: ReadonlyMap<string, OutlierCount>,
  checks: readonly Check[],
): Detail[] {
  const details: Detail[] = [];
  const driftOf = new Map(drift?.columns.map((d) => [d.column, d]) ?? []);
  details.push({
    type: "table",
    title: "Columns",
    columns: [
      "column",
      "type",
      "missing",
      "invalid",
      "range / top values",
      "outliers",
      ...(drift ? ["drift test", "drift score", "drift"] : []),
    ],
    rows: scan.columns.map((col) => {
      const d = driftOf.get(col.name);
      const o = outliers.get(col.name);
      return [
        col.name,
        col.declared ? col.type : `${col.type} (inferred)`,
        col.rows === 0 ? "0" : `${col.nulls} (${percent(col.nulls / col.rows)})`,
        col.invalid.failed,
        rangeText(col),
        o ? `${o.count} (${percent(o.of === 0 ? 0 : o.count / o.of)})` : "",
        ...(drift
          ? [
              d?.result ? driftTestLabel(d.result.method) : "",
              d?.result
                ? scoreText(d.result.pValue ?? d.result.statistic, d.result.pValue !== undefined)
                : "",
              d ? verdict(d.check) : "",
            ]
          : []),
      ];
    }),
  });
  const tested = drift?.columns.filter((d) => d.result && !d.result.inconclusive) ?? [];
  if (tested.length > 0) {
    details.push({
      type: "bar-chart",
      title: "Drift score per column (1 = the test's threshold; above it, drift)",
      labels: tested.map((d) => d.column),
      values: tested.map((d) => Number(relativeScore(d.result!).toFixed(4))),
      threshold: 1,
      unit: "× threshold",
    });
  }
  details.push(...distributionDetails(tested));
  const failing: (string | number | boolean | null)[][] = [];
  for (const c of checks) {
    if (c.status !== "fail" || !c.examples) continue;
    for (const e of c.examples) {
      if (failing.length >= 25) break;
      failing.push([
        c.title,
        e.row ?? null,
        e.line ?? null,
        e.column ?? null,
        e.value ?? null,
        e.problem ?? null,
      ]);
    }
  }
  if (failing.length > 0) {
    details.push({
      type: "table",
      title: "Failing rows (sample; rows count data rows, lines count file lines)",
      columns: ["check", "row", "line", "column", "value", "problem"],
      rows: failing,
    });
  }
  return details;
}

function distributionDetails(tested: readonly ColumnDrift[]): Detail[] {
  const drawn = tested.filter((d) => d.distribution && d.distribution.bins.length > 0);
  const drifted = drawn.filter((d) => d.check.status === "fail");
  const steady = drawn.filter((d) => d.check.status !== "fail");
  return [...drifted, ...steady].slice(0, MAX_DISTRIBUTIONS).map((d) => ({
    type: "distribution",
    title: d.role === "feature" ? d.column : `${d.column} (${d.role})`,
    column: d.column,
    drifted: d.check.status === "fail",
    ...d.distribution!,
  }));
}

function rangeText(col: ColumnScan): string {
  if (col.present === 0) return "no values";
  if (col.numbers) return `${formatValue(col.type, col.min)} – ${formatValue(col.type, col.max)}`;
  if (col.dictionary && !col.dictionary.overflow) {
    const top = col.dictionary.values
      .map((v, i) => ({ v, n: col.dictionary!.counts[i]! }))
      .sort((a, b) => b.n - a.n)
      .slice(0, 3)
      .map((t) => `${t.v.length > 20 ? `${t.v.slice(0, 19)}…` : t.v} (${percent(t.n / col.present)})`);
    const more = col.dictionary.values.length - top.length;
    return `${top.join(", ")}${more > 0 ? ` +${more} more` : ""}`;
  }
  return `${col.present} values, length ${col.minLength}–${col.maxLength}`;
}

function scoreText(x: number, pValue: boolean): string {
  const text = x === 0 ? "0" : Math.abs(x) < 1e-4 ? x.toExponential(2) : Number(x.toPrecision(3)).toString();
  return pValue ? `p = ${text}` : text;
}

function verdict(check: Check): string {
  switch (check.status) {
    case "pass":
      return "no drift";
    case "fail":
      return "DRIFT";
    case "skipped":
      return `skipped: ${check.message ?? ""}`;
    default:
      return check.status;
  }
}
