import { ConfigError, nestedTooDeep, TOO_DEEP } from "@mlops/core";
import { openByteStream } from "./byte-stream.ts";
import { formatBytes, readLimits } from "./read-limits.ts";
import type { ReadOptions, ReadSummary, TableSink } from "./table-sink.ts";

/**
 * Streams JSON Lines (one object per line; blank lines skipped). The columns are the keys of the first
 * object; a later key that the first object lacked is reported on its row, a missing key reads as null.
 * A line that is not a JSON object is reported and skipped; one longer than `maxRowBytes` ends reading.
 * Lines are split as bytes and a line held over several chunks is kept as its pieces, so a long line
 * costs time in proportion to its length.
 */
export async function readJsonl(
  file: string,
  sink: TableSink,
  options: Pick<ReadOptions, "limits"> = {},
): Promise<ReadSummary> {
  const limits = readLimits(options.limits);
  const stream = await openByteStream(file, { utf8: true, limits });
  let columns: string[] | undefined;
  let index = new Map<string, number>();
  let values: unknown[] = [];
  const pieces: Buffer[] = [];
  let pending = 0;
  let line = 0;
  let rows = 0;

  const handle = (text: string) => {
    line++;
    if (text.trim() === "") return;
    rows++;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      sink.rowError({ row: rows, line, message: `not valid JSON: ${(e as Error).message}` });
      return;
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
      sink.rowError({ row: rows, line, message: "each line must be a JSON object" });
      return;
    }
    const record = parsed as Record<string, unknown>;
    if (!columns) {
      columns = Object.keys(record);
      index = new Map(columns.map((c, i) => [c, i]));
      values = new Array(columns.length);
      sink.header(columns);
    }
    values.fill(null);
    for (const key in record) {
      const value = record[key];
      // Cells are turned into text recursively; a value nested this deep would overflow the stack.
      if (typeof value === "object" && value !== null && nestedTooDeep(value)) {
        sink.rowError({ row: rows, line, column: key, message: TOO_DEEP });
        return;
      }
      const at = index.get(key);
      if (at === undefined) {
        sink.rowError({
          row: rows,
          line,
          column: key,
          message: `key "${key}" is not in the first row's columns`,
        });
        return;
      }
      values[at] = value;
    }
    sink.row(values, rows, line);
  };

  const checkLength = (length: number) => {
    if (length <= limits.maxRowBytes) return;
    throw new ConfigError(`the line is longer than the limit of ${formatBytes(limits.maxRowBytes)}`, {
      location: { file, line: line + 1 },
      hint: "write one JSON object per line; if the data is right, raise `limits.maxRowBytes` in the data contract",
    });
  };
  /** The held pieces plus `tail`, as text without its CR and (first line) BOM. */
  const lineText = (tail: Buffer) => {
    const bytes = pending > 0 ? Buffer.concat([...pieces, tail]) : tail;
    pieces.length = 0;
    pending = 0;
    const end = bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.length - 1 : bytes.length;
    const text = bytes.toString("utf8", 0, end);
    return line === 0 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  };

  for await (const chunk of stream.chunks) {
    let start = 0;
    let nl = chunk.indexOf(10);
    while (nl !== -1) {
      checkLength(pending + nl - start);
      handle(lineText(chunk.subarray(start, nl)));
      start = nl + 1;
      nl = chunk.indexOf(10, start);
    }
    if (start < chunk.length) {
      checkLength(pending + chunk.length - start);
      // The stream reuses the chunk's buffer.
      pieces.push(Buffer.from(chunk.subarray(start)));
      pending += chunk.length - start;
    }
  }
  if (pending > 0) handle(lineText(Buffer.alloc(0)));
  if (!columns) {
    throw new ConfigError("the file holds no JSON object", {
      location: { file, line: 1 },
      hint: "write one JSON object per line",
    });
  }
  return { format: "jsonl", rows, ...stream.result() };
}
