import { ConfigError, type Severity } from "@mlops/core";
import { Tally } from "./cell-checks.ts";

/**
 * Cross-column rules such as `signup_date <= event_date` or `total_charges >= 0`: a column, an operator
 * (<, <=, >, >=, ==, !=) and a column or a literal (a number or a quoted string). A row where either
 * side is missing is not evaluated, as in Great Expectations' column-pair expectations.
 */
export interface Rule {
  id: string;
  title: string;
  left: string;
  op: Operator;
  right: { column: string } | { literal: number | string };
  mostly: number;
  severity: Severity;
  tally: Tally;
}

const OPERATORS = ["<=", ">=", "==", "!=", "<", ">"] as const;
type Operator = (typeof OPERATORS)[number];

// Matched against the trimmed text: a lazy group before trailing whitespace backtracks quadratically.
const RULE = /^([A-Za-z_][\w.]*)\s*(<=|>=|==|!=|<|>)\s*(.+)$/s;

export function parseRule(
  spec: { id?: string; check: string; mostly?: number; severity?: Severity },
  location: { file: string; path: string },
  defaults: { severity: Severity },
): Rule {
  const m = RULE.exec(spec.check.trim());
  if (!m) {
    throw new ConfigError(`cannot read the rule "${spec.check}"`, {
      location,
      hint: 'write "<column> <op> <column or value>", e.g. "start_date <= end_date"; op is <, <=, >, >=, == or !=',
    });
  }
  const [, left, op, rightText] = m as unknown as [string, string, Operator, string];
  let right: Rule["right"];
  if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(rightText)) right = { literal: Number(rightText) };
  else if (/^(["']).*\1$/.test(rightText)) right = { literal: rightText.slice(1, -1) };
  else if (/^[A-Za-z_][\w.]*$/.test(rightText)) right = { column: rightText };
  else {
    throw new ConfigError(`cannot read the right-hand side of "${spec.check}"`, {
      location,
      hint: "use a column name, a number, or a quoted string",
    });
  }
  return {
    id: `rule:${spec.id ?? spec.check.replace(/\s+/g, "")}`,
    title: `rule ${spec.check}`,
    left,
    op,
    right,
    mostly: spec.mostly ?? 1,
    severity: spec.severity ?? defaults.severity,
    tally: new Tally(),
  };
}

export function compare(a: number | string, op: Operator, b: number | string): boolean {
  switch (op) {
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    case ">=":
      return a >= b;
    case "==":
      return a === b;
    case "!=":
      return a !== b;
  }
}
