import { describe, expect, it } from "vitest";
import { bandStart, binLabel } from "./bins.ts";

describe("binLabel", () => {
  it("gives every number exactly one band, edges belonging to the band above", () => {
    const edges = [18, 30, 65];
    expect([10, 18, 29.9, 30, 64, 65, 90].map((v) => binLabel(v, edges))).toEqual([
      "<18",
      "[18, 30)",
      "[18, 30)",
      "[30, 65)",
      "[30, 65)",
      "≥65",
      "≥65",
    ]);
  });

  it("orders bands by their edges, and knows other values are not bands", () => {
    const labels = [90, 10, 40].map((v) => binLabel(v, [18, 30, 65]));
    expect(labels.sort((a, b) => bandStart(a)! - bandStart(b)!)).toEqual(["<18", "[30, 65)", "≥65"]);
    expect(bandStart("north")).toBeUndefined();
    expect(bandStart("[a, b)")).toBeUndefined();
  });
});
