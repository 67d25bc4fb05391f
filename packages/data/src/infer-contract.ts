import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { ConfigError, type Logger } from "@mlops/core";
import type { Tally } from "./cell-checks.ts";
import { emptyContract } from "./contract.ts";
import type { DataType } from "./data-types.ts";
import { distinctNumbers } from "./distinct-numbers.ts";
import { guessLabel } from "./label-guess.ts";
import { type ColumnScan, type DatasetScan, type ResolvedType, scanDataset } from "./table-scan.ts";
import { widenRange } from "./widened-range.ts";

/**
 * `infer-contract`: profiles a dataset and writes a starting contract a person can edit — each column's
 * type (widened until every value reads), whether it has missing values, its range, its values when
 * there are few, and uniqueness — meant to pass the next window of the same data, not only this file:
 * numeric ranges are widened by a margin (see `widenRange`), date and datetime columns get no bounds
 * (later data holds later dates; the first of them becomes the leakage time column instead), the label
 * is guessed (see `guessLabel`), and the name is the data's folder rather than a file name like
 * "train". What was inferred and why is logged and written as comments atop the contract. Rows that
 * cannot be read are left out and said so, and too few readable rows is an error: ranges and value
 * lists from a handful of rows would fail the next file for no reason.
 */

export interface InferContractOptions {
  data: string;
  /** Where to write the contract (default: print it). */
  output?: string;
  name?: string;
  /** Fewest readable data rows to infer from (the command's `--min-rows`, default 10). */
  minRows: number;
  /** Share of the observed range added on each side of numeric ranges (the command's `--range-margin`). */
  rangeMargin: number;
}

export interface InferContractResult {
  text: string;
  outputPath?: string;
  columns: number;
  /** Data rows the contract was inferred from. */
  rows: number;
  /** Data rows left out because they could not be read. */
  malformedRows: number;
  /** What was inferred and why, one sentence a line (also atop the contract). */
  summary: string[];
}

/** A text column with at most this many distinct values, each seen this often on average, gets `allowed`. */
const MAX_ALLOWED = 20;
const MIN_ROWS_PER_VALUE = 10;

const WIDER: Partial<Record<DataType, DataType>> = {
  integer: "number",
  number: "string",
  boolean: "string",
  date: "datetime",
  datetime: "string",
};

export async function runInferContract(
  options: InferContractOptions,
  io: { logger: Logger; cwd?: string },
): Promise<InferContractResult> {
  const cwd = io.cwd ?? process.cwd();
  const file = path.resolve(cwd, options.data);
  const contract = emptyContract();
  let types: Map<string, ResolvedType> | undefined;
  let scan: DatasetScan;
  // A type read from the first rows can be too narrow for later ones: widen and read again.
  for (;;) {
    scan = await scanDataset(file, {
      contract,
      contractFile: "(inferred)",
      checks: false,
      label: `read ${options.data}`,
      ...(types ? { types } : {}),
    });
    const widened = new Map(
      scan.columns.map((c) => [
        c.name,
        { type: c.invalid.failed > 0 ? (WIDER[c.type] ?? "string") : c.type },
      ]),
    );
    if (scan.columns.every((c) => c.invalid.failed === 0)) break;
    types = widened;
    io.logger.info(
      `widening ${scan.columns
        .filter((c) => c.invalid.failed > 0)
        .map((c) => c.name)
        .join(", ")} and reading again`,
    );
  }
  const source = path.relative(cwd, file) || file;
  const location = { file: source, ...firstRowLine(scan) };
  const malformed = scan.malformed.failed > 0 ? malformedNote(scan.malformed) : undefined;
  if (malformed) io.logger.warn(`${source}: ${malformed}`, location);
  const { minRows } = options;
  if (scan.goodRows < minRows) {
    const rows = `${scan.goodRows} readable data row${scan.goodRows === 1 ? "" : "s"}`;
    throw new ConfigError(
      `${rows}, fewer than the ${minRows} a contract is inferred from${malformed ? `; ${malformed}` : ""}`,
      {
        location,
        hint: malformed
          ? "fix the malformed rows, or infer from a larger sample of the data"
          : "infer from a larger sample of the data, or lower --min-rows",
      },
    );
  }
  const inferred = inferContract(scan, options);
  for (const line of inferred.summary) io.logger.info(line);
  const text = contractText(scan, inferred, source, malformed);
  const result: InferContractResult = {
    text,
    columns: scan.columns.length,
    rows: scan.goodRows,
    malformedRows: scan.malformed.failed,
    summary: inferred.summary,
  };
  if (options.output) {
    const out = path.resolve(cwd, options.output);
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, text);
    result.outputPath = out;
    io.logger.info(
      `contract for ${scan.columns.length} columns written to ${path.relative(cwd, out) || out}`,
    );
  }
  return result;
}

function yamlScalar(v: string | number | boolean): string {
  if (typeof v !== "string") return String(v);
  return /^[A-Za-z_][\w ./-]*$/.test(v) && !/^(true|false|yes|no|null|on|off|~)$/i.test(v) && !/\s$/.test(v)
    ? v
    : JSON.stringify(v);
}

interface Inferred {
  name: string;
  label?: string;
  timeColumn?: string;
  summary: string[];
  columns: string[];
}

/** The contract's decisions, each with the sentence that explains it. */
function inferContract(scan: DatasetScan, options: InferContractOptions): Inferred {
  const name = options.name || datasetName(options.data);
  const summary = [
    options.name ? `name: ${name} (--name)` : `name: ${name}, ${nameReason(name)}; --name sets another`,
  ];
  const label = guessLabel(scan.columns);
  summary.push(
    label
      ? `label: ${label.column}, ${label.reason}; it gets label drift and the leakage check (change or remove it if wrong)`
      : "label: none guessed (no column is named label, target, y, … and the last column does not hold exactly two values); set label: to get label drift and the leakage check",
  );
  const times = scan.columns.filter((c) => c.type === "date" || c.type === "datetime").map((c) => c.name);
  if (times.length > 0) {
    summary.push(
      `${times.join(", ")}: no min/max, since later data holds later dates; leakage.timeColumn: ${times[0]} instead — data validated against a reference must come after the reference's latest ${times[0]}`,
    );
  }
  const columns = scan.columns.map((c) =>
    columnLines(c, scan.goodRows, options.rangeMargin, times.includes(c.name)),
  );
  const margin = `${Number((options.rangeMargin * 100).toPrecision(6))}%`;
  if (columns.some((c) => c.ranged)) {
    summary.push(
      `numeric ranges: the observed min/max widened by ${margin} of the observed range on each side (--range-margin), never below 0 where no value was negative nor past 0–1 for fractions within it; integer columns with two values get allowed: instead; text lengths widened by ${margin} too`,
    );
  }
  if (columns.some((c) => c.listed)) {
    summary.push(
      `allowed: for text columns with at most ${MAX_ALLOWED} values, each seen ${MIN_ROWS_PER_VALUE} times on average; a new value fails`,
    );
  }
  return {
    name,
    ...(label ? { label: label.column } : {}),
    ...(times[0] ? { timeColumn: times[0] } : {}),
    summary,
    columns: columns.flatMap((c) => c.lines),
  };
}

/** Folder names that say how data is stored, not what it is. */
const GENERIC_FOLDERS = new Set([
  "data",
  "dataset",
  "datasets",
  "raw",
  "processed",
  "interim",
  "input",
  "inputs",
  "train",
  "training",
  "test",
  "eval",
]);

/**
 * The nearest folder in the data's path as given that names the data rather than its storage
 * (examples/churn/data/train.csv → churn), else "dataset": the file's own name ("train", "2013")
 * would name every later window after the one the contract came from.
 */
function datasetName(data: string): string {
  const folders = path.dirname(path.normalize(data)).split(/[\\/]/);
  return (
    folders
      .reverse()
      .find((f) => f !== "" && f !== "." && f !== ".." && !GENERIC_FOLDERS.has(f.toLowerCase())) ?? "dataset"
  );
}

const nameReason = (name: string) =>
  name === "dataset" ? "as the data's path names no folder for it" : "the data's folder";

/** A column's contract lines, and whether they bound a range or list the allowed text values. */
function columnLines(
  col: ColumnScan,
  rows: number,
  margin: number,
  time: boolean,
): { lines: string[]; ranged: boolean; listed: boolean } {
  const lines = [`  ${yamlScalar(col.name)}:`, `    type: ${col.type}`];
  let ranged = false;
  let listed = false;
  if (col.nulls === 0 && col.rows > 0) lines.push("    nullable: false");
  const integer = col.type === "integer";
  const pair = integer && col.numbers ? distinctNumbers(col.numbers, 3) : [];
  if (pair.length === 2) lines.push(`    allowed: [${pair.join(", ")}]`);
  else if (col.present > 0 && col.numbers && !time) {
    const range = widenRange(col, margin, integer);
    const note = (bound: number, seen: number) => (bound === seen ? "" : ` # observed ${seen}`);
    lines.push(
      `    min: ${range.min}${note(range.min, col.min)}`,
      `    max: ${range.max}${note(range.max, col.max)}`,
    );
    ranged = true;
  }
  const dict = col.dictionary;
  if (dict && !dict.overflow && col.type !== "boolean") {
    const distinct = dict.values.length;
    if (distinct === col.present && col.present > 1) lines.push("    unique: true");
    else if (distinct > 0 && distinct <= MAX_ALLOWED && rows >= MIN_ROWS_PER_VALUE * distinct) {
      lines.push(`    allowed: [${[...dict.values].sort().map(yamlScalar).join(", ")}]`);
      listed = true;
    }
  }
  if (col.type === "string" && col.present > 0 && !listed) {
    lines.push(`    maxLength: ${Math.ceil(col.maxLength * (1 + margin))}`);
    ranged = true;
  }
  return { lines, ranged, listed };
}

/** How many rows could not be read, and where and why for the first few. */
function malformedNote(malformed: Tally): string {
  const n = malformed.failed;
  const shown = malformed.examples
    .map(
      (e) => `${e.line === undefined ? `row ${e.row}` : `line ${e.line}`}: ${e.message.replace(/\s+/g, " ")}`,
    )
    .join("; ");
  const more = n > malformed.examples.length ? `; ${n - malformed.examples.length} more` : "";
  return `${n} malformed row${n === 1 ? "" : "s"} left out — ${shown}${more}`;
}

/** The first malformed row's line, else the first data row's (after a CSV header; Parquet has no lines). */
function firstRowLine(scan: DatasetScan): { line?: number } {
  const line =
    scan.malformed.examples[0]?.line ?? { csv: 2, jsonl: 1, parquet: undefined }[scan.summary.format];
  return line === undefined ? {} : { line };
}

function contractText(
  scan: DatasetScan,
  inferred: Inferred,
  source: string,
  malformed: string | undefined,
): string {
  return [
    `# Data contract inferred from ${source} (${scan.goodRows} rows). Review it before relying on it:`,
    "# loosen or tighten what follows, and add table rules. What was inferred and why:",
    ...inferred.summary.map((line) => `# - ${line}.`),
    ...(malformed ? [`# ${malformed}.`, "# The file fails validation until they are fixed."] : []),
    `name: ${yamlScalar(inferred.name)}`,
    ...(inferred.label ? [`label: ${yamlScalar(inferred.label)}`] : []),
    "columns:",
    ...inferred.columns,
    "table:",
    `  rows: { min: 1 }`,
    ...(inferred.timeColumn ? ["leakage:", `  timeColumn: ${yamlScalar(inferred.timeColumn)}`] : []),
    "",
  ].join("\n");
}
