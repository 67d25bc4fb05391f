import type { CsvFields } from "./csv-scanner.ts";
import type { ReadLimits } from "./read-limits.ts";

/**
 * What every reader feeds: the header once, then each row as raw values in header order, with its
 * 1-based row number (data rows only) and the file line where it starts (for CSV and JSONL).
 * Readers call it synchronously, row by row, so nothing accumulates between reader and consumer.
 */
export interface TableSink {
  header(columns: readonly string[]): void;
  row(values: ArrayLike<unknown>, row: number, line: number): void;
  /** When present, the CSV reader hands rows over as byte ranges instead of strings (`row` is not called). */
  csvRow?(fields: CsvFields, row: number, line: number): void;
  /** A row that could not be read as a row (wrong field count, invalid JSON); reading goes on. */
  rowError(issue: RowIssue): void;
}

export interface RowIssue {
  row: number;
  line?: number;
  column?: string;
  value?: string;
  message: string;
}

export interface ReadSummary {
  format: DataFormat;
  rows: number;
  bytes: number;
  sha256: string;
  gzip: boolean;
}

export type DataFormat = "csv" | "jsonl" | "parquet";

export interface ReadOptions {
  /** CSV field delimiter (default `,`; `\t` for .tsv files). */
  delimiter?: string;
  /** Whether the first CSV row names the columns (default true); without it columns are column_1, …. */
  header?: boolean;
  /** Field, row and decompression caps, each defaulting to `DEFAULT_READ_LIMITS`. */
  limits?: Partial<ReadLimits>;
}
