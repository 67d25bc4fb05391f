import { ConfigError } from "@mlops/core";
import { checkDataFile, openByteStream } from "./byte-stream.ts";
import type { ReadSummary, TableSink } from "./table-sink.ts";

/**
 * Reads a Parquet file one row group at a time with hyparquet (pure JavaScript), so memory is bounded by
 * the largest row group. Only top-level columns are read; rows have no file line, so `line` is 0. A file
 * or row group hyparquet cannot decode is a ConfigError naming the file (and the row group).
 */
export async function readParquet(file: string, sink: TableSink): Promise<ReadSummary> {
  const { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema } = await import("hyparquet");
  await checkDataFile(file);
  let buffer: Awaited<ReturnType<typeof asyncBufferFromFile>>;
  let metadata: Awaited<ReturnType<typeof parquetMetadataAsync>>;
  try {
    buffer = await asyncBufferFromFile(file);
    metadata = await parquetMetadataAsync(buffer);
  } catch (e) {
    throw new ConfigError(`not a readable Parquet file: ${(e as Error).message}`, {
      location: { file },
      hint: "re-export the file as Parquet",
    });
  }
  const columns = parquetSchema(metadata).children.map((c) => c.element.name);
  sink.header(columns);
  let rows = 0;
  let start = 0;
  for (const [index, group] of metadata.row_groups.entries()) {
    const end = start + Number(group.num_rows);
    let data: unknown[][] = [];
    try {
      await parquetRead({
        file: buffer,
        metadata,
        columns,
        rowStart: start,
        rowEnd: end,
        onComplete: (read) => {
          data = read;
        },
      });
    } catch (e) {
      throw new ConfigError(
        `row group ${index + 1} of ${metadata.row_groups.length} (rows ${start + 1}–${end}) cannot be decoded: ${(e as Error).message}`,
        { location: { file }, hint: "the file is corrupt or truncated; re-export it as Parquet" },
      );
    }
    // Outside the try: the sink's own errors are not the file's.
    for (const values of data) sink.row(values, ++rows, 0);
    start = end;
  }
  // The digest streams the file once more; Parquet's footer-first layout rules out a single pass.
  const digest = await openByteStream(file, { utf8: false });
  for await (const _ of digest.chunks);
  return { format: "parquet", rows, ...digest.result() };
}
