import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { ConfigError } from "@mlops/core";
import { columnIndex, csvText } from "./dataset-fields.ts";
import { readTableDataset } from "./table-dataset.ts";

export { columnIndex };

/**
 * The backtest data, read once and handed to scorers in batches. A plain `.csv` is held as its raw
 * bytes plus the offset of every row, so that no per-row objects are kept and columns are parsed only
 * when asked for; every other format packages/data reads (TSV, JSON Lines, Parquet, gzipped) is held
 * as one array of cell texts per column. The digest is the sha256 of the file, for lineage.
 */
export interface Dataset {
  file: string;
  columns: string[];
  rows: number;
  sha256: string;
  /** Rows [from, to) restricted to some columns, as CSV text with a header. */
  toCsv(from: number, to: number, columns: readonly number[]): string;
  /** The fields of the named columns for every row (one pass over the file). */
  columnValues(names: readonly string[]): string[][];
  /** The fields of rows [from, to), for scorers that send values. */
  rowFields(from: number, to: number, columns: readonly number[]): string[][];
  /** The 1-based line in the file where a row starts, for messages. */
  lineOf(row: number): number;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

export async function readDataset(file: string): Promise<Dataset> {
  if (!file.toLowerCase().endsWith(".csv")) return readTableDataset(file);
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (e) {
    throw new ConfigError(`cannot read dataset (${(e as NodeJS.ErrnoException).code ?? String(e)})`, {
      location: { file },
      hint: "check the path; it is resolved from the working directory",
    });
  }
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) buffer = buffer.subarray(3);
  const sha256 = createHash("sha256").update(buffer).digest("hex");

  // Row boundaries: newlines outside quotes. Starts and line numbers of every record.
  let starts = new Float64Array(1024);
  let lines = new Float64Array(1024);
  let count = 0;
  let line = 1;
  let quoted = false;
  let recordStart = 0;
  let recordLine = 1;
  const push = (end: number) => {
    if (end > recordStart) {
      if (count + 1 >= starts.length) {
        const grow = (a: Float64Array) => {
          const b = new Float64Array(a.length * 2);
          b.set(a);
          return b;
        };
        starts = grow(starts);
        lines = grow(lines);
      }
      starts[count] = recordStart;
      lines[count] = recordLine;
      count++;
    }
  };
  for (let i = 0; i < buffer.length; i++) {
    const b = buffer[i]!;
    if (b === QUOTE) quoted = !quoted;
    else if (b === LF) {
      line++;
      if (!quoted) {
        push(i);
        recordStart = i + 1;
        recordLine = line;
      }
    }
  }
  push(buffer.length);
  if (quoted) {
    throw new ConfigError("unterminated quoted field", {
      location: { file, line: recordLine },
      hint: 'close the quote; a quote inside a quoted field is written twice ("")',
    });
  }
  if (count === 0) throw new ConfigError("the dataset is empty (no header row)", { location: { file } });
  const ends = new Float64Array(count);
  for (let r = 0; r < count; r++) ends[r] = r + 1 < count ? starts[r + 1]! : buffer.length;

  const fieldsOf = (record: number): string[] => {
    let end = ends[record]!;
    while (end > starts[record]! && (buffer[end - 1] === LF || buffer[end - 1] === CR)) end--;
    return splitRecord(buffer, starts[record]!, end);
  };
  const columns = fieldsOf(0);
  const rows = count - 1;

  const checkWidth = (fields: string[], record: number) => {
    if (fields.length !== columns.length) {
      throw new ConfigError(`row has ${fields.length} fields, the header has ${columns.length}`, {
        location: { file, line: lines[record]! },
        hint: "quote fields that contain commas or newlines",
      });
    }
  };

  const rowFields = (from: number, to: number, wanted: readonly number[]): string[][] => {
    const out: string[][] = [];
    for (let r = from; r < to; r++) {
      const fields = fieldsOf(r + 1);
      checkWidth(fields, r + 1);
      out.push(wanted.map((c) => fields[c]!));
    }
    return out;
  };

  return {
    file,
    columns,
    rows,
    sha256,
    toCsv: (from, to, wanted) =>
      csvText(
        wanted.map((c) => columns[c]!),
        rowFields(from, to, wanted),
      ),
    columnValues(names) {
      const indexes = names.map((n) => columnIndex(file, columns, n));
      const out = names.map(() => new Array<string>(rows));
      for (let r = 0; r < rows; r++) {
        const fields = fieldsOf(r + 1);
        checkWidth(fields, r + 1);
        for (let c = 0; c < indexes.length; c++) out[c]![r] = fields[indexes[c]!]!;
      }
      return out;
    },
    rowFields,
    lineOf(row) {
      return lines[row + 1]!;
    },
  };
}

function splitRecord(buffer: Buffer, start: number, end: number): string[] {
  const fields: string[] = [];
  let i = start;
  while (i <= end) {
    if (buffer[i] === QUOTE) {
      let value = "";
      let j = i + 1;
      let from = j;
      for (; j < end; j++) {
        if (buffer[j] === QUOTE) {
          value += buffer.toString("utf8", from, j);
          if (buffer[j + 1] === QUOTE) {
            value += '"';
            j++;
            from = j + 1;
          } else break;
        }
      }
      fields.push(value);
      i = j + 2; // closing quote and comma
    } else {
      let j = i;
      while (j < end && buffer[j] !== COMMA) j++;
      fields.push(buffer.toString("utf8", i, j));
      i = j + 1;
    }
  }
  return fields;
}
