import { ConfigError } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { emptyContract } from "./contract.ts";
import { scanInWorker } from "./scan-worker.ts";
import { scanDataset } from "./table-scan.ts";
import { tempFiles } from "./test-support/temp-files.ts";

describe("scanInWorker", () => {
  it("returns what a scan on this thread returns, typed arrays included", async () => {
    const files = await tempFiles({ "r.csv": "x,c\n1.5,a\n2,b\n,a\n4,c\n" });
    const options = {
      contract: emptyContract(),
      contractFile: "(none)",
      checks: false,
      keepDistributions: true,
    };
    const here = await scanDataset(files["r.csv"]!, options);
    const there = await scanInWorker(files["r.csv"]!, options).result;
    expect(there.columns[0]!.numbers).toEqual(Float64Array.of(1.5, 2, 4));
    expect(there.rowKeys).toEqual(here.rowKeys);
    expect(JSON.parse(JSON.stringify({ ...there, rowKeys: 0 }))).toEqual(
      JSON.parse(JSON.stringify({ ...here, rowKeys: 0 })),
    );
  });

  it("passes a located error back as a ConfigError", async () => {
    const files = await tempFiles({ "r.csv": 'x\n1\n"2\n' });
    const error = await scanInWorker(files["r.csv"]!, {
      contract: emptyContract(),
      contractFile: "(none)",
      checks: false,
    }).result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({
      message: "a quoted field is never closed",
      location: { file: files["r.csv"], line: 3 },
      hint: expect.stringMatching(/close the quote/),
    });
  });
});
