import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { ConfigError, parseConfigText } from "@mlops/core";
import { parquetMetadata } from "hyparquet";
import { parquetWriteBuffer } from "hyparquet-writer";
import { describe, expect, it } from "vitest";
import { DataContractSchema } from "./contract.ts";
import { readParquet } from "./parquet-reader.ts";
import { scanDataset } from "./table-scan.ts";
import { collectingSink, tempFiles } from "./test-support/temp-files.ts";

const DAY = Date.UTC(2025, 0, 2);

/** Seven rows of typed columns with nulls, written in row groups of three (3 + 3 + 1). */
async function parquetFile(): Promise<string> {
  const buffer = parquetWriteBuffer({
    columnData: [
      { name: "id", data: ["a", "b", "c", "d", "e", "f", "g"], type: "STRING" },
      { name: "count", data: [1, 2, null, 4, 5, 6, 7], type: "INT32" },
      { name: "big", data: [1n, 2n, 3n, 4n, 5n, 6n, 2n ** 40n], type: "INT64" },
      { name: "score", data: [0.5, 1.25, 2, null, -1, 3.5, 0], type: "DOUBLE" },
      { name: "flag", data: [true, false, null, true, true, false, true], type: "BOOLEAN" },
      {
        name: "seen",
        data: [0, 1, 2, 3, 4, 5, null].map((d) => (d === null ? null : new Date(DAY + d * 86_400_000))),
        type: "TIMESTAMP",
      },
      { name: "note", data: ["x", null, "é", "", "y", "x", "z"], type: "STRING" },
    ],
    rowGroupSize: 3,
  });
  expect(parquetMetadata(buffer).row_groups.map((g) => Number(g.num_rows))).toEqual([3, 3, 1]);
  const files = await tempFiles({ "d.parquet": new Uint8Array(buffer) });
  return files["d.parquet"]!;
}

describe("readParquet", () => {
  it("reads every row group in order, with typed values and nulls, and digests the file", async () => {
    const file = await parquetFile();
    const sink = collectingSink();
    const summary = await readParquet(file, sink);
    expect(sink.columns).toEqual(["id", "count", "big", "score", "flag", "seen", "note"]);
    expect(sink.rows.map((r) => [r.row, r.line])).toEqual([1, 2, 3, 4, 5, 6, 7].map((r) => [r, 0]));
    expect(sink.rows[0]!.values).toEqual(["a", 1, 1n, 0.5, true, new Date(DAY), "x"]);
    expect(sink.rows[2]!.values).toEqual(["c", null, 3n, 2, null, new Date(DAY + 2 * 86_400_000), "é"]);
    expect(sink.rows[6]!.values).toEqual(["g", 7, 2n ** 40n, 0, true, null, "z"]);
    expect(sink.errors).toEqual([]);
    expect(summary).toMatchObject({ format: "parquet", rows: 7, gzip: false });
    expect(summary.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("feeds a scan: Parquet types become the contract's types, nulls are counted", async () => {
    const file = await parquetFile();
    const contract = parseConfigText(
      [
        "columns:",
        "  count: { type: integer, nullable: false }",
        "  big: { type: integer, max: 100 }",
        "  score: { type: number }",
        "  flag: { type: boolean }",
        "  seen: { type: datetime, min: '2025-01-03T00:00:00Z' }",
      ].join("\n"),
      "c.yml",
      DataContractSchema,
    );
    const scan = await scanDataset(file, { contract, contractFile: "c.yml", checks: true });
    const col = (name: string) => scan.columns.find((c) => c.name === name)!;
    expect(Array.from(col("count").numbers!)).toEqual([1, 2, Number.NaN, 4, 5, 6, 7]);
    expect(col("count").notNull!.tally).toMatchObject({ evaluated: 7, failed: 1 });
    expect(col("big").cellChecks[0]!.tally).toMatchObject({ evaluated: 7, failed: 1 });
    expect(col("score")).toMatchObject({ nulls: 1, min: -1, max: 3.5 });
    expect(col("flag").dictionary).toMatchObject({ values: ["true", "false"], counts: [4, 2] });
    expect(col("seen")).toMatchObject({ nulls: 1, min: DAY, max: DAY + 5 * 86_400_000 });
    expect(col("seen").cellChecks[0]!.tally).toMatchObject({ evaluated: 6, failed: 1 });
    expect(col("note")).toMatchObject({ type: "string", nulls: 2 });
    expect(scan.summary.rows).toBe(7);
  });

  it("says clearly when a file is not Parquet, or not there", async () => {
    const files = await tempFiles({ "x.parquet": "a,b\n1,2\n" });
    const sink = collectingSink();
    const notParquet = await readParquet(files["x.parquet"]!, sink).catch((e: unknown) => e);
    expect(notParquet).toBeInstanceOf(ConfigError);
    expect(notParquet).toMatchObject({
      message: expect.stringMatching(/^not a readable Parquet file/),
      location: { file: files["x.parquet"] },
      hint: "re-export the file as Parquet",
    });
    const missing = path.join(path.dirname(files["x.parquet"]!), "absent.parquet");
    await expect(readParquet(missing, sink)).rejects.toMatchObject({ message: "data file not found" });
    await writeFile(missing, "");
    await expect(readParquet(missing, sink)).rejects.toBeInstanceOf(ConfigError);
  });

  it("names the row group that cannot be decoded, and refuses a directory", async () => {
    const file = await parquetFile();
    const bytes = await readFile(file);
    // The second row group's first column chunk, overwritten with bytes no page header starts with.
    const chunk = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    const at = Number(chunk.row_groups[1]!.columns[0]!.meta_data!.data_page_offset);
    bytes.fill(0xff, at, at + 16);
    await writeFile(file, bytes);
    const error = await readParquet(file, collectingSink()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({
      message: expect.stringMatching(/^row group 2 of 3 \(rows 4–6\) cannot be decoded/),
      location: { file },
    });
    await expect(readParquet(path.dirname(file), collectingSink())).rejects.toMatchObject({
      message: "a directory, not a data file",
    });
  });
  it("refuses a row group larger than the limit from the footer, before decoding any", async () => {
    const file = await parquetFile();
    const bytes = await readFile(file);
    const groups = parquetMetadata(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
    ).row_groups;
    const sizes = groups.map((g) => Number(g.total_byte_size));
    // A cap between the smallest and the largest group: the first group over it is named.
    const cap = Math.min(...sizes) + 1;
    const over = sizes.findIndex((size) => size > cap);
    const sink = collectingSink();
    const error = await readParquet(file, sink, { limits: { maxRowGroupBytes: cap } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({
      message: expect.stringMatching(
        new RegExp(
          `^row group ${over + 1} of 3 \\(rows ${over * 3 + 1}–${over * 3 + 3}\\) holds \\d+ bytes uncompressed, over the limit of ${cap} bytes$`,
        ),
      ),
      location: { file },
      hint: expect.stringContaining("limits.maxRowGroupBytes"),
    });
    expect(sink.rows).toEqual([]);
    const contract = parseConfigText(
      `limits: { maxRowGroupBytes: ${Math.max(...sizes)} }`,
      "c.yml",
      DataContractSchema,
    );
    await expect(readParquet(file, collectingSink(), contract)).resolves.toMatchObject({ rows: 7 });
  });
});
