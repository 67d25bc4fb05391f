import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError, createLogger, parseConfigText } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { DataContractSchema } from "./contract.ts";
import { contractChecks } from "./contract-checks.ts";
import { runInferContract } from "./infer-contract.ts";
import { leakageChecks } from "./leakage.ts";
import { scanDataset } from "./table-scan.ts";
import { tempFiles } from "./test-support/temp-files.ts";

/** Infers a contract from `files[data]`, keeping what the logger printed. */
async function infer(
  files: Record<string, string>,
  data: string,
  minRows = 10,
  options: { rangeMargin?: number } = {},
) {
  const paths = await tempFiles(files);
  const lines: string[] = [];
  const logger = createLogger({ github: false, write: (t) => lines.push(t) });
  const result = await runInferContract(
    { data, minRows, rangeMargin: 0.1, ...options },
    { logger, cwd: path.dirname(paths[data]!) },
  );
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
    // Widened by 10% of the observed range, and not below 0: no value was negative.
    expect(contract.columns.id).toMatchObject({ type: "integer", min: 0, max: 32 });
    expect(contract.columns.k).toMatchObject({ type: "integer", min: 0, max: 3 });
    expect(result.text).toMatch(/^ {4}max: 32 # observed 29$/m);
    expect(result.text).not.toMatch(/malformed/);
    expect(log).not.toMatch(/warning/);
  });

  it("leaves malformed rows out, and says how many and where: a warning and a comment atop the contract", async () => {
    const lines = ["id,k", ...rows(12), "999", ...rows(3, 12), "1,2,3,4", "7"];
    const { result, log } = await infer({ "d.csv": lines.join("\n") }, "d.csv");
    expect(result).toMatchObject({ rows: 15, malformedRows: 3 });
    // The ranges come from the readable rows only: 999 is not a bound.
    expect(parseConfigText(result.text, "d.yml", DataContractSchema).columns.id).toMatchObject({ max: 16 });
    const note = /3 malformed rows left out — line 14: [^;]+; line 18: [^;]+; line 19: [^;]+$/m;
    expect(
      result.text
        .split("\n")
        .filter((l) => l.startsWith("#"))
        .join("\n"),
    ).toMatch(note);
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

  it("writes a contract the next window of the same data passes, and a broken value still fails", async () => {
    const { result, log } = await infer(
      { "2013.csv": weather(2013, { temp: [5, 30], humidity: [20, 90] }) },
      "2013.csv",
    );
    const contract = parseConfigText(result.text, "contract.yml", DataContractSchema);
    expect(contract).toMatchObject({
      name: "dataset",
      label: "rain_tomorrow",
      leakage: { timeColumn: "date" },
    });
    // No bounds on the date: the next window holds later dates.
    expect(contract.columns.date).toEqual({ type: "date", nullable: false, required: true });
    expect(contract.columns.temp).toMatchObject({ min: 2.5, max: 32.5 });
    expect(contract.columns.humidity).toMatchObject({ min: 13, max: 97 });
    expect(contract.columns.rain_tomorrow).toEqual({ type: "boolean", nullable: false, required: true });

    const files = await tempFiles({
      "2013.csv": weather(2013, { temp: [5, 30], humidity: [20, 90] }),
      "2014.csv": weather(2014, { temp: [3.5, 31.5], humidity: [16, 94] }),
      "broken.csv": weather(2014, { temp: [3.5, 31.5], humidity: [16, 94] }).replace(/,12\.\d,/, ",-999,"),
    });
    const scan = (file: string) =>
      scanDataset(files[file]!, { contract, contractFile: "contract.yml", checks: true });
    const reference = await scan("2013.csv");
    const hardFailures = async (file: string) => {
      const current = await scan(file);
      return [...contractChecks(current, contract), ...leakageChecks(current, reference, contract)]
        .filter((c) => c.severity === "fail" && c.status !== "pass" && c.status !== "skipped")
        .map((c) => c.id);
    };
    expect(await hardFailures("2014.csv")).toEqual([]);
    expect(await hardFailures("broken.csv")).toEqual(["contract:temp:min"]);

    // The reasons are logged and written atop the contract.
    const comments = result.text.split("\n").filter((l) => l.startsWith("# - "));
    expect(comments).toEqual([
      "# - name: dataset, as the data's path names no folder for it; --name sets another.",
      "# - label: rain_tomorrow, the last column, with exactly two values; it gets label drift and the leakage check (change or remove it if wrong).",
      expect.stringMatching(
        /^# - date: no min\/max, since later data holds later dates; leakage\.timeColumn: date/,
      ),
      expect.stringMatching(
        /^# - numeric ranges: the observed min\/max widened by 10% of the observed range/,
      ),
      expect.stringMatching(/^# - allowed: for text columns with at most 20 values/),
    ]);
    for (const line of comments) expect(log).toContain(line.slice(4, -1));
  });

  it("keeps the observed range with --range-margin 0", async () => {
    const { result } = await infer({ "d.csv": ["id,k", ...rows(30)].join("\n") }, "d.csv", 10, {
      rangeMargin: 0,
    });
    const contract = parseConfigText(result.text, "d.yml", DataContractSchema);
    expect(contract.columns.id).toMatchObject({ min: 0, max: 29 });
    expect(result.text).not.toMatch(/# observed/);
  });

  it("guesses the label by name before position, and none when neither rule applies", async () => {
    const named = await infer(
      { "d.csv": ["Target,x,flag", ...rows(20).map((r, i) => `${r},${i % 2}`)].join("\n") },
      "d.csv",
    );
    expect(named.result.text).toMatch(/^label: Target$/m);
    expect(named.result.summary[1]).toBe(
      "label: Target, its name says it is the label; it gets label drift and the leakage check (change or remove it if wrong)",
    );
    const none = await infer({ "d.csv": ["id,k", ...rows(20)].join("\n") }, "d.csv");
    expect(none.result.text).not.toMatch(/^label:/m);
    expect(none.result.summary[1]).toMatch(/^label: none guessed/);
  });

  it("names the contract after the data's folder, skipping folders like data/, unless --name is given", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "infer-name-"));
    await mkdir(path.join(root, "weather/data"), { recursive: true });
    await writeFile(path.join(root, "weather/data/train.csv"), ["id,k", ...rows(20)].join("\n"));
    const logger = createLogger({ github: false, write: () => {} });
    const run = (name?: string) =>
      runInferContract(
        { data: "weather/data/train.csv", minRows: 10, rangeMargin: 0.1, ...(name ? { name } : {}) },
        { logger, cwd: root },
      );
    expect((await run()).text).toMatch(/^name: weather$/m);
    expect((await run()).summary[0]).toBe("name: weather, the data's folder; --name sets another");
    expect((await run("rain")).text).toMatch(/^name: rain$/m);
  });
});

/** A year of daily weather rows whose numeric columns sweep the given ranges, extremes included. */
function weather(year: number, ranges: { temp: [number, number]; humidity: [number, number] }): string {
  const lines = ["date,location,temp,humidity,rain_today,rain_tomorrow"];
  const start = Date.UTC(year, 0, 1);
  for (let i = 0; i < 365; i++) {
    // A low-discrepancy sweep: every part of each range is visited, the ends on the first two days.
    const u = i < 2 ? i : (i * 0.618034) % 1;
    const temp = ranges.temp[0] + u * (ranges.temp[1] - ranges.temp[0]);
    const humidity = Math.round(ranges.humidity[0] + u * (ranges.humidity[1] - ranges.humidity[0]));
    const day = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    const place = ["Sydney", "Perth", "Hobart"][i % 3];
    lines.push(
      `${day},${place},${temp.toFixed(1)},${humidity},${i % 4 === 0 ? "Yes" : "No"},${i % 5 === 0 ? "Yes" : "No"}`,
    );
  }
  return `${lines.join("\n")}\n`;
}
