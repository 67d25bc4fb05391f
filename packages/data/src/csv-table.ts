import { ConfigError } from "@mlops/core";
import { openByteStream } from "./byte-stream.ts";
import { csvFailure, defaultDelimiter, emptyFile, hasBom, widthMessage } from "./csv-reader.ts";
import { type CsvFields, CsvScanner } from "./csv-scanner.ts";
import { type ReadLimits, readLimits } from "./read-limits.ts";

/**
 * A CSV file held whole for callers that go over its rows more than once, range by range (a backtest
 * sends every model the same rows in batches): its bytes plus where each row starts, so that no per-row
 * or per-cell objects are kept and cells become strings only when asked for. A single pass over a file
 * streams it with `readCsv` instead.
 */
export interface CsvTable {
  columns: string[];
  rows: number;
  /** The 1-based line of the file where data row `row` (0-based) starts, for messages. */
  lineOf(row: number): number;
  /** The cells of some columns (header indexes) in data rows [from, to), one array per row. */
  rowFields(from: number, to: number, columns: readonly number[]): string[][];
  /** The cells of some columns (header indexes) in every data row, one array per column. */
  columnValues(columns: readonly number[]): string[][];
}

/**
 * Reads a CSV file (TSV for .tsv, gzip recognised by its bytes) into a CsvTable. Every row must have the
 * header's width. `sha256` is the digest of the file as stored, as in the dataset fingerprint.
 */
export async function readCsvTable(
  file: string,
  given: Partial<ReadLimits> = {},
): Promise<CsvTable & { sha256: string }> {
  const limits = readLimits(given);
  const stream = await openByteStream(file, { utf8: true, limits });
  const chunks: Buffer[] = [];
  // The stream reuses its buffer for the next chunk, so each is copied.
  for await (const chunk of stream.chunks) chunks.push(Buffer.from(chunk));
  const table = parseCsvTable(Buffer.concat(chunks), file, defaultDelimiter(file), limits);
  return { ...table, sha256: stream.result().sha256 };
}

/** A CsvTable over CSV text already in memory; `file` names it in messages. */
export function parseCsvTable(
  text: Buffer,
  file: string,
  delimiter = ",",
  limits: ReadLimits = readLimits(),
): CsvTable {
  const bytes = hasBom(text) ? text.subarray(3) : text;
  let columns: string[] | undefined;
  let starts = new Float64Array(1024);
  let lines = new Float64Array(1024);
  let rows = 0;
  const scanner = new CsvScanner(
    delimiter,
    (fields, line) => {
      if (!columns) {
        columns = Array.from({ length: fields.count }, (_, i) => fields.text(i));
        return;
      }
      if (fields.count !== columns.length) {
        throw new ConfigError(widthMessage(fields.count, columns.length), {
          location: { file, line },
          hint: "every row needs the header's columns; quote fields that contain the delimiter or a line end",
        });
      }
      if (rows === starts.length) {
        starts = grown(starts);
        lines = grown(lines);
      }
      starts[rows] = fields.rowStart;
      lines[rows] = line;
      rows++;
    },
    limits,
  );
  try {
    scanner.scanAll(bytes);
  } catch (e) {
    throw csvFailure(file, e);
  }
  if (!columns) throw emptyFile(file);

  const count = rows;
  // The bytes were scanned whole above, so a range of them, cut at row starts, scans without error.
  const scanRows = (from: number, to: number, visit: (fields: CsvFields) => void) => {
    if (from >= to) return;
    const end = to < count ? starts[to]! : bytes.length;
    new CsvScanner(delimiter, visit, limits).scanAll(bytes.subarray(starts[from], end));
  };
  return {
    columns,
    rows: count,
    lineOf: (row) => lines[row]!,
    rowFields(from, to, wanted) {
      const out: string[][] = [];
      scanRows(from, to, (fields) => out.push(wanted.map((c) => fields.text(c))));
      return out;
    },
    columnValues(wanted) {
      const out = wanted.map(() => new Array<string>(count));
      let row = 0;
      scanRows(0, count, (fields) => {
        for (let c = 0; c < wanted.length; c++) out[c]![row] = fields.text(wanted[c]!);
        row++;
      });
      return out;
    },
  };
}

function grown(a: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const b = new Float64Array(a.length * 2);
  b.set(a);
  return b;
}
