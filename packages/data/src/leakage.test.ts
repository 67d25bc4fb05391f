import { describe, expect, it } from "vitest";
import { type DataContractInput, DataContractSchema } from "./contract.ts";
import { leakageChecks } from "./leakage.ts";
import { scanDataset } from "./table-scan.ts";
import { tempFiles } from "./test-support/temp-files.ts";

async function targetChecks(csv: string, contractInput: DataContractInput) {
  const contract = DataContractSchema.parse(contractInput);
  const files = await tempFiles({ "d.csv": csv });
  const scan = await scanDataset(files["d.csv"]!, { contract, contractFile: "c.yml", checks: false });
  return leakageChecks(scan, undefined, contract);
}

// A label that turns from 0 to 1 halfway through the year: the date orders it perfectly, as time
// orders any label whose rate drifts, while `leak` copies it and `noise` does not.
const rows = Array.from({ length: 200 }, (_, i) => {
  const y = i < 100 ? 0 : 1;
  const day = new Date(Date.UTC(2013, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  return `${day},${i},${(i * 7) % 13},${y},${y}`;
});
const csv = `date,day_number,noise,leak,y\n${rows.join("\n")}\n`;

describe("the single-feature target leakage check", () => {
  it("leaves time columns out: dates, and the contract's time column of any type", async () => {
    const checks = await targetChecks(csv, { label: "y", leakage: { timeColumn: "day_number" } });
    expect(checks.map((c) => [c.id, c.status])).toEqual([["leakage:target:leak", "fail"]]);
  });

  it("still flags a numeric column that orders the rows when nothing names it a time column", async () => {
    const checks = await targetChecks(csv, { label: "y" });
    expect(checks.map((c) => c.id)).toEqual(["leakage:target:day_number", "leakage:target:leak"]);
  });

  it("names the strongest remaining feature when none leaks", async () => {
    const clean = csv.replace(
      /^(.*),(\d),(\d)$/gm,
      (_, head: string, _leak: string, y: string) => `${head},0,${y}`,
    );
    const checks = await targetChecks(clean, { label: "y", leakage: { timeColumn: "day_number" } });
    expect(checks).toMatchObject([
      { id: "leakage:target", status: "pass", observed: expect.stringMatching(/^strongest noise/) },
    ]);
  });
});
