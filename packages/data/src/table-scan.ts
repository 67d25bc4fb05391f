import { ConfigError, createProgress, type Severity } from "@mlops/core";
import { Xoshiro128 } from "@mlops/stats";
import { buildCellChecks, type CellCheck, EXAMPLE_LIMIT, type Example, Tally } from "./cell-checks.ts";
import { ContentHash, cellText, KeyList } from "./content-hash.ts";
import { type ColumnContract, type DataContract, untune } from "./contract.ts";
import {
  type Coercer,
  coercerFor,
  type DataType,
  DEFAULT_NULL_VALUES,
  INVALID,
  isNumericType,
  showRaw,
} from "./data-types.ts";
import { compare, parseRule, type Rule } from "./rules.ts";
import { readTable } from "./table-reader.ts";
import type { ReadSummary, RowIssue, TableSink } from "./table-sink.ts";
import { INFERENCE_ROWS, inferType } from "./type-inference.ts";

/**
 * One pass over a dataset: every cell is coerced to its column's type and checked against the contract
 * as it streams by; what later steps need is kept compactly — per-column counters, a 53-bit content key
 * per row (duplicates, leakage), and the column values of up to `analysisRows` rows in typed arrays
 * (numbers as Float64Array with NaN for missing, text as dictionary codes) for drift, outliers and
 * leakage. Above `analysisRows` the kept rows are a seeded uniform reservoir sample, so memory stays flat.
 */

export interface ResolvedType {
  type: DataType;
  pattern?: string;
}

/** Dictionary encoding of a text column; above `DICTIONARY_LIMIT` distinct values, codes stop. */
export interface Dictionary {
  values: string[];
  counts: number[];
  overflow: boolean;
}

export const DICTIONARY_LIMIT = 50_000;

export interface ColumnScan {
  name: string;
  type: DataType;
  pattern?: string;
  /** Declared in the contract (else inferred from the first rows). */
  declared: boolean;
  rows: number;
  nulls: number;
  present: number;
  /** Present cells that are not of the column's type. */
  invalid: Tally;
  typeSeverity: Severity;
  typeMostly: number;
  min: number;
  max: number;
  mean: number;
  m2: number;
  minLength: number;
  maxLength: number;
  dictionary?: Dictionary;
  cellChecks: CellCheck[];
  notNull?: { tally: Tally; mostly: number; severity: Severity };
  unique?: { keys: KeyList; rows: KeyList; mostly: number; severity: Severity };
  /** Values of the analysed rows: numbers (NaN = missing or invalid) or dictionary codes (-1). */
  numbers?: Float64Array;
  codes?: Int32Array;
}

export interface DatasetScan {
  file: string;
  summary: ReadSummary;
  header: string[];
  columns: ColumnScan[];
  /** Contract columns (required) that the file lacks. */
  missing: string[];
  /** Rows that could not be read as rows (wrong field count, invalid JSON). */
  malformed: Tally;
  /** Rows read well, in order; `rowKeys[i]` is the content key of the i-th of them. */
  goodRows: number;
  rowKeys: Float64Array;
  malformedRows: number[];
  /** Rows kept for analysis (all of them when `sampled` is false). */
  analysedRows: number;
  sampled: boolean;
  rules: Rule[];
  primaryKey?: {
    columns: string[];
    keys: KeyList;
    rows: KeyList;
    nulls: Tally;
    mostly: number;
    severity: Severity;
  };
}

export interface ScanOptions {
  contract: DataContract;
  contractFile: string;
  /** Evaluate the contract's checks (the data) or only read and keep values (the reference). */
  checks: boolean;
  /** Types to use instead of the contract's or inferred ones (the reference uses the data's). */
  types?: ReadonlyMap<string, ResolvedType>;
  seed?: number;
  label?: string;
}

export function rowNumberOf(scan: Pick<DatasetScan, "malformedRows">, index: number): number {
  let row = index + 1;
  for (const bad of scan.malformedRows) {
    if (bad <= row) row++;
    else break;
  }
  return row;
}

interface Plan {
  scan: ColumnScan;
  position: number;
  coerce: Coercer;
  numeric: boolean;
  dict?: Map<string, number>;
}

export async function scanDataset(file: string, options: ScanOptions): Promise<DatasetScan> {
  const { contract } = options;
  const nullValues = new Set(contract.nullValues ?? DEFAULT_NULL_VALUES);
  const cap = contract.analysisRows;
  const random = new Xoshiro128(options.seed ?? 20_260_101);
  const hash = new ContentHash();
  const keyHash = new ContentHash();
  const rowKeys = new KeyList();
  const malformed = new Tally();
  const malformedRows: number[] = [];
  const progress = createProgress({ label: options.label ?? `read ${file}`, intervalMs: 5000 });

  let header: string[] = [];
  let plans: Plan[] = [];
  let missing: string[] = [];
  let buffered: { values: unknown[]; row: number; line: number }[] | undefined;
  let rules: Rule[] = [];
  let ruleSides: { left: number; right: number }[] = [];
  let primaryKey: DatasetScan["primaryKey"];
  let pkPositions: number[] = [];
  let goodRows = 0;
  let capacity = 0;
  let values: (number | string | null)[] = [];

  const grow = (needed: number) => {
    if (needed <= capacity) return;
    const next = Math.min(cap, Math.max(65_536, capacity * 2));
    for (const p of plans) {
      if (p.scan.numbers) {
        const a = new Float64Array(next).fill(Number.NaN);
        a.set(p.scan.numbers);
        p.scan.numbers = a;
      } else if (p.scan.codes) {
        const a = new Int32Array(next).fill(-1);
        a.set(p.scan.codes);
        p.scan.codes = a;
      }
    }
    capacity = next;
  };

  const buildPlans = (types: Map<string, ResolvedType>) => {
    plans = header.map((name, position) => {
      const spec: ColumnContract | undefined = contract.columns[name];
      const resolved = types.get(name)!;
      const declared = options.types === undefined ? spec?.type !== undefined : true;
      const numeric = isNumericType(resolved.type);
      const typeTuning = spec
        ? { mostly: spec.mostly ?? 1, severity: spec.severity ?? "fail" }
        : { mostly: 1, severity: "fail" as const };
      const scan: ColumnScan = {
        name,
        type: resolved.type,
        ...(resolved.pattern ? { pattern: resolved.pattern } : {}),
        declared,
        rows: 0,
        nulls: 0,
        present: 0,
        invalid: new Tally(),
        typeSeverity: typeTuning.severity,
        typeMostly: typeTuning.mostly,
        min: Number.POSITIVE_INFINITY,
        max: Number.NEGATIVE_INFINITY,
        mean: 0,
        m2: 0,
        minLength: Number.POSITIVE_INFINITY,
        maxLength: 0,
        cellChecks:
          options.checks && spec ? buildCellChecks(name, resolved.type, spec, options.contractFile) : [],
      };
      if (options.checks && spec?.nullable !== undefined) {
        const t = untune(spec.nullable);
        if (t.value === false) {
          scan.notNull = {
            tally: new Tally(),
            mostly: t.mostly ?? spec.mostly ?? 1,
            severity: t.severity ?? spec.severity ?? "fail",
          };
        }
      }
      if (options.checks && spec?.unique !== undefined) {
        const t = untune(spec.unique);
        if (t.value) {
          scan.unique = {
            keys: new KeyList(),
            rows: new KeyList(),
            mostly: t.mostly ?? spec.mostly ?? 1,
            severity: t.severity ?? spec.severity ?? "fail",
          };
        }
      }
      const uniqueId = spec !== undefined && untune(spec.unique ?? false).value === true;
      // Identifier columns are never drift-tested or profiled by value, so they keep no values.
      if (numeric) scan.numbers = new Float64Array(0);
      else if (!uniqueId) {
        scan.codes = new Int32Array(0);
        scan.dictionary = { values: [], counts: [], overflow: false };
      }
      return {
        scan,
        position,
        coerce: coercerFor(resolved.type, nullValues, resolved.pattern),
        numeric,
        ...(scan.dictionary ? { dict: new Map<string, number>() } : {}),
      };
    });
    values = new Array(plans.length).fill(null);
    if (options.checks) {
      const tableSeverity = contract.table.severity ?? "fail";
      const index = new Map(header.map((h, i) => [h, i]));
      rules = [];
      ruleSides = [];
      contract.table.rules.forEach((spec, i) => {
        const location = { file: options.contractFile, path: `table.rules[${i}].check` };
        const rule = parseRule(spec, location, { severity: tableSeverity });
        const left = index.get(rule.left);
        const right = "column" in rule.right ? index.get(rule.right.column) : -1;
        for (const [side, at] of [
          [rule.left, left],
          ["column" in rule.right ? rule.right.column : "", right],
        ] as const) {
          if (at === undefined) {
            throw new ConfigError(
              `the rule "${spec.check}" names the column "${side}", which the data does not have`,
              {
                location,
                hint: `columns: ${header.join(", ")}`,
              },
            );
          }
        }
        rules.push(rule);
        ruleSides.push({ left: left!, right: right! });
      });
      const pk = contract.table.primaryKey;
      if (pk) {
        const columns = Array.isArray(pk) ? pk : pk.columns;
        const absent = columns.filter((c) => !index.has(c));
        if (absent.length === 0) {
          pkPositions = columns.map((c) => index.get(c)!);
          primaryKey = {
            columns,
            keys: new KeyList(),
            rows: new KeyList(),
            nulls: new Tally(),
            mostly: Array.isArray(pk) ? 1 : (pk.mostly ?? 1),
            severity: Array.isArray(pk) ? tableSeverity : (pk.severity ?? tableSeverity),
          };
        }
      }
    }
  };

  const process = (raw: ArrayLike<unknown>, row: number, line: number) => {
    const index = goodRows++;
    let slot = index;
    if (index >= cap) {
      const j = random.nextBelow(index + 1);
      slot = j < cap ? j : -1;
    } else grow(index + 1);
    hash.reset();
    for (let c = 0; c < plans.length; c++) {
      const p = plans[c]!;
      const s = p.scan;
      const cell = raw[p.position];
      hash.add(cellText(cell));
      s.rows++;
      const v = p.coerce(cell);
      values[c] = v === INVALID ? null : v;
      if (v === null || v === INVALID) {
        if (v === null) {
          s.nulls++;
          if (s.notNull)
            s.notNull.tally.fail({ row, line, column: s.name, value: "", message: "missing value" });
        } else if (s.invalid.examples.length < EXAMPLE_LIMIT) {
          s.invalid.fail({
            row,
            line,
            column: s.name,
            value: showRaw(cell),
            message: `not ${article(s.type)}`,
          });
        } else s.invalid.failed++;
        if (slot >= 0) {
          if (s.numbers) s.numbers[slot] = Number.NaN;
          else if (s.codes) s.codes[slot] = -1;
        }
      } else {
        s.present++;
        if (p.numeric) {
          const x = v as number;
          if (x < s.min) s.min = x;
          if (x > s.max) s.max = x;
          const d = x - s.mean;
          s.mean += d / s.present;
          s.m2 += d * (x - s.mean);
          if (slot >= 0) s.numbers![slot] = x;
        } else {
          const text = v as string;
          if (text.length < s.minLength) s.minLength = text.length;
          if (text.length > s.maxLength) s.maxLength = text.length;
          if (p.dict) {
            let code = p.dict.get(text);
            const dictionary = s.dictionary!;
            if (code === undefined && !dictionary.overflow) {
              if (dictionary.values.length >= DICTIONARY_LIMIT) {
                dictionary.overflow = true;
                s.codes = undefined;
              } else {
                code = dictionary.values.length;
                p.dict.set(text, code);
                dictionary.values.push(text);
                dictionary.counts.push(0);
              }
            }
            if (code !== undefined) {
              dictionary.counts[code]!++;
              if (slot >= 0 && s.codes) s.codes[slot] = code;
            }
          }
        }
        for (const check of s.cellChecks) {
          const t = check.tally;
          t.evaluated++;
          if (check.test(v)) continue;
          if (t.examples.length < EXAMPLE_LIMIT)
            t.fail({ row, line, column: s.name, value: showRaw(cell), message: check.expected });
          else t.failed++;
        }
        if (s.unique) {
          keyHash.reset();
          keyHash.add(cellText(cell));
          s.unique.keys.push(keyHash.key());
          s.unique.rows.push(row);
        }
      }
      if (s.notNull) s.notNull.tally.evaluated++;
    }
    rowKeys.push(hash.key());
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r]!;
      const sides = ruleSides[r]!;
      const a = values[sides.left];
      const b = sides.right >= 0 ? values[sides.right] : (rule.right as { literal: number | string }).literal;
      if (a === null || a === undefined || b === null || b === undefined) continue;
      rule.tally.evaluated++;
      if (!compare(a, rule.op, b)) {
        rule.tally.fail({
          row,
          line,
          column: rule.left,
          value: `${showRaw(raw[plans[sides.left]!.position])}${sides.right >= 0 ? ` vs ${showRaw(raw[plans[sides.right]!.position])}` : ""}`,
          message: `${rule.left} ${rule.op} ${"column" in rule.right ? rule.right.column : JSON.stringify(rule.right.literal)} is false`,
        });
      }
    }
    if (primaryKey) {
      keyHash.reset();
      let hasNull = false;
      for (const at of pkPositions) {
        if (values[at] === null) hasNull = true;
        keyHash.add(cellText(raw[plans[at]!.position]));
      }
      primaryKey.nulls.evaluated++;
      if (hasNull) primaryKey.nulls.fail({ row, line, message: "a key column is missing" });
      primaryKey.keys.push(keyHash.key());
      primaryKey.rows.push(row);
    }
    if ((index & 0xffff) === 0xffff) progress.tick(0x10000);
  };

  const finishInference = () => {
    const rows = buffered ?? [];
    buffered = undefined;
    const types = new Map<string, ResolvedType>();
    header.forEach((name, i) => {
      const given = options.types?.get(name);
      const spec = contract.columns[name];
      if (given) types.set(name, given);
      else if (spec?.type)
        types.set(name, { type: spec.type, ...(spec.pattern ? { pattern: spec.pattern } : {}) });
      else
        types.set(
          name,
          inferType(
            rows.map((r) => r.values[i]),
            nullValues,
          ),
        );
    });
    buildPlans(types);
    for (const r of rows) process(r.values, r.row, r.line);
  };

  const sink: TableSink = {
    header(columns) {
      header = [...columns];
      const seen = new Set<string>();
      for (const [i, name] of header.entries()) {
        if (seen.has(name)) {
          throw new ConfigError(`the column name "${name}" appears twice in the header`, {
            location: { file, line: 1, column: i + 1 },
            hint: "give every column a distinct name",
          });
        }
        seen.add(name);
      }
      missing = Object.entries(contract.columns)
        .filter(([name, spec]) => spec.required && !seen.has(name))
        .map(([name]) => name);
      const needsInference = header.some(
        (name) => !options.types?.has(name) && !contract.columns[name]?.type,
      );
      if (needsInference) buffered = [];
      else finishInference();
    },
    row(raw, row, line) {
      if (buffered) {
        buffered.push({ values: Array.from(raw), row, line });
        if (buffered.length >= INFERENCE_ROWS) finishInference();
      } else process(raw, row, line);
    },
    rowError(issue: RowIssue) {
      malformed.evaluated++;
      malformedRows.push(issue.row);
      malformed.fail({
        row: issue.row,
        line: issue.line,
        column: issue.column,
        value: issue.value,
        message: issue.message,
      } satisfies Example);
    },
  };

  const summary = await readTable(file, sink, {
    ...(contract.csv?.delimiter ? { delimiter: contract.csv.delimiter } : {}),
    ...(contract.csv?.header !== undefined ? { header: contract.csv.header } : {}),
  });
  if (buffered) finishInference();
  progress.tick(goodRows & 0xffff);
  progress.done();

  const analysedRows = Math.min(goodRows, cap);
  for (const p of plans) {
    if (p.scan.numbers) p.scan.numbers = p.scan.numbers.subarray(0, analysedRows);
    if (p.scan.codes) p.scan.codes = p.scan.codes.subarray(0, analysedRows);
  }
  return {
    file,
    summary,
    header,
    columns: plans.map((p) => p.scan),
    missing,
    malformed,
    goodRows,
    rowKeys: rowKeys.values(),
    malformedRows,
    analysedRows,
    sampled: goodRows > cap,
    rules,
    ...(primaryKey ? { primaryKey } : {}),
  };
}

function article(type: DataType): string {
  return type === "integer" ? "an integer" : `a ${type}`;
}
