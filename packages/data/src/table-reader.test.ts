import { parquetWriteBuffer } from "hyparquet-writer";
import { describe, expect, it } from "vitest";
import { formatOf, readHeader, readTable } from "./table-reader.ts";
import { collectingSink, tempFiles } from "./test-support/temp-files.ts";

describe("readHeader", () => {
  it("names the columns of CSV, gzipped TSV, JSON Lines and Parquet", async () => {
    const parquet = parquetWriteBuffer({
      columnData: [
        { name: "id", data: [1, 2], type: "INT32" },
        { name: "label", data: [0, 1], type: "INT32" },
      ],
    });
    const files = await tempFiles({
      "a.csv": "id,x,label\n1,2,0\n",
      "b.tsv.gz": "id\tx\n1\t2\n",
      "c.jsonl": '{"id":1,"label":0}\n{"id":2,"label":1}\n',
      "d.parquet": new Uint8Array(parquet),
    });
    expect(await readHeader(files["a.csv"]!)).toEqual(["id", "x", "label"]);
    expect(await readHeader(files["b.tsv.gz"]!)).toEqual(["id", "x"]);
    expect(await readHeader(files["c.jsonl"]!)).toEqual(["id", "label"]);
    expect(await readHeader(files["d.parquet"]!)).toEqual(["id", "label"]);
  });

  it("reads no further than the header: a broken row after it is not even seen", async () => {
    const files = await tempFiles({ "broken.csv": 'id,x\n1,"never closed\n' });
    await expect(readTable(files["broken.csv"]!, collectingSink())).rejects.toThrow(/never closed/);
    expect(await readHeader(files["broken.csv"]!)).toEqual(["id", "x"]);
  });

  it("an empty file is a located error, as for a full read", async () => {
    const files = await tempFiles({ "empty.csv": "" });
    await expect(readHeader(files["empty.csv"]!)).rejects.toThrow(/no header row/);
  });
});

describe("formatOf", () => {
  it("reads the format from the name, looking through .gz", () => {
    expect(formatOf("a.parquet")).toBe("parquet");
    expect(formatOf("a.NDJSON.gz")).toBe("jsonl");
    expect(formatOf("a.tsv")).toBe("csv");
    expect(formatOf("data")).toBe("csv");
  });

  it("refuses a binary export by name instead of reading it as a CSV of garbage", () => {
    expect(() => formatOf("sales.xlsx")).toThrow(/an Excel workbook, which is not read as data/);
    expect(() => formatOf("frame.feather.gz")).toThrow(/a Feather file/);
  });
});
