import type { Check } from "@mlops/core";
import { rocAuc } from "@mlops/stats";
import { percent } from "./check-builder.ts";
import { sharedKeys } from "./content-hash.ts";
import type { DataContract } from "./contract.ts";
import { formatValue } from "./data-types.ts";
import { type ColumnScan, type DatasetScan, rowNumberOf } from "./table-scan.ts";

/**
 * Leakage between the reference (training) data and the data under validation, as deepchecks'
 * train-test checks: rows shared by both (by content key), time leakage (rows not after the training
 * window), and a single feature that predicts the label almost perfectly (its ROC AUC alone, on up to
 * 100,000 of the analysed rows). Time columns (dates, datetimes and `leakage.timeColumn`) are left out
 * of the single-feature check: in a file that grows over time they order the rows, so any label whose
 * rate drifts would make them look like the strongest predictor.
 */

const TARGET_ROWS = 100_000;
/** Text columns with more distinct values than this would "predict" the label by memorising it. */
const TARGET_MAX_CATEGORIES = 1000;

export function leakageChecks(
  current: DatasetScan,
  reference: DatasetScan | undefined,
  contract: DataContract,
): Check[] {
  const cfg = contract.leakage;
  if (!cfg.enabled) return [];
  const checks: Check[] = [];
  if (reference) {
    const shared = sharedKeys(current.rowKeys, reference.rowKeys);
    const share = current.rowKeys.length === 0 ? 0 : shared.count / current.rowKeys.length;
    checks.push({
      id: "leakage:shared-rows",
      title: "no rows shared with the reference",
      status: share <= cfg.sharedRows.maxShare ? "pass" : "fail",
      severity: cfg.sharedRows.severity,
      metric: "shared_rows",
      observed: `${shared.count} of ${current.rowKeys.length} (${percent(share)})`,
      expected: cfg.sharedRows.maxShare === 0 ? "none" : `≤ ${percent(cfg.sharedRows.maxShare)}`,
      ...(shared.count > 0
        ? {
            message: `${shared.count} row${shared.count === 1 ? "" : "s"} also appear in the reference ${reference.file}`,
            examples: shared.examples.map((i) => ({
              row: rowNumberOf(current, i),
              problem: "also in the reference",
            })),
          }
        : {}),
    });
    if (cfg.timeColumn) checks.push(timeLeakage(current, reference, cfg.timeColumn, cfg.severity));
  }
  if (contract.label)
    checks.push(...targetLeakage(current, contract.label, contract, cfg.targetThreshold, cfg.severity));
  return checks;
}

function timeLeakage(
  current: DatasetScan,
  reference: DatasetScan,
  column: string,
  severity: "fail" | "warn",
): Check {
  const id = "leakage:time";
  const title = `${column}: after the reference window`;
  const cur = current.columns.find((c) => c.name === column);
  const ref = reference.columns.find((c) => c.name === column);
  if (!cur?.numbers || !ref?.numbers) {
    return {
      id,
      title,
      status: "error",
      severity,
      message: `leakage.timeColumn "${column}" must be a date, datetime or number column in both datasets`,
    };
  }
  if (ref.present === 0 || cur.present === 0) {
    return { id, title, status: "inconclusive", severity, message: `${column} has no values` };
  }
  const end = ref.max;
  let count = 0;
  let of = 0;
  const examples: NonNullable<Check["examples"]> = [];
  const values = cur.numbers;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    of++;
    if (v <= end) {
      count++;
      if (examples.length < 5 && !current.sampled) {
        examples.push({
          row: rowNumberOf(current, i),
          column,
          value: formatValue(cur.type, v),
          problem: `not after ${formatValue(ref.type, end)}`,
        });
      }
    }
  }
  return {
    id,
    title,
    status: count === 0 ? "pass" : "fail",
    severity,
    observed:
      count === 0
        ? `earliest ${formatValue(cur.type, cur.min)}`
        : `${count} of ${of} rows (${percent(count / of)}) at or before ${formatValue(ref.type, end)}`,
    expected: `> ${formatValue(ref.type, end)} (the reference's latest)`,
    ...(count > 0 ? { message: `${count} rows are not later than the reference window`, examples } : {}),
  };
}

function targetLeakage(
  scan: DatasetScan,
  label: string,
  contract: DataContract,
  threshold: number,
  severity: "fail" | "warn",
): Check[] {
  const labelColumn = scan.columns.find((c) => c.name === label);
  const id = "leakage:target";
  if (!labelColumn) {
    return [
      {
        id,
        title: "no feature predicts the label alone",
        status: "error",
        severity,
        message: `the label column "${label}" is not in the data`,
      },
    ];
  }
  const labels = binaryLabels(labelColumn);
  if (!labels) {
    return [
      {
        id,
        title: "no feature predicts the label alone",
        status: "skipped",
        severity,
        message: `${label} is not a binary label`,
      },
    ];
  }
  const n = labels.length;
  const stride = Math.max(1, Math.ceil(n / TARGET_ROWS));
  const checks: Check[] = [];
  let worst = { column: "", auc: 0.5 };
  for (const col of scan.columns) {
    if (col.name === label || col.name === contract.prediction || isTime(col, contract)) continue;
    const scores = featureScores(col, labels, stride);
    if (!scores) continue;
    const auc = rocAuc(scores.labels, scores.scores);
    if (auc === null) continue;
    const strength = Math.max(auc, 1 - auc);
    if (strength > worst.auc) worst = { column: col.name, auc: strength };
    if (strength >= threshold) {
      checks.push({
        id: `leakage:target:${col.name}`,
        title: `${col.name}: does not predict ${label} alone`,
        status: "fail",
        severity,
        observed: `ROC AUC ${strength.toFixed(4)} on its own`,
        expected: `< ${threshold}`,
        message: `${col.name} alone separates ${label} almost perfectly: it may be derived from the label or from the future`,
      });
    }
  }
  if (checks.length === 0) {
    checks.push({
      id,
      title: `no feature predicts ${label} alone`,
      status: "pass",
      severity,
      observed: worst.column
        ? `strongest ${worst.column}, ROC AUC ${worst.auc.toFixed(3)}`
        : "no feature to test",
      expected: `ROC AUC < ${threshold}`,
    });
  }
  return checks;
}

function isTime(col: ColumnScan, contract: DataContract): boolean {
  return col.type === "date" || col.type === "datetime" || col.name === contract.leakage.timeColumn;
}

/** 0/1 per analysed row (NaN when missing), or undefined unless the column has exactly two values. */
function binaryLabels(col: ColumnScan): Float64Array | undefined {
  if (col.numbers) {
    const distinct = new Set<number>();
    for (const v of col.numbers) {
      if (Number.isNaN(v)) continue;
      distinct.add(v);
      if (distinct.size > 2) return undefined;
    }
    if (distinct.size !== 2) return undefined;
    const high = Math.max(...distinct);
    return col.numbers.map((v) => (Number.isNaN(v) ? Number.NaN : v === high ? 1 : 0));
  }
  if (!col.codes || !col.dictionary || col.dictionary.values.length !== 2) return undefined;
  const positive = col.dictionary.values[0]! < col.dictionary.values[1]! ? 1 : 0;
  const out = new Float64Array(col.codes.length);
  for (let i = 0; i < out.length; i++) {
    const c = col.codes[i]!;
    out[i] = c < 0 ? Number.NaN : c === positive ? 1 : 0;
  }
  return out;
}

function featureScores(
  col: ColumnScan,
  labels: Float64Array,
  stride: number,
): { labels: Float64Array; scores: Float64Array } | undefined {
  const size = Math.ceil(labels.length / stride);
  const outLabels = new Float64Array(size);
  const scores = new Float64Array(size);
  let n = 0;
  if (col.numbers) {
    for (let i = 0; i < labels.length; i += stride) {
      const y = labels[i]!;
      const x = col.numbers[i]!;
      if (Number.isNaN(y) || Number.isNaN(x)) continue;
      outLabels[n] = y;
      scores[n++] = x;
    }
  } else if (
    col.codes &&
    col.dictionary &&
    !col.dictionary.overflow &&
    col.dictionary.values.length <= TARGET_MAX_CATEGORIES
  ) {
    // Score each category by its share of positives (target encoding) on the same rows.
    const k = col.dictionary.values.length;
    const pos = new Float64Array(k);
    const all = new Float64Array(k);
    for (let i = 0; i < labels.length; i += stride) {
      const y = labels[i]!;
      const c = col.codes[i]!;
      if (Number.isNaN(y) || c < 0) continue;
      pos[c]! += y;
      all[c]!++;
      outLabels[n] = y;
      scores[n++] = c;
    }
    for (let j = 0; j < n; j++) scores[j] = pos[scores[j]!]! / all[scores[j]!]!;
  } else return undefined;
  return n > 1 ? { labels: outLabels.subarray(0, n), scores: scores.subarray(0, n) } : undefined;
}
