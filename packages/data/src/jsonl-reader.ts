import { ConfigError } from "@mlops/core";
import { openByteStream } from "./byte-stream.ts";
import type { ReadSummary, TableSink } from "./table-sink.ts";

/**
 * Streams JSON Lines (one object per line; blank lines skipped). The columns are the keys of the first
 * object; a later key that the first object lacked is reported on its row, a missing key reads as null.
 * A line that is not a JSON object is reported and skipped.
 */
export async function readJsonl(file: string, sink: TableSink): Promise<ReadSummary> {
  const stream = await openByteStream(file, { utf8: true });
  const decoder = new TextDecoder("utf-8");
  let columns: string[] | undefined;
  let index = new Map<string, number>();
  let values: unknown[] = [];
  let rest = "";
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
      values[at] = record[key];
    }
    sink.row(values, rows, line);
  };

  for await (const chunk of stream.chunks) {
    const text = rest + decoder.decode(chunk, { stream: true });
    let start = 0;
    let nl = text.indexOf("\n");
    while (nl !== -1) {
      handle(text.charCodeAt(nl - 1) === 13 ? text.slice(start, nl - 1) : text.slice(start, nl));
      start = nl + 1;
      nl = text.indexOf("\n", start);
    }
    rest = text.slice(start);
  }
  rest += decoder.decode();
  if (rest !== "") handle(rest);
  if (!columns) {
    throw new ConfigError("the file holds no JSON object", {
      location: { file, line: 1 },
      hint: "write one JSON object per line",
    });
  }
  return { format: "jsonl", rows, ...stream.result() };
}
