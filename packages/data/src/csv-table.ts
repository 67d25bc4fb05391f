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
  /**
   * Data rows [from, to) of some columns (header indexes) as comma-separated CSV bytes with a header
   * line, byte for byte what `csvRecord` makes of the cells, copied from the file's bytes without a
   * string per cell (a backtest sends a million rows per model this way).
   */
  csvBytes(from: number, to: number, columns: readonly number[]): Buffer;
}

/** One CSV record (RFC 4180): fields with a quote, comma or line end are quoted, quotes doubled. */
export function csvRecord(fields: readonly string[]): string {
  return fields.map((v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(",");
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
  const header = columns;

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
      const seen = wanted.map(() => new Map<string, string>());
      let row = 0;
      scanRows(0, count, (fields) => {
        for (let c = 0; c < wanted.length; c++) out[c]![row] = interned(seen[c]!, fields.text(wanted[c]!));
        row++;
      });
      return out;
    },
    csvBytes(from, to, wanted) {
      const out = new ByteSink(Buffer.from(`${csvRecord(wanted.map((c) => header[c]!))}\n`));
      scanRows(from, to, (fields) => {
        for (let k = 0; k < wanted.length; k++) {
          if (k > 0) out.byte(COMMA);
          const c = wanted[k]!;
          if (fields.escaped[c] === 1 || !out.plainField(fields.bytes, fields.start[c]!, fields.end[c]!)) {
            out.text(csvRecord([fields.text(c)]));
          }
        }
        out.byte(LF);
      });
      return out.bytes();
    },
  };
}

/**
 * Up to this many distinct cells per column share one string each: a column of few values (labels,
 * segments, dates) then holds a pointer per row instead of a string per row, a few hundred megabytes
 * fewer on a million rows read more than once; a column of many values stops being looked up.
 */
const INTERNED_PER_COLUMN = 4096;

function interned(seen: Map<string, string>, text: string): string {
  const known = seen.get(text);
  if (known !== undefined) return known;
  if (seen.size < INTERNED_PER_COLUMN) seen.set(text, text);
  return text;
}

const COMMA = 0x2c;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** A growing buffer of output bytes. */
class ByteSink {
  private buffer: Buffer;
  private length: number;

  constructor(head: Buffer) {
    this.buffer = Buffer.allocUnsafe(Math.max(1024, head.length * 2));
    this.length = head.copy(this.buffer);
  }

  private reserve(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.length + n, this.buffer.length * 2));
    this.buffer.copy(next, 0, 0, this.length);
    this.buffer = next;
  }

  byte(b: number): void {
    this.reserve(1);
    this.buffer[this.length++] = b;
  }

  text(s: string): void {
    this.reserve(Buffer.byteLength(s));
    this.length += this.buffer.write(s, this.length);
  }

  /** Copies bytes [start, end) when they need no quoting as a CSV field; false, copying nothing, when they do. */
  plainField(bytes: Buffer, start: number, end: number): boolean {
    this.reserve(end - start);
    const out = this.buffer;
    let at = this.length;
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      if (b === COMMA || b === QUOTE || b === LF || b === CR) return false;
      out[at++] = b;
    }
    this.length = at;
    return true;
  }

  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}

function grown(a: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const b = new Float64Array(a.length * 2);
  b.set(a);
  return b;
}
