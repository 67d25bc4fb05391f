import { DRIFT_METHODS } from "@mlops/stats";
import { describe, expect, it } from "vitest";
import { ColumnDriftSchema, DataContractSchema, DriftSchema } from "./contract.ts";

describe("the contract's drift methods", () => {
  it("are the drift test registry's ids, for all columns and per column", () => {
    expect(DriftSchema.shape.method.unwrap().options).toEqual(DRIFT_METHODS);
    expect(ColumnDriftSchema.shape.method.unwrap().options).toEqual(DRIFT_METHODS);
    const accepts = (method: string, where: "all" | "column") =>
      DataContractSchema.safeParse({
        drift: where === "all" ? { method } : { columns: { x: { method } } },
      }).success;
    for (const method of DRIFT_METHODS) {
      expect(accepts(method, "all")).toBe(true);
      expect(accepts(method, "column")).toBe(true);
    }
    expect(accepts("kolmogorov", "all")).toBe(false);
    expect(accepts("kolmogorov", "column")).toBe(false);
  });
});
