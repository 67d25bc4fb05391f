import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CsvLimitError, type CsvLimits, CsvScanner, CsvSyntaxError } from "./csv-scanner.ts";

/** Scans `text` in chunks of `chunk` bytes and returns each row's fields as strings, with its line. */
function scan(
  text: string | Buffer,
  chunk = 1 << 20,
  delimiter = ",",
  limits?: CsvLimits,
): { rows: string[][]; lines: number[] } {
  const rows: string[][] = [];
  const lines: number[] = [];
  const scanner = new CsvScanner(
    delimiter,
    (fields, line) => {
      rows.push(Array.from({ length: fields.count }, (_, i) => fields.text(i)));
      lines.push(line);
    },
    limits,
  );
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text);
  for (let i = 0; i < bytes.length; i += chunk) scanner.push(bytes.subarray(i, i + chunk));
  scanner.end();
  return { rows, lines };
}

function syntaxError(text: string): CsvSyntaxError {
  try {
    scan(text);
  } catch (e) {
    expect(e).toBeInstanceOf(CsvSyntaxError);
    return e as CsvSyntaxError;
  }
  throw new Error("no error");
}

/** csv-parse with the options the reader once used: the reference behaviour. */
function reference(text: string): string[][] | "error" {
  try {
    return parse(text, { relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch {
    return "error";
  }
}

describe("CsvScanner", () => {
  it("reads quoted fields with delimiters, line ends and doubled quotes, and counts lines", () => {
    const text = 'a,b\r\n1,"x, y"\r\n2,"one\ntwo"\n\n3,"say ""hi"""\n4,\n,5';
    expect(scan(text)).toEqual({
      rows: [
        ["a", "b"],
        ["1", "x, y"],
        ["2", "one\ntwo"],
        ["3", 'say "hi"'],
        ["4", ""],
        ["", "5"],
      ],
      lines: [1, 2, 3, 6, 7, 8],
    });
  });

  it("gives the same rows whatever the chunk boundaries", () => {
    const text = 'id,t\r\n1,"a ""b"" c"\r\n2,"x\r\ny"\r\n3,é\r\n4,"",\r\n';
    const whole = scan(text);
    for (const chunk of [1, 2, 3, 5, 7]) expect(scan(text, chunk)).toEqual(whole);
  });

  it("scans text held whole in one go, giving where each row starts in it", () => {
    const text = Buffer.from('a,b\r\n"1",x\n\n2,"y\nz"\n3,w');
    const starts: number[] = [];
    const rows: string[][] = [];
    new CsvScanner(",", (fields) => {
      starts.push(fields.rowStart);
      rows.push(Array.from({ length: fields.count }, (_, i) => fields.text(i)));
    }).scanAll(text);
    expect(starts).toEqual([0, 5, 12, 20]);
    expect(rows).toEqual(scan(text).rows);
  });

  it("takes another delimiter", () => {
    expect(scan("a\tb\n1\t2\n", 4, "\t").rows).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("locates structural errors", () => {
    expect(syntaxError('a\n1\n"open\n2\n')).toMatchObject({ kind: "unclosed-quote", rowLine: 3 });
    expect(syntaxError('a,b\n1,"x"y\n')).toMatchObject({ kind: "text-after-quote", line: 2, column: 6 });
    expect(syntaxError('a,b\n1,x"y\n')).toMatchObject({ kind: "quote-in-field", line: 2, column: 4 });
  });

  it("agrees with csv-parse on random inputs built from the characters that matter", () => {
    let seed = 12345;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    // One kind of line end per input: csv-parse takes the first it meets as the record delimiter.
    const pieces = ["a", "bc", ",", '"', '""', "\n", " ", "é"];
    let compared = 0;
    for (let t = 0; t < 3000; t++) {
      let text = "";
      const length = 1 + Math.floor(random() * 24);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      if (t % 2 === 1) text = text.replaceAll("\n", "\r\n");
      const expected = reference(text);
      let actual: string[][] | "error";
      try {
        actual = scan(text, 1 + Math.floor(random() * 8)).rows;
      } catch {
        actual = "error";
      }
      expect({ text, rows: actual }).toEqual({ text, rows: expected });
      if (expected !== "error") compared++;
    }
    expect(compared).toBeGreaterThan(500);
  });

  it("reads rows far longer than a chunk, quoted or not, whatever the chunk boundaries", () => {
    const long = `x"",\n${"y".repeat(100_000)}`;
    const text = `a,b\n1,"${long}"\r\n2,${"z".repeat(50_000)}\n3,"""${"q".repeat(30_000)}"""\r`;
    const expected = {
      rows: [
        ["a", "b"],
        ["1", long.replace('""', '"')],
        ["2", "z".repeat(50_000)],
        ["3", `"${"q".repeat(30_000)}"`],
      ],
      lines: [1, 2, 4, 5],
    };
    for (const chunk of [1 << 20, 4096, 1000, 7]) expect(scan(text, chunk)).toEqual(expected);
  });

  it("stops at a field or a row longer than its limit, naming the line its row starts on", () => {
    const limits = { maxFieldBytes: 10, maxRowBytes: 30 };
    const limitError = (text: string, chunk: number) => {
      try {
        scan(text, chunk, ",", limits);
      } catch (e) {
        expect(e).toBeInstanceOf(CsvLimitError);
        return { ...(e as CsvLimitError) };
      }
      throw new Error("no error");
    };
    // At the limit is fine: 10 bytes unquoted, or 8 quoted.
    expect(scan('a,b\n0123456789,"45678901"\n', 3, ",", limits).rows).toHaveLength(2);
    for (const chunk of [1 << 20, 4, 1]) {
      expect(limitError("a,b\n1,2\n\n1,01234567890\n", chunk)).toMatchObject({
        kind: "field",
        rowLine: 4,
        field: 2,
        limit: 10,
      });
      expect(limitError('a,b\n"0123\n4567\n89"\n', chunk)).toMatchObject({
        kind: "field",
        rowLine: 2,
        field: 1,
      });
      expect(limitError("a,b\n1,2\n0123456789,0123456789,0123456789\n", chunk)).toMatchObject({
        kind: "row",
        rowLine: 3,
        limit: 30,
      });
    }
    // A quote never closed ends at a limit, not at the end of the file.
    expect(limitError(`a\n"${"x,".repeat(1000)}`, 8)).toMatchObject({ kind: "field", rowLine: 2, field: 1 });
    const whole = Buffer.from("a,b\n1,01234567890\n");
    expect(() => new CsvScanner(",", () => {}, limits).scanAll(whole)).toThrow(CsvLimitError);
  });
});
