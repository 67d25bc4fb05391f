import { ConfigError, createProgress, type Severity } from "@mlops/core";
import { Xoshiro128 } from "@mlops/stats";
import { ByteDictionary, civilDate, clockMillis, dateKey, parseDecimal } from "./byte-cells.ts";
import { buildCellChecks, type CellCheck, EXAMPLE_LIMIT, type Example, Tally } from "./cell-checks.ts";
import { ContentHash, cellText, IndexList, KeyList } from "./content-hash.ts";
import { type ColumnContract, type DataContract, untune } from "./contract.ts";
import type { CsvFields } from "./csv-scanner.ts";
import {
  type Coerced,
  type Coercer,
  coercerFor,
  type DataType,
  DEFAULT_NULL_VALUES,
  INVALID,
  isNumericType,
  showRaw,
} from "./data-types.ts";
import { sortPresentInPlace } from "./radix-sort.ts";
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

const INITIAL_CAPACITY = 1 << 22;

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
  /**
   * Content keys of the present values, when the column must be unique. Up to the first row without a
   * value, the i-th key is the i-th good row's; `rows` holds the row numbers of the keys from `since` on.
   */
  unique?: { keys: BigUint64Array; since: number; rows: Uint32Array; mostly: number; severity: Severity };
  /**
   * Values of the analysed rows: numbers (NaN = missing or invalid) or dictionary codes (-1), row by row
   * until `keepDistributions`.
   */
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
  rowKeys: BigUint64Array;
  malformedRows: number[];
  /** Rows kept for analysis (all of them when `sampled` is false). */
  analysedRows: number;
  sampled: boolean;
  /**
   * Columns keep only what distributions need (`keepDistributions`): numeric ones their present values
   * in ascending order, not row by row; text ones their dictionary counts, and codes only if rows were
   * sampled (else the counts are the codes' counts).
   */
  distributionsOnly: boolean;
  rules: Rule[];
  primaryKey?: {
    columns: string[];
    /** Per good row, in order. */
    keys: BigUint64Array;
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
  /** Called once the columns' types are settled (after the header, or after the rows types are inferred from). */
  onTypes?: (types: ReadonlyMap<string, ResolvedType>) => void;
  /** Keep only what distributions need (see `DatasetScan.distributionsOnly`): for the reference. */
  keepDistributions?: boolean;
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
  integer: boolean;
  dict?: Map<string, number>;
  /** How CSV bytes are read without a string; undefined: always through `coerce`. */
  fast?: "number" | "date" | "datetime" | "text";
  /** Raw texts seen (text columns), with their coerced value and dictionary code. */
  bytes?: ByteDictionary;
  entryValues: Coerced[];
  entryCodes: number[];
  /** Per dictionary code, which cell checks fail (-1: not yet known). */
  failMasks: Int32Array;
  unique?: { keys: KeyList; since: number; rows?: IndexList; mostly: number; severity: Severity };
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
  let pkKeys = new KeyList();
  let goodRows = 0;
  let capacity = 0;
  let values: (number | string | null)[] = [];
  /** Whether rules or a primary key read the row's values (else numbers need not be stored). */
  let keepValues = false;

  /**
   * Every analysed row's slot is written (NaN or -1 when missing), so the arrays need no fill, and
   * fresh zeroed memory costs nothing until touched: they start at up to 4M rows (the default
   * `analysisRows` is 1M) and small files stay small. Growing by copying, which leaves the old arrays
   * behind as garbage, is only for larger caps.
   */
  const grow = (needed: number) => {
    if (needed <= capacity) return;
    const next = Math.min(cap, Math.max(INITIAL_CAPACITY, capacity * 2));
    for (const p of plans) {
      if (p.scan.numbers) {
        const a = new Float64Array(next);
        a.set(p.scan.numbers);
        p.scan.numbers = a;
      } else if (p.scan.codes) {
        const a = new Int32Array(next);
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
      let unique: Plan["unique"];
      if (options.checks && spec?.unique !== undefined) {
        const t = untune(spec.unique);
        if (t.value) {
          unique = {
            keys: new KeyList(),
            since: 0,
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
      const fast = fastReading(resolved, scan.dictionary !== undefined, nullValues);
      return {
        scan,
        position,
        coerce: coercerFor(resolved.type, nullValues, resolved.pattern),
        numeric,
        integer: resolved.type === "integer",
        ...(scan.dictionary ? { dict: new Map<string, number>() } : {}),
        ...(fast ? { fast } : {}),
        ...(fast === "text" ? { bytes: new ByteDictionary(DICTIONARY_LIMIT) } : {}),
        entryValues: [],
        entryCodes: [],
        failMasks: new Int32Array(0),
        ...(unique ? { unique } : {}),
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
          pkKeys = new KeyList();
          primaryKey = {
            columns,
            keys: new BigUint64Array(0),
            nulls: new Tally(),
            mostly: Array.isArray(pk) ? 1 : (pk.mostly ?? 1),
            severity: Array.isArray(pk) ? tableSeverity : (pk.severity ?? tableSeverity),
          };
        }
      }
    }
  };

  /** Where the current row's raw cells are, for the failing examples that show them. */
  let currentRaw: ArrayLike<unknown> | undefined;
  let currentFields: CsvFields | undefined;
  const shownCell = (c: number): string =>
    currentFields ? showRaw(currentFields.text(c)) : showRaw(currentRaw?.[c]);

  const startRow = (): number => {
    const index = goodRows++;
    if (index < cap) {
      grow(index + 1);
      return index;
    }
    const j = random.nextBelow(index + 1);
    return j < cap ? j : -1;
  };

  /** The dictionary code of a present text value; -1 once the dictionary is full. */
  const codeOf = (p: Plan, text: string): number => {
    const dictionary = p.scan.dictionary!;
    let code = p.dict!.get(text);
    if (code === undefined) {
      if (dictionary.overflow) return -1;
      if (dictionary.values.length >= DICTIONARY_LIMIT) {
        dictionary.overflow = true;
        p.scan.codes = undefined;
        return -1;
      }
      code = dictionary.values.length;
      p.dict!.set(text, code);
      dictionary.values.push(text);
      dictionary.counts.push(0);
    }
    return code;
  };

  /** Bit k set when check k fails for `value`: for text columns, computed once per distinct value. */
  const failMask = (p: Plan, value: number | string, code: number): number => {
    const checks = p.scan.cellChecks;
    if (code >= 0) {
      if (code >= p.failMasks.length) {
        const next = new Int32Array(Math.max(64, code * 2)).fill(-1);
        next.set(p.failMasks);
        p.failMasks = next;
      }
      const known = p.failMasks[code]!;
      if (known !== -1) return known;
    }
    let mask = 0;
    for (let k = 0; k < checks.length; k++) if (!checks[k]!.test(value)) mask |= 1 << k;
    if (code >= 0) p.failMasks[code] = mask;
    return mask;
  };

  /** Counts a present value against the column's cell checks. */
  const countChecks = (c: number, v: number | string, code: number, row: number, line: number) => {
    const p = plans[c]!;
    const checks = p.scan.cellChecks;
    const mask = failMask(p, v, code);
    for (let k = 0; k < checks.length; k++) {
      const t = checks[k]!.tally;
      t.evaluated++;
      if ((mask & (1 << k)) === 0) continue;
      if (t.examples.length < EXAMPLE_LIMIT)
        t.fail({ row, line, column: p.scan.name, value: shownCell(c), message: checks[k]!.expected });
      else t.failed++;
    }
  };

  /** Counts one coerced cell; `code` is its dictionary code when already known, else -2. */
  const accept = (c: number, v: Coerced, code: number, row: number, line: number, slot: number) => {
    const p = plans[c]!;
    const s = p.scan;
    s.rows++;
    values[c] = v === INVALID ? null : v;
    if (v === null || v === INVALID) {
      if (v === null) {
        s.nulls++;
        if (s.notNull) {
          if (s.notNull.tally.examples.length < EXAMPLE_LIMIT)
            s.notNull.tally.fail({ row, line, column: s.name, value: "", message: "missing value" });
          else s.notNull.tally.failed++;
        }
      } else if (s.invalid.examples.length < EXAMPLE_LIMIT) {
        s.invalid.fail({ row, line, column: s.name, value: shownCell(c), message: `not ${article(s.type)}` });
      } else s.invalid.failed++;
      if (slot >= 0) {
        if (s.numbers) s.numbers[slot] = Number.NaN;
        else if (s.codes) s.codes[slot] = -1;
      }
      if (p.unique && !p.unique.rows) {
        p.unique.rows = new IndexList();
        p.unique.since = p.unique.keys.length;
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
          if (code === -2) code = codeOf(p, text);
          if (code >= 0) {
            s.dictionary!.counts[code]!++;
            if (slot >= 0 && s.codes) s.codes[slot] = code;
          }
        }
      }
      if (s.cellChecks.length > 0) countChecks(c, v, p.dict ? code : -1, row, line);
      p.unique?.rows?.push(row);
    }
    if (s.notNull) s.notNull.tally.evaluated++;
  };

  /** `accept` for a present number, small enough to be inlined where numbers are read from bytes. */
  const acceptNumber = (c: number, x: number, row: number, line: number, slot: number) => {
    const p = plans[c]!;
    const s = p.scan;
    s.rows++;
    s.present++;
    if (keepValues) values[c] = x;
    if (x < s.min) s.min = x;
    if (x > s.max) s.max = x;
    const d = x - s.mean;
    s.mean += d / s.present;
    s.m2 += d * (x - s.mean);
    if (slot >= 0) s.numbers![slot] = x;
    if (s.cellChecks.length > 0) countChecks(c, x, -1, row, line);
    if (s.notNull) s.notNull.tally.evaluated++;
    p.unique?.rows?.push(row);
  };

  /** The table-level checks of a row, once its cells are counted. */
  const finishRow = (row: number, line: number, index: number) => {
    hash.pushTo(rowKeys);
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
          value: `${shownCell(sides.left)}${sides.right >= 0 ? ` vs ${shownCell(sides.right)}` : ""}`,
          message: `${rule.left} ${rule.op} ${"column" in rule.right ? rule.right.column : JSON.stringify(rule.right.literal)} is false`,
        });
      }
    }
    if (primaryKey) {
      let hasNull = false;
      for (const at of pkPositions) if (values[at] === null) hasNull = true;
      primaryKey.nulls.evaluated++;
      if (hasNull) primaryKey.nulls.fail({ row, line, message: "a key column is missing" });
      keyHash.pushTo(pkKeys);
    }
    if ((index & 0xffff) === 0xffff) progress.tick(0x10000);
  };

  const process = (raw: ArrayLike<unknown>, row: number, line: number) => {
    currentRaw = raw;
    currentFields = undefined;
    const index = goodRows;
    const slot = startRow();
    hash.reset();
    for (let c = 0; c < plans.length; c++) {
      const p = plans[c]!;
      const cell = raw[c];
      hash.add(cellText(cell));
      const v = p.coerce(cell);
      if (p.unique && v !== null && v !== INVALID) {
        keyHash.reset();
        keyHash.add(cellText(cell));
        keyHash.pushTo(p.unique.keys);
      }
      accept(c, v, -2, row, line, slot);
    }
    if (primaryKey) {
      keyHash.reset();
      for (const at of pkPositions) keyHash.add(cellText(raw[at]));
    }
    finishRow(row, line, index);
  };

  /** Adds a field to a content hash from its bytes when they are plain ASCII, else from its text. */
  const hashField = (h: ContentHash, f: CsvFields, c: number) => {
    if (f.escaped[c] === 1 || !h.addAscii(f.bytes, f.start[c]!, f.end[c]!)) h.add(f.text(c));
  };

  /** The same as `process`, reading numbers, dates and repeated texts straight from the bytes. */
  const processFields = (f: CsvFields, row: number, line: number) => {
    currentFields = f;
    currentRaw = undefined;
    const index = goodRows;
    const slot = startRow();
    const bytes = f.bytes;
    hash.reset();
    for (let c = 0; c < plans.length; c++) {
      const p = plans[c]!;
      const start = f.start[c]!;
      const end = f.end[c]!;
      hashField(hash, f, c);
      let v: Coerced | undefined;
      let code = -2;
      switch (p.fast) {
        case "number": {
          const x = parseDecimal(bytes, start, end);
          if (!Number.isNaN(x) && (!p.integer || Number.isInteger(x)) && !p.unique) {
            acceptNumber(c, x, row, line, slot);
            continue;
          }
          break;
        }
        case "date":
        case "datetime": {
          const length = end - start;
          const key = length >= 10 ? dateKey(bytes, start) : -1;
          if (key < 1_000_000) break;
          const clock =
            p.fast === "date" ? (length === 10 ? 0 : -1) : length === 10 ? 0 : clockMillis(bytes, start, end);
          if (clock < 0) break;
          const day = civilDate(key);
          if (!Number.isNaN(day) && !p.unique) {
            acceptNumber(c, day + clock, row, line, slot);
            continue;
          }
          break;
        }
        case "text": {
          const e = p.bytes!.entry(bytes, start, end);
          if (e < 0) break;
          if (e === p.entryValues.length) {
            const value = p.coerce(f.text(c));
            p.entryValues.push(value);
            p.entryCodes.push(typeof value === "string" ? codeOf(p, value) : -1);
          }
          v = p.entryValues[e]!;
          code = p.entryCodes[e]!;
          if (code < 0 && typeof v === "string") code = -2;
          break;
        }
      }
      if (v === undefined) v = p.coerce(f.text(c));
      if (p.unique && v !== null && v !== INVALID) {
        keyHash.reset();
        hashField(keyHash, f, c);
        keyHash.pushTo(p.unique.keys);
      }
      accept(c, v, code, row, line, slot);
    }
    if (primaryKey) {
      keyHash.reset();
      for (const at of pkPositions) hashField(keyHash, f, at);
    }
    finishRow(row, line, index);
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
    keepValues = rules.length > 0 || primaryKey !== undefined;
    options.onTypes?.(types);
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
    csvRow(fields, row, line) {
      if (buffered) {
        const texts = Array.from({ length: fields.count }, (_, i) => fields.text(i));
        buffered.push({ values: texts, row, line });
        if (buffered.length >= INFERENCE_ROWS) finishInference();
      } else processFields(fields, row, line);
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
    if (p.scan.numbers) {
      p.scan.numbers = p.scan.numbers.subarray(0, analysedRows);
    }
    if (p.scan.codes) p.scan.codes = p.scan.codes.subarray(0, analysedRows);
    if (p.unique) {
      const { keys, rows, ...rest } = p.unique;
      p.scan.unique = rows
        ? { keys: keys.values(), rows: rows.values(), ...rest }
        : { keys: keys.values(), rows: new Uint32Array(0), ...rest, since: keys.length };
    }
  }
  if (primaryKey) primaryKey.keys = pkKeys.values();
  const scan: DatasetScan = {
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
    distributionsOnly: false,
    rules,
    ...(primaryKey ? { primaryKey } : {}),
  };
  if (options.keepDistributions) keepDistributions(scan);
  return scan;
}

/**
 * Drops row order once nothing needs it any more (leakage does, quality and drift do not), in place:
 * numbers sorted, so drift tests and quantiles share one sort per column, and text codes released when
 * the dictionary counts say the same.
 */
export function keepDistributions(scan: DatasetScan): void {
  if (scan.distributionsOnly) return;
  const scratch = new Float64Array(scan.analysedRows);
  for (const col of scan.columns) {
    if (col.numbers) col.numbers = sortPresentInPlace(col.numbers, scratch);
    if (!scan.sampled) col.codes = undefined;
  }
  scan.distributionsOnly = true;
}

/** How a column's CSV cells can be read from bytes, given the texts that mean "missing". */
function fastReading(
  resolved: ResolvedType,
  dictionary: boolean,
  nullValues: ReadonlySet<string>,
): Plan["fast"] {
  if (resolved.pattern) return undefined;
  const nulls = [...nullValues].map((v) => Buffer.from(v));
  switch (resolved.type) {
    case "integer":
    case "number":
      // A missing-value text that reads as a number must be seen as text first.
      return nulls.some((b) => !Number.isNaN(parseDecimal(b, 0, b.length))) ? undefined : "number";
    case "date":
    case "datetime":
      return nulls.some((b) => b.length >= 10) ? undefined : resolved.type;
    default:
      return dictionary ? "text" : undefined;
  }
}

function article(type: DataType): string {
  return type === "integer" ? "an integer" : `a ${type}`;
}
