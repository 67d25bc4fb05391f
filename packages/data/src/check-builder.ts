import type { Check, Severity } from "@mlops/core";
import type { Example, Tally } from "./cell-checks.ts";

/** Formats a share as a percentage with sensible precision. */
export function percent(share: number): string {
  if (share === 0 || share === 1) return `${share * 100}%`;
  const p = share * 100;
  return `${p < 0.1 || p > 99.9 ? p.toPrecision(3) : p.toFixed(1)}%`;
}

export function exampleRecords(examples: readonly Example[]): NonNullable<Check["examples"]> {
  return examples.map((e) => ({
    row: e.row,
    ...(e.line ? { line: e.line } : {}),
    ...(e.column !== undefined ? { column: e.column } : {}),
    ...(e.value !== undefined ? { value: e.value } : {}),
    problem: e.message,
  }));
}

/**
 * A check over rows: passes when the share of evaluated rows that pass is at least `mostly`. Nothing to
 * evaluate (say, a range check on a column with no values) is `skipped`, saying so.
 */
export function rowsCheck(args: {
  id: string;
  title: string;
  tally: Tally;
  mostly: number;
  severity: Severity;
  expected: string;
  file?: string;
}): Check {
  const { tally, mostly } = args;
  const expected = mostly < 1 ? `${args.expected} for ≥ ${percent(mostly)} of rows` : args.expected;
  if (tally.evaluated === 0) {
    return {
      id: args.id,
      title: args.title,
      status: "skipped",
      severity: args.severity,
      expected,
      message: "no values to check",
    };
  }
  const passShare = (tally.evaluated - tally.failed) / tally.evaluated;
  const pass = passShare >= mostly;
  const first = tally.examples[0];
  return {
    id: args.id,
    title: args.title,
    status: pass ? "pass" : "fail",
    severity: args.severity,
    observed:
      tally.failed === 0
        ? `all ${tally.evaluated} rows pass`
        : `${tally.failed} of ${tally.evaluated} rows fail (${percent(passShare)} pass)`,
    expected,
    ...(tally.failed > 0 && first
      ? {
          message: `${args.title}: ${tally.failed} row${tally.failed === 1 ? "" : "s"} fail, first at row ${first.row}${first.line ? ` (line ${first.line})` : ""}`,
          examples: exampleRecords(tally.examples),
          ...(args.file && first.line ? { location: { file: args.file, line: first.line } } : {}),
        }
      : {}),
  };
}
