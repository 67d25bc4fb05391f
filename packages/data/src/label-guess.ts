import { distinctNumbers } from "./distinct-numbers.ts";
import type { ColumnScan } from "./table-scan.ts";

/**
 * The column an inferred contract names as its label, and why: the first column whose name says so
 * (label, target, y, class, outcome, churn, fraud, default, survived, … or ending in _label/_target),
 * else the last column (dates aside) when it holds exactly two values — the usual place of a binary
 * label in a training file. No guess otherwise: a wrong label would aim the leakage check at the wrong
 * column.
 */

const LABEL_NAMES = new Set([
  "label",
  "target",
  "y",
  "class",
  "outcome",
  "churn",
  "churned",
  "fraud",
  "is_fraud",
  "default",
  "survived",
]);

export interface LabelGuess {
  column: string;
  reason: string;
}

export function guessLabel(scanned: readonly ColumnScan[]): LabelGuess | undefined {
  // A date is when a row happened, never what a model predicts, even with two values in a small file.
  const columns = scanned.filter((c) => c.type !== "date" && c.type !== "datetime");
  const named = columns.find((c) => {
    const name = c.name.toLowerCase().replace(/[\s-]+/g, "_");
    return LABEL_NAMES.has(name) || /_(label|target)$/.test(name);
  });
  if (named) return { column: named.name, reason: "its name says it is the label" };
  const last = columns.at(-1);
  if (last && columns.length > 1 && isBinary(last)) {
    return { column: last.name, reason: "the last column, with exactly two values" };
  }
  return undefined;
}

/** Exactly two distinct present values, whatever the type. */
export function isBinary(col: ColumnScan): boolean {
  if (col.numbers) return distinctNumbers(col.numbers, 3).length === 2;
  return col.dictionary !== undefined && !col.dictionary.overflow && col.dictionary.values.length === 2;
}
