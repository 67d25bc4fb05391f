export { tempFiles } from "../../../../test/harness/temp-files.ts";

import type { ReadSummary, RowIssue, TableSink } from "../table-sink.ts";

/** A sink that keeps everything it is given, for reader tests. */
export function collectingSink(): TableSink & {
  columns: string[];
  rows: { values: unknown[]; row: number; line: number }[];
  errors: RowIssue[];
} {
  const sink = {
    columns: [] as string[],
    rows: [] as { values: unknown[]; row: number; line: number }[],
    errors: [] as RowIssue[],
    header(columns: readonly string[]) {
      sink.columns = [...columns];
    },
    row(values: ArrayLike<unknown>, row: number, line: number) {
      sink.rows.push({ values: Array.from(values), row, line });
    },
    rowError(issue: RowIssue) {
      sink.errors.push(issue);
    },
  };
  return sink;
}

export type { ReadSummary };
