import path from "node:path";
import { ConfigError, createLogger, parseConfigText } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { DataContractSchema } from "./contract.ts";
import { runInferContract } from "./infer-contract.ts";
import { tempFiles } from "./test-support/temp-files.ts";

/** Infers a contract from `files[data]`, keeping what the logger printed. */
async function infer(files: Record<string, string>, data: string, minRows = 10) {
  const paths = await tempFiles(files);
  const lines: string[] = [];
  const logger = createLogger({ github: false, write: (t) => lines.push(t) });
  const result = await runInferContract({ data, minRows }, { logger, cwd: path.dirname(paths[data]!) });
  return { result, log: lines.join("") };
}

async function inferError(files: Record<string, string>, data: string, minRows = 10) {
  const error = await infer(files, data, minRows).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

const rows = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `${from + i},${(from + i) % 3}`);

describe("runInferContract", () => {
  it("infers types, ranges and value lists from the rows", async () => {
    const { result, log } = await infer({ "d.csv": ["id,k", ...rows(30)].join("\n") }, "d.csv");
    expect(result).toMatchObject({ rows: 30, malformedRows: 0, columns: 2 });
    const contract = parseConfigText(result.text, "d.yml", DataContractSchema);
    expect(contract.columns.id).toMatchObject({ type: "integer", min: 0, max: 29 });
    expect(contract.columns.k).toMatchObject({ type: "integer", min: 0, max: 2 });
    expect(result.text).not.toMatch(/malformed/);
    expect(log).not.toMatch(/warning/);
  });

  it("leaves malformed rows out, and says how many and where: a warning and a comment atop the contract", async () => {
    const lines = ["id,k", ...rows(12), "999", ...rows(3, 12), "1,2,3,4", "7"];
    const { result, log } = await infer({ "d.csv": lines.join("\n") }, "d.csv");
    expect(result).toMatchObject({ rows: 15, malformedRows: 3 });
    // The ranges come from the readable rows only: 999 is not a bound.
    expect(parseConfigText(result.text, "d.yml", DataContractSchema).columns.id).toMatchObject({ max: 14 });
    const note = /3 malformed rows left out — line 14: [^;]+; line 18: [^;]+; line 19: [^;]+$/m;
    expect(result.text.split("\n").slice(0, 4).join("\n")).toMatch(note);
    expect(result.text).toMatch(/^# Data contract inferred from d\.csv \(15 rows\)/);
    expect(log).toMatch(/^warning: d\.csv: 3 malformed rows left out/);
    expect(log).toMatch(note);
  });

  it("names the first few malformed rows and counts the rest", async () => {
    const lines = ["id,k", ...rows(20), ...Array.from({ length: 8 }, () => "x")];
    const { result } = await infer({ "d.csv": lines.join("\n") }, "d.csv");
    expect(result.text).toMatch(/8 malformed rows left out — line 22: .*line 26: [^;]+; 3 more\./);
  });

  it("refuses fewer readable rows than the minimum, located where the rows begin", async () => {
    const few = await inferError({ "d.csv": ["id,k", ...rows(9)].join("\n") }, "d.csv");
    expect(few.message).toBe("9 readable data rows, fewer than the 10 a contract is inferred from");
    expect(few.location).toEqual({ file: "d.csv", line: 2 });
    expect(few.hint).toMatch(/--min-rows/);
    const empty = await inferError({ "d.csv": "id,k\n" }, "d.csv");
    expect(empty.message).toMatch(/^0 readable data rows/);
    // Lowered, the same rows are enough.
    expect((await infer({ "d.csv": ["id,k", ...rows(9)].join("\n") }, "d.csv", 5)).result.rows).toBe(9);
  });

  it("counts only readable rows against the minimum, and points at the first malformed one", async () => {
    const lines = ["id,k", ...rows(4), "1", ...rows(5, 4), "2"];
    const error = await inferError({ "d.csv": lines.join("\n") }, "d.csv");
    expect(error.message).toMatch(
      /^9 readable data rows, fewer than the 10 a contract is inferred from; 2 malformed rows left out — line 6: /,
    );
    expect(error.location).toEqual({ file: "d.csv", line: 6 });
    expect(error.hint).toMatch(/fix the malformed rows/);
  });

  it("locates JSON Lines from line 1", async () => {
    const error = await inferError({ "d.jsonl": '{"a":1}\n{"a":2}\n' }, "d.jsonl");
    expect(error.location).toEqual({ file: "d.jsonl", line: 1 });
  });
});
