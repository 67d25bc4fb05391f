import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Logger } from "@mlops/core";
import { emptyContract } from "./contract.ts";
import { type DataType, formatValue } from "./data-types.ts";
import { type ColumnScan, type DatasetScan, type ResolvedType, scanDataset } from "./table-scan.ts";

/**
 * `infer-contract`: profiles a dataset and writes a starting contract a person can edit — each column's
 * type (widened until every value reads), whether it has missing values, its observed range, its values
 * when there are few, and uniqueness. The observed facts become checks; review them before relying on
 * them, because a contract inferred from one file describes that file.
 */

export interface InferContractOptions {
  data: string;
  /** Where to write the contract (default: print it). */
  output?: string;
  name?: string;
}

export interface InferContractResult {
  text: string;
  outputPath?: string;
  columns: number;
  rows: number;
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
  const text = contractText(
    scan,
    options.name ?? path.basename(options.data).replace(/\.(csv|tsv|jsonl|ndjson|parquet)(\.gz)?$/i, ""),
    path.relative(cwd, file) || file,
  );
  const result: InferContractResult = { text, columns: scan.columns.length, rows: scan.summary.rows };
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

function contractText(scan: DatasetScan, name: string, source: string): string {
  return [
    `# Data contract inferred from ${source} (${scan.summary.rows} rows). Review it: ranges and value`,
    "# lists describe this file; loosen or tighten them, and add table rules, before relying on them.",
    `name: ${yamlScalar(name)}`,
    "columns:",
    ...scan.columns.flatMap((c) => columnLines(c, scan.summary.rows)),
    "table:",
    `  rows: { min: 1 }`,
    "",
  ].join("\n");
}
