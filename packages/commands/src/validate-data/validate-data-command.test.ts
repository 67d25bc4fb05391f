import { readFile } from "node:fs/promises";
import path from "node:path";
import { ConfigError, createLogger, type Envelope, EnvelopeSchema } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { tempFiles } from "../../../../test/harness/temp-files.ts";
import { failedChecks } from "../failed-checks.ts";
import { runValidateData } from "./validate-data-command.ts";

const logger = createLogger({ github: false, write: () => {} });

function csv(header: string, rows: (string | number)[][]): string {
  return `${header}\n${rows.map((r) => r.join(",")).join("\n")}\n`;
}

/** A seeded table with an id, a numeric and a categorical feature, a date and a binary label. */
function table(n: number, options: { shift?: number; start?: number; seed?: number } = {}): string {
  let s = options.seed ?? 7;
  const rand = () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
  const rows: (string | number)[][] = [];
  for (let i = 0; i < n; i++) {
    const x = (rand() * 10 + (options.shift ?? 0)).toFixed(2);
    const color = ["red", "green", "blue"][Math.floor(rand() * 3)]!;
    const day = String(1 + (i % 28)).padStart(2, "0");
    rows.push([
      `id${(options.start ?? 0) + i}`,
      x,
      color,
      `2025-0${1 + (i % 6)}-${day}`,
      rand() < 0.3 ? 1 : 0,
    ]);
  }
  return csv("id,x,color,day,label", rows);
}

async function run(
  files: Record<string, string>,
  options: { data: string; reference?: string; contract?: string },
) {
  const paths = await tempFiles(files);
  const cwd = path.dirname(paths[options.data]!);
  const result = await runValidateData(
    { data: options.data, reference: options.reference, contract: options.contract, resultsDir: "results" },
    { logger, cwd, env: {} },
  );
  const written = EnvelopeSchema.parse(JSON.parse(await readFile(result.envelopePath, "utf8")));
  expect(written).toEqual(result.envelope);
  return result;
}

function check(envelope: Envelope, id: string) {
  const found = envelope.checks.find((c) => c.id === id);
  if (!found) throw new Error(`no check ${id} in ${envelope.checks.map((c) => c.id).join(", ")}`);
  return found;
}

async function errorOf(
  files: Record<string, string | Uint8Array>,
  options: { data: string; reference?: string; contract?: string },
) {
  const paths = await tempFiles(files);
  const cwd = path.dirname(paths[options.data]!);
  let draft: Envelope | undefined;
  const io = { logger, cwd, env: {}, draft: (e: Envelope) => (draft = e) };
  const error = await runValidateData({ ...options, resultsDir: "results" }, io).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  // The runner writes the registered draft as the error result.
  expect(draft?.kind).toBe("data-validation");
  return { error: error as ConfigError, draft: draft! };
}

describe("runValidateData: contract", () => {
  it("fails a column check with row numbers, lines and values, honouring mostly and severity", async () => {
    const data = csv("id,age,email", [
      ["a", 30, "x@y.io"],
      ["b", -1, "nope"],
      ["c", 41, "z@y.io"],
      ["d", 200, "w@y.io"],
    ]);
    const contract = [
      "columns:",
      "  id: { type: string, unique: true }",
      "  age: { type: integer, min: 0, max: { value: 120, severity: warn } }",
      "  email: { type: string, format: { value: email, mostly: 0.7 } }",
    ].join("\n");
    const { envelope, status } = await run(
      { "d.csv": data, "c.yml": contract },
      { data: "d.csv", contract: "c.yml" },
    );
    const min = check(envelope, "contract:age:min");
    expect(min).toMatchObject({
      status: "fail",
      severity: "fail",
      observed: "1 of 4 rows fail (75.0% pass)",
      expected: "≥ 0",
    });
    expect(min.examples).toEqual([{ row: 2, line: 3, column: "age", value: "-1", problem: "≥ 0" }]);
    expect(min.location).toEqual({ file: "d.csv", line: 3 });
    expect(check(envelope, "contract:age:max")).toMatchObject({ status: "fail", severity: "warn" });
    // 3 of 4 valid e-mails meets mostly 0.7.
    expect(check(envelope, "contract:email:format").status).toBe("pass");
    expect(status).toBe("fail");
    // One count per concept: warn-severity failures (age max, a not-constant column) are warnings.
    expect(envelope.summary).toBe("4 rows × 3 columns, 1 check failed, 2 warnings");
    expect(envelope.metrics.failed_checks?.value).toBe(1);
    expect(failedChecks(envelope).join("\n")).toMatch(
      /age: at least 0: observed 1 of 4 rows fail \(75\.0% pass\), expected ≥ 0 \(fail\)/,
    );
    const failing = envelope.details?.find((d) => d.type === "table" && d.title.startsWith("Failing rows"));
    expect(failing).toMatchObject({
      rows: expect.arrayContaining([["age: at least 0", 2, 3, "age", "-1", "≥ 0"]]),
    });
  });

  it("checks table rules, primary keys, duplicates, row counts and a wrong type in one cell", async () => {
    const data = csv("k,start,end,n", [
      [1, "2025-01-01", "2025-01-05", 1],
      [2, "2025-02-01", "2025-01-05", "x"],
      [2, "2025-03-01", "2025-03-05", 3],
      [2, "2025-03-01", "2025-03-05", 3],
    ]);
    const contract = [
      "columns:",
      "  n: { type: integer }",
      "table:",
      "  rows: { min: 5 }",
      "  primaryKey: [k]",
      "  noDuplicateRows: { value: true, severity: warn }",
      "  rules:",
      "    - { id: ordered, check: start <= end }",
    ].join("\n");
    const { envelope } = await run(
      { "d.csv": data, "c.yml": contract },
      { data: "d.csv", contract: "c.yml" },
    );
    expect(check(envelope, "contract:n:type")).toMatchObject({
      status: "fail",
      examples: [{ row: 2, line: 3, column: "n", value: "x", problem: "not an integer" }],
    });
    expect(check(envelope, "rule:ordered")).toMatchObject({
      status: "fail",
      observed: "1 of 4 rows fail (75.0% pass)",
    });
    expect(check(envelope, "table:primary-key")).toMatchObject({
      status: "fail",
      observed: "2 of 4 rows fail (50.0% pass)",
    });
    expect(check(envelope, "table:duplicate-rows")).toMatchObject({
      status: "fail",
      severity: "warn",
      examples: [{ row: 4, problem: "repeats row 3" }],
    });
    expect(check(envelope, "table:rows")).toMatchObject({ status: "fail", observed: 4, expected: "≥ 5" });
  });

  it("reports a missing column as a failed check on the header line", async () => {
    const { envelope } = await run(
      { "d.csv": "a\n1\n", "c.yml": "columns:\n  a: { type: integer }\n  b: { type: string }\n" },
      { data: "d.csv", contract: "c.yml" },
    );
    expect(check(envelope, "schema:b:present")).toMatchObject({
      status: "fail",
      location: { file: "d.csv", line: 1 },
    });
    expect(envelope.status).toBe("fail");
  });

  it("reports ragged rows as a failed check naming their lines", async () => {
    const { envelope } = await run({ "d.csv": "a,b\n1,2\n3\n4,5\n" }, { data: "d.csv" });
    expect(check(envelope, "read:rows")).toMatchObject({
      status: "fail",
      examples: [{ row: 2, line: 3, problem: "1 field where the header has 2 (from field 2)" }],
    });
  });
});

describe("runValidateData: bad input leaves an error result", () => {
  it("a contract with an unknown key: located, with a suggestion", async () => {
    const { error, draft } = await errorOf(
      { "d.csv": "a\n1\n", "c.yml": "columns:\n  a:\n    type: integer\n    nulable: false\n" },
      { data: "d.csv", contract: "c.yml" },
    );
    expect(error.message).toBe('unknown key "nulable"');
    expect(error.location).toMatchObject({ line: 4, column: 5, path: "columns.a.nulable" });
    expect(error.hint).toBe('did you mean "nullable"?');
    expect(draft.subject.name).toBe("d.csv");
  });

  it("a contract gate on a metric validate-data never produces: located at load, before the data is read", async () => {
    const contract = "gates:\n  - { metric: rows, min: 1 }\n  - metric: drift_shar\n    max: 0.3\n";
    // The data file is empty, an error of its own once read: the contract is refused first.
    const { error } = await errorOf({ "d.csv": "", "c.yml": contract }, { data: "d.csv", contract: "c.yml" });
    expect(error.message).toBe('validate-data never produces a metric "drift_shar"');
    expect(error.location).toMatchObject({ line: 3, column: 13, path: "gates[1].metric" });
    expect(error.hint).toMatch(/^did you mean "drift_share"\? it produces: rows, columns, missing_share/);
    expect(error.others).toEqual([]);
  });

  it("an empty file, an unterminated quote, invalid UTF-8, a zero-row reference", async () => {
    expect((await errorOf({ "d.csv": "" }, { data: "d.csv" })).error.location).toMatchObject({ line: 1 });
    expect((await errorOf({ "d.csv": 'a\n"x\n' }, { data: "d.csv" })).error.location).toMatchObject({
      line: 2,
    });
    const utf8 = await errorOf({ "d.csv": Buffer.from([0x61, 0x0a, 0xff, 0x0a]) }, { data: "d.csv" });
    expect(utf8.error.message).toMatch(/invalid UTF-8/);
    expect(utf8.error.location).toMatchObject({ line: 2, column: 1 });
    const ref = await errorOf({ "d.csv": "a\n1\n", "r.csv": "a\n" }, { data: "d.csv", reference: "r.csv" });
    expect(ref.error.message).toBe("the reference has no data rows");
    expect(ref.error.location).toMatchObject({ file: "r.csv", line: 2 });
  });

  it("a data file with a header and no rows, with or without a reference", async () => {
    const cases: [Record<string, string>, string | undefined][] = [
      [{ "d.csv": "a,b\n" }, undefined],
      [{ "d.csv": "a,b\r\n", "r.csv": "a,b\n1,2\n" }, "r.csv"],
    ];
    for (const [files, reference] of cases) {
      const { error } = await errorOf(files, { data: "d.csv", ...(reference ? { reference } : {}) });
      expect(error.message).toBe("the dataset has no data rows");
      expect(error.location).toEqual({ file: "d.csv", line: 2 });
      expect(error.hint).toMatch(/at least one row/);
    }
    // Rows that are there but cannot be read are not "no rows": each fails a check with its line.
    const ragged = await run({ "d.csv": "a,b\n1\n" }, { data: "d.csv" });
    expect(ragged.status).toBe("fail");
  });
});

describe("runValidateData: drift, leakage, lineage", () => {
  it("finds drift in a shifted column only, and leakage in shared rows and time", async () => {
    const reference = table(3000, { seed: 1 });
    const current = table(2000, { seed: 2, shift: 3 });
    const withShared = current + reference.split("\n").slice(1, 3).join("\n") + "\n";
    const contract = [
      "label: label",
      "columns:",
      "  id: { type: string, unique: true }",
      "leakage:",
      "  timeColumn: day",
    ].join("\n");
    const { envelope } = await run(
      { "cur.csv": withShared, "ref.csv": reference, "c.yml": contract },
      { data: "cur.csv", reference: "ref.csv", contract: "c.yml" },
    );
    expect(check(envelope, "drift:x")).toMatchObject({ status: "fail", severity: "warn" });
    expect(check(envelope, "drift:x").observed).toMatch(/^Wasserstein \(normed\) = /);
    expect(check(envelope, "drift:color").status).toBe("pass");
    expect(check(envelope, "drift:label:label").status).toBe("pass");
    expect(check(envelope, "drift:id")).toMatchObject({
      status: "skipped",
      message: "identifier column (unique)",
    });
    expect(check(envelope, "drift:day").status).toBe("skipped");
    // Evidently's rule: the dataset drifts when at least half of the columns do.
    expect(check(envelope, "drift:dataset")).toMatchObject({
      status: "fail",
      observed: "1 of 2 columns drifted (50.0%)",
    });
    expect(envelope.metrics.drift_share?.value).toBe(0.5);
    expect(check(envelope, "leakage:shared-rows")).toMatchObject({
      status: "fail",
      observed: "2 of 2002 (0.0999%)",
      examples: [
        { row: 2001, problem: "also in the reference" },
        { row: 2002, problem: "also in the reference" },
      ],
    });
    expect(check(envelope, "leakage:time").status).toBe("fail");
    expect(envelope.lineage.datasets?.map((d) => d.name)).toEqual([
      "cur.csv",
      "cur.csv (schema)",
      "ref.csv",
      "ref.csv (schema)",
    ]);
    expect(envelope.subject).toMatchObject({
      type: "dataset",
      name: "cur.csv",
      baseline: { name: "ref.csv" },
    });
    const chart = envelope.details?.find((d) => d.type === "bar-chart");
    expect(chart).toMatchObject({ labels: ["x", "color", "label"], threshold: 1 });
    // The report draws each tested column reference against current, drifted ones first.
    const distributions = envelope.details?.flatMap((d) => (d.type === "distribution" ? [d] : [])) ?? [];
    expect(distributions.map((d) => [d.title, d.numeric, d.drifted])).toEqual([
      ["x", true, true],
      ["color", false, false],
      ["label (label)", false, false],
    ]);
    const [x] = distributions;
    const peak = (shares: number[]) => shares.indexOf(Math.max(...shares));
    expect(peak(x!.current)).toBeGreaterThan(peak(x!.reference));
    expect(x!.bins.length).toBeLessThanOrEqual(30);
  });

  it("uses the small-reference tests and per-column overrides", async () => {
    const reference = table(500, { seed: 3 });
    const current = table(400, { seed: 4 });
    const contract = ["drift:", "  columns:", "    color: { method: psi, threshold: 0.3 }"].join("\n");
    const { envelope } = await run(
      { "cur.csv": current, "ref.csv": reference, "c.yml": contract },
      { data: "cur.csv", reference: "ref.csv", contract: "c.yml" },
    );
    expect(check(envelope, "drift:x").observed).toMatch(/^K-S p = /);
    expect(check(envelope, "drift:label").observed).toMatch(/^z-test p = /);
    expect(check(envelope, "drift:color")).toMatchObject({ expected: "< 0.3" });
    expect(check(envelope, "drift:color").observed).toMatch(/^PSI = /);
  });

  it("flags a feature that predicts the label alone", async () => {
    const rows: (string | number)[][] = [];
    for (let i = 0; i < 400; i++) rows.push([i % 2, i % 2 === 1 ? 100 + (i % 7) : i % 7, i % 5]);
    const { envelope } = await run(
      { "d.csv": csv("y,leak,noise", rows), "c.yml": "label: y\n" },
      { data: "d.csv", contract: "c.yml" },
    );
    expect(check(envelope, "leakage:target:leak")).toMatchObject({
      status: "fail",
      observed: "ROC AUC 1.0000 on its own",
    });
    expect(envelope.checks.some((c) => c.id === "leakage:target:noise")).toBe(false);
  });

  it("handles all-missing and constant columns without NaN verdicts", async () => {
    const data = csv(
      "a,b,c",
      Array.from({ length: 50 }, (_, i) => ["", 1, i]),
    );
    const ref = csv(
      "a,b,c",
      Array.from({ length: 50 }, (_, i) => [i, 1, i]),
    );
    const { envelope } = await run({ "d.csv": data, "r.csv": ref }, { data: "d.csv", reference: "r.csv" });
    expect(check(envelope, "drift:a")).toMatchObject({ status: "fail", observed: "every value missing" });
    expect(check(envelope, "drift:b").status).toBe("pass");
    expect(check(envelope, "quality:b:constant").status).toBe("fail");
    expect(JSON.stringify(envelope)).not.toMatch(/NaN/);
  });
});
