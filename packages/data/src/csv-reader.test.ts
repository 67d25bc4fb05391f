import path from "node:path";
import { ConfigError } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { readCsv } from "./csv-reader.ts";
import { collectingSink, tempFiles } from "./test-support/temp-files.ts";

async function read(content: string | Uint8Array, name = "data.csv", options = {}) {
  const files = await tempFiles({ [name]: content });
  const sink = collectingSink();
  const summary = await readCsv(files[name]!, sink, options);
  return { sink, summary, file: files[name]! };
}

async function failure(content: string | Uint8Array): Promise<ConfigError> {
  const error = await read(content).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe("readCsv", () => {
  it("reads RFC 4180: quoted fields, embedded newlines and doubled quotes, BOM and CRLF", async () => {
    const { sink, summary } = await read(
      '\uFEFFid,text\r\n1,"a, b"\r\n2,"line one\nline two"\r\n3,"say ""hi"""\r\n',
    );
    expect(sink.columns).toEqual(["id", "text"]);
    expect(sink.rows.map((r) => r.values)).toEqual([
      ["1", "a, b"],
      ["2", "line one\nline two"],
      ["3", 'say "hi"'],
    ]);
    // Rows count data rows; lines are where each row starts in the file.
    expect(sink.rows.map((r) => [r.row, r.line])).toEqual([
      [1, 2],
      [2, 3],
      [3, 5],
    ]);
    expect(summary.rows).toBe(3);
    expect(summary.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("takes a delimiter, reads .tsv as tab-separated, and names columns when there is no header", async () => {
    expect((await read("a;b\n1;2\n", "x.csv", { delimiter: ";" })).sink.rows[0]!.values).toEqual(["1", "2"]);
    expect((await read("a\tb\n1\t2\n", "x.tsv")).sink.rows[0]!.values).toEqual(["1", "2"]);
    const { sink } = await read("1,2\n3,4\n", "x.csv", { header: false });
    expect(sink.columns).toEqual(["column_1", "column_2"]);
    expect(sink.rows).toHaveLength(2);
  });

  it("reads gzip by its magic bytes and digests the stored bytes", async () => {
    const { sink, summary } = await read("a,b\n1,2\n", "data.csv.gz");
    expect(sink.rows[0]!.values).toEqual(["1", "2"]);
    expect(summary.gzip).toBe(true);
  });

  it("reports a ragged row with its row and line, and keeps reading", async () => {
    const { sink } = await read("a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n");
    expect(sink.rows.map((r) => r.values[0])).toEqual(["1", "10"]);
    expect(sink.errors).toEqual([
      { row: 2, line: 3, message: "2 fields where the header has 3 (from field 3)" },
      { row: 3, line: 4, message: "4 fields where the header has 3 (from field 4)" },
    ]);
  });

  it("names the line where an unterminated quote starts", async () => {
    const e = await failure('a,b\n1,2\n3,"open\n4,5\n');
    expect(e.message).toBe("a quoted field is never closed");
    expect(e.location?.line).toBe(3);
    expect(e.hint).toMatch(/close the quote/);
  });

  it("names line and byte column of invalid UTF-8", async () => {
    const bytes = Buffer.concat([Buffer.from("a,b\n1,caf"), Buffer.from([0xe9]), Buffer.from("\n")]);
    const e = await failure(bytes);
    expect(e.message).toMatch(/invalid UTF-8 \(byte 0xe9\)/);
    expect(e.location).toMatchObject({ line: 2, column: 6 });
  });

  it("accepts multi-byte characters split across chunks", async () => {
    const text = `a\n${"é".repeat(700_000)}\n`;
    const { sink } = await read(text);
    expect((sink.rows[0]!.values[0] as string).length).toBe(700_000);
  });

  it("rejects an empty file", async () => {
    const e = await failure("");
    expect(e.message).toMatch(/empty/);
    expect(e.location?.line).toBe(1);
  });

  it("reads a 32 MiB field when the limits allow it, and names the line and the limit when not", async () => {
    const field = "x".repeat(32 << 20);
    const content = `id,text\n1,"${field}"\n2,short\n`;
    const { sink } = await read(content, "data.csv", { limits: { maxFieldBytes: 64 << 20 } });
    expect(sink.rows.map((r) => [r.values[0], (r.values[1] as string).length, r.line])).toEqual([
      ["1", field.length, 2],
      ["2", 5, 3],
    ]);
    const error = await failure(content);
    expect(error.message).toBe("field 2 of the row starting on this line is longer than the limit of 16 MiB");
    expect(error.location).toMatchObject({ line: 2 });
    expect(error.hint).toMatch(/limits\.maxFieldBytes/);
  });

  it("ends a quote left open at the row limit, not at the end of the file", async () => {
    const content = `id,a,b\n1,2,3\n4,"never closed,${"y,".repeat(600_000)}`;
    const error = await read(content, "data.csv", { limits: { maxRowBytes: 1 << 20 } }).catch((e) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({
      message: "the row starting on this line is longer than the limit of 1 MiB",
      location: { line: 3 },
    });
  });

  it("stops a gzip file that expands past the size or ratio limit", async () => {
    const zeros = `a\n${`${"0".repeat(1 << 20)}\n`.repeat(80)}`;
    const ratio = await read(zeros, "bomb.csv.gz").catch((e) => e);
    expect(ratio).toBeInstanceOf(ConfigError);
    expect(ratio.message).toMatch(/^the gzip file expands more than 200× \(\d+× after 6\d(\.\d)? MiB\)$/);
    expect(ratio.hint).toMatch(/limits\.maxCompressionRatio/);
    const size = await read("a\n1\n".repeat(1 << 19), "big.csv.gz", {
      limits: { maxDecompressedBytes: 1 << 20 },
    }).catch((e) => e);
    expect(size).toMatchObject({ message: "the gzip file expands past the limit of 1 MiB" });
    expect(size.location.file).toMatch(/big\.csv\.gz$/);
    const { sink } = await read(zeros, "bomb.csv.gz", { limits: { maxCompressionRatio: 2000 } });
    expect(sink.rows).toHaveLength(80);
  });

  it("says a directory is not a data file", async () => {
    const files = await tempFiles({ "x.csv": "a\n" });
    const dir = path.dirname(files["x.csv"]!);
    await expect(readCsv(dir, collectingSink())).rejects.toMatchObject({
      message: "a directory, not a data file",
      location: { file: dir },
    });
  });
});
