import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { ReadSummary, RowIssue, TableSink } from "../table-sink.ts";

/** Writes files into a fresh temporary directory and returns their paths. */
export async function tempFiles(files: Record<string, string | Uint8Array>): Promise<Record<string, string>> {
  const dir = await mkdtemp(path.join(tmpdir(), "mlops-data-"));
  const out: Record<string, string> = {};
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    await writeFile(file, name.endsWith(".gz") ? gzipSync(content) : content);
    out[name] = file;
  }
  return out;
}

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
