import { createHash } from "node:crypto";
import type { Dataset } from "./dataset.ts";
import { columnIndex, csvText } from "./dataset-fields.ts";

/**
 * Rows made in memory (perturbed copies of evaluation rows) as a dataset scorers accept. `lines` maps
 * each row to the line of the row it was made from, so a message about it points into the source file.
 */
export function rowsDataset(
  source: { file: string; columns: readonly string[] },
  rows: readonly (readonly string[])[],
  lines: readonly number[],
): Dataset {
  const columns = [...source.columns];
  const rowFields = (from: number, to: number, wanted: readonly number[]): string[][] =>
    rows.slice(from, to).map((r) => wanted.map((c) => r[c] as string));
  return {
    file: source.file,
    columns,
    rows: rows.length,
    sha256: createHash("sha256").update(csvText(columns, rows)).digest("hex"),
    toCsv: (from, to, wanted) =>
      csvText(
        wanted.map((c) => columns[c] as string),
        rowFields(from, to, wanted),
      ),
    columnValues: (names) =>
      names.map((n) => {
        const c = columnIndex(source.file, columns, n);
        return rows.map((r) => r[c] as string);
      }),
    rowFields,
    lineOf: (row) => lines[row] as number,
  };
}
