import type { Severity } from "@mlops/core";
import { ByteDictionary, civilDate, clockMillis, dateKey, parseDecimal } from "./byte-cells.ts";
import { buildCellChecks, EXAMPLE_LIMIT, Tally } from "./cell-checks.ts";
import { ContentHash, cellText, IndexList, KeyList } from "./content-hash.ts";
import { type ColumnContract, untune } from "./contract.ts";
import type { CsvFields } from "./csv-scanner.ts";
import {
  type Coerced,
  type Coercer,
  coercerFor,
  type DataType,
  INVALID,
  isNumericType,
} from "./data-types.ts";
import type { RowCells } from "./row-cells.ts";
import type { ColumnScan, ResolvedType } from "./table-scan.ts";

/** Above this many distinct values a text column's dictionary stops giving codes. */
export const DICTIONARY_LIMIT = 50_000;

/** How a column's CSV cells are read without a string; undefined: always through the coercer. */
type FastReading = "number" | "date" | "datetime" | "text";

interface UniqueKeys {
  keys: KeyList;
  since: number;
  rows?: IndexList;
  mostly: number;
  severity: Severity;
}

export interface ColumnSettings {
  /** Evaluate the contract's checks, or only count and keep values. */
  checks: boolean;
  contractFile: string;
  /** Declared in the contract or given, not inferred. */
  declared: boolean;
  nullValues: ReadonlySet<string>;
}

/**
 * One column's share of a scan: each cell is coerced, counted into the column's `ColumnScan` (nulls,
 * invalid values, min/max/mean, lengths, dictionary, cell checks, unique keys) and written to the
 * analysed rows' slot. Failing examples show the cell from the shared `RowCells`.
 */
export class ColumnAccumulator {
  readonly scan: ColumnScan;
  private readonly coerce: Coercer;
  private readonly numeric: boolean;
  private readonly integer: boolean;
  private readonly fast: FastReading | undefined;
  private readonly dict: Map<string, number> | undefined;
  /** Raw texts seen (text columns), with their coerced value and dictionary code. */
  private readonly bytes: ByteDictionary | undefined;
  private readonly entryValues: Coerced[] = [];
  private readonly entryCodes: number[] = [];
  /** Per dictionary code, which cell checks fail (-1: not yet known). */
  private failMasks = new Int32Array(0);
  private readonly unique: UniqueKeys | undefined;
  private readonly keyHash = new ContentHash();
  private readonly position: number;
  private readonly cells: RowCells;

  constructor(
    name: string,
    position: number,
    resolved: ResolvedType,
    spec: ColumnContract | undefined,
    settings: ColumnSettings,
    cells: RowCells,
  ) {
    this.position = position;
    this.cells = cells;
    this.scan = newColumnScan(name, resolved, spec, settings);
    this.coerce = coercerFor(resolved.type, settings.nullValues, resolved.pattern);
    this.numeric = isNumericType(resolved.type);
    this.integer = resolved.type === "integer";
    this.fast = fastReading(resolved, this.scan.dictionary !== undefined, settings.nullValues);
    this.dict = this.scan.dictionary ? new Map() : undefined;
    this.bytes = this.fast === "text" ? new ByteDictionary(DICTIONARY_LIMIT) : undefined;
    this.unique = settings.checks && spec ? uniqueKeys(spec) : undefined;
  }

  /** Counts a cell given as a value (JSON Lines, Parquet, CSV rows held back for type inference). */
  acceptValue(cell: unknown, row: number, line: number, slot: number): void {
    const v = this.coerce(cell);
    if (this.unique && v !== null && v !== INVALID) {
      this.keyHash.reset();
      this.keyHash.add(cellText(cell));
      this.keyHash.pushTo(this.unique.keys);
    }
    this.accept(v, -2, row, line, slot);
  }

  /** Counts the `c`-th CSV field, reading numbers, dates and repeated texts straight from the bytes. */
  acceptField(f: CsvFields, c: number, row: number, line: number, slot: number): void {
    const bytes = f.bytes;
    const start = f.start[c]!;
    const end = f.end[c]!;
    let v: Coerced | undefined;
    let code = -2;
    switch (this.fast) {
      case "number": {
        const x = parseDecimal(bytes, start, end);
        if (!Number.isNaN(x) && (!this.integer || Number.isInteger(x)) && !this.unique) {
          this.acceptNumber(x, row, line, slot);
          return;
        }
        break;
      }
      case "date":
      case "datetime": {
        const length = end - start;
        const key = length >= 10 ? dateKey(bytes, start) : -1;
        if (key < 1_000_000) break;
        const clock =
          this.fast === "date"
            ? length === 10
              ? 0
              : -1
            : length === 10
              ? 0
              : clockMillis(bytes, start, end);
        if (clock < 0) break;
        const day = civilDate(key);
        if (!Number.isNaN(day) && !this.unique) {
          this.acceptNumber(day + clock, row, line, slot);
          return;
        }
        break;
      }
      case "text": {
        const e = this.bytes!.entry(bytes, start, end);
        if (e < 0) break;
        if (e === this.entryValues.length) {
          const value = this.coerce(f.text(c));
          this.entryValues.push(value);
          this.entryCodes.push(typeof value === "string" ? this.codeOf(value) : -1);
        }
        v = this.entryValues[e]!;
        code = this.entryCodes[e]!;
        if (code < 0 && typeof v === "string") code = -2;
        break;
      }
    }
    if (v === undefined) v = this.coerce(f.text(c));
    if (this.unique && v !== null && v !== INVALID) {
      this.keyHash.reset();
      this.keyHash.addField(f, c);
      this.keyHash.pushTo(this.unique.keys);
    }
    this.accept(v, code, row, line, slot);
  }

  /** Counts one coerced cell; `code` is its dictionary code when already known, else -2. */
  accept(v: Coerced, code: number, row: number, line: number, slot: number): void {
    if (v === null || v === INVALID) this.acceptMissing(v === null, row, line, slot);
    else if (this.numeric) this.acceptNumber(v as number, row, line, slot);
    else this.acceptText(v as string, code, row, line, slot);
  }

  /** `accept` for a present number, small enough to be inlined where numbers are read from bytes. */
  acceptNumber(x: number, row: number, line: number, slot: number): void {
    const s = this.scan;
    s.rows++;
    s.present++;
    if (this.cells.keepValues) this.cells.values[this.position] = x;
    if (x < s.min) s.min = x;
    if (x > s.max) s.max = x;
    const d = x - s.mean;
    s.mean += d / s.present;
    s.m2 += d * (x - s.mean);
    if (slot >= 0) s.numbers![slot] = x;
    if (s.cellChecks.length > 0) this.countChecks(x, -1, row, line);
    if (s.notNull) s.notNull.tally.evaluated++;
    this.unique?.rows?.push(row);
  }

  private acceptText(text: string, code: number, row: number, line: number, slot: number): void {
    const s = this.scan;
    s.rows++;
    s.present++;
    this.cells.values[this.position] = text;
    if (text.length < s.minLength) s.minLength = text.length;
    if (text.length > s.maxLength) s.maxLength = text.length;
    if (this.dict) {
      if (code === -2) code = this.codeOf(text);
      if (code >= 0) {
        s.dictionary!.counts[code]!++;
        if (slot >= 0 && s.codes) s.codes[slot] = code;
      }
    }
    if (s.cellChecks.length > 0) this.countChecks(text, this.dict ? code : -1, row, line);
    if (s.notNull) s.notNull.tally.evaluated++;
    this.unique?.rows?.push(row);
  }

  /** A missing (`isNull`) or invalid cell. */
  private acceptMissing(isNull: boolean, row: number, line: number, slot: number): void {
    const s = this.scan;
    s.rows++;
    this.cells.values[this.position] = null;
    if (isNull) {
      s.nulls++;
      if (s.notNull) {
        if (s.notNull.tally.examples.length < EXAMPLE_LIMIT)
          s.notNull.tally.fail({ row, line, column: s.name, value: "", message: "missing value" });
        else s.notNull.tally.failed++;
      }
    } else if (s.invalid.examples.length < EXAMPLE_LIMIT) {
      s.invalid.fail({
        row,
        line,
        column: s.name,
        value: this.cells.shown(this.position),
        message: `not ${article(s.type)}`,
      });
    } else s.invalid.failed++;
    if (slot >= 0) {
      if (s.numbers) s.numbers[slot] = Number.NaN;
      else if (s.codes) s.codes[slot] = -1;
    }
    // From the first row without a value, key indexes no longer follow good rows: record row numbers.
    if (this.unique && !this.unique.rows) {
      this.unique.rows = new IndexList();
      this.unique.since = this.unique.keys.length;
    }
    if (s.notNull) s.notNull.tally.evaluated++;
  }

  /** The dictionary code of a present text value; -1 once the dictionary is full. */
  private codeOf(text: string): number {
    const dictionary = this.scan.dictionary!;
    let code = this.dict!.get(text);
    if (code === undefined) {
      if (dictionary.overflow) return -1;
      if (dictionary.values.length >= DICTIONARY_LIMIT) {
        dictionary.overflow = true;
        this.scan.codes = undefined;
        return -1;
      }
      code = dictionary.values.length;
      this.dict!.set(text, code);
      dictionary.values.push(text);
      dictionary.counts.push(0);
    }
    return code;
  }

  /** Bit k set when check k fails for `value`: for text columns, computed once per distinct value. */
  private failMask(value: number | string, code: number): number {
    const checks = this.scan.cellChecks;
    if (code >= 0) {
      if (code >= this.failMasks.length) {
        const next = new Int32Array(Math.max(64, code * 2)).fill(-1);
        next.set(this.failMasks);
        this.failMasks = next;
      }
      const known = this.failMasks[code]!;
      if (known !== -1) return known;
    }
    let mask = 0;
    for (let k = 0; k < checks.length; k++) if (!checks[k]!.test(value)) mask |= 1 << k;
    if (code >= 0) this.failMasks[code] = mask;
    return mask;
  }

  /** Counts a present value against the column's cell checks. */
  private countChecks(v: number | string, code: number, row: number, line: number): void {
    const checks = this.scan.cellChecks;
    const mask = this.failMask(v, code);
    for (let k = 0; k < checks.length; k++) {
      const t = checks[k]!.tally;
      t.evaluated++;
      if ((mask & (1 << k)) === 0) continue;
      if (t.examples.length < EXAMPLE_LIMIT)
        t.fail({
          row,
          line,
          column: this.scan.name,
          value: this.cells.shown(this.position),
          message: checks[k]!.expected,
        });
      else t.failed++;
    }
  }

  /**
   * Room for `capacity` analysed rows. Every analysed row's slot is written (NaN or -1 when missing), so
   * the arrays need no fill.
   */
  resize(capacity: number): void {
    const s = this.scan;
    if (s.numbers) {
      const a = new Float64Array(capacity);
      a.set(s.numbers);
      s.numbers = a;
    } else if (s.codes) {
      const a = new Int32Array(capacity);
      a.set(s.codes);
      s.codes = a;
    }
  }

  /** The column's scan, its value arrays trimmed to the analysed rows. */
  finish(analysedRows: number): ColumnScan {
    const s = this.scan;
    if (s.numbers) s.numbers = s.numbers.subarray(0, analysedRows);
    if (s.codes) s.codes = s.codes.subarray(0, analysedRows);
    if (this.unique) {
      const { keys, rows, ...rest } = this.unique;
      s.unique = rows
        ? { keys: keys.values(), rows: rows.values(), ...rest }
        : { keys: keys.values(), rows: new Uint32Array(0), ...rest, since: keys.length };
    }
    return s;
  }
}

/** A column's counters before its first cell, with the checks its contract asks for. */
function newColumnScan(
  name: string,
  resolved: ResolvedType,
  spec: ColumnContract | undefined,
  settings: ColumnSettings,
): ColumnScan {
  const scan: ColumnScan = {
    name,
    type: resolved.type,
    ...(resolved.pattern ? { pattern: resolved.pattern } : {}),
    declared: settings.declared,
    rows: 0,
    nulls: 0,
    present: 0,
    invalid: new Tally(),
    typeSeverity: spec?.severity ?? "fail",
    typeMostly: spec?.mostly ?? 1,
    min: Number.POSITIVE_INFINITY,
    max: Number.NEGATIVE_INFINITY,
    mean: 0,
    m2: 0,
    minLength: Number.POSITIVE_INFINITY,
    maxLength: 0,
    cellChecks:
      settings.checks && spec ? buildCellChecks(name, resolved.type, spec, settings.contractFile) : [],
  };
  if (settings.checks && spec?.nullable !== undefined) {
    const t = untune(spec.nullable);
    if (t.value === false) {
      scan.notNull = {
        tally: new Tally(),
        mostly: t.mostly ?? spec.mostly ?? 1,
        severity: t.severity ?? spec.severity ?? "fail",
      };
    }
  }
  const uniqueId = spec !== undefined && untune(spec.unique ?? false).value === true;
  // Identifier columns are never drift-tested or profiled by value, so they keep no values.
  if (isNumericType(resolved.type)) scan.numbers = new Float64Array(0);
  else if (!uniqueId) {
    scan.codes = new Int32Array(0);
    scan.dictionary = { values: [], counts: [], overflow: false };
  }
  return scan;
}

/** The key list of a column the contract says is unique, else undefined. */
function uniqueKeys(spec: ColumnContract): UniqueKeys | undefined {
  if (spec.unique === undefined) return undefined;
  const t = untune(spec.unique);
  if (!t.value) return undefined;
  return {
    keys: new KeyList(),
    since: 0,
    mostly: t.mostly ?? spec.mostly ?? 1,
    severity: t.severity ?? spec.severity ?? "fail",
  };
}

/** How a column's CSV cells can be read from bytes, given the texts that mean "missing". */
function fastReading(
  resolved: ResolvedType,
  dictionary: boolean,
  nullValues: ReadonlySet<string>,
): FastReading | undefined {
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
