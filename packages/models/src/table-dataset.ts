import { ConfigError } from "@mlops/core";
import { readTable } from "@mlops/data";
import type { Dataset } from "./dataset.ts";
import { columnIndex, csvText } from "./dataset-fields.ts";

/**
 * A JSON Lines or Parquet dataset (gzipped or not), held as one array of cell texts per column: scorers
 * receive text, as they do from a CSV. Missing values become empty cells; dates their ISO form; nested
 * JSON its JSON text.
 */
export async function readTableDataset(file: string): Promise<Dataset> {
  let columns: string[] = [];
  let cells: string[][] = [];
  const lines: number[] = [];
  const summary = await readTable(file, {
    header(names) {
      columns = [...names];
      cells = columns.map(() => []);
    },
    row(values, row, line) {
      for (let c = 0; c < columns.length; c++) (cells[c] as string[]).push(cellText(values[c]));
      // Parquet rows have no file line; their row number (after a header line) stands in.
      lines.push(line > 0 ? line : row + 1);
    },
    rowError(issue) {
      throw new ConfigError(issue.message, {
        location: { file, line: issue.line, path: issue.column },
        hint: "every row needs the header's columns; fix the row or drop it",
      });
    },
  });
  if (columns.length === 0)
    throw new ConfigError("the dataset is empty (no header row)", { location: { file } });
  const rowFields = (from: number, to: number, wanted: readonly number[]): string[][] => {
    const out: string[][] = [];
    for (let r = from; r < to; r++) out.push(wanted.map((c) => (cells[c] as string[])[r] as string));
    return out;
  };
  return {
    file,
    columns,
    rows: lines.length,
    sha256: summary.sha256,
    toCsv: (from, to, wanted) =>
      csvText(
        wanted.map((c) => columns[c] as string),
        rowFields(from, to, wanted),
      ),
    columnValues(names) {
      return names.map((name) => cells[columnIndex(file, columns, name)] as string[]);
    },
    rowFields,
    lineOf(row) {
      return lines[row] as number;
    },
  };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object")
    return JSON.stringify(value, (_, v) => (typeof v === "bigint" ? String(v) : v));
  return String(value);
}
