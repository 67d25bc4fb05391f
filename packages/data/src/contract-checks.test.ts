import { parseConfigText } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { DataContractSchema } from "./contract.ts";
import { columnChecks, contractChecks, schemaChecks, tableChecks } from "./contract-checks.ts";
import { scanDataset } from "./table-scan.ts";
import { tempFiles } from "./test-support/temp-files.ts";

async function scanned(csv: string, yaml: string) {
  const files = await tempFiles({ "d.csv": csv });
  const contract = parseConfigText(yaml, "c.yml", DataContractSchema);
  const scan = await scanDataset(files["d.csv"]!, { contract, contractFile: "c.yml", checks: true });
  return { scan, contract };
}

/** Check id → status. */
function statuses(checks: { id: string; status: string }[]): Record<string, string> {
  return Object.fromEntries(checks.map((c) => [c.id, c.status]));
}

describe("contractChecks", () => {
  it("names the rows of repeated unique values and keys, counting missing values and malformed rows", async () => {
    // Rows: 1 a, 2 (missing), 3 b, 4 malformed, 5 a (repeats 1), 6 b (repeats 3), 7 c.
    const { scan, contract } = await scanned(
      "id,k\na,1\n,2\nb,3\nx,4,extra\na,5\nb,3\nc,1\n",
      "columns:\n  id: { type: string, unique: true }\ntable:\n  primaryKey: [k]\n",
    );
    const checks = contractChecks(scan, contract);
    expect(checks.find((c) => c.id === "contract:id:unique")).toMatchObject({
      status: "fail",
      observed: "2 of 5 rows fail (60.0% pass)",
      examples: [
        { row: 5, column: "id", problem: "repeats row 1" },
        { row: 6, column: "id", problem: "repeats row 3" },
      ],
    });
    expect(checks.find((c) => c.id === "table:primary-key")).toMatchObject({
      status: "fail",
      examples: [
        { row: 6, problem: "repeats row 3" },
        { row: 7, problem: "repeats row 1" },
      ],
    });
    expect(checks.map((c) => c.id)).toEqual([
      "read:rows",
      "contract:id:type",
      "contract:id:unique",
      "table:primary-key",
    ]);
    expect(checks[0]).toMatchObject({ status: "fail", observed: "1 of 7 rows fail (85.7% pass)" });
  });
});

describe("schemaChecks", () => {
  it("reports missing, forbidden, extra and out-of-order columns, located on the header", async () => {
    const { scan, contract } = await scanned(
      "b,secret,a,extra\n1,2,3,4\n",
      [
        "columns:\n  a: {}\n  b: {}\n  c: { severity: warn }",
        "table:\n  forbiddenColumns: [secret, other]\n  extraColumns: warn\n  columnOrder: true",
      ].join("\n"),
    );
    const checks = schemaChecks(scan, contract);
    expect(statuses(checks)).toEqual({
      "schema:c:present": "fail",
      "schema:secret:forbidden": "fail",
      "schema:other:forbidden": "pass",
      "schema:extra-columns": "fail",
      "schema:column-order": "fail",
    });
    const byId = new Map(checks.map((c) => [c.id, c]));
    expect(byId.get("schema:c:present")).toMatchObject({ severity: "warn", location: { line: 1 } });
    expect(byId.get("schema:secret:forbidden")!.location).toMatchObject({ line: 1, column: 2 });
    expect(byId.get("schema:extra-columns")).toMatchObject({ severity: "warn", observed: "secret, extra" });
    expect(byId.get("schema:column-order")).toMatchObject({ observed: "b, a", expected: "a, b" });
  });

  it("has nothing to say about a header that matches a contract allowing extra columns", async () => {
    const { scan, contract } = await scanned("a,z\n1,2\n", "columns:\n  a: {}\n");
    expect(schemaChecks(scan, contract)).toEqual([]);
  });
});

describe("columnChecks", () => {
  it("checks a declared column's type, missing values and constraints, and no type for an inferred one", async () => {
    const { scan, contract } = await scanned(
      "n,m\n1,x\n,y\nq,z\n5,w\n",
      "columns:\n  n: { type: integer, nullable: false, max: 3 }\n  m: { required: true }\n",
    );
    const [n, m] = scan.columns;
    const checks = columnChecks(scan, n!, contract);
    expect(statuses(checks)).toEqual({
      "contract:n:type": "fail",
      "contract:n:nullable": "fail",
      "contract:n:max": "fail",
    });
    expect(checks[0]).toMatchObject({ observed: "1 of 3 rows fail (66.7% pass)" });
    expect(checks[2]!.examples).toEqual([{ row: 4, line: 5, column: "n", value: "5", problem: "≤ 3" }]);
    expect(columnChecks(scan, m!, contract)).toEqual([]);
  });
});

describe("tableChecks", () => {
  it("checks the row count, duplicate rows, a primary key the data lacks, and rules", async () => {
    const { scan, contract } = await scanned(
      "a,b\n1,2\n3,1\n1,2\n",
      [
        "table:",
        "  rows: { min: 5 }",
        "  noDuplicateRows: true",
        "  primaryKey: [a, k]",
        "  rules:",
        "    - check: a < b",
      ].join("\n"),
    );
    const checks = tableChecks(scan, contract);
    expect(statuses(checks)).toEqual({
      "table:rows": "fail",
      "table:duplicate-rows": "fail",
      "table:primary-key": "fail",
      [scan.rules[0]!.id]: "fail",
    });
    const byId = new Map(checks.map((c) => [c.id, c]));
    expect(byId.get("table:rows")).toMatchObject({ observed: 3, expected: "≥ 5" });
    expect(byId.get("table:duplicate-rows")!.examples).toEqual([{ row: 3, problem: "repeats row 1" }]);
    expect(byId.get("table:primary-key")).toMatchObject({
      observed: "missing column k",
      location: { line: 1 },
    });
  });
});
