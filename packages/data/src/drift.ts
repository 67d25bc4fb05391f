import type { Check, Severity } from "@mlops/core";
import {
  chooseDriftTest,
  type DriftMethod,
  type DriftResult,
  type DriftSample,
  driftTestLabel,
  driftTestOnSample,
} from "@mlops/stats";
import { percent } from "./check-builder.ts";
import { type ColumnDistribution, columnDistribution } from "./column-distribution.ts";
import type { DataContract } from "./contract.ts";
import { formatValue } from "./data-types.ts";
import { type ChangeContext, driftChange, type NumberSummary } from "./drift-change.ts";
import { sortedPresent } from "./radix-sort.ts";
import type { ColumnScan, DatasetScan } from "./table-scan.ts";

/**
 * Drift of each column against the reference, with Evidently's default test for the column's type and
 * the reference column's present values (see `chooseDriftTest`), overridable for all columns or per
 * column, and the dataset drift share. Label and prediction drift are reported on their own and stay out
 * of the share unless `drift.shareColumns` is `all` (Evidently's definition, which counts them).
 * Identifier columns (unique), date columns (their windows differ by design) and text columns with too
 * many distinct values are not tested unless a method is set for them; each skip says why.
 */

export type DriftRole = "feature" | "label" | "prediction";

export interface ColumnDrift {
  column: string;
  role: DriftRole;
  result?: DriftResult;
  check: Check;
  /** Both datasets' shares on the tested bins, for the report to draw. */
  distribution?: ColumnDistribution;
}

export interface DriftSummary {
  columns: ColumnDrift[];
  tested: number;
  drifted: number;
  share: number | null;
  dataset: Check;
}

export function driftChecks(
  current: DatasetScan,
  reference: DatasetScan,
  contract: DataContract,
): DriftSummary {
  const cfg = contract.drift;
  const refColumns = new Map(reference.columns.map((c) => [c.name, c]));
  const columns: ColumnDrift[] = [];
  for (const cur of current.columns) {
    const ref = refColumns.get(cur.name);
    const role: DriftRole =
      cur.name === contract.label ? "label" : cur.name === contract.prediction ? "prediction" : "feature";
    const id = role === "feature" ? `drift:${cur.name}` : `drift:${role}:${cur.name}`;
    const title = role === "feature" ? `drift: ${cur.name}` : `${role} drift: ${cur.name}`;
    const perColumn = cfg.columns[cur.name];
    const skip = (reason: string): ColumnDrift => ({
      column: cur.name,
      role,
      check: { id, title, status: "skipped", severity: cfg.severity, message: reason },
    });
    if (!ref) {
      columns.push(skip("the reference has no such column"));
      continue;
    }
    if (cfg.exclude.includes(cur.name) || perColumn?.enabled === false) {
      columns.push(skip("excluded in the contract"));
      continue;
    }
    const explicit = perColumn?.method ?? cfg.method;
    if ((cur.type === "date" || cur.type === "datetime") && !perColumn?.method) {
      columns.push(skip("date column: set drift.columns.<name>.method to test it"));
      continue;
    }
    if (
      cur.dictionary &&
      !cur.dictionary.overflow &&
      cur.present > 1 &&
      cur.dictionary.values.length === cur.present
    ) {
      columns.push(skip("every value is distinct (an identifier)"));
      continue;
    }
    const compared = comparableValues(current, cur, reference, ref);
    if (!compared) {
      columns.push(
        skip(
          cur.dictionary?.overflow || ref.dictionary?.overflow
            ? "text with too many distinct values for a categorical test"
            : "identifier column (unique)",
        ),
      );
      continue;
    }

    columns.push(
      testColumn({
        id,
        title,
        role,
        cur,
        ref,
        sample: compared.sample,
        categories: compared.categories,
        explicit,
        severity: cfg.severity,
        contract,
      }),
    );
  }
  const counted = columns.filter(
    (c) =>
      (c.role === "feature" || cfg.shareColumns === "all") && c.result && c.check.status !== "inconclusive",
  );
  const drifted = counted.filter((c) => c.check.status === "fail").length;
  const share = counted.length === 0 ? null : drifted / counted.length;
  const dataset: Check =
    share === null
      ? {
          id: "drift:dataset",
          title: "dataset drift",
          status: "skipped",
          severity: cfg.datasetSeverity,
          message: "no column could be tested for drift",
        }
      : {
          id: "drift:dataset",
          title: "dataset drift",
          status: share >= cfg.share ? "fail" : "pass",
          severity: cfg.datasetSeverity,
          metric: "drift_share",
          observed: `${drifted} of ${counted.length} columns drifted (${percent(share)})`,
          expected: `< ${percent(cfg.share)} of columns`,
        };
  return { columns, tested: counted.length, drifted, share, dataset };
}

/**
 * The analysed values of a column in both datasets, as a drift test takes them: numbers sorted with the
 * missing ones dropped (every test here is blind to order, and sorted input makes their own sorting
 * cheap); for text, the count of each category — categorical tests depend on nothing else — in one
 * category order for both (the reference's as first seen, then the current's new ones), named in
 * `categories`.
 */
function comparableValues(
  current: DatasetScan,
  cur: ColumnScan,
  reference: DatasetScan,
  ref: ColumnScan,
): { sample: DriftSample; categories: string[] } | undefined {
  if (cur.numbers && ref.numbers) {
    return {
      sample: {
        kind: "numerical",
        reference: reference.distributionsOnly ? ref.numbers : sortedPresent(ref.numbers),
        current: current.distributionsOnly ? cur.numbers : sortedPresent(cur.numbers),
      },
      categories: [],
    };
  }
  const counted = (scan: DatasetScan, col: ColumnScan) =>
    col.dictionary !== undefined && !col.dictionary.overflow && (col.codes !== undefined || !scan.sampled);
  if (!counted(current, cur) || !counted(reference, ref)) return undefined;
  const index = new Map(ref.dictionary!.values.map((v, i) => [v, i]));
  const curToShared = cur.dictionary!.values.map((v) => {
    let code = index.get(v);
    if (code === undefined) {
      code = index.size;
      index.set(v, code);
    }
    return code;
  });
  return {
    sample: {
      kind: "categorical",
      reference: categoryCounts(reference, ref, undefined, index.size),
      current: categoryCounts(current, cur, curToShared, index.size),
    },
    categories: [...index.keys()],
  };
}

/** Counts per shared category of the analysed rows: the dictionary's counts unless rows were sampled. */
function categoryCounts(
  scan: DatasetScan,
  col: ColumnScan,
  toShared: readonly number[] | undefined,
  size: number,
): Float64Array {
  const counts = new Float64Array(size);
  const at = (code: number) => (toShared ? toShared[code]! : code);
  if (!scan.sampled) {
    col.dictionary!.counts.forEach((n, code) => {
      counts[at(code)] = n;
    });
    return counts;
  }
  const codes = col.codes!;
  for (let i = 0; i < codes.length; i++) if (codes[i]! >= 0) counts[at(codes[i]!)]!++;
  return counts;
}

/** Distinct present values across both samples, counted up to 6: the chooser only asks ≤ 2, 3–5 or more. */
function uniqueUpToSix(sample: DriftSample): number {
  if (sample.kind === "categorical") {
    let n = 0;
    for (let i = 0; i < sample.reference.length && n < 6; i++)
      if (sample.reference[i]! > 0 || sample.current[i]! > 0) n++;
    return n;
  }
  const seen = new Set<number>();
  for (const values of [sample.reference, sample.current]) {
    for (let i = 0; i < values.length; i++) {
      seen.add(values[i]!);
      if (seen.size > 5) return seen.size;
    }
  }
  return seen.size;
}

function testColumn(args: {
  id: string;
  title: string;
  role: DriftRole;
  cur: ColumnScan;
  ref: ColumnScan;
  sample: DriftSample;
  categories: readonly string[];
  explicit: DriftMethod | undefined;
  severity: Severity;
  contract: DataContract;
}): ColumnDrift {
  const { id, title, role, cur, ref, sample, categories, severity, contract } = args;
  const cfg = contract.drift;
  const base = { column: cur.name, role };
  const columnType = cur.numbers ? "numerical" : "categorical";
  if (ref.present === 0 && cur.present === 0) {
    return {
      ...base,
      check: { id, title, status: "skipped", severity, message: "no values in either dataset" },
    };
  }
  if (cur.present === 0) {
    return {
      ...base,
      check: {
        id,
        title,
        status: "fail",
        severity,
        observed: "every value missing",
        expected: "values as in the reference",
        message: `${cur.name} has no values, the reference has ${ref.present}`,
      },
    };
  }
  if (ref.present === 0) {
    return {
      ...base,
      check: {
        id,
        title,
        status: "inconclusive",
        severity,
        message: "the reference has no values in this column",
      },
    };
  }
  const chosen = chooseDriftTest({
    columnType,
    nUnique: uniqueUpToSix(sample),
    referencePresent: ref.present,
  });
  const method = args.explicit ?? chosen.method;
  const perColumn = cfg.columns[cur.name];
  const threshold =
    perColumn?.threshold ?? cfg.threshold ?? (method === chosen.method ? chosen.threshold : undefined);
  const result = driftTestOnSample(method, sample, threshold);
  if (result.inconclusive || (!Number.isFinite(result.statistic) && result.pValue === undefined)) {
    return {
      ...base,
      result,
      check: { id, title, status: "inconclusive", severity, message: "nothing to compare" },
    };
  }
  const context: ChangeContext = {
    column: cur.name,
    role,
    ...(categories ? { categories } : {}),
    ...(columnType === "numerical"
      ? { numbers: { reference: numberSummary(ref, cur.type), current: numberSummary(cur, cur.type) } }
      : {}),
  };
  const pValueTest = result.direction !== "distance-at-least";
  const score = pValueTest ? result.pValue! : result.statistic;
  return {
    ...base,
    result,
    distribution: columnDistribution(sample, categories),
    check: {
      id,
      title,
      status: result.drifted ? "fail" : "pass",
      severity,
      observed: pValueTest
        ? `${driftTestLabel(method)} p = ${fmt(score)}`
        : `${driftTestLabel(method)} = ${fmt(score)}`,
      expected: pValueTest
        ? `p ${result.direction === "p-value-at-most" ? ">" : "≥"} ${result.threshold}`
        : `< ${result.threshold}`,
      ...(result.drifted
        ? {
            message: `${cur.name} drifted: ${driftTestLabel(method)} ${pValueTest ? `p = ${fmt(score)}` : fmt(score)}${changeNote(sample, context)}`,
          }
        : {}),
    },
  };
}

function numberSummary(col: ColumnScan, type: ColumnScan["type"]): NumberSummary {
  const mean = type === "date" || type === "datetime" ? formatValue(type, col.mean) : fmt(col.mean);
  return { mean, min: formatValue(type, col.min), max: formatValue(type, col.max) };
}

/** What changed, in parentheses after the test's verdict; nothing when there is nothing to say. */
function changeNote(sample: DriftSample, context: ChangeContext): string {
  const change = driftChange(sample, context);
  return change ? ` (${change})` : "";
}

function fmt(x: number): string {
  if (x === 0) return "0";
  if (Math.abs(x) < 1e-4) return x.toExponential(2);
  return Number(x.toPrecision(3)).toString();
}

/** A drift score on one scale for charts: ≥ 1 means drifted (distance/threshold, or threshold/p). */
export function relativeScore(result: DriftResult): number {
  if (result.direction === "distance-at-least") return result.statistic / result.threshold;
  const p = result.pValue ?? 1;
  return Math.min(10, p === 0 ? 10 : result.threshold / p);
}
