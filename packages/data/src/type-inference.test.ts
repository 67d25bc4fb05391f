import { parseConfigText } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { DataContractSchema } from "./contract.ts";
import { DEFAULT_NULL_VALUES } from "./data-types.ts";
import { inferType, needsInference, resolveTypes } from "./type-inference.ts";

const NULLS = new Set(DEFAULT_NULL_VALUES);
const contract = parseConfigText(
  "columns:\n  a: { type: string }\n  b: { type: date, pattern: DD/MM/YYYY }\n  c: { nullable: false }\n",
  "c.yml",
  DataContractSchema,
);

describe("inferType", () => {
  it("takes the narrowest type that reads every present value", () => {
    expect(inferType(["1", "NA", "0"], NULLS)).toEqual({ type: "integer" });
    expect(inferType(["1", "2.5"], NULLS)).toEqual({ type: "number" });
    expect(inferType(["2025-01-01", ""], NULLS)).toEqual({ type: "date" });
    expect(inferType(["true", "x"], NULLS)).toEqual({ type: "string" });
    expect(inferType(["NA", null], NULLS)).toEqual({ type: "string" });
  });
});

describe("resolveTypes", () => {
  it("prefers a given type to the contract's, and the contract's to one inferred from the rows", () => {
    const rows = [{ values: ["1", "01/02/2025", "2.5", "7"] }, { values: ["2", "03/04/2025", "3", "8"] }];
    const given = new Map([["a", { type: "integer" as const }]]);
    const types = resolveTypes(["a", "b", "c", "d"], contract, given, rows, NULLS);
    expect(Object.fromEntries(types)).toEqual({
      a: { type: "integer" },
      b: { type: "date", pattern: "DD/MM/YYYY" },
      c: { type: "number" },
      d: { type: "integer" },
    });
  });
});

describe("needsInference", () => {
  it("is true while some column has neither a given nor a declared type", () => {
    expect(needsInference(["a", "b"], contract, undefined)).toBe(false);
    expect(needsInference(["a", "c"], contract, undefined)).toBe(true);
    expect(needsInference(["a", "c"], contract, new Map([["c", { type: "number" as const }]]))).toBe(false);
  });
});
