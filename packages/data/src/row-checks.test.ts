import { ConfigError, parseConfigText } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { DataContractSchema } from "./contract.ts";
import { RowCells } from "./row-cells.ts";
import { RowChecks } from "./row-checks.ts";

function contract(table: string) {
  return parseConfigText(`table:\n${table}`, "c.yml", DataContractSchema);
}

/** Runs the checks over rows of raw cells, with `values` as their coerced values. */
function run(checks: RowChecks, rows: { raw: unknown[]; values: (number | string | null)[] }[]) {
  const cells = new RowCells();
  rows.forEach(({ raw, values }, i) => {
    cells.readValues(raw);
    cells.values = values;
    checks.keyValues(raw);
    checks.check(cells, i + 1, i + 2);
  });
  return checks.finish();
}

describe("RowChecks", () => {
  it("counts rules on rows where both sides are present, showing the failing cells", () => {
    const checks = RowChecks.fromContract(
      contract("  rules:\n    - check: a <= b\n    - check: b > 0\n"),
      "c.yml",
      ["a", "b"],
    );
    expect(checks.readsValues).toBe(true);
    run(checks, [
      { raw: ["1", "2"], values: [1, 2] },
      { raw: ["5", "3"], values: [5, 3] },
      { raw: ["", "-1"], values: [null, -1] },
    ]);
    const [pair, literal] = checks.rules;
    expect(pair!.tally).toMatchObject({ evaluated: 2, failed: 1 });
    expect(pair!.tally.examples).toEqual([
      { row: 2, line: 3, column: "a", value: "5 vs 3", message: "a <= b is false" },
    ]);
    expect(literal!.tally).toMatchObject({ evaluated: 3, failed: 1 });
  });

  it("names the rule and the column when a rule reads a column the data does not have", () => {
    const read = () =>
      RowChecks.fromContract(contract("  rules:\n    - check: a <= c\n"), "c.yml", ["a", "b"]);
    expect(read).toThrow(ConfigError);
    expect(read).toThrow('the rule "a <= c" names the column "c", which the data does not have');
    try {
      read();
    } catch (e) {
      expect((e as ConfigError).location).toMatchObject({ file: "c.yml", path: "table.rules[0].check" });
    }
  });

  it("keeps one primary key per row and counts rows with a missing key part", () => {
    const checks = RowChecks.fromContract(contract("  primaryKey: [a, b]\n"), "c.yml", ["a", "b", "c"]);
    const pk = run(checks, [
      { raw: ["1", "x", "p"], values: [1, "x", "p"] },
      { raw: ["1", "", "q"], values: [1, null, "q"] },
      { raw: ["1", "x", "r"], values: [1, "x", "r"] },
    ]);
    expect(pk).toMatchObject({ columns: ["a", "b"], mostly: 1, severity: "fail" });
    expect(pk!.nulls).toMatchObject({ evaluated: 3, failed: 1 });
    expect(pk!.keys).toHaveLength(3);
    expect(pk!.keys[2]).toBe(pk!.keys[0]);
    expect(pk!.keys[1]).not.toBe(pk!.keys[0]);
  });

  it("has no primary key to check when the data lacks a key column, and reads no values without checks", () => {
    const checks = RowChecks.fromContract(contract("  primaryKey: [a, z]\n"), "c.yml", ["a"]);
    expect(checks.readsValues).toBe(false);
    expect(run(checks, [{ raw: ["1"], values: [1] }])).toBeUndefined();
    expect(RowChecks.none().readsValues).toBe(false);
  });
});
