import { describe, expect, it } from "vitest";
import { binLabel } from "./bins.ts";

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
});
