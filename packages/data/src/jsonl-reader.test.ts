import { describe, expect, it } from "vitest";
import { readJsonl } from "./jsonl-reader.ts";
import { collectingSink, tempFiles } from "./test-support/temp-files.ts";

describe("readJsonl", () => {
  it("reads objects by the first row's keys; reports bad lines with their line and goes on", async () => {
    const files = await tempFiles({
      "d.jsonl.gz": '{"a":1,"b":"x"}\n\n{"b":"y"}\n{"a":2,\n[1]\n{"a":3,"c":true}\n{"a":4,"b":null}\r\n',
    });
    const sink = collectingSink();
    const summary = await readJsonl(files["d.jsonl.gz"]!, sink);
    expect(sink.columns).toEqual(["a", "b"]);
    expect(sink.rows.map((r) => [r.values, r.row, r.line])).toEqual([
      [[1, "x"], 1, 1],
      [[null, "y"], 2, 3],
      [[4, null], 6, 7],
    ]);
    expect(sink.errors.map((e) => [e.row, e.line, e.column])).toEqual([
      [3, 4, undefined],
      [4, 5, undefined],
      [5, 6, "c"],
    ]);
    expect(sink.errors[0]!.message).toMatch(/not valid JSON/);
    expect(summary).toMatchObject({ format: "jsonl", rows: 6, gzip: true });
  });

  it("reads a line longer than many chunks, and stops at one over the line limit with its line", async () => {
    const long = "é".repeat(3 << 20);
    const files = await tempFiles({
      "d.jsonl": `\uFEFF{"a":1}\n{"a":"${long}"}\r\n{"a":3}`,
      "e.jsonl": `{"a":1}\n\n{"a":"${"x".repeat(2 << 20)}"}\n`,
    });
    const sink = collectingSink();
    await readJsonl(files["d.jsonl"]!, sink);
    expect(sink.columns).toEqual(["a"]);
    expect(sink.rows.map((r) => [r.values[0] === long ? "long" : r.values[0], r.line])).toEqual([
      [1, 1],
      ["long", 2],
      [3, 3],
    ]);
    await expect(
      readJsonl(files["e.jsonl"]!, sink, { limits: { maxRowBytes: 1 << 20 } }),
    ).rejects.toMatchObject({
      message: "the line is longer than the limit of 1 MiB",
      location: { file: files["e.jsonl"], line: 3 },
    });
  });
  it("reports a row nested too deep to turn into cells on its line and column, and goes on", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const files = await tempFiles({
      "d.jsonl": `{"a":1,"b":[[2]]}\n{"a":2,"b":${deep}}\n{"a":3,"b":${"[".repeat(100)}${"]".repeat(100)}}\n`,
    });
    const sink = collectingSink();
    await readJsonl(files["d.jsonl"]!, sink);
    expect(sink.rows.map((r) => r.line)).toEqual([1, 3]);
    expect(sink.errors.map((e) => [e.row, e.line, e.column, e.message])).toEqual([
      [2, 2, "b", "nested more than 100 levels deep"],
    ]);
  });
});
