import path from "node:path";
import { ConfigError } from "@mlops/core";
import { readCsv } from "./csv-reader.ts";
import { readJsonl } from "./jsonl-reader.ts";
import { readParquet } from "./parquet-reader.ts";
import type { DataFormat, ReadOptions, ReadSummary, TableSink } from "./table-sink.ts";

/** Binary formats users export tables to, which would otherwise be read as a CSV of garbage. */
const UNREAD_FORMATS: Record<string, string> = {
  ".xlsx": "an Excel workbook",
  ".xls": "an Excel workbook",
  ".ods": "a spreadsheet",
  ".zip": "a ZIP archive",
  ".feather": "a Feather file",
  ".arrow": "an Arrow file",
  ".pkl": "a pickle",
  ".pickle": "a pickle",
  ".h5": "an HDF5 file",
  ".hdf5": "an HDF5 file",
  ".avro": "an Avro file",
  ".orc": "an ORC file",
};

/** The format a file name implies (`.gz` is looked through): .parquet, .jsonl/.ndjson, else CSV. */
export function formatOf(file: string): DataFormat {
  const name = file.toLowerCase().replace(/\.gz$/, "");
  if (name.endsWith(".parquet") || name.endsWith(".pq")) return "parquet";
  if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return "jsonl";
  const unread = UNREAD_FORMATS[path.extname(name)];
  if (unread) {
    throw new ConfigError(`${unread}, which is not read as data`, {
      location: { file },
      hint: "export it as CSV, TSV, JSON Lines or Parquet (optionally gzipped)",
    });
  }
  return "csv";
}

/** Streams any supported data file into a sink. */
export function readTable(file: string, sink: TableSink, options: ReadOptions = {}): Promise<ReadSummary> {
  switch (formatOf(file)) {
    case "parquet":
      return readParquet(file, sink, options);
    case "jsonl":
      return readJsonl(file, sink, options);
    case "csv":
      return readCsv(file, sink, options);
  }
}

/** Stops a reader once the header has been seen. */
class HeaderRead extends Error {
  readonly columns: string[];
  constructor(columns: readonly string[]) {
    super("header read");
    this.columns = [...columns];
  }
}

/**
 * The column names of any supported data file, reading no further than the header (a CSV's first row,
 * the first JSON Lines object's keys, Parquet's schema), so a config can be checked against the data
 * before anything expensive runs.
 */
export async function readHeader(file: string, options: ReadOptions = {}): Promise<string[]> {
  const stop = (columns: readonly string[]) => {
    throw new HeaderRead(columns);
  };
  try {
    await readTable(file, { header: stop, row: () => {}, rowError: () => {} }, options);
  } catch (e) {
    if (e instanceof HeaderRead) return e.columns;
    throw e;
  }
  return [];
}
