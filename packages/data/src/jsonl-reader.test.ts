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
});
