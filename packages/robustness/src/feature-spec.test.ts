import { describe, expect, it } from "vitest";
import { featureSpec } from "./feature-spec.ts";

describe("featureSpec", () => {
  it("infers integers, numbers and categories from the values, missing cells ignored", () => {
    const [age, income, plan] = featureSpec(
      [
        { name: "age", values: ["30", "", "40"] },
        { name: "income", values: ["1.5", "2", "2.5"] },
        { name: "plan", values: ["b", "a", "b", ""] },
      ],
      { immutable: new Set(["age"]) },
    );
    expect(age).toMatchObject({ kind: "integer", immutable: true, sd: Math.SQRT2 * 5 });
    expect(income).toMatchObject({ kind: "number", immutable: false, sd: 0.5 });
    expect(plan).toMatchObject({
      kind: "category",
      values: [
        ["b", 2],
        ["a", 1],
      ],
    });
  });

  it("takes the contract's type, range and allowed values over what it sees", () => {
    const [code, day] = featureSpec(
      [
        { name: "code", values: ["1", "2", "9"] },
        { name: "day", values: ["2024-01-01"] },
      ],
      {
        immutable: new Set(),
        hints: { code: { type: "string", allowed: ["1", "2"] }, day: { type: "date", min: 0 } },
      },
    );
    expect(code).toMatchObject({
      kind: "category",
      values: [
        ["1", 1],
        ["2", 1],
      ],
    });
    expect(day).toMatchObject({ kind: "fixed", min: 0 });
  });
});
