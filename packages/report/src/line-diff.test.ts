import { describe, expect, it } from "vitest";
import { lineDiff } from "./line-diff.ts";

describe("lineDiff", () => {
  it("keeps common lines and marks what was removed and added", () => {
    expect(lineDiff(["a", "b", "c", "d"], ["a", "x", "c", "d", "e"])).toEqual([
      { op: "same", text: "a" },
      { op: "removed", text: "b" },
      { op: "added", text: "x" },
      { op: "same", text: "c" },
      { op: "same", text: "d" },
      { op: "added", text: "e" },
    ]);
  });

  it("finds the longest common run, not the first match", () => {
    const diff = lineDiff(["x", "a", "b", "c"], ["a", "b", "c", "x"]);
    expect(diff.filter((l) => l.op === "same").map((l) => l.text)).toEqual(["a", "b", "c"]);
    expect(diff.filter((l) => l.op !== "same")).toEqual([
      { op: "removed", text: "x" },
      { op: "added", text: "x" },
    ]);
  });

  it("handles empty sides", () => {
    expect(lineDiff([], ["a"])).toEqual([{ op: "added", text: "a" }]);
    expect(lineDiff(["a"], [])).toEqual([{ op: "removed", text: "a" }]);
    expect(lineDiff([], [])).toEqual([]);
  });
});
