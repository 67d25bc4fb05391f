import { describe, expect, it } from "vitest";
import { numberCell } from "./detector.ts";
import type { Feature } from "./feature-spec.ts";

const income: Feature = {
  name: "income",
  kind: "number",
  immutable: false,
  min: 0,
  max: 100,
  values: [],
  sd: 1,
};
const age: Feature = { ...income, name: "age", kind: "integer" };

describe("numberCell", () => {
  it("keeps integers whole and numbers short", () => {
    expect(numberCell(41.6, age, 41, false)).toBe("42");
    expect(numberCell(1 / 3, income, 0.3, false)).toBe("0.333333");
  });

  it("holds a perturbed value inside the declared range unless the detector may leave it", () => {
    expect(numberCell(101, income, 99.5, false)).toBe("100");
    expect(numberCell(-1, income, 0.5, false)).toBe("0");
    expect(numberCell(9950, income, 99.5, true)).toBe("9950");
  });

  it("never pulls a value that was already out of range to the bound", () => {
    expect(numberCell(151.5, income, 150, false)).toBe("150");
    expect(numberCell(148.5, income, 150, false)).toBe("148.5");
  });
});
