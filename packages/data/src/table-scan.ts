import { ConfigError, createProgress, type Progress, type Severity } from "@mlops/core";
import { type CellCheck, type Example, Tally } from "./cell-checks.ts";
import { ColumnAccumulator, type ColumnSettings } from "./column-accumulator.ts";
import { ContentHash, cellText, KeyList } from "./content-hash.ts";
import type { DataContract } from "./contract.ts";
import type { CsvFields } from "./csv-scanner.ts";
import { type DataType, DEFAULT_NULL_VALUES } from "./data-types.ts";
import { sortPresentInPlace } from "./radix-sort.ts";
import { RowCells } from "./row-cells.ts";
import { RowChecks } from "./row-checks.ts";
import { RowReservoir } from "./row-reservoir.ts";
import type { Rule } from "./rules.ts";
import { readTable } from "./table-reader.ts";
import type { ReadSummary, RowIssue, TableSink } from "./table-sink.ts";
import { INFERENCE_ROWS, needsInference, resolveTypes } from "./type-inference.ts";

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

/**
 * Analysed rows' arrays start with room for up to 4M rows (the default `analysisRows` is 1M): fresh
 * zeroed memory costs nothing until touched, so small files stay small. Growing by copying, which leaves
 * the old arrays behind as garbage, is only for larger caps.
 */
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

export async function scanDataset(file: string, options: ScanOptions): Promise<DatasetScan> {
  const scanner = new DatasetScanner(file, options);
  const { csv, limits } = options.contract;
  const summary = await readTable(file, scanner, {
    ...(csv?.delimiter ? { delimiter: csv.delimiter } : {}),
    ...(csv?.header !== undefined ? { header: csv.header } : {}),
    ...(limits ? { limits } : {}),
  });
  return scanner.finish(summary);
}

/** A row held back until the columns' types are inferred. */
interface HeldRow {
  values: unknown[];
  row: number;
  line: number;
}

/**
 * The sink a dataset is read into: it settles the columns' types (holding the first rows back when some
 * must be inferred), hands each cell to its column's accumulator, keeps every good row's content key,
 * runs the row checks, and picks the analysed rows.
 */
class DatasetScanner implements TableSink {
  private readonly file: string;
  private readonly options: ScanOptions;
  private readonly contract: DataContract;
  private readonly nullValues: ReadonlySet<string>;
  private readonly reservoir: RowReservoir;
  private readonly hash = new ContentHash();
  private readonly rowKeys = new KeyList();
  private readonly malformed = new Tally();
  private readonly malformedRows: number[] = [];
  private readonly progress: Progress;
  private readonly cells = new RowCells();
  private columnNames: string[] = [];
  private columns: ColumnAccumulator[] = [];
  private missing: string[] = [];
  private held: HeldRow[] | undefined;
  private rowChecks = RowChecks.none();
  private goodRows = 0;
  private capacity = 0;

  constructor(file: string, options: ScanOptions) {
    this.file = file;
    this.options = options;
    this.contract = options.contract;
    this.nullValues = new Set(this.contract.nullValues ?? DEFAULT_NULL_VALUES);
    this.reservoir = new RowReservoir(this.contract.analysisRows, options.seed ?? 20_260_101);
    this.progress = createProgress({ label: options.label ?? `read ${file}`, intervalMs: 5000 });
  }

  header(columns: readonly string[]): void {
    this.columnNames = [...columns];
    const seen = new Set<string>();
    for (const [i, name] of this.columnNames.entries()) {
      if (seen.has(name)) {
        throw new ConfigError(`the column name "${name}" appears twice in the header`, {
          location: { file: this.file, line: 1, column: i + 1 },
          hint: "give every column a distinct name",
        });
      }
      seen.add(name);
    }
    this.missing = Object.entries(this.contract.columns)
      .filter(([name, spec]) => spec.required && !seen.has(name))
      .map(([name]) => name);
    if (needsInference(this.columnNames, this.contract, this.options.types)) this.held = [];
    else this.settleTypes();
  }

  csvRow(fields: CsvFields, row: number, line: number): void {
    if (this.held) {
      const texts = Array.from({ length: fields.count }, (_, i) => fields.text(i));
      this.hold({ values: texts, row, line });
    } else this.readFields(fields, row, line);
  }

  row(raw: ArrayLike<unknown>, row: number, line: number): void {
    if (this.held) this.hold({ values: Array.from(raw), row, line });
    else this.readValues(raw, row, line);
  }

  rowError(issue: RowIssue): void {
    this.malformed.evaluated++;
    this.malformedRows.push(issue.row);
    this.malformed.fail({
      row: issue.row,
      line: issue.line,
      column: issue.column,
      value: issue.value,
      message: issue.message,
    } satisfies Example);
  }

  private hold(row: HeldRow): void {
    this.held!.push(row);
    if (this.held!.length >= INFERENCE_ROWS) this.settleTypes();
  }

  /** Resolves the columns' types (from the rows held back, if any), sets the columns up, reads those rows. */
  private settleTypes(): void {
    const rows = this.held ?? [];
    this.held = undefined;
    const { contract, options } = this;
    const types = resolveTypes(this.columnNames, contract, options.types, rows, this.nullValues);
    this.columns = this.columnNames.map((name, position) => this.newColumn(name, position, types.get(name)!));
    this.cells.values = new Array(this.columns.length).fill(null);
    if (options.checks)
      this.rowChecks = RowChecks.fromContract(contract, options.contractFile, this.columnNames);
    this.cells.keepValues = this.rowChecks.readsValues;
    options.onTypes?.(types);
    for (const r of rows) this.readValues(r.values, r.row, r.line);
  }

  private newColumn(name: string, position: number, type: ResolvedType): ColumnAccumulator {
    const { contract, options } = this;
    const spec = contract.columns[name];
    const settings: ColumnSettings = {
      checks: options.checks,
      contractFile: options.contractFile,
      // Given types (the reference takes the data's) count as declared.
      declared: options.types !== undefined || spec?.type !== undefined,
      nullValues: this.nullValues,
    };
    return new ColumnAccumulator(name, position, type, spec, settings, this.cells);
  }

  /** Counts a good row and returns the analysed rows' slot it goes in, or -1. */
  private startRow(): number {
    const index = this.goodRows++;
    if (index < this.reservoir.size) this.grow(index + 1);
    return this.reservoir.slot(index);
  }

  private grow(needed: number): void {
    if (needed <= this.capacity) return;
    const next = Math.min(this.reservoir.size, Math.max(INITIAL_CAPACITY, this.capacity * 2));
    for (const column of this.columns) column.resize(next);
    this.capacity = next;
  }

  private readValues(raw: ArrayLike<unknown>, row: number, line: number): void {
    this.cells.readValues(raw);
    const index = this.goodRows;
    const slot = this.startRow();
    const columns = this.columns;
    this.hash.reset();
    for (let c = 0; c < columns.length; c++) {
      const cell = raw[c];
      this.hash.add(cellText(cell));
      columns[c]!.acceptValue(cell, row, line, slot);
    }
    this.rowChecks.keyValues(raw);
    this.finishRow(row, line, index);
  }

  /** The same as `readValues`, reading numbers, dates and repeated texts straight from the bytes. */
  private readFields(f: CsvFields, row: number, line: number): void {
    this.cells.readFields(f);
    const index = this.goodRows;
    const slot = this.startRow();
    const columns = this.columns;
    this.hash.reset();
    for (let c = 0; c < columns.length; c++) {
      this.hash.addField(f, c);
      columns[c]!.acceptField(f, c, row, line, slot);
    }
    this.rowChecks.keyFields(f);
    this.finishRow(row, line, index);
  }

  /** The row-level work once a row's cells are counted. */
  private finishRow(row: number, line: number, index: number): void {
    this.hash.pushTo(this.rowKeys);
    this.rowChecks.check(this.cells, row, line);
    if ((index & 0xffff) === 0xffff) this.progress.tick(0x10000);
  }

  finish(summary: ReadSummary): DatasetScan {
    if (this.held) this.settleTypes();
    const { goodRows } = this;
    this.progress.tick(goodRows & 0xffff);
    this.progress.done();
    const cap = this.reservoir.size;
    const analysedRows = Math.min(goodRows, cap);
    const primaryKey = this.rowChecks.finish();
    const scan: DatasetScan = {
      file: this.file,
      summary,
      header: this.columnNames,
      columns: this.columns.map((column) => column.finish(analysedRows)),
      missing: this.missing,
      malformed: this.malformed,
      goodRows,
      rowKeys: this.rowKeys.values(),
      malformedRows: this.malformedRows,
      analysedRows,
      sampled: goodRows > cap,
      distributionsOnly: false,
      rules: this.rowChecks.rules,
      ...(primaryKey ? { primaryKey } : {}),
    };
    if (this.options.keepDistributions) keepDistributions(scan);
    return scan;
  }
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
