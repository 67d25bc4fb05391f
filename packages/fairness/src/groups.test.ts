import { describe, expect, it } from "vitest";
import { groupRows } from "./groups.ts";

describe("groupRows", () => {
  it("with three or more columns groups by every pair as well as by each column and all together", () => {
    const grouped = groupRows(
      [
        { name: "a", values: ["1", "1", "2", "2"] },
        { name: "b", values: ["x", "y", "x", "y"] },
        { name: "c", values: ["p", "p", "p", "q"] },
      ],
      { labels: [0, 1, 0, 1], challenger: [1, 1, 0, 0] },
    );
    expect(grouped.partitions.map((p) => p.key)).toEqual([
      "a",
      "b",
      "c",
      "a & b",
      "a & c",
      "b & c",
      "a & b & c",
    ]);
    expect(grouped.partitions[4]!.groups).toEqual(["a=1 & c=p", "a=2 & c=p", "a=2 & c=q"]);
    expect(grouped.intersections).toBe(4);
  });

  it("with two columns has one intersection, the pair", () => {
    const grouped = groupRows(
      [
        { name: "a", values: ["1", "2"] },
        { name: "b", values: ["x", "y"] },
      ],
      { labels: [0, 1], challenger: [1, 0] },
    );
    expect(grouped.partitions.map((p) => p.key)).toEqual(["a", "b", "a & b"]);
  });
});
