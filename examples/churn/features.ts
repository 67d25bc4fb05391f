/**
 * What the trainer and the predict script share: reading the CSV, and turning a customer row into the
 * numeric feature vector both models see. The encoding (means, scales, categories) is stored in the
 * model file, so prediction never looks at training data.
 */
import { readFileSync } from "node:fs";

export interface Table {
  columns: string[];
  rows: string[][];
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
export function readCsv(file: string): Table {
  const text = readFileSync(file, "utf8");
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      record.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  const [columns = [], ...rows] = records;
  return { columns, rows };
}

export interface Encoding {
  numeric: Array<{ column: string; mean: number; scale: number }>;
  categorical: Array<{ column: string; levels: string[] }>;
}

const NUMERIC = ["tenure_months", "monthly_charges", "total_charges", "support_tickets", "age"];
// `gender` is the sensitive attribute: it stays out of the model (the bias evaluation uses it).
const CATEGORICAL = ["contract", "payment_method", "region"];

function columnIndex(table: Table, column: string): number {
  const i = table.columns.indexOf(column);
  if (i < 0) throw new Error(`column "${column}" is missing (columns: ${table.columns.join(", ")})`);
  return i;
}

export function fitEncoding(table: Table): Encoding {
  const numeric = NUMERIC.map((column) => {
    const i = columnIndex(table, column);
    const values = table.rows.map((r) => Number(r[i]));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length;
    return { column, mean, scale: Math.sqrt(variance) || 1 };
  });
  const categorical = CATEGORICAL.map((column) => {
    const i = columnIndex(table, column);
    // The first level is the reference category and gets no column of its own.
    return { column, levels: [...new Set(table.rows.map((r) => r[i]!))].sort() };
  });
  return { numeric, categorical };
}

export function featureNames(encoding: Encoding): string[] {
  return [
    ...encoding.numeric.map((n) => n.column),
    ...encoding.categorical.flatMap((c) => c.levels.slice(1).map((l) => `${c.column}=${l}`)),
  ];
}

/** One row of standardised numeric features followed by one-hot categories. */
export function encode(table: Table, encoding: Encoding): number[][] {
  const numeric = encoding.numeric.map((n) => ({ ...n, i: columnIndex(table, n.column) }));
  const categorical = encoding.categorical.map((c) => ({ ...c, i: columnIndex(table, c.column) }));
  return table.rows.map((r, line) => {
    const out: number[] = [];
    for (const n of numeric) {
      const v = Number(r[n.i]);
      if (!Number.isFinite(v)) throw new Error(`row ${line + 2}: ${n.column} is not a number: "${r[n.i]}"`);
      out.push((v - n.mean) / n.scale);
    }
    for (const c of categorical) for (const level of c.levels.slice(1)) out.push(r[c.i] === level ? 1 : 0);
    return out;
  });
}

export function labels(table: Table, column: string): number[] {
  const i = columnIndex(table, column);
  return table.rows.map((r) => Number(r[i]));
}

/** Command-line flags `--name value`. */
export function flag(name: string, fallback?: string): string {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  const value = i >= 0 ? args[i + 1] : fallback;
  if (value === undefined) {
    console.error(`missing --${name}`);
    process.exit(2);
  }
  return value;
}
