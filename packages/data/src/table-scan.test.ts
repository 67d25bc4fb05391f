import { parseConfigText } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { DataContractSchema } from "./contract.ts";
import { type ColumnScan, type DatasetScan, scanDataset } from "./table-scan.ts";
import { tempFiles } from "./test-support/temp-files.ts";

/** Cells chosen to reach every fast path and every fallback of reading CSV from bytes. */
const COLUMNS = {
  id: ["a1", "a2", "a3", "a2", "é4", "", "a7", "a 8", 'q"9', "a10", "a11", "a12"],
  n: ["1.5", "-2", ".5", "1e3", "+7", "0x10", "12345678901234567890", "1.", "NA", "", " 3", "1e-400"],
  i: ["1", "2.0", "3.5", "-0", "1e2", "NaN", "7", "007", "9007199254740993", "x", "4", "5"],
  day: [
    "2025-01-31",
    "2025-02-30",
    "0099-01-01",
    "2025-1-01",
    "null",
    "2025-12-31",
    "2025-06-01",
    "2024-02-29",
    "20250101",
    "",
    "2025-03-03",
    "2025-03-03",
  ],
  stamp: [
    "2025-01-31T10:00:00Z",
    "2025-01-31 23:59:59",
    "2025-01-31T24:00:00Z",
    "2025-01-31T10:00:00+02:00",
    "2025-01-31T10:00:00.250Z",
    "2025-01-31",
    "0050-01-01T00:00:00Z",
    "2025-02-30T01:00:00Z",
    "N/A",
    "2025-07-04T12:30:00Z",
    "2025-07-04T12:30:00Z",
    "x",
  ],
  flag: ["true", "False", "1", "yes", "NO", "maybe", "", "TRUE", "0", "true", "no", "true"],
  color: ["red", "Red", "red ", 'say "hi"', "naïve", "NA", "", "blue", "red", "blue", "x,y", "red"],
};

const CONTRACT = `
columns:
  id: { type: string, unique: true, maxLength: 3 }
  n: { type: number, min: 0 }
  i: { type: integer, max: 100 }
  day: { type: date, min: "2025-02-01" }
  stamp: { type: datetime }
  flag: { type: boolean }
  color: { type: string, allowed: [red, blue], regex: "[a-z]+" }
table:
  primaryKey: [id, color]
  rules:
    - check: n <= i
`;

function csvCell(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** What a scan found, without the functions of its checks. */
function findings(scan: DatasetScan) {
  const column = (c: ColumnScan) => ({
    ...c,
    cellChecks: c.cellChecks.map(({ test: _, ...check }) => check),
  });
  return {
    columns: scan.columns.map(column),
    rowKeys: scan.rowKeys,
    goodRows: scan.goodRows,
    rules: scan.rules,
    primaryKey: scan.primaryKey,
  };
}

describe("scanDataset", () => {
  it("finds the same reading CSV from bytes as reading the same texts as strings (JSON Lines)", async () => {
    const names = Object.keys(COLUMNS) as (keyof typeof COLUMNS)[];
    const rows = COLUMNS.id.map((_, r) => names.map((name) => COLUMNS[name][r]!));
    const csv = `${names.join(",")}\n${rows.map((r) => r.map(csvCell).join(",")).join("\r\n")}\n`;
    const jsonl = rows
      .map((r) => JSON.stringify(Object.fromEntries(names.map((n, i) => [n, r[i]]))))
      .join("\n");
    const files = await tempFiles({ "d.csv": csv, "d.jsonl": `${jsonl}\n`, "c.yml": CONTRACT });
    const contract = parseConfigText(CONTRACT, "c.yml", DataContractSchema);
    const scan = (file: string) => scanDataset(file, { contract, contractFile: "c.yml", checks: true });
    const fromBytes = findings(await scan(files["d.csv"]!));
    const fromStrings = findings(await scan(files["d.jsonl"]!));
    // As plain data (typed arrays as lists, keys as text); JSON Lines has no header line, so its
    // lines are one less.
    const plain = (v: unknown, shift = 0): unknown =>
      JSON.parse(
        JSON.stringify(v, (k, x) => {
          if (typeof x === "bigint") return String(x);
          if (ArrayBuffer.isView(x)) return Array.from(x as unknown as ArrayLike<unknown>);
          if (Number.isNaN(x)) return "NaN";
          return k === "line" && typeof x === "number" ? x + shift : x;
        }),
      );
    expect(plain(fromBytes)).toEqual(plain(fromStrings, 1));
    // The cases above are not all valid: the comparison covers failures too.
    const byName = new Map(fromBytes.columns.map((c) => [c.name, c]));
    expect(fromBytes.rowKeys.length).toBe(12);
    expect(byName.get("n")!.invalid.failed).toBe(2);
    expect(byName.get("day")!.invalid.failed).toBeGreaterThan(2);
    expect(byName.get("stamp")!.invalid.failed).toBeGreaterThan(1);
  });

  it("reads with the contract's limits", async () => {
    const files = await tempFiles({
      "d.csv": "a,b\n1,0123456789\n",
      "d.jsonl": '{"a":1}\n{"a":"0123456789"}\n',
    });
    const contract = (limits: string) => parseConfigText(`limits: ${limits}`, "c.yml", DataContractSchema);
    const scan = (file: string, limits: string) =>
      scanDataset(file, { contract: contract(limits), contractFile: "c.yml", checks: true });
    await expect(scan(files["d.csv"]!, "{ maxFieldBytes: 9 }")).rejects.toMatchObject({
      message: "field 2 of the row starting on this line is longer than the limit of 9 bytes",
      location: { file: files["d.csv"], line: 2 },
    });
    expect((await scan(files["d.csv"]!, "{ maxFieldBytes: 10 }")).goodRows).toBe(1);
    await expect(scan(files["d.jsonl"]!, "{ maxRowBytes: 15 }")).rejects.toMatchObject({
      location: { file: files["d.jsonl"], line: 2 },
    });
    expect(() => contract("{ maxRowBytes: 0 }")).toThrow(
      expect.objectContaining({ location: expect.objectContaining({ path: "limits.maxRowBytes" }) }),
    );
  });
});
