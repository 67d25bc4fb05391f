import { ConfigError, compileLinearRegex, LinearRegex, type Severity } from "@mlops/core";
import { type ColumnContract, untune } from "./contract.ts";
import { coercerFor, type DataType, formatValue, INVALID, isNumericType } from "./data-types.ts";

/** A failing example: the data row (1-based, header excluded), the file line, the column and value. */
export interface Example {
  row: number;
  line?: number;
  column?: string;
  value?: string;
  message: string;
}

export const EXAMPLE_LIMIT = 5;

/** The counts a check keeps while rows stream by. */
export class Tally {
  evaluated = 0;
  failed = 0;
  readonly examples: Example[] = [];

  fail(example: Example): void {
    this.failed++;
    if (this.examples.length < EXAMPLE_LIMIT) this.examples.push(example);
  }
}

/** One per-value constraint of a column (min, allowed, regex, …), evaluated on each present value. */
export interface CellCheck {
  id: string;
  title: string;
  expected: string;
  mostly: number;
  severity: Severity;
  tally: Tally;
  test(value: number | string): boolean;
}

/**
 * `local@domain.tld`: one `@`, no whitespace, a dot inside the domain. Scanned by hand because the
 * equivalent backtracking pattern is cubic on long values.
 */
function isEmail(text: string): boolean {
  const at = text.indexOf("@");
  if (at < 1 || text.indexOf("@", at + 1) !== -1 || /\s/.test(text)) return false;
  const dot = text.indexOf(".", at + 2);
  return dot !== -1 && dot < text.length - 1;
}

function isUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

/** The per-value checks a column contract asks for, for a column of `type`. */
export function buildCellChecks(
  name: string,
  type: DataType,
  spec: ColumnContract,
  contractFile: string,
): CellCheck[] {
  const checks: CellCheck[] = [];
  const where = (key: string) => ({ file: contractFile, path: `columns.${name}.${key}` });
  const add = (
    key: string,
    constraint: unknown,
    title: string,
    expected: string,
    test: (v: number | string) => boolean,
  ) => {
    const t = untune(constraint);
    checks.push({
      id: `contract:${name}:${key}`,
      title: `${name}: ${title}`,
      expected,
      mostly: t.mostly ?? spec.mostly ?? 1,
      severity: t.severity ?? spec.severity ?? "fail",
      tally: new Tally(),
      test,
    });
  };
  const numeric = isNumericType(type);
  const bound = (key: "min" | "max"): number => {
    const value = untune(spec[key]).value;
    if (!numeric) {
      throw new ConfigError(`"${key}" applies to number and date columns; "${name}" is ${type}`, {
        location: where(key),
        hint: "use minLength/maxLength for text, or declare the column's type",
      });
    }
    if (typeof value === "number" && (type === "integer" || type === "number")) return value;
    const parsed = typeof value === "string" ? coercerFor(type, new Set(), spec.pattern)(value) : INVALID;
    if (typeof parsed !== "number") {
      throw new ConfigError(
        `"${key}" must be a ${type === "date" || type === "datetime" ? type : "number"} for column "${name}"`,
        {
          location: where(key),
          hint: type === "date" ? 'write dates as "YYYY-MM-DD" (or the column\'s pattern)' : undefined,
        },
      );
    }
    return parsed;
  };
  if (spec.min !== undefined) {
    const min = bound("min");
    add(
      "min",
      spec.min,
      `at least ${formatValue(type, min)}`,
      `≥ ${formatValue(type, min)}`,
      (v) => (v as number) >= min,
    );
  }
  if (spec.max !== undefined) {
    const max = bound("max");
    add(
      "max",
      spec.max,
      `at most ${formatValue(type, max)}`,
      `≤ ${formatValue(type, max)}`,
      (v) => (v as number) <= max,
    );
  }
  if (spec.allowed !== undefined) {
    const values = untune(spec.allowed).value;
    const allowed = new Set<number | string>(
      values.map((v) => (numeric ? Number(v) : typeof v === "boolean" ? String(v) : String(v))),
    );
    const shown = values.map(String).join(", ");
    add(
      "allowed",
      spec.allowed,
      "allowed values",
      `one of ${shown.length > 80 ? `${shown.slice(0, 77)}...` : shown}`,
      (v) => allowed.has(v),
    );
  }
  if (spec.regex !== undefined) {
    const source = untune(spec.regex).value;
    const re = compileLinearRegex(source);
    if (!(re instanceof LinearRegex)) {
      throw new ConfigError(re.message, { location: where("regex"), hint: re.hint });
    }
    add("regex", spec.regex, `matches /${source}/`, `/${source}/`, (v) => re.testWhole(String(v)));
  }
  if (spec.minLength !== undefined) {
    const n = untune(spec.minLength).value;
    add(
      "minLength",
      spec.minLength,
      `at least ${n} characters`,
      `length ≥ ${n}`,
      (v) => String(v).length >= n,
    );
  }
  if (spec.maxLength !== undefined) {
    const n = untune(spec.maxLength).value;
    add(
      "maxLength",
      spec.maxLength,
      `at most ${n} characters`,
      `length ≤ ${n}`,
      (v) => String(v).length <= n,
    );
  }
  if (spec.format !== undefined) {
    const format = untune(spec.format).value;
    add(
      "format",
      spec.format,
      `valid ${format}`,
      format,
      format === "email" ? (v) => isEmail(String(v)) : (v) => isUrl(String(v)),
    );
  }
  return checks;
}
