import { ConfigError } from "@mlops/core";
import { openByteStream } from "./byte-stream.ts";
import { type CsvFields, CsvLimitError, CsvScanner, CsvSyntaxError } from "./csv-scanner.ts";
import { formatBytes, readLimits } from "./read-limits.ts";
import type { ReadOptions, ReadSummary, TableSink } from "./table-sink.ts";

/**
 * Streams an RFC 4180 CSV file (quoted fields, embedded newlines, doubled quotes, a BOM, CRLF or LF) into
 * a sink, row by row: as byte ranges when the sink takes them (`csvRow`), else as strings. A row with the
 * wrong number of fields is reported and skipped; a structural error that ends reading (an unterminated
 * quote) is a ConfigError naming the line where the row starts.
 */
export async function readCsv(
  file: string,
  sink: TableSink,
  options: ReadOptions = {},
): Promise<ReadSummary> {
  const limits = readLimits(options.limits);
  const stream = await openByteStream(file, { utf8: true, limits });
  const hasHeader = options.header ?? true;
  const delimiter = options.delimiter ?? defaultDelimiter(file);
  let width = -1;
  let rows = 0;
  let strings: string[] = [];

  const scanner = new CsvScanner(
    delimiter,
    (fields: CsvFields, line: number) => {
      if (width < 0) {
        width = fields.count;
        const names = Array.from({ length: width }, (_, i) => fields.text(i));
        if (hasHeader) {
          sink.header(names);
          return;
        }
        sink.header(names.map((_, i) => `column_${i + 1}`));
      }
      rows++;
      if (fields.count !== width) {
        sink.rowError({ row: rows, line, message: widthMessage(fields.count, width) });
        return;
      }
      if (sink.csvRow) {
        sink.csvRow(fields, rows, line);
        return;
      }
      if (strings.length !== width) strings = new Array(width);
      for (let i = 0; i < width; i++) strings[i] = fields.text(i);
      sink.row(strings, rows, line);
    },
    limits,
  );

  let head: Buffer | undefined = Buffer.alloc(0);
  try {
    for await (const chunk of stream.chunks) {
      if (head) {
        // The BOM is looked for once, in the first three bytes, whatever the chunk sizes.
        head = Buffer.concat([head, chunk]);
        if (head.length < 3) continue;
        scanner.push(hasBom(head) ? head.subarray(3) : head);
        head = undefined;
      } else scanner.push(chunk);
    }
    if (head) scanner.push(hasBom(head) ? head.subarray(3) : head);
    scanner.end();
  } catch (e) {
    throw csvFailure(file, e);
  }
  if (width < 0) throw emptyFile(file);
  return { format: "csv", rows, ...stream.result() };
}

/** Tab for .tsv files (gzipped or not), else comma. */
export function defaultDelimiter(file: string): string {
  return /\.tsv(\.gz)?$/i.test(file) ? "\t" : ",";
}

export function widthMessage(count: number, width: number): string {
  const from = Math.min(count, width) + 1;
  return `${count} field${count === 1 ? "" : "s"} where the header has ${width} (from field ${from})`;
}

export function emptyFile(file: string): ConfigError {
  return new ConfigError("the file is empty: no header row", {
    location: { file, line: 1 },
    hint: "write the column names on the first line, then one row per line",
  });
}

export function hasBom(bytes: Buffer): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** A scanner's error as a located ConfigError; anything else is passed through. */
export function csvFailure(file: string, e: unknown): unknown {
  if (e instanceof CsvLimitError) {
    const what = e.kind === "field" ? `field ${e.field} of the row` : "the row";
    return new ConfigError(
      `${what} starting on this line is longer than the limit of ${formatBytes(e.limit)}`,
      {
        location: { file, line: e.rowLine },
        hint: `a quote may be left open; if the data is right, raise \`limits.${e.kind === "field" ? "maxFieldBytes" : "maxRowBytes"}\` in the data contract`,
      },
    );
  }
  if (!(e instanceof CsvSyntaxError)) return e;
  switch (e.kind) {
    case "unclosed-quote":
      return new ConfigError("a quoted field is never closed", {
        location: { file, line: e.rowLine },
        hint: 'close the quote; a quote inside a quoted field is written twice ("")',
      });
    case "text-after-quote":
      return new ConfigError("cannot parse CSV: text after the closing quote of a field", {
        location: { file, line: e.line, column: e.column },
        hint: "quote the whole field, and double quotes inside it",
      });
    case "quote-in-field":
      return new ConfigError("cannot parse CSV: a quote inside an unquoted field", {
        location: { file, line: e.line, column: e.column },
        hint: 'quote the whole field and write the quote twice (""), e.g. "say ""hi"""',
      });
  }
}
