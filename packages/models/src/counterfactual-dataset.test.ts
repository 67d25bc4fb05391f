import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { withColumnValue } from "./counterfactual-dataset.ts";
import { readDataset } from "./dataset.ts";

describe("withColumnValue", () => {
  it("sets one column in every way rows are read, leaving the others and the file as they are", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "counterfactual-"));
    await writeFile(path.join(dir, "d.csv"), "id,gender,x\n1,f,0.5\n2,m,0.1\n");
    const dataset = await readDataset(path.join(dir, "d.csv"));
    const swapped = withColumnValue(dataset, "gender", 'a "quoted", value');
    expect(swapped.toCsv(0, 2, [1, 2])).toBe(
      'gender,x\n"a ""quoted"", value",0.5\n"a ""quoted"", value",0.1\n',
    );
    expect(swapped.rowFields(1, 2, [0, 1])).toEqual([["2", 'a "quoted", value']]);
    expect(swapped.rowFields(0, 1, [2])).toEqual([["0.5"]]);
    expect(swapped.columnValues(["gender", "id"])).toEqual([
      ['a "quoted", value', 'a "quoted", value'],
      ["1", "2"],
    ]);
    expect(dataset.columnValues(["gender"])).toEqual([["f", "m"]]);
    expect(swapped.sha256).toBe(dataset.sha256);
  });
});
