/**
 * The column types a contract can declare, and how a raw cell (a CSV string, a JSON value, a Parquet
 * value) becomes a typed value. Numeric-like types (integer, number, date, datetime) become numbers —
 * dates as epoch milliseconds — so they can live in typed arrays; string and boolean become strings.
 */

export const DATA_TYPES = ["string", "integer", "number", "boolean", "date", "datetime"] as const;
export type DataType = (typeof DATA_TYPES)[number];

/** A cell that is present but cannot be read as the column's type. */
export const INVALID = Symbol("invalid");
export type Coerced = number | string | null | typeof INVALID;

/** Cell strings read as missing unless a contract says otherwise (pandas' most common defaults). */
export const DEFAULT_NULL_VALUES = ["", "NA", "N/A", "null", "NULL", "None", "NaN", "nan"];

export function isNumericType(type: DataType): boolean {
  return type === "integer" || type === "number" || type === "date" || type === "datetime";
}

export type Coercer = (raw: unknown) => Coerced;

/** The function that turns raw cells into values of `type`; `pattern` is a date pattern like YYYY-MM-DD. */
export function coercerFor(type: DataType, nullValues: ReadonlySet<string>, pattern?: string): Coercer {
  const parseDate = pattern ? compileDatePattern(pattern) : type === "date" ? parseIsoDate : parseIsoDatetime;
  const toValue = (raw: unknown): Coerced => {
    switch (type) {
      case "string":
        return typeof raw === "string" ? raw : scalarText(raw);
      case "integer": {
        const n = toNumber(raw);
        return n !== INVALID && Number.isInteger(n) ? n : INVALID;
      }
      case "number":
        return toNumber(raw);
      case "boolean":
        return toBoolean(raw);
      case "date":
      case "datetime":
        if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? INVALID : raw.getTime();
        if (typeof raw !== "string") return INVALID;
        return parseDate(raw) ?? INVALID;
    }
  };
  return (raw) => {
    if (raw === null || raw === undefined) return null;
    if (typeof raw === "string" && nullValues.has(raw)) return null;
    return toValue(raw);
  };
}

function scalarText(raw: unknown): Coerced {
  if (typeof raw === "number" || typeof raw === "boolean" || typeof raw === "bigint") return String(raw);
  if (raw instanceof Date) return raw.toISOString();
  return INVALID;
}

function toNumber(raw: unknown): number | typeof INVALID {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : INVALID;
  if (typeof raw === "bigint") return Number(raw);
  if (typeof raw !== "string") return INVALID;
  const n = Number(raw);
  if (!Number.isFinite(n) || !looksDecimal(raw)) return INVALID;
  return n;
}

/**
 * `Number()` accepts hex, binary, octal and surrounding whitespace; data files mean decimal. Checking the
 * first two characters is enough to reject those forms without a regular expression per cell.
 */
function looksDecimal(s: string): boolean {
  const c0 = s.charCodeAt(0);
  if (!((c0 >= 48 && c0 <= 57) || c0 === 45 || c0 === 43 || c0 === 46)) return false;
  const last = s.charCodeAt(s.length - 1);
  if (!((last >= 48 && last <= 57) || last === 46)) return false;
  if (c0 === 48 && s.length > 1) {
    const c1 = s.charCodeAt(1) | 32;
    if (c1 === 120 || c1 === 98 || c1 === 111) return false;
  }
  return true;
}

const TRUE_WORDS = new Set(["true", "True", "TRUE", "1", "yes", "Yes", "YES"]);
const FALSE_WORDS = new Set(["false", "False", "FALSE", "0", "no", "No", "NO"]);

function toBoolean(raw: unknown): Coerced {
  if (typeof raw === "boolean") return raw ? "true" : "false";
  if (typeof raw === "number") return raw === 1 ? "true" : raw === 0 ? "false" : INVALID;
  if (typeof raw !== "string") return INVALID;
  if (TRUE_WORDS.has(raw)) return "true";
  if (FALSE_WORDS.has(raw)) return "false";
  return INVALID;
}

function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function utcDate(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0, ms = 0): number | undefined {
  if (y < 0 || m < 1 || m > 12 || d < 1 || hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 59)
    return undefined;
  const t = Date.UTC(y, m - 1, d, hh, mm, ss, ms);
  // Date.UTC rolls 2025-02-30 over to March; a calendar date that does not exist is invalid.
  return new Date(t).getUTCDate() === d ? t : undefined;
}

/** `YYYY-MM-DD`, parsed by character codes: this runs once per cell. */
export function parseIsoDate(s: string): number | undefined {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  return utcDate(digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2));
}

const ISO_DATETIME =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** ISO 8601 date-time (date alone allowed); no offset means UTC. */
export function parseIsoDatetime(s: string): number | undefined {
  if (!ISO_DATETIME.test(s)) return undefined;
  const date = parseIsoDate(s.slice(0, 10));
  if (date === undefined) return undefined;
  const hasOffset = /(?:Z|[+-]\d{2}:?\d{2})$/.test(s) && s.length > 10;
  const t = Date.parse(hasOffset || s.length === 10 ? s.replace(" ", "T") : `${s.replace(" ", "T")}Z`);
  return Number.isNaN(t) ? undefined : t;
}

const PATTERN_TOKENS: Record<string, { width: number; field: number }> = {
  YYYY: { width: 4, field: 0 },
  MM: { width: 2, field: 1 },
  DD: { width: 2, field: 2 },
  HH: { width: 2, field: 3 },
  mm: { width: 2, field: 4 },
  ss: { width: 2, field: 5 },
  SSS: { width: 3, field: 6 },
};
const TOKEN_RE = /YYYY|MM|DD|HH|mm|ss|SSS/g;

/** Tokens a date pattern may use; anything else in a pattern is literal text. */
export const DATE_PATTERN_TOKENS = Object.keys(PATTERN_TOKENS);

/**
 * A parser for a fixed-width date pattern such as `DD/MM/YYYY` or `YYYY-MM-DD HH:mm:ss` (UTC). Returns
 * undefined for text that does not match the pattern or names a date that does not exist.
 */
export function compileDatePattern(pattern: string): (s: string) => number | undefined {
  const parts: { at: number; width: number; field: number }[] = [];
  const literals: { at: number; text: string }[] = [];
  let at = 0;
  let last = 0;
  for (const m of pattern.matchAll(TOKEN_RE)) {
    const token = PATTERN_TOKENS[m[0]]!;
    if (m.index > last) {
      literals.push({ at, text: pattern.slice(last, m.index) });
      at += m.index - last;
    }
    parts.push({ at, width: token.width, field: token.field });
    at += token.width;
    last = m.index + m[0].length;
  }
  if (last < pattern.length) literals.push({ at, text: pattern.slice(last) });
  const length = at + (pattern.length - last);
  return (s) => {
    if (s.length !== length) return undefined;
    for (const lit of literals) if (s.slice(lit.at, lit.at + lit.text.length) !== lit.text) return undefined;
    const f = [1970, 1, 1, 0, 0, 0, 0];
    for (const p of parts) {
      const v = digits(s, p.at, p.width);
      if (v < 0) return undefined;
      f[p.field] = v;
    }
    return utcDate(f[0]!, f[1]!, f[2]!, f[3]!, f[4]!, f[5]!, f[6]!);
  };
}

/** How a stored value is shown to a reader. */
export function formatValue(type: DataType, value: number | string): string {
  if (typeof value === "string") return value;
  if (type === "date") return new Date(value).toISOString().slice(0, 10);
  if (type === "datetime") return new Date(value).toISOString();
  return String(value);
}

/** A raw cell as shown in a failing example: text, cut to a readable length. */
export function showRaw(raw: unknown): string {
  const s =
    typeof raw === "string"
      ? raw
      : raw instanceof Date
        ? raw.toISOString()
        : typeof raw === "bigint"
          ? String(raw)
          : (JSON.stringify(raw) ?? String(raw));
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
