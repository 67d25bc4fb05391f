import { describe, expect, it } from "vitest";
import { dropEmptyColumns, filledColumns } from "./table-columns.ts";

describe("dropEmptyColumns", () => {
  it("drops a column whose every cell is empty or a dash, and keeps the rest in order", () => {
    const table = dropEmptyColumns({
      columns: ["name", "baseline", "value", "note"],
      rows: [
        ["a", "—", "1", ""],
        ["b", " ", "2", "x"],
      ],
      more: 3,
    });
    expect(table).toEqual({
      columns: ["name", "value", "note"],
      rows: [
        ["a", "1", ""],
        ["b", "2", "x"],
      ],
      more: 3,
    });
  });

  it("keeps the header of a table without rows", () => {
    const empty = { columns: ["a", "b"], rows: [] };
    expect(dropEmptyColumns(empty)).toBe(empty);
  });
});

describe("filledColumns", () => {
  it("says which named fields have something in some row", () => {
    const rows = [
      { observed: "3", message: "" },
      { observed: "—", message: "" },
    ];
    expect(filledColumns(rows, ["observed", "message"])).toEqual({ observed: true, message: false });
  });
});
