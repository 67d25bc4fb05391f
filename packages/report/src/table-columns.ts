/**
 * A column whose every cell is empty or a dash says nothing but takes width, which squeezes the columns
 * that do say something until their words break: such columns are left out.
 */

export function isEmptyCell(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === "" || trimmed === "—";
}

/** For each of `keys`, whether any row has something in it. */
export function filledColumns<K extends string>(
  rows: readonly Record<K, string>[],
  keys: readonly K[],
): Record<K, boolean> {
  return Object.fromEntries(keys.map((key) => [key, rows.some((row) => !isEmptyCell(row[key]))])) as Record<
    K,
    boolean
  >;
}

/** The table without its empty columns; a table with no rows keeps its columns (its header says what is missing). */
export function dropEmptyColumns<T extends { columns: string[]; rows: string[][] }>(table: T): T {
  if (table.rows.length === 0) return table;
  const kept = table.columns.flatMap((_, i) =>
    table.rows.some((row) => !isEmptyCell(row[i] ?? "")) ? [i] : [],
  );
  if (kept.length === table.columns.length) return table;
  return {
    ...table,
    columns: kept.map((i) => table.columns[i]!),
    rows: table.rows.map((row) => kept.map((i) => row[i] ?? "")),
  };
}
