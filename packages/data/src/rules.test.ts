import { ConfigError } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { parseRule } from "./rules.ts";

const where = { file: "contract.yaml", path: "table.rules[0]" };
const parse = (check: string) => parseRule({ check }, where, { severity: "fail" });

describe("parseRule", () => {
  it("reads a column, an operator and a column or a literal, around any spacing", () => {
    expect(parse("  start_date <= end_date  ")).toMatchObject({
      left: "start_date",
      op: "<=",
      right: { column: "end_date" },
    });
    expect(parse("total>=0")).toMatchObject({ left: "total", op: ">=", right: { literal: 0 } });
    expect(parse("plan != 'free'\t")).toMatchObject({ op: "!=", right: { literal: "free" } });
  });

  it("refuses unreadable rules quickly, however long their whitespace", () => {
    const started = performance.now();
    for (const check of [
      `a < x${" ".repeat(100_000)}y`,
      `a <${" ".repeat(100_000)}\nb c`,
      "nothing to compare",
    ]) {
      expect(() => parse(check)).toThrow(ConfigError);
    }
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
