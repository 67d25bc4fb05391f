import { readFileSync } from "node:fs";
import { driftTest } from "@mlops/stats";
import { describe, expect, it } from "vitest";
import { type DataContractInput, DataContractSchema } from "./contract.ts";
import { driftChecks } from "./drift.ts";
import { keepDistributions, scanDataset } from "./table-scan.ts";
import { tempFiles } from "./test-support/temp-files.ts";

/** Written by fixtures/generate.py with scipy: see the case descriptions there. */
interface ChoiceCase {
  name: string;
  referenceRows: number;
  referencePresent: number;
  /** Values separated by spaces, `null` for a missing one. */
  reference: string;
  current: string;
  ksStatistic: number;
  ksPValue: number;
  normedWasserstein: number;
}

const { cases } = JSON.parse(
  readFileSync(new URL("../fixtures/drift-choice.json", import.meta.url), "utf8"),
) as { cases: ChoiceCase[] };

/** Drift of `data` against `reference`, both CSV texts, as validate-data computes it. */
async function drift(data: string, reference: string, contractInput: DataContractInput) {
  const contract = DataContractSchema.parse(contractInput);
  const files = await tempFiles({ "data.csv": data, "reference.csv": reference });
  const options = { contract, contractFile: "contract.yml", checks: false };
  const scan = await scanDataset(files["data.csv"]!, options);
  keepDistributions(scan);
  const ref = await scanDataset(files["reference.csv"]!, { ...options, keepDistributions: true });
  return driftChecks(scan, ref, contract);
}

function csv(header: string, rows: string[]): string {
  return `${header}\n${rows.join("\n")}\n`;
}

describe("the default drift test follows Evidently: it counts the reference column's present values", () => {
  // Each reference has 1,200 rows, 300 of them missing: 900 values, so Evidently runs K-S where a
  // count of rows would pick the normed Wasserstein distance, and the two verdicts differ.
  it.each(cases)("$name", async (c) => {
    const values = (text: string) => text.split(" ").map((t) => (t === "null" ? "" : t));
    const reference = values(c.reference);
    expect(reference.length).toBe(c.referenceRows);
    expect(reference.filter((v) => v !== "").length).toBe(c.referencePresent);
    // A second column keeps rows with a missing x from being blank lines.
    const summary = await drift(
      csv(
        "x,tag",
        values(c.current).map((v) => `${v},t`),
      ),
      csv(
        "x,tag",
        reference.map((v) => `${v},t`),
      ),
      { columns: { x: { type: "number" }, tag: { type: "string" } }, drift: { exclude: ["tag"] } },
    );
    const x = summary.columns.find((d) => d.column === "x")!;
    expect(x.result?.method).toBe("ks");
    expect(x.result?.statistic).toBeCloseTo(c.ksStatistic, 12);
    expect(Math.abs(x.result!.pValue! - c.ksPValue)).toBeLessThanOrEqual(1e-9 * c.ksPValue);
    expect(x.check.status).toBe(c.ksPValue <= 0.05 ? "fail" : "pass");
    // The test a row count would have chosen decides the other way on the same values.
    const wasserstein = driftTest(
      "wasserstein",
      values(c.reference)
        .filter((v) => v !== "")
        .map(Number),
      values(c.current).map(Number),
    );
    expect(wasserstein.statistic).toBeCloseTo(c.normedWasserstein, 12);
    expect(wasserstein.drifted).toBe(!x.result!.drifted);
  });

  it("keeps the distance for a reference column with more than 1,000 values", async () => {
    const rows = Array.from({ length: 1001 }, (_, i) => `${i % 97},t`);
    const summary = await drift(csv("x,tag", rows), csv("x,tag", rows), {
      drift: { exclude: ["tag"] },
    });
    expect(summary.columns.find((d) => d.column === "x")?.result?.method).toBe("wasserstein");
  });
});

describe("the dataset drift share", () => {
  // The label drifts (all 0 → all 1), the one feature does not.
  const rows = (label: number) => Array.from({ length: 40 }, (_, i) => `${i % 7},${label}`);
  const data = csv("f,y", rows(1));
  const reference = csv("f,y", rows(0));

  it("counts feature columns only by default: label and prediction drift are reported on their own", async () => {
    const summary = await drift(data, reference, { label: "y" });
    expect(summary.columns.find((d) => d.column === "y")?.check).toMatchObject({
      id: "drift:label:y",
      status: "fail",
      message: expect.stringMatching(/^y drifted: .* \(positive rate \(y = 1\) 0% → 100%\)$/),
    });
    expect(summary).toMatchObject({ tested: 1, drifted: 0, share: 0 });
    expect(summary.dataset.status).toBe("pass");
  });

  it("counts the label and prediction too with shareColumns: all, as Evidently does", async () => {
    const summary = await drift(data, reference, { label: "y", drift: { shareColumns: "all" } });
    expect(summary).toMatchObject({ tested: 2, drifted: 1, share: 0.5 });
    expect(summary.dataset).toMatchObject({ status: "fail", observed: "1 of 2 columns drifted (50.0%)" });
  });
});

describe("drift messages say what changed", () => {
  it("names a category new in the data with its count", async () => {
    const reference = csv(
      "city,n",
      Array.from({ length: 60 }, (_, i) => `${i % 2 ? "Sydney" : "Perth"},${i}`),
    );
    const data = csv(
      "city,n",
      Array.from({ length: 60 }, (_, i) => `${i % 3 === 0 ? "Darwin" : i % 2 ? "Sydney" : "Perth"},${i}`),
    );
    const summary = await drift(data, reference, { drift: { exclude: ["n"] } });
    expect(summary.columns.find((d) => d.column === "city")?.check).toMatchObject({
      status: "fail",
      message: expect.stringMatching(/^city drifted: .* \(new: "Darwin" \(20\)\)$/),
    });
  });
});
