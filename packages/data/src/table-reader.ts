import { readCsv } from "./csv-reader.ts";
import { readJsonl } from "./jsonl-reader.ts";
import { readParquet } from "./parquet-reader.ts";
import type { DataFormat, ReadOptions, ReadSummary, TableSink } from "./table-sink.ts";

/** The format a file name implies (`.gz` is looked through): .parquet, .jsonl/.ndjson, else CSV. */
export function formatOf(file: string): DataFormat {
  const name = file.toLowerCase().replace(/\.gz$/, "");
  if (name.endsWith(".parquet") || name.endsWith(".pq")) return "parquet";
  if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return "jsonl";
  return "csv";
}

/** Streams any supported data file into a sink. */
export function readTable(file: string, sink: TableSink, options: ReadOptions = {}): Promise<ReadSummary> {
  switch (formatOf(file)) {
    case "parquet":
      return readParquet(file, sink);
    case "jsonl":
      return readJsonl(file, sink);
    case "csv":
      return readCsv(file, sink, options);
  }
}
