import { ConfigError } from "@mlops/core";
import type { RowGroup } from "hyparquet";
import { checkDataFile, openByteStream } from "./byte-stream.ts";
import { formatBytes, readLimits } from "./read-limits.ts";
import type { ReadOptions, ReadSummary, TableSink } from "./table-sink.ts";

/**
 * Reads a Parquet file one row group at a time with hyparquet (pure JavaScript), so memory is bounded by
 * the largest row group. Only top-level columns are read; rows have no file line, so `line` is 0. A file
 * or row group hyparquet cannot decode is a ConfigError naming the file (and the row group), and so is a
 * row group larger than `maxRowGroupBytes`, refused from the footer before anything is decoded.
 */
export async function readParquet(
  file: string,
  sink: TableSink,
  options: Pick<ReadOptions, "limits"> = {},
): Promise<ReadSummary> {
  const { maxRowGroupBytes } = readLimits(options.limits);
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
  let first = 0;
  for (const [index, group] of metadata.row_groups.entries()) {
    const size = uncompressedSize(group);
    if (size > maxRowGroupBytes) {
      throw new ConfigError(
        `row group ${index + 1} of ${metadata.row_groups.length} (rows ${first + 1}–${first + Number(group.num_rows)}) holds ${formatBytes(size)} uncompressed, over the limit of ${formatBytes(maxRowGroupBytes)}`,
        {
          location: { file },
          hint: "write the file with smaller row groups; if the data is right, raise `limits.maxRowGroupBytes` in the data contract",
        },
      );
    }
    first += Number(group.num_rows);
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

/** What decoding a row group takes, by the footer's own account: its total, or its columns' if larger. */
function uncompressedSize(group: RowGroup): number {
  const columns = group.columns.reduce(
    (sum, c) => sum + Number(c.meta_data?.total_uncompressed_size ?? 0),
    0,
  );
  return Math.max(Number(group.total_byte_size), columns);
}
