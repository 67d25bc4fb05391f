import { formatOf, readCsvTable } from "@mlops/data";
import { columnIndex } from "./dataset-fields.ts";
import { readTableDataset } from "./table-dataset.ts";

export { columnIndex };

/**
 * The backtest data, read once and handed to scorers in batches. A CSV (or TSV) is held as packages/data's
 * CsvTable, its bytes plus where each row starts, so that no per-row objects are kept and columns are
 * parsed only when asked for; JSON Lines and Parquet are held as one array of cell texts per column. The
 * digest is the sha256 of the file, for lineage.
 */
export interface Dataset {
  file: string;
  columns: string[];
  rows: number;
  sha256: string;
  /** Rows [from, to) restricted to some columns, as CSV with a header (text, or its UTF-8 bytes). */
  toCsv(from: number, to: number, columns: readonly number[]): string | Uint8Array;
  /** The fields of the named columns for every row (one pass over the file). */
  columnValues(names: readonly string[]): string[][];
  /** The fields of rows [from, to), for scorers that send values. */
  rowFields(from: number, to: number, columns: readonly number[]): string[][];
  /** The 1-based line in the file where a row starts, for messages. */
  lineOf(row: number): number;
}

export async function readDataset(file: string): Promise<Dataset> {
  if (formatOf(file) !== "csv") return readTableDataset(file);
  const table = await readCsvTable(file);
  const { columns } = table;
  return {
    file,
    columns,
    rows: table.rows,
    sha256: table.sha256,
    toCsv: table.csvBytes,
    columnValues: (names) => table.columnValues(names.map((n) => columnIndex(file, columns, n))),
    rowFields: table.rowFields,
    lineOf: table.lineOf,
  };
}
