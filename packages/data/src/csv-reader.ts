import { ConfigError } from "@mlops/core";
import { CsvError, parse } from "csv-parse";
import { openByteStream } from "./byte-stream.ts";
import type { ReadOptions, ReadSummary, TableSink } from "./table-sink.ts";

/**
 * Streams an RFC 4180 CSV file (quoted fields, embedded newlines, doubled quotes, a BOM, CRLF or LF) into
 * a sink, row by row. A row with the wrong number of fields is reported and skipped; a structural error
 * that ends parsing (an unterminated quote) is a ConfigError naming the line where the row starts.
 */
export async function readCsv(
  file: string,
  sink: TableSink,
  options: ReadOptions = {},
): Promise<ReadSummary> {
  const stream = await openByteStream(file, { utf8: true });
  const hasHeader = options.header ?? true;
  let width = -1;
  let rows = 0;
  let endLine = 0;
  let failure: unknown;

  const parser = parse({
    bom: true,
    delimiter: options.delimiter ?? (/\.tsv(\.gz)?$/i.test(file) ? "\t" : ","),
    relax_column_count: true,
    skip_empty_lines: true,
    on_record: (record: string[], context) => {
      const line = endLine + 1;
      endLine = context.lines;
      if (width < 0) {
        width = record.length;
        if (hasHeader) {
          sink.header(record);
          return null;
        }
        sink.header(record.map((_, i) => `column_${i + 1}`));
      }
      rows++;
      if (record.length !== width) {
        const column = Math.min(record.length, width) + 1;
        sink.rowError({
          row: rows,
          line,
          message: `${record.length} field${record.length === 1 ? "" : "s"} where the header has ${width} (from field ${column})`,
        });
        return null;
      }
      sink.row(record, rows, line);
      return null;
    },
  });
  parser.on("error", (e) => {
    failure ??= e;
  });

  const write = (chunk: Buffer) => {
    if (failure === undefined) parser.write(chunk);
  };
  try {
    for await (const chunk of stream.chunks) write(chunk);
  } catch (e) {
    parser.destroy();
    throw e;
  }
  if (failure === undefined) {
    parser.end();
    await new Promise<void>((resolve) => {
      parser.on("end", resolve);
      parser.on("error", () => resolve());
      parser.resume();
    });
  }
  if (failure !== undefined) throw csvFailure(file, failure, endLine + 1);
  if (width < 0) {
    throw new ConfigError("the file is empty: no header row", {
      location: { file, line: 1 },
      hint: "write the column names on the first line, then one row per line",
    });
  }
  return { format: "csv", rows, ...stream.result() };
}

function csvFailure(file: string, e: unknown, line: number): ConfigError {
  if (!(e instanceof CsvError)) {
    return new ConfigError(`cannot parse CSV: ${(e as Error).message}`, { location: { file, line } });
  }
  if (e.code === "CSV_QUOTE_NOT_CLOSED") {
    return new ConfigError("a quoted field is never closed", {
      location: { file, line },
      hint: 'close the quote; a quote inside a quoted field is written twice ("")',
    });
  }
  const column = typeof e.column === "number" ? e.column + 1 : undefined;
  return new ConfigError(`cannot parse CSV: ${e.message.split(":")[0]}`, {
    location: { file, line: typeof e.lines === "number" ? e.lines : line, column },
    hint:
      e.code === "CSV_INVALID_CLOSING_QUOTE"
        ? "quote the whole field, and double quotes inside it"
        : undefined,
  });
}
