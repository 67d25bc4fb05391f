import { parseConfigText } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { DataContractSchema } from "./contract.ts";
import { contractChecks } from "./contract-checks.ts";
import { scanDataset } from "./table-scan.ts";
import { tempFiles } from "./test-support/temp-files.ts";

describe("contractChecks", () => {
  it("names the rows of repeated unique values and keys, counting missing values and malformed rows", async () => {
    const files = await tempFiles({
      // Rows: 1 a, 2 (missing), 3 b, 4 malformed, 5 a (repeats 1), 6 b (repeats 3), 7 c.
      "d.csv": "id,k\na,1\n,2\nb,3\nx,4,extra\na,5\nb,3\nc,1\n",
    });
    const contract = parseConfigText(
      "columns:\n  id: { type: string, unique: true }\ntable:\n  primaryKey: [k]\n",
      "c.yml",
      DataContractSchema,
    );
    const scan = await scanDataset(files["d.csv"]!, { contract, contractFile: "c.yml", checks: true });
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
  });
});
