import { parseConfigText } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { ColumnAccumulator, type ColumnSettings, DICTIONARY_LIMIT } from "./column-accumulator.ts";
import { type ColumnContract, DataContractSchema } from "./contract.ts";
import { CsvFields } from "./csv-scanner.ts";
import { DEFAULT_NULL_VALUES } from "./data-types.ts";
import { RowCells } from "./row-cells.ts";
import type { ResolvedType } from "./table-scan.ts";

const SETTINGS: ColumnSettings = {
  checks: true,
  contractFile: "c.yml",
  declared: true,
  nullValues: new Set(DEFAULT_NULL_VALUES),
};

function columnSpec(yaml: string): ColumnContract {
  return parseConfigText(`columns:\n  x: ${yaml}\n`, "c.yml", DataContractSchema).columns.x!;
}

/** An accumulator for a one-column table, with room for `rows` analysed rows. */
function accumulator(resolved: ResolvedType, spec: ColumnContract | undefined, rows = 16) {
  const cells = new RowCells();
  cells.values = [null];
  const column = new ColumnAccumulator("x", 0, resolved, spec, SETTINGS, cells);
  column.resize(rows);
  /** Feeds cells as values, row i into slot i (rows and lines 1-based). */
  const feed = (texts: readonly string[]) => {
    texts.forEach((text, i) => {
      cells.readValues([text]);
      column.acceptValue(text, i + 1, i + 2, i);
    });
    return column.finish(texts.length);
  };
  return { column, cells, feed };
}

/** A CSV row of one field, as the scanner hands it over. */
function csvField(text: string): CsvFields {
  const f = new CsvFields();
  f.bytes = Buffer.from(text);
  f.push(0, f.bytes.length, 0);
  return f;
}

describe("ColumnAccumulator", () => {
  it("counts a number column: nulls, invalid cells with examples, min, max, mean, variance, slots", () => {
    const { feed } = accumulator({ type: "number" }, columnSpec("{ type: number }"));
    const scan = feed(["4", "", "x", "1", "NA", "7"]);
    expect(scan).toMatchObject({ rows: 6, nulls: 2, present: 3, min: 1, max: 7, mean: 4 });
    // Squared deviations from the mean 4: 0 + 9 + 9.
    expect(scan.m2).toBeCloseTo(18, 12);
    expect(scan.invalid.failed).toBe(1);
    expect(scan.invalid.examples).toEqual([
      { row: 3, line: 4, column: "x", value: "x", message: "not a number" },
    ]);
    expect(Array.from(scan.numbers!)).toEqual([4, Number.NaN, Number.NaN, 1, Number.NaN, 7]);
  });

  it("counts a text column's dictionary, lengths and failing cell checks, once per distinct value", () => {
    const { feed } = accumulator({ type: "string" }, columnSpec("{ type: string, allowed: [a, bb] }"));
    const scan = feed(["bb", "a", "ccc", "bb", "ccc", ""]);
    expect(scan.dictionary).toEqual({ values: ["bb", "a", "ccc"], counts: [2, 1, 2], overflow: false });
    expect(Array.from(scan.codes!)).toEqual([0, 1, 2, 0, 2, -1]);
    expect(scan).toMatchObject({ present: 5, nulls: 1, minLength: 1, maxLength: 3 });
    const [allowed] = scan.cellChecks;
    expect(allowed).toMatchObject({ id: "contract:x:allowed" });
    expect(allowed!.tally.evaluated).toBe(5);
    expect(allowed!.tally.failed).toBe(2);
    expect(allowed!.tally.examples.map((e) => e.row)).toEqual([3, 5]);
  });

  it("stops giving codes once the dictionary is full", () => {
    const { feed } = accumulator({ type: "string" }, undefined, DICTIONARY_LIMIT + 2);
    const texts = Array.from({ length: DICTIONARY_LIMIT + 2 }, (_, i) => `v${i}`);
    const scan = feed(texts);
    expect(scan.dictionary!.overflow).toBe(true);
    expect(scan.dictionary!.values).toHaveLength(DICTIONARY_LIMIT);
    expect(scan.codes).toBeUndefined();
    expect(scan.present).toBe(DICTIONARY_LIMIT + 2);
  });

  it("counts missing values against nullable: false, and keys unique values with row numbers after a gap", () => {
    const { feed } = accumulator(
      { type: "string" },
      columnSpec("{ type: string, unique: true, nullable: false }"),
    );
    const scan = feed(["a", "b", "", "a"]);
    expect(scan.notNull!.tally).toMatchObject({ evaluated: 4, failed: 1 });
    expect(scan.notNull!.tally.examples).toEqual([
      { row: 3, line: 4, column: "x", value: "", message: "missing value" },
    ]);
    // Identifier columns keep no values.
    expect(scan.codes).toBeUndefined();
    const unique = scan.unique!;
    expect(unique.keys).toHaveLength(3);
    expect(unique.since).toBe(2);
    expect(Array.from(unique.rows)).toEqual([4]);
    expect(unique.keys[2]).toBe(unique.keys[0]);
    expect(unique.keys[1]).not.toBe(unique.keys[0]);
  });

  it("counts CSV fields read from bytes as it counts the same texts given as values", () => {
    const cases: [ResolvedType, string][] = [
      [{ type: "number" }, "{ type: number, min: 0 }"],
      [{ type: "integer" }, "{ type: integer }"],
      [{ type: "date" }, "{ type: date }"],
      [{ type: "datetime" }, "{ type: datetime }"],
      [{ type: "string" }, "{ type: string, allowed: [a] }"],
    ];
    const texts = ["1", "-2.5", "2025-01-31", "2025-01-31T10:00:00Z", "a", "", "a", "2.0", "x"];
    for (const [resolved, yaml] of cases) {
      const fromValues = accumulator(resolved, columnSpec(yaml)).feed(texts);
      const { column, cells } = accumulator(resolved, columnSpec(yaml));
      texts.forEach((text, i) => {
        const f = csvField(text);
        cells.readFields(f);
        column.acceptField(f, 0, i + 1, i + 2, i);
      });
      const fromBytes = column.finish(texts.length);
      const plain = (scan: typeof fromBytes) => ({
        ...scan,
        cellChecks: scan.cellChecks.map(({ test: _, ...check }) => check),
      });
      expect(plain(fromBytes), resolved.type).toEqual(plain(fromValues));
    }
  });
});
