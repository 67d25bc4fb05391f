import { describe, expect, it } from "vitest";
import { rowsDataset } from "./rows-dataset.ts";

describe("rowsDataset", () => {
  const data = rowsDataset(
    { file: "eval.csv", columns: ["a", "b"] },
    [
      ["1", "x,y"],
      ["2", "z"],
    ],
    [7, 9],
  );

  it("serves rows as CSV, fields and columns, with the source lines", () => {
    expect(data.rows).toBe(2);
    expect(data.toCsv(0, 2, [1, 0])).toBe('b,a\n"x,y",1\nz,2\n');
    expect(data.rowFields(1, 2, [0])).toEqual([["2"]]);
    expect(data.columnValues(["b"])).toEqual([["x,y", "z"]]);
    expect(data.lineOf(1)).toBe(9);
  });

  it("digests the content: different rows, different digest", () => {
    const other = rowsDataset({ file: "eval.csv", columns: ["a", "b"] }, [["1", "x,y"]], [7]);
    expect(other.sha256).not.toBe(data.sha256);
    expect(data.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
