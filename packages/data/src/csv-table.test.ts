import path from "node:path";
import { ConfigError } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { readCsv } from "./csv-reader.ts";
import { csvRecord, parseCsvTable, readCsvTable } from "./csv-table.ts";
import { collectingSink, tempFiles } from "./test-support/temp-files.ts";

const table = (text: string) => parseCsvTable(Buffer.from(text), "data.csv");

function failure(text: string): ConfigError {
  try {
    table(text);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error("expected a ConfigError");
}

describe("parseCsvTable", () => {
  const text = '\uFEFFid,text,n\r\n1,"a, b",10\r\n\r\n2,"line one\nline two",20\n3,"say ""hi""",30';

  it("gives rows by range and columns whole, with the line where each row starts", () => {
    const t = table(text);
    expect(t.columns).toEqual(["id", "text", "n"]);
    expect(t.rows).toBe(3);
    expect(t.rowFields(0, 3, [2, 1])).toEqual([
      ["10", "a, b"],
      ["20", "line one\nline two"],
      ["30", 'say "hi"'],
    ]);
    expect(t.rowFields(1, 2, [0])).toEqual([["2"]]);
    expect(t.rowFields(2, 3, [1, 0])).toEqual([['say "hi"', "3"]]);
    expect(t.rowFields(1, 1, [0])).toEqual([]);
    expect(t.columnValues([0, 2])).toEqual([
      ["1", "2", "3"],
      ["10", "20", "30"],
    ]);
    expect([0, 1, 2].map((r) => t.lineOf(r))).toEqual([2, 4, 6]);
  });

  it("agrees with the streaming reader, range by range", async () => {
    const rows = Array.from({ length: 500 }, (_, i) =>
      i % 7 === 0 ? `${i},"q ""${i}""\n",x` : i % 5 === 0 ? `${i},,` : `${i},v${i},"${i},${i}"`,
    );
    const text = `a,b,c\r\n${rows.join("\r\n")}\r\n`;
    const files = await tempFiles({ "data.csv": text });
    const sink = collectingSink();
    await readCsv(files["data.csv"]!, sink);
    const t = table(text);
    const ranged = [...t.rowFields(0, 123, [0, 1, 2]), ...t.rowFields(123, 500, [0, 1, 2])];
    expect(ranged).toEqual(sink.rows.map((r) => r.values));
    expect(Array.from({ length: 500 }, (_, r) => t.lineOf(r))).toEqual(sink.rows.map((r) => r.line));
  });

  it("gives rows as CSV bytes equal to the records of their cells, quoting only where needed", () => {
    const tricky = 'a\tb\tc\n"x"\t1,5\t"say ""hi"""\nü\t"two\r\nlines"\t\n3\tplain\t"q""\tr"\n';
    const t = parseCsvTable(Buffer.from(tricky), "d.tsv", "\t");
    const expected = (from: number, to: number, columns: number[]) =>
      [columns.map((c) => t.columns[c]!), ...t.rowFields(from, to, columns)]
        .map((r) => `${csvRecord(r)}\n`)
        .join("");
    expect(t.csvBytes(0, 3, [0, 1, 2]).toString()).toBe(expected(0, 3, [0, 1, 2]));
    expect(t.csvBytes(0, 3, [0, 1, 2]).toString()).toBe(
      'a,b,c\nx,"1,5","say ""hi"""\nü,"two\r\nlines",\n3,plain,"q""\tr"\n',
    );
    expect(t.csvBytes(1, 3, [2, 0]).toString()).toBe(expected(1, 3, [2, 0]));
    expect(t.csvBytes(2, 2, [1]).toString()).toBe("b\n");
    const many = Array.from({ length: 3000 }, (_, i) => `${i},"v,${i}",${"x".repeat(i % 50)}`).join("\n");
    const big = table(`id,v,w\n${many}`);
    expect(big.csvBytes(0, 3000, [1, 2]).toString()).toBe(
      ["v,w", ...big.rowFields(0, 3000, [1, 2]).map(csvRecord)].map((l) => `${l}\n`).join(""),
    );
  });

  it("rejects a row of the wrong width, a broken quote and an empty file, naming the line", () => {
    const ragged = failure("a,b\n1,2\n3\n");
    expect(ragged.message).toBe("1 field where the header has 2 (from field 2)");
    expect(ragged.location).toEqual({ file: "data.csv", line: 3 });
    const quote = failure('a,b\n1,2\n3,"open\n');
    expect(quote.message).toMatch(/never closed/);
    expect(quote.location?.line).toBe(3);
    expect(failure("").message).toMatch(/empty/);
  });
});

describe("readCsvTable", () => {
  it("reads plain, gzipped and tab-separated files, digesting the file as stored", async () => {
    const files = await tempFiles({
      "d.csv": "a,b\n1,2\n",
      "d.csv.gz": "a,b\n1,2\n",
      "d.tsv": "a\tb\n1\t2\n",
    });
    for (const name of ["d.csv", "d.csv.gz", "d.tsv"]) {
      const t = await readCsvTable(files[name]!);
      expect(t.columns, name).toEqual(["a", "b"]);
      expect(t.rowFields(0, 1, [0, 1]), name).toEqual([["1", "2"]]);
    }
    const plain = await readCsvTable(files["d.csv"]!);
    const sink = collectingSink();
    expect(plain.sha256).toBe((await readCsv(files["d.csv"]!, sink)).sha256);
  });

  it("keeps to the limits it is given, on every pass over the rows", async () => {
    const files = await tempFiles({ "d.csv": "a,b\n1,0123456789\n2,x\n" });
    await expect(readCsvTable(files["d.csv"]!, { maxFieldBytes: 9 })).rejects.toMatchObject({
      message: "field 2 of the row starting on this line is longer than the limit of 9 bytes",
      location: { file: files["d.csv"], line: 2 },
    });
    const wide = await readCsvTable(files["d.csv"]!, { maxFieldBytes: 10 });
    expect(wide.rowFields(0, 2, [1])).toEqual([["0123456789"], ["x"]]);
    await expect(readCsvTable(path.dirname(files["d.csv"]!))).rejects.toMatchObject({
      message: "a directory, not a data file",
    });
  });
});
