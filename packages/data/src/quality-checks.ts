import type { Check, Severity } from "@mlops/core";
import { quantileSorted } from "@mlops/stats";
import { percent, rowsCheck } from "./check-builder.ts";
import type { DataContract } from "./contract.ts";
import { duplicateRowsTally } from "./contract-checks.ts";
import { sortedPresent } from "./radix-sort.ts";
import type { ColumnScan, DatasetScan } from "./table-scan.ts";

/**
 * Data quality beyond the contract (deepchecks' data integrity, Evidently's defaults): missing values,
 * mixed types, constant columns, duplicate rows, outliers (IQR or z-score, on the analysed rows), and
 * text variants that differ only by case or whitespace.
 */

export interface OutlierCount {
  count: number;
  of: number;
}

export interface QualityResult {
  checks: Check[];
  outliers: Map<string, OutlierCount>;
}

export function qualityChecks(scan: DatasetScan, contract: DataContract): QualityResult {
  const q = contract.quality;
  const outliers = new Map<string, OutlierCount>();
  if (!q.enabled) return { checks: [], outliers };
  const severity: Severity = q.severity;
  const checks: Check[] = [];
  for (const col of scan.columns) {
    const nullShare = col.rows === 0 ? 0 : col.nulls / col.rows;
    checks.push({
      id: `quality:${col.name}:nulls`,
      title: `${col.name}: missing values`,
      status: nullShare <= q.maxNullShare ? "pass" : "fail",
      severity,
      observed: percent(nullShare),
      expected: `≤ ${percent(q.maxNullShare)}`,
    });
    if (!col.declared && col.invalid.failed > 0) {
      checks.push({
        ...rowsCheck({
          id: `quality:${col.name}:mixed-types`,
          title: `${col.name}: one type of value`,
          tally: col.invalid,
          mostly: 1,
          severity,
          expected: `every value ${col.type} (as the first rows)`,
          file: scan.file,
        }),
        observed: `${col.invalid.failed} value${col.invalid.failed === 1 ? "" : "s"} not ${col.type}`,
      });
    }
    const distinct = distinctCount(col);
    if (col.present > 0 && distinct === 1) {
      checks.push({
        id: `quality:${col.name}:constant`,
        title: `${col.name}: not constant`,
        status: "fail",
        severity,
        observed: "one value in every row",
        expected: "more than one value",
      });
    }
    if (col.numbers && (col.type === "integer" || col.type === "number")) {
      const o = countOutliers(col, scan.distributionsOnly, contract);
      if (o) {
        outliers.set(col.name, o);
        const share = o.of === 0 ? 0 : o.count / o.of;
        checks.push({
          id: `quality:${col.name}:outliers`,
          title: `${col.name}: outliers (${q.outliers.method === "iqr" ? "IQR" : "z-score"})`,
          status: share <= q.outliers.maxShare ? "pass" : "fail",
          severity,
          observed: `${o.count} of ${o.of} (${percent(share)})`,
          expected: `≤ ${percent(q.outliers.maxShare)}`,
        });
      }
    }
    const variants = caseVariants(col);
    if (variants.length > 0) {
      checks.push({
        id: `quality:${col.name}:variants`,
        title: `${col.name}: no case or whitespace variants`,
        status: "fail",
        severity,
        observed: `${variants.length} group${variants.length === 1 ? "" : "s"}`,
        expected: "none",
        message: variants
          .slice(0, 5)
          .map((g) => g.map((v) => JSON.stringify(v)).join(" / "))
          .join("; "),
      });
    }
  }
  if (contract.table.noDuplicateRows === undefined) {
    const tally = duplicateRowsTally(scan);
    const share = tally.evaluated === 0 ? 0 : tally.failed / tally.evaluated;
    checks.push({
      ...rowsCheck({
        id: "quality:duplicate-rows",
        title: "duplicate rows",
        tally,
        mostly: 1 - q.maxDuplicateShare,
        severity,
        expected: "no repeated rows",
      }),
      observed: `${tally.failed} of ${tally.evaluated} (${percent(share)})`,
      expected: `≤ ${percent(q.maxDuplicateShare)}`,
    });
  }
  return { checks, outliers };
}

/** Distinct present values: exact for text (until the dictionary overflows), min/max for numbers. */
export function distinctCount(col: ColumnScan): number | undefined {
  if (col.present === 0) return 0;
  if (col.dictionary && !col.dictionary.overflow) return col.dictionary.values.length;
  if (col.numbers || col.type === "date" || col.type === "datetime")
    return col.min === col.max ? 1 : undefined;
  return undefined;
}

function countOutliers(col: ColumnScan, sorted: boolean, contract: DataContract): OutlierCount | undefined {
  const present = sorted ? col.numbers! : sortedPresent(col.numbers!);
  const n = present.length;
  if (n < 4) return undefined;
  const { method, threshold } = contract.quality.outliers;
  let low: number;
  let high: number;
  if (method === "iqr") {
    const q1 = quantileSorted(present, 0.25)!;
    const q3 = quantileSorted(present, 0.75)!;
    const k = threshold ?? 1.5;
    low = q1 - k * (q3 - q1);
    high = q3 + k * (q3 - q1);
  } else {
    const std = Math.sqrt(col.m2 / col.present);
    if (std === 0) return { count: 0, of: n };
    const k = threshold ?? 3;
    low = col.mean - k * std;
    high = col.mean + k * std;
  }
  let count = 0;
  for (const v of present) if (v < low || v > high) count++;
  return { count, of: n };
}

function caseVariants(col: ColumnScan): string[][] {
  if (!col.dictionary || col.dictionary.overflow) return [];
  const groups = new Map<string, string[]>();
  for (const v of col.dictionary.values) {
    const key = v.trim().replace(/\s+/g, " ").toLowerCase();
    const group = groups.get(key);
    if (group) group.push(v);
    else groups.set(key, [v]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
