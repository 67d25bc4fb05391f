import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { ConfigError, type Logger } from "@mlops/core";
import type { Tally } from "./cell-checks.ts";
import { emptyContract } from "./contract.ts";
import { type DataType, formatValue } from "./data-types.ts";
import { type ColumnScan, type DatasetScan, type ResolvedType, scanDataset } from "./table-scan.ts";

/**
 * `infer-contract`: profiles a dataset and writes a starting contract a person can edit — each column's
 * type (widened until every value reads), whether it has missing values, its observed range, its values
 * when there are few, and uniqueness. The observed facts become checks; review them before relying on
 * them, because a contract inferred from one file describes that file. Rows that cannot be read are
 * left out and said so (a warning and a comment atop the contract), and too few readable rows is an
 * error: ranges and value lists from a handful of rows would fail the next file for no reason.
 */

export interface InferContractOptions {
  data: string;
  /** Where to write the contract (default: print it). */
  output?: string;
  name?: string;
  /** Fewest readable data rows to infer from (the command's `--min-rows`, default 10). */
  minRows: number;
}

export interface InferContractResult {
  text: string;
  outputPath?: string;
  columns: number;
  /** Data rows the contract was inferred from. */
  rows: number;
  /** Data rows left out because they could not be read. */
  malformedRows: number;
}

/** A text column with at most this many distinct values gets an `allowed` list. */
const MAX_ALLOWED = 20;

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
  const text = contractText(
    scan,
    options.name ?? path.basename(options.data).replace(/\.(csv|tsv|jsonl|ndjson|parquet)(\.gz)?$/i, ""),
    source,
    malformed,
  );
  const result: InferContractResult = {
    text,
    columns: scan.columns.length,
    rows: scan.goodRows,
    malformedRows: scan.malformed.failed,
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

function columnLines(col: ColumnScan, rows: number): string[] {
  const lines = [`  ${yamlScalar(col.name)}:`, `    type: ${col.type}`];
  if (col.nulls === 0 && col.rows > 0) lines.push("    nullable: false");
  if (col.present > 0 && col.numbers) {
    lines.push(
      `    min: ${yamlScalar(bound(col.type, col.min))}`,
      `    max: ${yamlScalar(bound(col.type, col.max))}`,
    );
  }
  const dict = col.dictionary;
  if (dict && !dict.overflow) {
    const distinct = dict.values.length;
    if (distinct === col.present && col.present > 1) lines.push("    unique: true");
    else if (distinct > 0 && distinct <= MAX_ALLOWED && rows >= 10 * distinct) {
      lines.push(`    allowed: [${[...dict.values].sort().map(yamlScalar).join(", ")}]`);
    }
  }
  if (col.type === "string" && col.present > 0) lines.push(`    maxLength: ${col.maxLength}`);
  return lines;
}

function bound(type: DataType, v: number): string | number {
  return type === "integer" || type === "number" ? v : formatValue(type, v);
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
  name: string,
  source: string,
  malformed: string | undefined,
): string {
  return [
    `# Data contract inferred from ${source} (${scan.goodRows} rows). Review it: ranges and value`,
    "# lists describe this file; loosen or tighten them, and add table rules, before relying on them.",
    ...(malformed ? [`# ${malformed}.`, "# The file fails validation until they are fixed."] : []),
    `name: ${yamlScalar(name)}`,
    "columns:",
    ...scan.columns.flatMap((c) => columnLines(c, scan.goodRows)),
    "table:",
    `  rows: { min: 1 }`,
    "",
  ].join("\n");
}
