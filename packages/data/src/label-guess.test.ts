import { describe, expect, it } from "vitest";
import { emptyContract } from "./contract.ts";
import { guessLabel } from "./label-guess.ts";
import { scanDataset } from "./table-scan.ts";
import { tempFiles } from "./test-support/temp-files.ts";

async function columns(header: string, row: (i: number) => string) {
  const files = await tempFiles({
    "d.csv": [header, ...Array.from({ length: 20 }, (_, i) => row(i))].join("\n"),
  });
  const scan = await scanDataset(files["d.csv"]!, {
    contract: emptyContract(),
    contractFile: "(inferred)",
    checks: false,
  });
  return scan.columns;
}

describe("guessLabel", () => {
  it("takes a column named as a label first, wherever it is", async () => {
    expect(guessLabel(await columns("id,Is-Fraud,amount", (i) => `${i},${i % 2},${i * 3}`))).toEqual({
      column: "Is-Fraud",
      reason: "its name says it is the label",
    });
    expect(guessLabel(await columns("id,churn_label,x", (i) => `${i},${i % 3},${i % 2}`))?.column).toBe(
      "churn_label",
    );
  });

  it("takes the last column when it holds exactly two values, of any type", async () => {
    for (const values of [
      ["0", "1"],
      ["Yes", "No"],
      ["spam", "ham"],
    ]) {
      expect(guessLabel(await columns("id,x,outcome_kind", (i) => `${i},${i * 2},${values[i % 2]}`))).toEqual(
        {
          column: "outcome_kind",
          reason: "the last column, with exactly two values",
        },
      );
    }
  });

  it("guesses nothing when no name matches and the last column has more or fewer than two values", async () => {
    expect(guessLabel(await columns("id,x,level", (i) => `${i},${i % 2},${i % 3}`))).toBeUndefined();
    expect(guessLabel(await columns("id,x,flag", (i) => `${i},${i % 2},1`))).toBeUndefined();
    expect(
      guessLabel(await columns("id,x,day", (i) => `${i},${i % 3},2026-01-0${1 + (i % 2)}`)),
    ).toBeUndefined();
  });
});
