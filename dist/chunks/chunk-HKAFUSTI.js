import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  GatesSchema,
  Xoshiro128,
  chooseDriftTest,
  createProgress,
  driftTest,
  evaluateGates,
  quantileSorted,
  rocAuc
} from "./chunk-574GUYYD.js";
import {
  DEFAULT_RESULTS_DIR,
  sha256Hex,
  writeEnvelope
} from "./chunk-SDASYHI5.js";
import {
  _enum,
  array,
  boolean,
  literal,
  number,
  object,
  record,
  statusFromChecks,
  string,
  union
} from "./chunk-MN5EC6CS.js";
import {
  loadConfigFile,
  parseConfigText
} from "./chunk-IRBGD2ZG.js";
import {
  ConfigError,
  formatLocation,
  isMlopsError
} from "./chunk-CYLWIE3E.js";

// packages/data/src/validate-data-command.ts
import { readFile } from "node:fs/promises";
import path from "node:path";

// packages/data/src/data-types.ts
var DATA_TYPES = ["string", "integer", "number", "boolean", "date", "datetime"];
var INVALID = /* @__PURE__ */ Symbol("invalid");
var DEFAULT_NULL_VALUES = ["", "NA", "N/A", "null", "NULL", "None", "NaN", "nan"];
function isNumericType(type) {
  return type === "integer" || type === "number" || type === "date" || type === "datetime";
}
function coercerFor(type, nullValues, pattern) {
  const parseDate = pattern ? compileDatePattern(pattern) : type === "date" ? parseIsoDate : parseIsoDatetime;
  const toValue = (raw) => {
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
    if (raw === null || raw === void 0) return null;
    if (typeof raw === "string" && nullValues.has(raw)) return null;
    return toValue(raw);
  };
}
function scalarText(raw) {
  if (typeof raw === "number" || typeof raw === "boolean" || typeof raw === "bigint") return String(raw);
  if (raw instanceof Date) return raw.toISOString();
  return INVALID;
}
function toNumber(raw) {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : INVALID;
  if (typeof raw === "bigint") return Number(raw);
  if (typeof raw !== "string") return INVALID;
  const n = Number(raw);
  if (!Number.isFinite(n) || !looksDecimal(raw)) return INVALID;
  return n;
}
function looksDecimal(s) {
  const c0 = s.charCodeAt(0);
  if (!(c0 >= 48 && c0 <= 57 || c0 === 45 || c0 === 43 || c0 === 46)) return false;
  const last = s.charCodeAt(s.length - 1);
  if (!(last >= 48 && last <= 57 || last === 46)) return false;
  if (c0 === 48 && s.length > 1) {
    const c1 = s.charCodeAt(1) | 32;
    if (c1 === 120 || c1 === 98 || c1 === 111) return false;
  }
  return true;
}
var TRUE_WORDS = /* @__PURE__ */ new Set(["true", "True", "TRUE", "1", "yes", "Yes", "YES"]);
var FALSE_WORDS = /* @__PURE__ */ new Set(["false", "False", "FALSE", "0", "no", "No", "NO"]);
function toBoolean(raw) {
  if (typeof raw === "boolean") return raw ? "true" : "false";
  if (typeof raw === "number") return raw === 1 ? "true" : raw === 0 ? "false" : INVALID;
  if (typeof raw !== "string") return INVALID;
  if (TRUE_WORDS.has(raw)) return "true";
  if (FALSE_WORDS.has(raw)) return "false";
  return INVALID;
}
function digits(s, from, count) {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}
function utcDate(y, m, d, hh = 0, mm = 0, ss = 0, ms = 0) {
  if (y < 0 || m < 1 || m > 12 || d < 1 || hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 59)
    return void 0;
  const t = Date.UTC(y, m - 1, d, hh, mm, ss, ms);
  return new Date(t).getUTCDate() === d ? t : void 0;
}
function parseIsoDate(s) {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return void 0;
  return utcDate(digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2));
}
var ISO_DATETIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
function parseIsoDatetime(s) {
  if (!ISO_DATETIME.test(s)) return void 0;
  const date = parseIsoDate(s.slice(0, 10));
  if (date === void 0) return void 0;
  const hasOffset = /(?:Z|[+-]\d{2}:?\d{2})$/.test(s) && s.length > 10;
  const t = Date.parse(hasOffset || s.length === 10 ? s.replace(" ", "T") : `${s.replace(" ", "T")}Z`);
  return Number.isNaN(t) ? void 0 : t;
}
var PATTERN_TOKENS = {
  YYYY: { width: 4, field: 0 },
  MM: { width: 2, field: 1 },
  DD: { width: 2, field: 2 },
  HH: { width: 2, field: 3 },
  mm: { width: 2, field: 4 },
  ss: { width: 2, field: 5 },
  SSS: { width: 3, field: 6 }
};
var TOKEN_RE = /YYYY|MM|DD|HH|mm|ss|SSS/g;
var DATE_PATTERN_TOKENS = Object.keys(PATTERN_TOKENS);
function compileDatePattern(pattern) {
  const parts = [];
  const literals = [];
  let at = 0;
  let last = 0;
  for (const m of pattern.matchAll(TOKEN_RE)) {
    const token = PATTERN_TOKENS[m[0]];
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
    if (s.length !== length) return void 0;
    for (const lit of literals) if (s.slice(lit.at, lit.at + lit.text.length) !== lit.text) return void 0;
    const f = [1970, 1, 1, 0, 0, 0, 0];
    for (const p of parts) {
      const v = digits(s, p.at, p.width);
      if (v < 0) return void 0;
      f[p.field] = v;
    }
    return utcDate(f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
  };
}
function formatValue(type, value) {
  if (typeof value === "string") return value;
  if (type === "date") return new Date(value).toISOString().slice(0, 10);
  if (type === "datetime") return new Date(value).toISOString();
  return String(value);
}
function showRaw(raw) {
  const s = typeof raw === "string" ? raw : raw instanceof Date ? raw.toISOString() : typeof raw === "bigint" ? String(raw) : JSON.stringify(raw) ?? String(raw);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

// packages/data/src/contract.ts
var Severity = _enum(["fail", "warn"]);
var Mostly = number().gt(0).max(1).describe("Share of evaluated rows that must pass (default 1)");
var tuning = {
  mostly: Mostly.optional(),
  severity: Severity.optional().describe("fail blocks, warn reports")
};
function tuned(value, description) {
  return union([value, object({ value, ...tuning }).strict()]).describe(description);
}
var Bound = union([number(), string()]);
var Scalar = union([string(), number(), boolean()]);
var DRIFT_METHODS = ["ks", "chisquare", "z", "wasserstein", "jensenshannon", "psi"];
var ColumnContractSchema = object({
  type: _enum(DATA_TYPES).optional().describe("Inferred from the first rows when absent"),
  pattern: string().optional().describe("Date/datetime layout, e.g. DD/MM/YYYY or YYYY-MM-DD HH:mm:ss (default ISO 8601)"),
  description: string().optional(),
  required: boolean().default(true).describe("The column must be present"),
  nullable: tuned(boolean(), "false: every row must have a value").optional(),
  min: tuned(Bound, "Smallest allowed value (a date string for date columns)").optional(),
  max: tuned(Bound, "Largest allowed value (a date string for date columns)").optional(),
  allowed: tuned(array(Scalar).min(1), "The only values allowed").optional(),
  regex: tuned(string(), "Every value must match this regular expression (whole value)").optional(),
  minLength: tuned(number().int().nonnegative(), "Shortest allowed text").optional(),
  maxLength: tuned(number().int().nonnegative(), "Longest allowed text").optional(),
  format: tuned(_enum(["email", "url"]), "A well-known text format").optional(),
  unique: tuned(boolean(), "true: no value may repeat").optional(),
  mostly: Mostly.optional().describe("Default tolerance for this column's checks"),
  severity: Severity.optional().describe("Default severity for this column's checks")
}).strict();
var RuleSchema = object({
  id: string().min(1).optional(),
  check: string().min(1).describe('A comparison of columns or a column and a value, e.g. "start_date <= end_date"'),
  description: string().optional(),
  ...tuning
}).strict();
var TableContractSchema = object({
  rows: object({
    min: number().int().nonnegative().optional(),
    max: number().int().positive().optional(),
    severity: Severity.optional()
  }).strict().optional().describe("Allowed row count"),
  noDuplicateRows: tuned(boolean(), "true: no row may repeat another").optional(),
  primaryKey: union([
    array(string()).min(1),
    object({ columns: array(string()).min(1), ...tuning }).strict()
  ]).optional().describe("Columns whose values together identify a row: present and unique"),
  rules: array(RuleSchema).default([]).describe("Cross-column rules"),
  forbiddenColumns: array(string()).default([]),
  extraColumns: Severity.or(literal("allow")).default("allow").describe("Columns the contract does not list: allow, warn or fail"),
  columnOrder: boolean().default(false).describe("true: columns must appear in the contract's order"),
  severity: Severity.optional().describe("Default severity for table checks")
}).strict();
var QualitySchema = object({
  enabled: boolean().default(true),
  severity: Severity.default("warn"),
  maxNullShare: number().min(0).max(1).default(0.5).describe("Warn when a column has more missing values"),
  maxDuplicateShare: number().min(0).max(1).default(0.05).describe("deepchecks' DataDuplicates default"),
  outliers: object({
    method: _enum(["iqr", "zscore"]).default("iqr"),
    threshold: number().positive().optional().describe("IQR multiplier (default 1.5) or |z| (default 3)"),
    maxShare: number().min(0).max(1).default(0.05)
  }).strict().default({ method: "iqr", maxShare: 0.05 })
}).strict();
var ColumnDriftSchema = object({
  method: _enum(DRIFT_METHODS).optional().describe("Overrides the default test for this column"),
  threshold: number().positive().optional(),
  enabled: boolean().default(true)
}).strict();
var DriftSchema = object({
  enabled: boolean().default(true),
  method: _enum(DRIFT_METHODS).optional().describe("One test for every column instead of the defaults"),
  threshold: number().positive().optional(),
  columns: record(string(), ColumnDriftSchema).default({}),
  exclude: array(string()).default([]),
  share: number().gt(0).max(1).default(0.5).describe("Dataset drift when at least this share of columns drift"),
  severity: Severity.default("warn").describe("Severity of each column's drift check"),
  datasetSeverity: Severity.default("fail").describe("Severity of the dataset drift check")
}).strict();
var LeakageSchema = object({
  enabled: boolean().default(true),
  sharedRows: object({ maxShare: number().min(0).max(1).default(0), severity: Severity.default("fail") }).strict().default({ maxShare: 0, severity: "fail" }).describe("Rows of the data that also appear in the reference (by content hash)"),
  timeColumn: string().optional().describe("Rows of the data must all be later than the reference's"),
  targetThreshold: number().gt(0.5).max(1).default(0.95).describe("A feature whose single-feature ROC AUC reaches this predicts the label suspiciously well"),
  severity: Severity.default("fail")
}).strict();
var DataContractSchema = object({
  $schema: string().optional(),
  name: string().min(1).optional().describe("Dataset name used in reports (default: the file name)"),
  description: string().optional(),
  csv: object({ delimiter: string().length(1).optional(), header: boolean().optional() }).strict().optional(),
  nullValues: array(string()).optional().describe('Cell texts read as missing (default "", NA, N/A, null, NULL, None, NaN, nan)'),
  label: string().optional().describe("The label column: drift reported as label drift; leakage checks"),
  prediction: string().optional().describe("The prediction column: drift reported as prediction drift"),
  analysisRows: number().int().min(1e3).default(1e6).describe("Rows kept per dataset for drift, outliers and leakage; above it, a seeded uniform sample"),
  columns: record(string(), ColumnContractSchema).default({}),
  table: TableContractSchema.default({
    rules: [],
    forbiddenColumns: [],
    extraColumns: "allow",
    columnOrder: false
  }),
  quality: QualitySchema.default({
    enabled: true,
    severity: "warn",
    maxNullShare: 0.5,
    maxDuplicateShare: 0.05,
    outliers: { method: "iqr", maxShare: 0.05 }
  }),
  drift: DriftSchema.default({
    enabled: true,
    columns: {},
    exclude: [],
    share: 0.5,
    severity: "warn",
    datasetSeverity: "fail"
  }),
  gates: GatesSchema.default([]).describe(
    "Gates on this evaluation's metrics (rows, invalid_share, missing_share, duplicate_share, drift_share, drifted_columns, shared_rows)"
  ),
  leakage: LeakageSchema.default({
    enabled: true,
    sharedRows: { maxShare: 0, severity: "fail" },
    targetThreshold: 0.95,
    severity: "fail"
  })
}).strict();
function loadContract(file) {
  return loadConfigFile(file, DataContractSchema);
}
function emptyContract() {
  return parseConfigText("{}", "(default contract)", DataContractSchema);
}
function untune(c) {
  return c !== null && typeof c === "object" && !Array.isArray(c) && "value" in c ? c : { value: c };
}

// packages/data/src/cell-checks.ts
var EXAMPLE_LIMIT = 5;
var Tally = class {
  evaluated = 0;
  failed = 0;
  examples = [];
  fail(example) {
    this.failed++;
    if (this.examples.length < EXAMPLE_LIMIT) this.examples.push(example);
  }
};
var EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
function isUrl(text) {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}
function buildCellChecks(name, type, spec, contractFile) {
  const checks = [];
  const where = (key) => ({ file: contractFile, path: `columns.${name}.${key}` });
  const add = (key, constraint, title, expected, test) => {
    const t = untune(constraint);
    checks.push({
      id: `contract:${name}:${key}`,
      title: `${name}: ${title}`,
      expected,
      mostly: t.mostly ?? spec.mostly ?? 1,
      severity: t.severity ?? spec.severity ?? "fail",
      tally: new Tally(),
      test
    });
  };
  const numeric = isNumericType(type);
  const bound2 = (key) => {
    const value = untune(spec[key]).value;
    if (!numeric) {
      throw new ConfigError(`"${key}" applies to number and date columns; "${name}" is ${type}`, {
        location: where(key),
        hint: "use minLength/maxLength for text, or declare the column's type"
      });
    }
    if (typeof value === "number" && (type === "integer" || type === "number")) return value;
    const parsed = typeof value === "string" ? coercerFor(type, /* @__PURE__ */ new Set(), spec.pattern)(value) : INVALID;
    if (typeof parsed !== "number") {
      throw new ConfigError(
        `"${key}" must be a ${type === "date" || type === "datetime" ? type : "number"} for column "${name}"`,
        {
          location: where(key),
          hint: type === "date" ? `write dates as "YYYY-MM-DD" (or the column's pattern)` : void 0
        }
      );
    }
    return parsed;
  };
  if (spec.min !== void 0) {
    const min = bound2("min");
    add(
      "min",
      spec.min,
      `at least ${formatValue(type, min)}`,
      `≥ ${formatValue(type, min)}`,
      (v) => v >= min
    );
  }
  if (spec.max !== void 0) {
    const max = bound2("max");
    add(
      "max",
      spec.max,
      `at most ${formatValue(type, max)}`,
      `≤ ${formatValue(type, max)}`,
      (v) => v <= max
    );
  }
  if (spec.allowed !== void 0) {
    const values = untune(spec.allowed).value;
    const allowed = new Set(
      values.map((v) => numeric ? Number(v) : typeof v === "boolean" ? String(v) : String(v))
    );
    const shown = values.map(String).join(", ");
    add(
      "allowed",
      spec.allowed,
      "allowed values",
      `one of ${shown.length > 80 ? `${shown.slice(0, 77)}...` : shown}`,
      (v) => allowed.has(v)
    );
  }
  if (spec.regex !== void 0) {
    const source = untune(spec.regex).value;
    let re;
    try {
      re = new RegExp(`^(?:${source})$`, "u");
    } catch (e) {
      throw new ConfigError(`invalid regular expression: ${e.message}`, {
        location: where("regex")
      });
    }
    add("regex", spec.regex, `matches /${source}/`, `/${source}/`, (v) => re.test(String(v)));
  }
  if (spec.minLength !== void 0) {
    const n = untune(spec.minLength).value;
    add(
      "minLength",
      spec.minLength,
      `at least ${n} characters`,
      `length ≥ ${n}`,
      (v) => String(v).length >= n
    );
  }
  if (spec.maxLength !== void 0) {
    const n = untune(spec.maxLength).value;
    add(
      "maxLength",
      spec.maxLength,
      `at most ${n} characters`,
      `length ≤ ${n}`,
      (v) => String(v).length <= n
    );
  }
  if (spec.format !== void 0) {
    const format = untune(spec.format).value;
    add(
      "format",
      spec.format,
      `valid ${format}`,
      format,
      format === "email" ? (v) => EMAIL.test(String(v)) : (v) => isUrl(String(v))
    );
  }
  return checks;
}

// packages/data/src/check-builder.ts
function percent(share) {
  if (share === 0 || share === 1) return `${share * 100}%`;
  const p = share * 100;
  return `${p < 0.1 || p > 99.9 ? p.toPrecision(3) : p.toFixed(1)}%`;
}
function exampleRecords(examples) {
  return examples.map((e) => ({
    row: e.row,
    ...e.line ? { line: e.line } : {},
    ...e.column !== void 0 ? { column: e.column } : {},
    ...e.value !== void 0 ? { value: e.value } : {},
    problem: e.message
  }));
}
function rowsCheck(args) {
  const { tally, mostly } = args;
  const expected = mostly < 1 ? `${args.expected} for ≥ ${percent(mostly)} of rows` : args.expected;
  if (tally.evaluated === 0) {
    return {
      id: args.id,
      title: args.title,
      status: "skipped",
      severity: args.severity,
      expected,
      message: "no values to check"
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
    observed: tally.failed === 0 ? `all ${tally.evaluated} rows pass` : `${tally.failed} of ${tally.evaluated} rows fail (${percent(passShare)} pass)`,
    expected,
    ...tally.failed > 0 && first ? {
      message: `${args.title}: ${tally.failed} row${tally.failed === 1 ? "" : "s"} fail, first at row ${first.row}${first.line ? ` (line ${first.line})` : ""}`,
      examples: exampleRecords(tally.examples),
      ...args.file && first.line ? { location: { file: args.file, line: first.line } } : {}
    } : {}
  };
}

// packages/data/src/content-hash.ts
var ContentHash = class {
  a = 2166136261;
  b = 2538058380;
  reset() {
    this.a = 2166136261;
    this.b = 2538058380;
  }
  add(text) {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 16777619);
      b = Math.imul(b ^ c, 1540483477);
      b ^= b >>> 15;
    }
    this.a = Math.imul(a ^ 31, 16777619);
    this.b = Math.imul(b ^ 31, 1540483477);
  }
  key() {
    return (this.a >>> 11) * 4294967296 + (this.b >>> 0);
  }
};
function cellText(raw) {
  if (typeof raw === "string") return raw;
  if (raw === null || raw === void 0) return "\0";
  if (raw instanceof Date) return raw.toISOString();
  if (typeof raw === "object") return JSON.stringify(raw, (_, v) => typeof v === "bigint" ? String(v) : v);
  return String(raw);
}
var KeyList = class {
  data = new Float64Array(1024);
  length = 0;
  push(key) {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = key;
  }
  values() {
    return this.data.subarray(0, this.length);
  }
};
function findRepeats(keys, limit = 5) {
  const sorted = Float64Array.from(keys).sort();
  let count = 0;
  const repeated = /* @__PURE__ */ new Set();
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1]) {
      count++;
      if (repeated.size < 1e3) repeated.add(sorted[i]);
    }
  }
  const examples = [];
  if (count > 0) {
    const first = /* @__PURE__ */ new Map();
    for (let i = 0; i < keys.length && examples.length < limit; i++) {
      const k = keys[i];
      if (!repeated.has(k)) continue;
      const seen = first.get(k);
      if (seen === void 0) first.set(k, i);
      else examples.push({ index: i, firstIndex: seen });
    }
  }
  return { count, examples };
}
function sharedKeys(keys, other, limit = 5) {
  const lookup = Float64Array.from(other).sort();
  let count = 0;
  const examples = [];
  for (let i = 0; i < keys.length; i++) {
    if (contains(lookup, keys[i])) {
      count++;
      if (examples.length < limit) examples.push(i);
    }
  }
  return { count, examples };
}
function contains(sorted, key) {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >>> 1;
    const v = sorted[mid];
    if (v === key) return true;
    if (v < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

// packages/data/src/rules.ts
var RULE = /^\s*([A-Za-z_][\w.]*)\s*(<=|>=|==|!=|<|>)\s*(.+?)\s*$/;
function parseRule(spec, location, defaults) {
  const m = RULE.exec(spec.check);
  if (!m) {
    throw new ConfigError(`cannot read the rule "${spec.check}"`, {
      location,
      hint: 'write "<column> <op> <column or value>", e.g. "start_date <= end_date"; op is <, <=, >, >=, == or !='
    });
  }
  const [, left, op, rightText] = m;
  let right;
  if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(rightText)) right = { literal: Number(rightText) };
  else if (/^(["']).*\1$/.test(rightText)) right = { literal: rightText.slice(1, -1) };
  else if (/^[A-Za-z_][\w.]*$/.test(rightText)) right = { column: rightText };
  else {
    throw new ConfigError(`cannot read the right-hand side of "${spec.check}"`, {
      location,
      hint: "use a column name, a number, or a quoted string"
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
    tally: new Tally()
  };
}
function compare(a, op, b) {
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

// node_modules/csv-parse/lib/index.js
import { Transform } from "stream";

// node_modules/csv-parse/lib/utils/is_object.js
var is_object = function(obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};

// node_modules/csv-parse/lib/api/CsvError.js
var CsvError = class _CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== void 0) {
      Error.captureStackTrace(this, _CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value) ? value.toString(options.encoding) : value == null ? value : JSON.parse(JSON.stringify(value));
      }
    }
  }
};

// node_modules/csv-parse/lib/api/normalize_columns_array.js
var normalize_columns_array = function(columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === void 0 || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal"
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`
      ]);
    }
  }
  return normalizedColumns;
};

// node_modules/csv-parse/lib/utils/ResizeableBuffer.js
var ResizeableBuffer = class {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.toString(encoding, 0, this.length);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
};
var ResizeableBuffer_default = ResizeableBuffer;

// node_modules/csv-parse/lib/api/init_state.js
var init_state = function(options) {
  const timchars = [
    // Basic Latin
    32,
    // [Space](https://www.fileformat.info/info/unicode/char/0020/index.htm)
    9,
    // [CHARACTER TABULATION (HT)](https://www.fileformat.info/info/unicode/char/0009/index.htm)
    10,
    // [LINE FEED (LF)](https://www.fileformat.info/info/unicode/char/000a/index.htm)
    13,
    // [CARRIAGE RETURN (CR)](https://www.fileformat.info/info/unicode/char/000d/index.htm)
    12,
    // [FORM FEED (FF)](https://www.fileformat.info/info/unicode/char/000c/index.htm)
    11,
    // [LINE TABULATION (VT)](https://www.fileformat.info/info/unicode/char/000b/index.htm)
    // Latin-1 Supplement
    160,
    // [NO-BREAK SPACE (NBSP)](https://www.fileformat.info/info/unicode/char/00a0/index.htm)
    // Ogham
    5760,
    // [OGHAM SPACE MARK](https://www.fileformat.info/info/unicode/char/1680/index.htm)
    // General Punctuation
    8192,
    // [EN QUAD](https://www.fileformat.info/info/unicode/char/2000/index.htm)
    8193,
    // [EM QUAD](https://www.fileformat.info/info/unicode/char/2001/index.htm)
    8194,
    // [EN SPACE](https://www.fileformat.info/info/unicode/char/2002/index.htm)
    8195,
    // [EM SPACE](https://www.fileformat.info/info/unicode/char/2003/index.htm)
    8196,
    // [THREE-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2004/index.htm)
    8197,
    // [FOUR-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2005/index.htm)
    8198,
    // [SIX-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2006/index.htm)
    8199,
    // [FIGURE SPACE](https://www.fileformat.info/info/unicode/char/2007/index.htm)
    8200,
    // [PUNCTUATION SPACE](https://www.fileformat.info/info/unicode/char/2008/index.htm)
    8201,
    // [THIN SPACE](https://www.fileformat.info/info/unicode/char/2009/index.htm)
    8202,
    // [HAIR SPACE](https://www.fileformat.info/info/unicode/char/200a/index.htm)
    8232,
    // [LINE SEPARATOR](https://www.fileformat.info/info/unicode/char/2028/index.htm)
    8233,
    // [PARAGRAPH SEPARATOR](https://www.fileformat.info/info/unicode/char/2029/index.htm)
    8239,
    // [NARROW NO-BREAK SPACE (NNBSP)](https://www.fileformat.info/info/unicode/char/202f/index.htm)
    8287,
    // [MEDIUM MATHEMATICAL SPACE (MMSP)](https://www.fileformat.info/info/unicode/char/205f/index.htm)
    12288,
    // [IDEOGRAPHIC SPACE](https://www.fileformat.info/info/unicode/char/3000/index.htm)
    65279
    // [ZERO WIDTH NO-BREAK SPACE (BOM)](https://www.fileformat.info/info/unicode/char/feff/index.htm)
  ].reduce((acc, codepoint) => {
    const encoded = Buffer.from(
      String.fromCharCode(codepoint),
      options.encoding
    );
    if (codepoint !== 63 && encoded.length === 1 && encoded[0] === 63) {
      return acc;
    }
    acc.push(encoded);
    return acc;
  }, []);
  const timcharFirstBytes = new Uint8Array(256);
  for (const t of timchars) timcharFirstBytes[t[0]] = 1;
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    delimiterBufPrevious: void 0,
    delimiterDiscovered: false,
    // Current error encountered by a record
    error: void 0,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote: Buffer.isBuffer(options.escape) && Buffer.isBuffer(options.quote) && Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns) ? options.columns.length : void 0,
    field: new ResizeableBuffer_default(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      ...options.delimiter ? options.delimiter.map((delimiter) => delimiter.length) : [],
      // Auto discovery of delimiter is limited to 1 character
      options.delimiter_auto ? 1 : 0,
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
      ...timchars.map((t) => t.length)
    ),
    previousBuf: void 0,
    quoting: false,
    stop: false,
    rawBuffer: new ResizeableBuffer_default(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength: options.record_delimiter.length === 0 ? 0 : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("	", options.encoding)[0]
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars,
    timcharFirstBytes
  };
};

// node_modules/csv-parse/lib/utils/underscore.js
var underscore = function(str) {
  return str.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
};

// node_modules/csv-parse/lib/api/normalize_options.js
var normalize_options = function(opts) {
  const options = {};
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  if (options.encoding === void 0 || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (typeof options.encoding !== "string" && options.encoding !== null) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`
      ],
      options
    );
  }
  if (options.bom === void 0 || options.bom === null || options.bom === false) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`
      ],
      options
    );
  }
  options.cast_function = null;
  if (options.cast === void 0 || options.cast === null || options.cast === false || options.cast === "") {
    options.cast = void 0;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`
      ],
      options
    );
  }
  if (options.cast_date === void 0 || options.cast_date === null || options.cast_date === false || options.cast_date === "") {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function(value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`
      ],
      options
    );
  }
  options.cast_first_line_to_header = void 0;
  if (options.columns === true) {
    options.cast_first_line_to_header = void 0;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (options.columns === void 0 || options.columns === null || options.columns === false) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`
      ],
      options
    );
  }
  if (options.group_columns_by_name === void 0 || options.group_columns_by_name === null || options.group_columns_by_name === false) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`
      ],
      options
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated."
      ],
      options
    );
  }
  if (options.comment === void 0 || options.comment === null || options.comment === false || options.comment === "") {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`
        ],
        options
      );
    }
  }
  if (options.comment_no_infix === void 0 || options.comment_no_infix === null || options.comment_no_infix === false) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`
      ],
      options
    );
  }
  if (options.delimiter_auto === void 0 || options.delimiter_auto === null || options.delimiter_auto === false) {
    options.delimiter_auto = false;
  } else if (options.delimiter_auto === true) {
    options.delimiter_auto = {};
  } else if (!is_object(options.delimiter_auto)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER_AUTO",
      [
        "Invalid option delimiter_auto:",
        "delimiter_auto must be a boolean or a configuration object,",
        `got ${JSON.stringify(options.delimiter_auto)}`
      ],
      options
    );
  }
  if (options.delimiter_auto) {
    if (options.delimiter_auto.preferred === void 0)
      options.delimiter_auto.preferred = {
        [",".charCodeAt(0)]: 1.8,
        ["	".charCodeAt(0)]: 1.8,
        [";".charCodeAt(0)]: 1.6,
        [" ".charCodeAt(0)]: 1.6,
        [":".charCodeAt(0)]: 1.5,
        [".".charCodeAt(0)]: 1.4,
        ["/".charCodeAt(0)]: 1.4
      };
    else if (!is_object(options.delimiter_auto.preferred)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "preferred must be an object,",
          `got ${JSON.stringify(options.delimiter_auto.preferred)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.score === void 0)
      options.delimiter_auto.score = (info, options2) => {
        return (info.total - info.std) * (options2.preferred[info.char_code] || 1);
      };
    else if (typeof options.delimiter_auto.score !== "function") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "score must be a function,",
          `got ${JSON.stringify(options.delimiter_auto.score)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.size === void 0)
      options.delimiter_auto.size = 2048;
    else if (typeof options.delimiter_auto.size !== "number") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "size must be a number,",
          `got ${JSON.stringify(options.delimiter_auto.size)}`
        ],
        options
      );
    }
  }
  const delimiter_json = JSON.stringify(options.delimiter);
  if (options.delimiter_auto !== false) {
    options.delimiter = [];
  }
  if (!Array.isArray(options.delimiter)) {
    if (options.delimiter === void 0 || options.delimiter === null || options.delimiter === false) {
      options.delimiter = Buffer.from(",", options.encoding);
    }
    options.delimiter = [options.delimiter];
  }
  options.delimiter = options.delimiter.map(function(delimiter) {
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`
        ],
        options
      );
    }
    return delimiter;
  });
  if (options.escape === void 0 || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`
      );
    }
  }
  if (options.from === void 0 || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`
      );
    }
  }
  if (options.from_line === void 0 || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (typeof options.from_line === "string" && /\d+/.test(options.from_line)) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`
      );
    }
  }
  if (options.ignore_last_delimiters === void 0 || options.ignore_last_delimiters === null) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`
      ],
      options
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option"
      ],
      options
    );
  }
  if (options.info === void 0 || options.info === null || options.info === false) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`
    );
  }
  if (options.max_record_size === void 0 || options.max_record_size === null || options.max_record_size === false) {
    options.max_record_size = 0;
  } else if (Number.isInteger(options.max_record_size) && options.max_record_size >= 0) {
  } else if (typeof options.max_record_size === "string" && /\d+/.test(options.max_record_size)) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`
    );
  }
  if (options.objname === void 0 || options.objname === null || options.objname === false) {
    options.objname = void 0;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
  } else if (typeof options.objname === "number") {
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`
    );
  }
  if (options.objname !== void 0) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field"
        );
      }
    } else {
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index"
        );
      }
    }
  }
  if (options.on_record === void 0 || options.on_record === null) {
    options.on_record = void 0;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`
      ],
      options
    );
  }
  if (options.on_skip !== void 0 && options.on_skip !== null && typeof options.on_skip !== "function") {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`
    );
  }
  if (options.quote === null || options.quote === false || options.quote === "") {
    options.quote = null;
  } else {
    if (options.quote === void 0 || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`
      );
    }
  }
  if (options.raw === void 0 || options.raw === null || options.raw === false) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`
    );
  }
  if (options.record_delimiter === void 0) {
    options.record_delimiter = [];
  } else if (typeof options.record_delimiter === "string" || Buffer.isBuffer(options.record_delimiter)) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`
        ],
        options
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`
      ],
      options
    );
  }
  options.record_delimiter = options.record_delimiter.map(function(rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  if (typeof options.relax_column_count === "boolean") {
  } else if (options.relax_column_count === void 0 || options.relax_column_count === null) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
  } else if (options.relax_column_count_less === void 0 || options.relax_column_count_less === null) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
  } else if (options.relax_column_count_more === void 0 || options.relax_column_count_more === null) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`
    );
  }
  if (typeof options.relax_quotes === "boolean") {
  } else if (options.relax_quotes === void 0 || options.relax_quotes === null) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`
    );
  }
  if (typeof options.skip_empty_lines === "boolean") {
  } else if (options.skip_empty_lines === void 0 || options.skip_empty_lines === null) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`
    );
  }
  if (typeof options.skip_records_with_empty_values === "boolean") {
  } else if (options.skip_records_with_empty_values === void 0 || options.skip_records_with_empty_values === null) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`
    );
  }
  if (typeof options.skip_records_with_error === "boolean") {
  } else if (options.skip_records_with_error === void 0 || options.skip_records_with_error === null) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`
    );
  }
  if (options.rtrim === void 0 || options.rtrim === null || options.rtrim === false) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`
    );
  }
  if (options.ltrim === void 0 || options.ltrim === null || options.ltrim === false) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`
    );
  }
  if (options.trim === void 0 || options.trim === null || options.trim === false) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`
    );
  }
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  if (options.to === void 0 || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`
      );
    }
  }
  if (options.to_line === void 0 || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`
      );
    }
  }
  return options;
};

// node_modules/csv-parse/lib/utils/delimiter_discover.js
var delimiter_discover = function(records, options) {
  if (!options) {
    ({ delimiter_auto: options } = normalize_options({ delimiter_auto: true }));
  }
  if (typeof records === "string") {
    records = Buffer.from(records);
  }
  if (Buffer.isBuffer(records)) {
    records = ((data) => {
      const records2 = [];
      const parser = transform({ delimiter: [] });
      const push = (record2) => records2.push(record2);
      const close = () => {
      };
      const error = parser.parse(data, true, push, close);
      if (error !== void 0) throw error;
      return records2;
    })(records);
  }
  const info = Array(127).fill().map(() => ({ lines: [] }));
  records.map(([record2], line) => {
    for (let i = 0, l = record2.length; i < l; i++) {
      const code = record2.charCodeAt(i);
      if (info[code].lines[line] === void 0) info[code].lines[line] = 0;
      info[code].lines[line]++;
    }
  });
  info.map((info2, i) => {
    info2.char_code = i;
    info2.std = std(info2.lines);
    info2.total = info2.lines.reduce((acc, val) => acc + val, 0);
    info2.preferred = !!options.preferred[i];
    info2.score = options.score(info2, options);
  });
  const result = info.reduce(
    (acc, info2) => acc.score > info2.score ? acc : info2,
    {}
  );
  return String.fromCharCode(result.char_code);
};
var std = function(array2) {
  const n = array2.length;
  if (n === 0) return 0;
  const mean = array2.reduce((a, b) => a + b) / n;
  return Math.sqrt(
    array2.map((x) => Math.pow(x - mean, 2)).reduce((a, b) => a + b) / n
  );
};

// node_modules/csv-parse/lib/api/index.js
var isRecordEmpty = function(record2) {
  return record2.every(
    (field) => field == null || field.toString && field.toString().trim() === ""
  );
};
var cr = 13;
var nl = 10;
var boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254])
};
var transform = function(original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0
  };
  const options = normalize_options(original_options);
  return {
    info,
    original_options,
    options,
    state: init_state(options),
    __needMoreData: function(i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } = this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0 ? Buffer.from("\r\n", encoding).length : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function(nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        delimiter_auto,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const {
        bomSkipped,
        delimiterDiscovered,
        delimiterBufPrevious,
        rawBuffer,
        escapeIsQuote
      } = this.state;
      if (!delimiterDiscovered && delimiter_auto) {
        let delimiterBuf;
        if (delimiterBufPrevious === void 0) {
          delimiterBuf = nextBuf;
        } else if (delimiterBufPrevious !== void 0 && nextBuf === void 0) {
          delimiterBuf = delimiterBufPrevious;
        } else {
          delimiterBuf = Buffer.concat([delimiterBufPrevious, nextBuf]);
        }
        nextBuf = void 0;
        if (end || delimiterBuf.length > delimiter_auto.size) {
          this.options.delimiter = [
            Buffer.from(
              delimiter_discover(delimiterBuf, this.options.delimiter_auto)
            )
          ];
          this.state.previousBuf = delimiterBuf;
          this.state.delimiterBufPrevious = void 0;
          this.state.delimiterDiscovered = true;
        } else {
          this.state.delimiterBufPrevious = delimiterBuf;
          return;
        }
      }
      const { previousBuf } = this.state;
      let buf;
      if (previousBuf === void 0) {
        if (nextBuf === void 0) {
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== void 0 && nextBuf === void 0) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          if (end === false) {
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding2 in boms) {
            if (boms[encoding2].compare(buf, 0, boms[encoding2].length) === 0) {
              const bomLength = boms[encoding2].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              const options2 = normalize_options({
                ...this.original_options,
                encoding: encoding2
              });
              for (const key in options2) {
                this.options[key] = options2[key];
              }
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if ((chr === cr || chr === nl) && this.state.wasRowDelimiter === false) {
          this.state.wasRowDelimiter = true;
        }
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          if (escape !== null && this.state.quoting === true && this.__isEscape(buf, pos, chr) && pos + escape.length < bufLen) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable = rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment = comment !== null && this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr
              );
              const isNextChrRecordDelimiter = record_delimiter.length === 0 ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length) : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              if (escape !== null && this.__isEscape(buf, pos, chr) && this.__isQuote(buf, pos + escape.length)) {
                pos += escape.length - 1;
              } else if (!nextChr || isNextChrDelimiter || isNextChrRecordDelimiter || isNextChrComment || isNextChrTrimable) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment"
                    ],
                    this.options,
                    this.__infoField()
                  )
                );
                if (err !== void 0) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                if (relax_quotes === false) {
                  const info2 = this.__infoField();
                  const bom2 = Object.keys(boms).map(
                    (b) => boms[b].equals(this.state.field.toString()) ? b : false
                  ).filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info2.column)} at line ${info2.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom2 ? `(${bom2} bom)` : void 0
                      ],
                      this.options,
                      info2,
                      {
                        field: this.state.field
                      }
                    )
                  );
                  if (err !== void 0) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos
            );
            if (recordDelimiterLength !== 0) {
              const skipCommentLine = this.state.commenting && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
              } else {
                if (this.state.enabled === false && this.info.lines + (this.state.wasRowDelimiter === true ? 1 : 0) >= from_line) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                if (skip_empty_lines === true && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== void 0) return errField;
                this.info.bytes = this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== void 0) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (comment !== null && (comment_no_infix === false || this.state.record.length === 0 && this.state.field.length === 0)) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== void 0) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (max_record_size !== 0 && this.state.record_length + this.state.field.length > max_record_size) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`
                ],
                this.options,
                this.__infoField()
              )
            );
          }
        }
        const lappend = ltrim === false || this.state.quoting === true || this.state.field.length !== 0 || !this.__isCharTrimable(buf, pos);
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
          if (err !== void 0) return err;
        } else {
          if (this.state.wasQuoting === true || this.state.record.length !== 0 || this.state.field.length !== 0) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== void 0) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== void 0) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function(push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info: info2,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values
      } = this.options;
      const { enabled, record: record2 } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      const recordLength = record2.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record2)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record2);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err = columns === false ? new CsvError(
          "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
          [
            "Invalid Record Length:",
            `expect ${this.state.expectedRecordLength},`,
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record: record2
          }
        ) : new CsvError(
          "CSV_RECORD_INCONSISTENT_COLUMNS",
          [
            "Invalid Record Length:",
            `columns length is ${columns.length},`,
            // rename columns
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record: record2
          }
        );
        if (relax_column_count === true || relax_column_count_less === true && recordLength < this.state.expectedRecordLength || relax_column_count_more === true && recordLength > this.state.expectedRecordLength) {
          this.info.invalid_field_length++;
          this.state.error = err;
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record2)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        if (columns !== false) {
          const obj = {};
          for (let i = 0, l = record2.length; i < l; i++) {
            if (columns[i] === void 0 || columns[i].disabled) continue;
            if (group_columns_by_name === true && Object.hasOwn(obj, columns[i].name)) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record2[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record2[i]];
              }
            } else {
              Object.defineProperty(obj, columns[i].name, {
                value: record2[i],
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
          }
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [obj[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? obj : [obj[objname], obj],
              push
            );
            if (err) {
              return err;
            }
          }
        } else {
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record: record2 },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [record2[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? record2 : [record2[objname], record2],
              push
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function(record2) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers = firstLineToHeaders === void 0 ? record2 : firstLineToHeaders.call(null, record2);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`
              ],
              this.options,
              this.__infoField(),
              {
                headers
              }
            )
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function() {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = void 0;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function() {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== void 0) return err;
        field = f;
      }
      this.state.record.push(field);
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function() {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function(record2, push) {
      const { on_record } = this.options;
      if (on_record !== void 0) {
        const info2 = this.__infoRecord();
        try {
          record2 = on_record.call(null, record2, info2);
        } catch (err) {
          return err;
        }
        if (record2 === void 0 || record2 === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record2);
    },
    // Return a tuple with the error and the casted value
    __cast: function(field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      if (isColumns === true && relax_column_count && this.options.columns.length <= this.state.record.length) {
        return [void 0, void 0];
      }
      if (this.state.castField !== null) {
        try {
          const info2 = this.__infoField();
          return [void 0, this.state.castField.call(null, field, info2)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [void 0, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info2 = this.__infoField();
        return [void 0, this.options.cast_date.call(null, field, info2)];
      }
      return [void 0, field];
    },
    __compareBytes: function(sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    // Helper to test if a character is trimable
    __isCharTrimable: function(buf, pos) {
      const { timchars, timcharFirstBytes } = this.state;
      const first = buf[pos];
      if (first === void 0 || timcharFirstBytes[first] === 0) return 0;
      loop1: for (let i = 0; i < timchars.length; i++) {
        const timchar = timchars[i];
        for (let j = 0; j < timchar.length; j++) {
          if (timchar[j] !== buf[pos + j]) continue loop1;
        }
        return timchar.length;
      }
      return 0;
    },
    __isDelimiter: function(buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (ignore_last_delimiters === true && this.state.record.length === this.options.columns.length - 1) {
        return 0;
      } else if (ignore_last_delimiters !== false && typeof ignore_last_delimiters === "number" && this.state.record.length === ignore_last_delimiters - 1) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isEscape: function(buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isFloat: function(value) {
      return value - parseFloat(value) + 1 >= 0;
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isQuote: function(buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __isRecordDelimiter: function(chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __autoDiscoverRecordDelimiter: function(buf, pos) {
      const { encoding } = this.options;
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding)
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function(msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== void 0) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : void 0
            );
          } catch (err2) {
            return err2;
          }
        }
        return void 0;
      } else {
        return err;
      }
    },
    __infoDataSet: function() {
      return {
        ...this.info,
        columns: this.options.columns
      };
    },
    __infoRecord: function() {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : void 0
      };
    },
    __infoField: function() {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records,
        column: isColumns === true ? columns.length > this.state.record.length ? columns[this.state.record.length].name : null : this.state.record.length,
        quoting: this.state.wasQuoting
      };
    }
  };
};

// node_modules/csv-parse/lib/index.js
var Parser = class extends Transform {
  constructor(opts = {}) {
    super({ ...{ readableObjectMode: true }, ...opts, encoding: null });
    this.api = transform({
      on_skip: (err, chunk) => {
        this.emit("skip", err, chunk);
      },
      ...opts
    });
    this.state = this.api.state;
    this.options = this.api.options;
    this.info = this.api.info;
  }
  // Implementation of `Transform._transform`
  _transform(buf, _, callback) {
    if (this.state.stop === true) {
      return;
    }
    const err = this.api.parse(
      buf,
      false,
      (record2) => {
        this.push(record2);
      },
      () => {
        this.push(null);
        this.end();
        this.on("end", this.destroy);
      }
    );
    if (err !== void 0) {
      this.state.stop = true;
    }
    callback(err);
  }
  // Implementation of `Transform._flush`
  _flush(callback) {
    if (this.state.stop === true) {
      return;
    }
    const err = this.api.parse(
      void 0,
      true,
      (record2) => {
        this.push(record2);
      },
      () => {
        this.push(null);
        this.on("end", this.destroy);
      }
    );
    callback(err);
  }
};
var parse = function() {
  let data, options, callback;
  for (const i in arguments) {
    const argument = arguments[i];
    const type = typeof argument;
    if (data === void 0 && (typeof argument === "string" || Buffer.isBuffer(argument))) {
      data = argument;
    } else if (options === void 0 && is_object(argument)) {
      options = argument;
    } else if (callback === void 0 && type === "function") {
      callback = argument;
    } else {
      throw new CsvError(
        "CSV_INVALID_ARGUMENT",
        ["Invalid argument:", `got ${JSON.stringify(argument)} at index ${i}`],
        options || {}
      );
    }
  }
  const parser = new Parser(options);
  if (callback) {
    const records = options === void 0 || options.objname === void 0 ? [] : /* @__PURE__ */ Object.create(null);
    parser.on("readable", function() {
      let record2;
      while ((record2 = this.read()) !== null) {
        if (options === void 0 || options.objname === void 0) {
          records.push(record2);
        } else {
          Object.assign(records, {
            [record2[0]]: record2[1]
            // writable: true,
            // enumerable: true,
            // configurable: true
          });
        }
      }
    });
    parser.on("error", function(err) {
      callback(err, void 0, parser.api.__infoDataSet());
    });
    parser.on("end", function() {
      callback(void 0, records, parser.api.__infoDataSet());
    });
  }
  if (data !== void 0) {
    const writer = function() {
      parser.write(data);
      parser.end();
    };
    if (typeof setImmediate === "function") {
      setImmediate(writer);
    } else {
      setTimeout(writer, 0);
    }
  }
  return parser;
};

// packages/data/src/byte-stream.ts
import { isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createGunzip } from "node:zlib";
var CHUNK = 1 << 20;
async function isGzipFile(file) {
  const handle = await open(file, "r").catch((e) => {
    throw new ConfigError(e.code === "ENOENT" ? "data file not found" : `cannot read data file (${e.code})`, {
      location: { file },
      hint: "check the path; relative paths are resolved from the working directory"
    });
  });
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 31 && head[1] === 139;
  } finally {
    await handle.close();
  }
}
async function openByteStream(file, options) {
  const gzip = await isGzipFile(file);
  const hash = createHash("sha256");
  let bytes = 0;
  const raw = createReadStream(file, { highWaterMark: CHUNK });
  raw.on("data", (chunk) => {
    hash.update(chunk);
    bytes += chunk.length;
  });
  const source = gzip ? raw.pipe(createGunzip({ chunkSize: CHUNK })) : raw;
  raw.on("error", (e) => source.destroy(e));
  let digest;
  async function* chunks() {
    const checker = options.utf8 ? new Utf8Checker(file) : void 0;
    try {
      for await (const chunk of source) {
        checker?.check(chunk);
        yield chunk;
      }
    } catch (e) {
      if (e instanceof ConfigError) throw e;
      const err = e;
      throw new ConfigError(
        gzip ? `cannot decompress: ${err.message}` : `cannot read data file: ${err.message}`,
        {
          location: { file },
          hint: gzip ? "the gzip file is truncated or corrupt; re-create it" : void 0
        }
      );
    }
    checker?.end();
    digest = hash.digest("hex");
  }
  return {
    chunks: chunks(),
    result() {
      if (digest === void 0) throw new Error("byte stream read before it was consumed");
      return { sha256: digest, bytes, gzip };
    }
  };
}
var Utf8Checker = class {
  file;
  carry = Buffer.alloc(0);
  lines = 1;
  lineStart = 0;
  offset = 0;
  constructor(file) {
    this.file = file;
  }
  check(chunk) {
    const data = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const end = completeUpTo(data);
    const body = data.subarray(0, end);
    if (!isUtf8(body)) this.fail(body);
    this.count(body);
    this.carry = Buffer.from(data.subarray(end));
  }
  end() {
    if (this.carry.length > 0) this.fail(this.carry);
  }
  count(body) {
    let i = body.indexOf(10);
    while (i !== -1) {
      this.lines++;
      this.lineStart = this.offset + i + 1;
      i = body.indexOf(10, i + 1);
    }
    this.offset += body.length;
  }
  fail(body) {
    const bad = firstInvalidByte(body);
    this.count(body.subarray(0, bad));
    const column = this.offset - this.lineStart + 1;
    throw new ConfigError(`invalid UTF-8 (byte 0x${body[bad]?.toString(16).padStart(2, "0")})`, {
      location: { file: this.file, line: this.lines, column },
      hint: "save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`); the column counts bytes"
    });
  }
};
function completeUpTo(data) {
  const n = data.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = data[n - back];
    if ((b & 192) === 128) continue;
    const need = b >= 240 ? 4 : b >= 224 ? 3 : b >= 192 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}
function firstInvalidByte(data) {
  let i = 0;
  while (i < data.length) {
    const b = data[i];
    const need = b < 128 ? 1 : b >= 194 && b < 224 ? 2 : b >= 224 && b < 240 ? 3 : b >= 240 && b < 245 ? 4 : 0;
    if (need === 0 || i + need > data.length) return i;
    if (!isUtf8(data.subarray(i, i + need))) return i;
    i += need;
  }
  return Math.max(0, data.length - 1);
}

// packages/data/src/csv-reader.ts
async function readCsv(file, sink, options = {}) {
  const stream = await openByteStream(file, { utf8: true });
  const hasHeader = options.header ?? true;
  let width = -1;
  let rows = 0;
  let endLine = 0;
  let failure;
  const parser = parse({
    bom: true,
    delimiter: options.delimiter ?? (/\.tsv(\.gz)?$/i.test(file) ? "	" : ","),
    relax_column_count: true,
    skip_empty_lines: true,
    on_record: (record2, context) => {
      const line = endLine + 1;
      endLine = context.lines;
      if (width < 0) {
        width = record2.length;
        if (hasHeader) {
          sink.header(record2);
          return null;
        }
        sink.header(record2.map((_, i) => `column_${i + 1}`));
      }
      rows++;
      if (record2.length !== width) {
        const column = Math.min(record2.length, width) + 1;
        sink.rowError({
          row: rows,
          line,
          message: `${record2.length} field${record2.length === 1 ? "" : "s"} where the header has ${width} (from field ${column})`
        });
        return null;
      }
      sink.row(record2, rows, line);
      return null;
    }
  });
  parser.on("error", (e) => {
    failure ??= e;
  });
  const write = (chunk) => {
    if (failure === void 0) parser.write(chunk);
  };
  try {
    for await (const chunk of stream.chunks) write(chunk);
  } catch (e) {
    parser.destroy();
    throw e;
  }
  if (failure === void 0) {
    parser.end();
    await new Promise((resolve) => {
      parser.on("end", resolve);
      parser.on("error", () => resolve());
      parser.resume();
    });
  }
  if (failure !== void 0) throw csvFailure(file, failure, endLine + 1);
  if (width < 0) {
    throw new ConfigError("the file is empty: no header row", {
      location: { file, line: 1 },
      hint: "write the column names on the first line, then one row per line"
    });
  }
  return { format: "csv", rows, ...stream.result() };
}
function csvFailure(file, e, line) {
  if (!(e instanceof CsvError)) {
    return new ConfigError(`cannot parse CSV: ${e.message}`, { location: { file, line } });
  }
  if (e.code === "CSV_QUOTE_NOT_CLOSED") {
    return new ConfigError("a quoted field is never closed", {
      location: { file, line },
      hint: 'close the quote; a quote inside a quoted field is written twice ("")'
    });
  }
  const column = typeof e.column === "number" ? e.column + 1 : void 0;
  return new ConfigError(`cannot parse CSV: ${e.message.split(":")[0]}`, {
    location: { file, line: typeof e.lines === "number" ? e.lines : line, column },
    hint: e.code === "CSV_INVALID_CLOSING_QUOTE" ? "quote the whole field, and double quotes inside it" : void 0
  });
}

// packages/data/src/jsonl-reader.ts
async function readJsonl(file, sink) {
  const stream = await openByteStream(file, { utf8: true });
  const decoder = new TextDecoder("utf-8");
  let columns;
  let index = /* @__PURE__ */ new Map();
  let values = [];
  let rest = "";
  let line = 0;
  let rows = 0;
  const handle = (text) => {
    line++;
    if (text.trim() === "") return;
    rows++;
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      sink.rowError({ row: rows, line, message: `not valid JSON: ${e.message}` });
      return;
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
      sink.rowError({ row: rows, line, message: "each line must be a JSON object" });
      return;
    }
    const record2 = parsed;
    if (!columns) {
      columns = Object.keys(record2);
      index = new Map(columns.map((c, i) => [c, i]));
      values = new Array(columns.length);
      sink.header(columns);
    }
    values.fill(null);
    for (const key in record2) {
      const at = index.get(key);
      if (at === void 0) {
        sink.rowError({
          row: rows,
          line,
          column: key,
          message: `key "${key}" is not in the first row's columns`
        });
        return;
      }
      values[at] = record2[key];
    }
    sink.row(values, rows, line);
  };
  for await (const chunk of stream.chunks) {
    const text = rest + decoder.decode(chunk, { stream: true });
    let start = 0;
    let nl2 = text.indexOf("\n");
    while (nl2 !== -1) {
      handle(text.charCodeAt(nl2 - 1) === 13 ? text.slice(start, nl2 - 1) : text.slice(start, nl2));
      start = nl2 + 1;
      nl2 = text.indexOf("\n", start);
    }
    rest = text.slice(start);
  }
  rest += decoder.decode();
  if (rest !== "") handle(rest);
  if (!columns) {
    throw new ConfigError("the file holds no JSON object", {
      location: { file, line: 1 },
      hint: "write one JSON object per line"
    });
  }
  return { format: "jsonl", rows, ...stream.result() };
}

// packages/data/src/parquet-reader.ts
async function readParquet(file, sink) {
  const { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema } = await import("./node-2S5C3ALP.js");
  let buffer;
  let metadata;
  try {
    buffer = await asyncBufferFromFile(file);
    metadata = await parquetMetadataAsync(buffer);
  } catch (e) {
    const code = e.code;
    throw new ConfigError(
      code === "ENOENT" ? "data file not found" : `not a readable Parquet file: ${e.message}`,
      { location: { file }, hint: code === "ENOENT" ? "check the path" : "re-export the file as Parquet" }
    );
  }
  const columns = parquetSchema(metadata).children.map((c) => c.element.name);
  sink.header(columns);
  let rows = 0;
  let start = 0;
  for (const group of metadata.row_groups) {
    const end = start + Number(group.num_rows);
    await parquetRead({
      file: buffer,
      metadata,
      columns,
      rowStart: start,
      rowEnd: end,
      onComplete: (data) => {
        for (const values of data) sink.row(values, ++rows, 0);
      }
    });
    start = end;
  }
  const digest = await openByteStream(file, { utf8: false });
  for await (const _ of digest.chunks) ;
  return { format: "parquet", rows, ...digest.result() };
}

// packages/data/src/table-reader.ts
function formatOf(file) {
  const name = file.toLowerCase().replace(/\.gz$/, "");
  if (name.endsWith(".parquet") || name.endsWith(".pq")) return "parquet";
  if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return "jsonl";
  return "csv";
}
function readTable(file, sink, options = {}) {
  switch (formatOf(file)) {
    case "parquet":
      return readParquet(file, sink);
    case "jsonl":
      return readJsonl(file, sink);
    case "csv":
      return readCsv(file, sink, options);
  }
}

// packages/data/src/type-inference.ts
var INFERENCE_ROWS = 1e3;
var ORDER = ["integer", "number", "boolean", "date", "datetime"];
function inferType(samples, nullValues) {
  const present = samples.filter(
    (v) => v !== null && v !== void 0 && !(typeof v === "string" && nullValues.has(v))
  );
  if (present.length === 0) return { type: "string" };
  if (present.every((v) => typeof v === "boolean")) return { type: "boolean" };
  for (const type of ORDER) {
    const coerce = coercerFor(type, nullValues);
    if (present.every((v) => coerce(v) !== INVALID)) return { type };
  }
  return { type: "string" };
}

// packages/data/src/table-scan.ts
var DICTIONARY_LIMIT = 5e4;
function rowNumberOf(scan, index) {
  let row = index + 1;
  for (const bad of scan.malformedRows) {
    if (bad <= row) row++;
    else break;
  }
  return row;
}
async function scanDataset(file, options) {
  const { contract } = options;
  const nullValues = new Set(contract.nullValues ?? DEFAULT_NULL_VALUES);
  const cap = contract.analysisRows;
  const random = new Xoshiro128(options.seed ?? 20260101);
  const hash = new ContentHash();
  const keyHash = new ContentHash();
  const rowKeys = new KeyList();
  const malformed = new Tally();
  const malformedRows = [];
  const progress = createProgress({ label: options.label ?? `read ${file}`, intervalMs: 5e3 });
  let header = [];
  let plans = [];
  let missing = [];
  let buffered;
  let rules = [];
  let ruleSides = [];
  let primaryKey;
  let pkPositions = [];
  let goodRows = 0;
  let capacity = 0;
  let values = [];
  const grow = (needed) => {
    if (needed <= capacity) return;
    const next = Math.min(cap, Math.max(65536, capacity * 2));
    for (const p of plans) {
      if (p.scan.numbers) {
        const a = new Float64Array(next).fill(Number.NaN);
        a.set(p.scan.numbers);
        p.scan.numbers = a;
      } else if (p.scan.codes) {
        const a = new Int32Array(next).fill(-1);
        a.set(p.scan.codes);
        p.scan.codes = a;
      }
    }
    capacity = next;
  };
  const buildPlans = (types) => {
    plans = header.map((name, position) => {
      const spec = contract.columns[name];
      const resolved = types.get(name);
      const declared = options.types === void 0 ? spec?.type !== void 0 : true;
      const numeric = isNumericType(resolved.type);
      const typeTuning = spec ? { mostly: spec.mostly ?? 1, severity: spec.severity ?? "fail" } : { mostly: 1, severity: "fail" };
      const scan = {
        name,
        type: resolved.type,
        ...resolved.pattern ? { pattern: resolved.pattern } : {},
        declared,
        rows: 0,
        nulls: 0,
        present: 0,
        invalid: new Tally(),
        typeSeverity: typeTuning.severity,
        typeMostly: typeTuning.mostly,
        min: Number.POSITIVE_INFINITY,
        max: Number.NEGATIVE_INFINITY,
        mean: 0,
        m2: 0,
        minLength: Number.POSITIVE_INFINITY,
        maxLength: 0,
        cellChecks: options.checks && spec ? buildCellChecks(name, resolved.type, spec, options.contractFile) : []
      };
      if (options.checks && spec?.nullable !== void 0) {
        const t = untune(spec.nullable);
        if (t.value === false) {
          scan.notNull = {
            tally: new Tally(),
            mostly: t.mostly ?? spec.mostly ?? 1,
            severity: t.severity ?? spec.severity ?? "fail"
          };
        }
      }
      if (options.checks && spec?.unique !== void 0) {
        const t = untune(spec.unique);
        if (t.value) {
          scan.unique = {
            keys: new KeyList(),
            rows: new KeyList(),
            mostly: t.mostly ?? spec.mostly ?? 1,
            severity: t.severity ?? spec.severity ?? "fail"
          };
        }
      }
      const uniqueId = spec !== void 0 && untune(spec.unique ?? false).value === true;
      if (numeric) scan.numbers = new Float64Array(0);
      else if (!uniqueId) {
        scan.codes = new Int32Array(0);
        scan.dictionary = { values: [], counts: [], overflow: false };
      }
      return {
        scan,
        position,
        coerce: coercerFor(resolved.type, nullValues, resolved.pattern),
        numeric,
        ...scan.dictionary ? { dict: /* @__PURE__ */ new Map() } : {}
      };
    });
    values = new Array(plans.length).fill(null);
    if (options.checks) {
      const tableSeverity = contract.table.severity ?? "fail";
      const index = new Map(header.map((h, i) => [h, i]));
      rules = [];
      ruleSides = [];
      contract.table.rules.forEach((spec, i) => {
        const location = { file: options.contractFile, path: `table.rules[${i}].check` };
        const rule = parseRule(spec, location, { severity: tableSeverity });
        const left = index.get(rule.left);
        const right = "column" in rule.right ? index.get(rule.right.column) : -1;
        for (const [side, at] of [
          [rule.left, left],
          ["column" in rule.right ? rule.right.column : "", right]
        ]) {
          if (at === void 0) {
            throw new ConfigError(
              `the rule "${spec.check}" names the column "${side}", which the data does not have`,
              {
                location,
                hint: `columns: ${header.join(", ")}`
              }
            );
          }
        }
        rules.push(rule);
        ruleSides.push({ left, right });
      });
      const pk = contract.table.primaryKey;
      if (pk) {
        const columns = Array.isArray(pk) ? pk : pk.columns;
        const absent = columns.filter((c) => !index.has(c));
        if (absent.length === 0) {
          pkPositions = columns.map((c) => index.get(c));
          primaryKey = {
            columns,
            keys: new KeyList(),
            rows: new KeyList(),
            nulls: new Tally(),
            mostly: Array.isArray(pk) ? 1 : pk.mostly ?? 1,
            severity: Array.isArray(pk) ? tableSeverity : pk.severity ?? tableSeverity
          };
        }
      }
    }
  };
  const process2 = (raw, row, line) => {
    const index = goodRows++;
    let slot = index;
    if (index >= cap) {
      const j = random.nextBelow(index + 1);
      slot = j < cap ? j : -1;
    } else grow(index + 1);
    hash.reset();
    for (let c = 0; c < plans.length; c++) {
      const p = plans[c];
      const s = p.scan;
      const cell = raw[p.position];
      hash.add(cellText(cell));
      s.rows++;
      const v = p.coerce(cell);
      values[c] = v === INVALID ? null : v;
      if (v === null || v === INVALID) {
        if (v === null) {
          s.nulls++;
          if (s.notNull)
            s.notNull.tally.fail({ row, line, column: s.name, value: "", message: "missing value" });
        } else if (s.invalid.examples.length < EXAMPLE_LIMIT) {
          s.invalid.fail({
            row,
            line,
            column: s.name,
            value: showRaw(cell),
            message: `not ${article(s.type)}`
          });
        } else s.invalid.failed++;
        if (slot >= 0) {
          if (s.numbers) s.numbers[slot] = Number.NaN;
          else if (s.codes) s.codes[slot] = -1;
        }
      } else {
        s.present++;
        if (p.numeric) {
          const x = v;
          if (x < s.min) s.min = x;
          if (x > s.max) s.max = x;
          const d = x - s.mean;
          s.mean += d / s.present;
          s.m2 += d * (x - s.mean);
          if (slot >= 0) s.numbers[slot] = x;
        } else {
          const text = v;
          if (text.length < s.minLength) s.minLength = text.length;
          if (text.length > s.maxLength) s.maxLength = text.length;
          if (p.dict) {
            let code = p.dict.get(text);
            const dictionary = s.dictionary;
            if (code === void 0 && !dictionary.overflow) {
              if (dictionary.values.length >= DICTIONARY_LIMIT) {
                dictionary.overflow = true;
                s.codes = void 0;
              } else {
                code = dictionary.values.length;
                p.dict.set(text, code);
                dictionary.values.push(text);
                dictionary.counts.push(0);
              }
            }
            if (code !== void 0) {
              dictionary.counts[code]++;
              if (slot >= 0 && s.codes) s.codes[slot] = code;
            }
          }
        }
        for (const check of s.cellChecks) {
          const t = check.tally;
          t.evaluated++;
          if (check.test(v)) continue;
          if (t.examples.length < EXAMPLE_LIMIT)
            t.fail({ row, line, column: s.name, value: showRaw(cell), message: check.expected });
          else t.failed++;
        }
        if (s.unique) {
          keyHash.reset();
          keyHash.add(cellText(cell));
          s.unique.keys.push(keyHash.key());
          s.unique.rows.push(row);
        }
      }
      if (s.notNull) s.notNull.tally.evaluated++;
    }
    rowKeys.push(hash.key());
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r];
      const sides = ruleSides[r];
      const a = values[sides.left];
      const b = sides.right >= 0 ? values[sides.right] : rule.right.literal;
      if (a === null || a === void 0 || b === null || b === void 0) continue;
      rule.tally.evaluated++;
      if (!compare(a, rule.op, b)) {
        rule.tally.fail({
          row,
          line,
          column: rule.left,
          value: `${showRaw(raw[plans[sides.left].position])}${sides.right >= 0 ? ` vs ${showRaw(raw[plans[sides.right].position])}` : ""}`,
          message: `${rule.left} ${rule.op} ${"column" in rule.right ? rule.right.column : JSON.stringify(rule.right.literal)} is false`
        });
      }
    }
    if (primaryKey) {
      keyHash.reset();
      let hasNull = false;
      for (const at of pkPositions) {
        if (values[at] === null) hasNull = true;
        keyHash.add(cellText(raw[plans[at].position]));
      }
      primaryKey.nulls.evaluated++;
      if (hasNull) primaryKey.nulls.fail({ row, line, message: "a key column is missing" });
      primaryKey.keys.push(keyHash.key());
      primaryKey.rows.push(row);
    }
    if ((index & 65535) === 65535) progress.tick(65536);
  };
  const finishInference = () => {
    const rows = buffered ?? [];
    buffered = void 0;
    const types = /* @__PURE__ */ new Map();
    header.forEach((name, i) => {
      const given = options.types?.get(name);
      const spec = contract.columns[name];
      if (given) types.set(name, given);
      else if (spec?.type)
        types.set(name, { type: spec.type, ...spec.pattern ? { pattern: spec.pattern } : {} });
      else
        types.set(
          name,
          inferType(
            rows.map((r) => r.values[i]),
            nullValues
          )
        );
    });
    buildPlans(types);
    for (const r of rows) process2(r.values, r.row, r.line);
  };
  const sink = {
    header(columns) {
      header = [...columns];
      const seen = /* @__PURE__ */ new Set();
      for (const [i, name] of header.entries()) {
        if (seen.has(name)) {
          throw new ConfigError(`the column name "${name}" appears twice in the header`, {
            location: { file, line: 1, column: i + 1 },
            hint: "give every column a distinct name"
          });
        }
        seen.add(name);
      }
      missing = Object.entries(contract.columns).filter(([name, spec]) => spec.required && !seen.has(name)).map(([name]) => name);
      const needsInference = header.some(
        (name) => !options.types?.has(name) && !contract.columns[name]?.type
      );
      if (needsInference) buffered = [];
      else finishInference();
    },
    row(raw, row, line) {
      if (buffered) {
        buffered.push({ values: Array.from(raw), row, line });
        if (buffered.length >= INFERENCE_ROWS) finishInference();
      } else process2(raw, row, line);
    },
    rowError(issue) {
      malformed.evaluated++;
      malformedRows.push(issue.row);
      malformed.fail({
        row: issue.row,
        line: issue.line,
        column: issue.column,
        value: issue.value,
        message: issue.message
      });
    }
  };
  const summary = await readTable(file, sink, {
    ...contract.csv?.delimiter ? { delimiter: contract.csv.delimiter } : {},
    ...contract.csv?.header !== void 0 ? { header: contract.csv.header } : {}
  });
  if (buffered) finishInference();
  progress.tick(goodRows & 65535);
  progress.done();
  const analysedRows = Math.min(goodRows, cap);
  for (const p of plans) {
    if (p.scan.numbers) p.scan.numbers = p.scan.numbers.subarray(0, analysedRows);
    if (p.scan.codes) p.scan.codes = p.scan.codes.subarray(0, analysedRows);
  }
  return {
    file,
    summary,
    header,
    columns: plans.map((p) => p.scan),
    missing,
    malformed,
    goodRows,
    rowKeys: rowKeys.values(),
    malformedRows,
    analysedRows,
    sampled: goodRows > cap,
    rules,
    ...primaryKey ? { primaryKey } : {}
  };
}
function article(type) {
  return type === "integer" ? "an integer" : `a ${type}`;
}

// packages/data/src/contract-checks.ts
function contractChecks(scan, contract) {
  const file = scan.file;
  const tableSeverity = contract.table.severity ?? "fail";
  const checks = [];
  checks.push(
    rowsCheck({
      id: "read:rows",
      title: "rows are well-formed",
      tally: withEvaluated(scan.malformed, scan.goodRows + scan.malformed.failed),
      mostly: 1,
      severity: "fail",
      expected: "every row has the header's fields",
      file
    })
  );
  for (const name of scan.missing) {
    checks.push({
      id: `schema:${name}:present`,
      title: `${name}: column present`,
      status: "fail",
      severity: contract.columns[name]?.severity ?? "fail",
      observed: "missing",
      expected: "present",
      message: `the column "${name}" is missing from the header`,
      location: { file, line: 1 }
    });
  }
  const present = new Set(scan.header);
  for (const name of contract.table.forbiddenColumns) {
    checks.push({
      id: `schema:${name}:forbidden`,
      title: `${name}: column absent`,
      status: present.has(name) ? "fail" : "pass",
      severity: tableSeverity,
      observed: present.has(name) ? "present" : "absent",
      expected: "absent",
      ...present.has(name) ? {
        message: `the forbidden column "${name}" is present`,
        location: { file, line: 1, column: scan.header.indexOf(name) + 1 }
      } : {}
    });
  }
  const listed = Object.keys(contract.columns);
  if (listed.length > 0 && contract.table.extraColumns !== "allow") {
    const extra = scan.header.filter((h) => !(h in contract.columns));
    checks.push({
      id: "schema:extra-columns",
      title: "no columns beyond the contract",
      status: extra.length === 0 ? "pass" : "fail",
      severity: contract.table.extraColumns,
      observed: extra.length === 0 ? "none" : extra.join(", "),
      expected: "none",
      ...extra.length > 0 ? { message: `columns not in the contract: ${extra.join(", ")}`, location: { file, line: 1 } } : {}
    });
  }
  if (contract.table.columnOrder) {
    const order = listed.filter((c) => present.has(c));
    const actual = scan.header.filter((h) => h in contract.columns);
    const same = order.every((c, i) => actual[i] === c);
    checks.push({
      id: "schema:column-order",
      title: "columns in contract order",
      status: same ? "pass" : "fail",
      severity: tableSeverity,
      observed: actual.join(", "),
      expected: order.join(", "),
      ...same ? {} : { location: { file, line: 1 } }
    });
  }
  for (const col of scan.columns) {
    if (col.declared && contract.columns[col.name]) {
      checks.push(
        rowsCheck({
          id: `contract:${col.name}:type`,
          title: `${col.name}: values are ${col.type}${col.pattern ? ` (${col.pattern})` : ""}`,
          tally: withEvaluated(col.invalid, col.present + col.invalid.failed),
          mostly: col.typeMostly,
          severity: col.typeSeverity,
          expected: col.type,
          file
        })
      );
    }
    if (col.notNull) {
      checks.push(
        rowsCheck({
          id: `contract:${col.name}:nullable`,
          title: `${col.name}: no missing values`,
          tally: col.notNull.tally,
          mostly: col.notNull.mostly,
          severity: col.notNull.severity,
          expected: "not null",
          file
        })
      );
    }
    for (const c of col.cellChecks) {
      checks.push(
        rowsCheck({
          id: c.id,
          title: c.title,
          tally: c.tally,
          mostly: c.mostly,
          severity: c.severity,
          expected: c.expected,
          file
        })
      );
    }
    if (col.unique) {
      const tally = repeatsTally(col.unique.keys.values(), col.unique.rows.values(), col.name);
      checks.push(
        rowsCheck({
          id: `contract:${col.name}:unique`,
          title: `${col.name}: values unique`,
          tally,
          mostly: col.unique.mostly,
          severity: col.unique.severity,
          expected: "no repeated value"
        })
      );
    }
  }
  const rows = contract.table.rows;
  if (rows) {
    const n = scan.goodRows + scan.malformed.failed;
    const ok = (rows.min === void 0 || n >= rows.min) && (rows.max === void 0 || n <= rows.max);
    checks.push({
      id: "table:rows",
      title: "row count",
      status: ok ? "pass" : "fail",
      severity: rows.severity ?? tableSeverity,
      observed: n,
      expected: [rows.min !== void 0 ? `≥ ${rows.min}` : "", rows.max !== void 0 ? `≤ ${rows.max}` : ""].filter(Boolean).join(" and ")
    });
  }
  if (contract.table.noDuplicateRows !== void 0) {
    const t = untune(contract.table.noDuplicateRows);
    if (t.value) {
      checks.push(
        rowsCheck({
          id: "table:duplicate-rows",
          title: "no duplicate rows",
          tally: duplicateRowsTally(scan),
          mostly: t.mostly ?? 1,
          severity: t.severity ?? tableSeverity,
          expected: "no row repeats another"
        })
      );
    }
  }
  if (contract.table.primaryKey) {
    const pk = scan.primaryKey;
    const columns = Array.isArray(contract.table.primaryKey) ? contract.table.primaryKey : contract.table.primaryKey.columns;
    if (!pk) {
      checks.push({
        id: "table:primary-key",
        title: `primary key (${columns.join(", ")})`,
        status: "fail",
        severity: tableSeverity,
        observed: `missing column ${columns.filter((c) => !present.has(c)).join(", ")}`,
        expected: "key columns present",
        location: { file, line: 1 }
      });
    } else {
      const tally = repeatsTally(pk.keys.values(), pk.rows.values(), pk.columns.join(", "));
      tally.evaluated = pk.nulls.evaluated;
      tally.failed += pk.nulls.failed;
      for (const e of pk.nulls.examples) if (tally.examples.length < EXAMPLE_LIMIT) tally.examples.push(e);
      checks.push(
        rowsCheck({
          id: "table:primary-key",
          title: `primary key (${pk.columns.join(", ")})`,
          tally,
          mostly: pk.mostly,
          severity: pk.severity,
          expected: "present and unique"
        })
      );
    }
  }
  for (const rule of scan.rules) {
    checks.push(
      rowsCheck({
        id: rule.id,
        title: rule.title,
        tally: rule.tally,
        mostly: rule.mostly,
        severity: rule.severity,
        expected: "true",
        file
      })
    );
  }
  return checks;
}
function withEvaluated(tally, evaluated) {
  const t = new Tally();
  t.evaluated = evaluated;
  t.failed = tally.failed;
  t.examples.push(...tally.examples);
  return t;
}
function repeatsTally(keys, rows, column) {
  const repeats = findRepeats(keys);
  const t = new Tally();
  t.evaluated = keys.length;
  t.failed = repeats.count;
  for (const e of repeats.examples) {
    t.examples.push({ row: rows[e.index], column, message: `repeats row ${rows[e.firstIndex]}` });
  }
  return t;
}
function duplicateRowsTally(scan) {
  const repeats = findRepeats(scan.rowKeys);
  const t = new Tally();
  t.evaluated = scan.rowKeys.length;
  t.failed = repeats.count;
  for (const e of repeats.examples) {
    t.examples.push({
      row: rowNumberOf(scan, e.index),
      message: `repeats row ${rowNumberOf(scan, e.firstIndex)}`
    });
  }
  return t;
}

// packages/data/src/drift.ts
function driftChecks(current, reference, contract) {
  const cfg = contract.drift;
  const refColumns = new Map(reference.columns.map((c) => [c.name, c]));
  const columns = [];
  for (const cur of current.columns) {
    const ref = refColumns.get(cur.name);
    const role = cur.name === contract.label ? "label" : cur.name === contract.prediction ? "prediction" : "feature";
    const id = role === "feature" ? `drift:${cur.name}` : `drift:${role}:${cur.name}`;
    const title = role === "feature" ? `drift: ${cur.name}` : `${role} drift: ${cur.name}`;
    const perColumn = cfg.columns[cur.name];
    const skip = (reason) => ({
      column: cur.name,
      role,
      check: { id, title, status: "skipped", severity: cfg.severity, message: reason }
    });
    if (!ref) {
      columns.push(skip("the reference has no such column"));
      continue;
    }
    if (cfg.exclude.includes(cur.name) || perColumn?.enabled === false) {
      columns.push(skip("excluded in the contract"));
      continue;
    }
    const explicit = perColumn?.method ?? cfg.method;
    if ((cur.type === "date" || cur.type === "datetime") && !perColumn?.method) {
      columns.push(skip("date column: set drift.columns.<name>.method to test it"));
      continue;
    }
    if (cur.dictionary && !cur.dictionary.overflow && cur.present > 1 && cur.dictionary.values.length === cur.present) {
      columns.push(skip("every value is distinct (an identifier)"));
      continue;
    }
    const refValues = columnValues(ref);
    const curValues = columnValues(cur);
    if (!refValues || !curValues) {
      columns.push(
        skip(
          cur.dictionary?.overflow || ref.dictionary?.overflow ? "text with too many distinct values for a categorical test" : "identifier column (unique)"
        )
      );
      continue;
    }
    columns.push(
      testColumn({
        id,
        title,
        role,
        cur,
        ref,
        refValues,
        curValues,
        reference,
        explicit,
        severity: cfg.severity,
        contract
      })
    );
  }
  const features = columns.filter(
    (c) => c.role === "feature" && c.result && c.check.status !== "inconclusive"
  );
  const drifted = features.filter((c) => c.check.status === "fail").length;
  const share = features.length === 0 ? null : drifted / features.length;
  const dataset = share === null ? {
    id: "drift:dataset",
    title: "dataset drift",
    status: "skipped",
    severity: cfg.datasetSeverity,
    message: "no column could be tested for drift"
  } : {
    id: "drift:dataset",
    title: "dataset drift",
    status: share >= cfg.share ? "fail" : "pass",
    severity: cfg.datasetSeverity,
    metric: "drift_share",
    observed: `${drifted} of ${features.length} columns drifted (${percent(share)})`,
    expected: `< ${percent(cfg.share)} of columns`
  };
  return { columns, tested: features.length, drifted, share, dataset };
}
function columnValues(col) {
  if (col.numbers) return col.numbers;
  if (!col.codes || !col.dictionary || col.dictionary.overflow) return void 0;
  const dict = col.dictionary.values;
  const out = new Array(col.codes.length);
  for (let i = 0; i < col.codes.length; i++) {
    const c = col.codes[i];
    out[i] = c < 0 ? null : dict[c];
  }
  return out;
}
function uniqueUpToSix(a, b) {
  const seen = /* @__PURE__ */ new Set();
  for (const values of [a, b]) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === null || v === void 0 || typeof v === "number" && Number.isNaN(v)) continue;
      seen.add(v);
      if (seen.size > 5) return seen.size;
    }
  }
  return seen.size;
}
function testColumn(args) {
  const { id, title, role, cur, ref, refValues, curValues, severity, contract } = args;
  const cfg = contract.drift;
  const base = { column: cur.name, role };
  const columnType = cur.numbers ? "numerical" : "categorical";
  if (ref.present === 0 && cur.present === 0) {
    return {
      ...base,
      check: { id, title, status: "skipped", severity, message: "no values in either dataset" }
    };
  }
  if (cur.present === 0) {
    return {
      ...base,
      check: {
        id,
        title,
        status: "fail",
        severity,
        observed: "every value missing",
        expected: "values as in the reference",
        message: `${cur.name} has no values, the reference has ${ref.present}`
      }
    };
  }
  if (ref.present === 0) {
    return {
      ...base,
      check: {
        id,
        title,
        status: "inconclusive",
        severity,
        message: "the reference has no values in this column"
      }
    };
  }
  const chosen = chooseDriftTest({
    columnType,
    nUnique: uniqueUpToSix(refValues, curValues),
    referenceSize: args.reference.analysedRows
  });
  const method = args.explicit ?? chosen.method;
  const perColumn = cfg.columns[cur.name];
  const threshold = perColumn?.threshold ?? cfg.threshold ?? (method === chosen.method ? chosen.threshold : void 0);
  const result = driftTest(method, refValues, curValues, {
    columnType,
    ...threshold !== void 0 ? { threshold } : {}
  });
  if (result.inconclusive || !Number.isFinite(result.statistic) && result.pValue === void 0) {
    return {
      ...base,
      result,
      check: { id, title, status: "inconclusive", severity, message: "nothing to compare" }
    };
  }
  const pValueTest = result.direction !== "distance-at-least";
  const score = pValueTest ? result.pValue : result.statistic;
  const rangeNote = columnType === "numerical" ? ` (range ${formatValue(cur.type, ref.min)}–${formatValue(cur.type, ref.max)} → ${formatValue(cur.type, cur.min)}–${formatValue(cur.type, cur.max)})` : "";
  return {
    ...base,
    result,
    check: {
      id,
      title,
      status: result.drifted ? "fail" : "pass",
      severity,
      observed: pValueTest ? `${methodName(method)} p = ${fmt(score)}` : `${methodName(method)} = ${fmt(score)}`,
      expected: pValueTest ? `p ${result.direction === "p-value-at-most" ? ">" : "≥"} ${result.threshold}` : `< ${result.threshold}`,
      ...result.drifted ? {
        message: `${cur.name} drifted: ${methodName(method)} ${pValueTest ? `p = ${fmt(score)}` : fmt(score)}${rangeNote}`
      } : {}
    }
  };
}
function methodName(method) {
  switch (method) {
    case "ks":
      return "K-S";
    case "chisquare":
      return "chi-square";
    case "z":
      return "z-test";
    case "wasserstein":
      return "Wasserstein (normed)";
    case "jensenshannon":
      return "Jensen-Shannon";
    case "psi":
      return "PSI";
  }
}
function fmt(x) {
  if (x === 0) return "0";
  if (Math.abs(x) < 1e-4) return x.toExponential(2);
  return Number(x.toPrecision(3)).toString();
}
function relativeScore(result) {
  if (result.direction === "distance-at-least") return result.statistic / result.threshold;
  const p = result.pValue ?? 1;
  return Math.min(10, p === 0 ? 10 : result.threshold / p);
}

// packages/data/src/fingerprint.ts
function fingerprint(scan) {
  const schema = scan.columns.map((c) => [c.name, c.type]);
  return {
    content: `sha256:${scan.summary.sha256}`,
    schema: `sha256:${sha256Hex(JSON.stringify(schema))}`,
    rows: scan.summary.rows,
    bytes: scan.summary.bytes
  };
}

// packages/data/src/leakage.ts
var TARGET_ROWS = 1e5;
var TARGET_MAX_CATEGORIES = 1e3;
function leakageChecks(current, reference, contract) {
  const cfg = contract.leakage;
  if (!cfg.enabled) return [];
  const checks = [];
  if (reference) {
    const shared = sharedKeys(current.rowKeys, reference.rowKeys);
    const share = current.rowKeys.length === 0 ? 0 : shared.count / current.rowKeys.length;
    checks.push({
      id: "leakage:shared-rows",
      title: "no rows shared with the reference",
      status: share <= cfg.sharedRows.maxShare ? "pass" : "fail",
      severity: cfg.sharedRows.severity,
      metric: "shared_rows",
      observed: `${shared.count} of ${current.rowKeys.length} (${percent(share)})`,
      expected: cfg.sharedRows.maxShare === 0 ? "none" : `≤ ${percent(cfg.sharedRows.maxShare)}`,
      ...shared.count > 0 ? {
        message: `${shared.count} row${shared.count === 1 ? "" : "s"} also appear in the reference ${reference.file}`,
        examples: shared.examples.map((i) => ({
          row: rowNumberOf(current, i),
          problem: "also in the reference"
        }))
      } : {}
    });
    if (cfg.timeColumn) checks.push(timeLeakage(current, reference, cfg.timeColumn, cfg.severity));
  }
  if (contract.label)
    checks.push(...targetLeakage(current, contract.label, contract, cfg.targetThreshold, cfg.severity));
  return checks;
}
function timeLeakage(current, reference, column, severity) {
  const id = "leakage:time";
  const title = `${column}: after the reference window`;
  const cur = current.columns.find((c) => c.name === column);
  const ref = reference.columns.find((c) => c.name === column);
  if (!cur?.numbers || !ref?.numbers) {
    return {
      id,
      title,
      status: "error",
      severity,
      message: `leakage.timeColumn "${column}" must be a date, datetime or number column in both datasets`
    };
  }
  if (ref.present === 0 || cur.present === 0) {
    return { id, title, status: "inconclusive", severity, message: `${column} has no values` };
  }
  const end = ref.max;
  let count = 0;
  let of = 0;
  const examples = [];
  const values = cur.numbers;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    of++;
    if (v <= end) {
      count++;
      if (examples.length < 5 && !current.sampled) {
        examples.push({
          row: rowNumberOf(current, i),
          column,
          value: formatValue(cur.type, v),
          problem: `not after ${formatValue(ref.type, end)}`
        });
      }
    }
  }
  return {
    id,
    title,
    status: count === 0 ? "pass" : "fail",
    severity,
    observed: count === 0 ? `earliest ${formatValue(cur.type, cur.min)}` : `${count} of ${of} rows (${percent(count / of)}) at or before ${formatValue(ref.type, end)}`,
    expected: `> ${formatValue(ref.type, end)} (the reference's latest)`,
    ...count > 0 ? { message: `${count} rows are not later than the reference window`, examples } : {}
  };
}
function targetLeakage(scan, label, contract, threshold, severity) {
  const labelColumn = scan.columns.find((c) => c.name === label);
  const id = "leakage:target";
  if (!labelColumn) {
    return [
      {
        id,
        title: "no feature predicts the label alone",
        status: "error",
        severity,
        message: `the label column "${label}" is not in the data`
      }
    ];
  }
  const labels = binaryLabels(labelColumn);
  if (!labels) {
    return [
      {
        id,
        title: "no feature predicts the label alone",
        status: "skipped",
        severity,
        message: `${label} is not a binary label`
      }
    ];
  }
  const n = labels.length;
  const stride = Math.max(1, Math.ceil(n / TARGET_ROWS));
  const checks = [];
  let worst = { column: "", auc: 0.5 };
  for (const col of scan.columns) {
    if (col.name === label || col.name === contract.prediction) continue;
    const scores = featureScores(col, labels, stride);
    if (!scores) continue;
    const auc = rocAuc(scores.labels, scores.scores);
    if (auc === null) continue;
    const strength = Math.max(auc, 1 - auc);
    if (strength > worst.auc) worst = { column: col.name, auc: strength };
    if (strength >= threshold) {
      checks.push({
        id: `leakage:target:${col.name}`,
        title: `${col.name}: does not predict ${label} alone`,
        status: "fail",
        severity,
        observed: `ROC AUC ${strength.toFixed(4)} on its own`,
        expected: `< ${threshold}`,
        message: `${col.name} alone separates ${label} almost perfectly: it may be derived from the label or from the future`
      });
    }
  }
  if (checks.length === 0) {
    checks.push({
      id,
      title: `no feature predicts ${label} alone`,
      status: "pass",
      severity,
      observed: worst.column ? `strongest ${worst.column}, ROC AUC ${worst.auc.toFixed(3)}` : "no feature to test",
      expected: `ROC AUC < ${threshold}`
    });
  }
  return checks;
}
function binaryLabels(col) {
  if (col.numbers) {
    const distinct = /* @__PURE__ */ new Set();
    for (const v of col.numbers) {
      if (Number.isNaN(v)) continue;
      distinct.add(v);
      if (distinct.size > 2) return void 0;
    }
    if (distinct.size !== 2) return void 0;
    const high = Math.max(...distinct);
    return col.numbers.map((v) => Number.isNaN(v) ? Number.NaN : v === high ? 1 : 0);
  }
  if (!col.codes || !col.dictionary || col.dictionary.values.length !== 2) return void 0;
  const positive = col.dictionary.values[0] < col.dictionary.values[1] ? 1 : 0;
  return Float64Array.from(col.codes, (c) => c < 0 ? Number.NaN : c === positive ? 1 : 0);
}
function featureScores(col, labels, stride) {
  const outLabels = [];
  const scores = [];
  if (col.numbers) {
    for (let i = 0; i < labels.length; i += stride) {
      const y = labels[i];
      const x = col.numbers[i];
      if (Number.isNaN(y) || Number.isNaN(x)) continue;
      outLabels.push(y);
      scores.push(x);
    }
  } else if (col.codes && col.dictionary && !col.dictionary.overflow && col.dictionary.values.length <= TARGET_MAX_CATEGORIES) {
    const k = col.dictionary.values.length;
    const pos = new Float64Array(k);
    const all = new Float64Array(k);
    const codes = [];
    for (let i = 0; i < labels.length; i += stride) {
      const y = labels[i];
      const c = col.codes[i];
      if (Number.isNaN(y) || c < 0) continue;
      pos[c] += y;
      all[c]++;
      outLabels.push(y);
      codes.push(c);
    }
    for (const c of codes) scores.push(pos[c] / all[c]);
  } else return void 0;
  return outLabels.length > 1 ? { labels: outLabels, scores } : void 0;
}

// packages/data/src/quality-checks.ts
function qualityChecks(scan, contract) {
  const q = contract.quality;
  const outliers = /* @__PURE__ */ new Map();
  if (!q.enabled) return { checks: [], outliers };
  const severity = q.severity;
  const checks = [];
  for (const col of scan.columns) {
    const nullShare = col.rows === 0 ? 0 : col.nulls / col.rows;
    checks.push({
      id: `quality:${col.name}:nulls`,
      title: `${col.name}: missing values`,
      status: nullShare <= q.maxNullShare ? "pass" : "fail",
      severity,
      observed: percent(nullShare),
      expected: `≤ ${percent(q.maxNullShare)}`
    });
    if (!col.declared && col.invalid.failed > 0) {
      checks.push({
        ...rowsCheck({
          id: `quality:${col.name}:mixed-types`,
          title: `${col.name}: one type of value`,
          tally: col.invalid,
          mostly: 1,
          severity,
          expected: `every value ${col.type} (as the first rows)`,
          file: scan.file
        }),
        observed: `${col.invalid.failed} value${col.invalid.failed === 1 ? "" : "s"} not ${col.type}`
      });
    }
    const distinct = distinctCount(col);
    if (col.present > 0 && distinct === 1) {
      checks.push({
        id: `quality:${col.name}:constant`,
        title: `${col.name}: not constant`,
        status: "fail",
        severity,
        observed: "one value in every row",
        expected: "more than one value"
      });
    }
    if (col.numbers && (col.type === "integer" || col.type === "number")) {
      const o = countOutliers(col, contract);
      if (o) {
        outliers.set(col.name, o);
        const share = o.of === 0 ? 0 : o.count / o.of;
        checks.push({
          id: `quality:${col.name}:outliers`,
          title: `${col.name}: outliers (${q.outliers.method === "iqr" ? "IQR" : "z-score"})`,
          status: share <= q.outliers.maxShare ? "pass" : "fail",
          severity,
          observed: `${o.count} of ${o.of} (${percent(share)})`,
          expected: `≤ ${percent(q.outliers.maxShare)}`
        });
      }
    }
    const variants = caseVariants(col);
    if (variants.length > 0) {
      checks.push({
        id: `quality:${col.name}:variants`,
        title: `${col.name}: no case or whitespace variants`,
        status: "fail",
        severity,
        observed: `${variants.length} group${variants.length === 1 ? "" : "s"}`,
        expected: "none",
        message: variants.slice(0, 5).map((g) => g.map((v) => JSON.stringify(v)).join(" / ")).join("; ")
      });
    }
  }
  if (contract.table.noDuplicateRows === void 0) {
    const tally = duplicateRowsTally(scan);
    const share = tally.evaluated === 0 ? 0 : tally.failed / tally.evaluated;
    checks.push({
      ...rowsCheck({
        id: "quality:duplicate-rows",
        title: "duplicate rows",
        tally,
        mostly: 1 - q.maxDuplicateShare,
        severity,
        expected: "no repeated rows"
      }),
      observed: `${tally.failed} of ${tally.evaluated} (${percent(share)})`,
      expected: `≤ ${percent(q.maxDuplicateShare)}`
    });
  }
  return { checks, outliers };
}
function distinctCount(col) {
  if (col.present === 0) return 0;
  if (col.dictionary && !col.dictionary.overflow) return col.dictionary.values.length;
  if (col.numbers || col.type === "date" || col.type === "datetime")
    return col.min === col.max ? 1 : void 0;
  return void 0;
}
function countOutliers(col, contract) {
  const values = col.numbers;
  const sorted = Float64Array.from(values).sort();
  let n = sorted.length;
  while (n > 0 && Number.isNaN(sorted[n - 1])) n--;
  if (n < 4) return void 0;
  const present = sorted.subarray(0, n);
  const { method, threshold } = contract.quality.outliers;
  let low;
  let high;
  if (method === "iqr") {
    const q1 = quantileSorted(present, 0.25);
    const q3 = quantileSorted(present, 0.75);
    const k = threshold ?? 1.5;
    low = q1 - k * (q3 - q1);
    high = q3 + k * (q3 - q1);
  } else {
    const std2 = Math.sqrt(col.m2 / col.present);
    if (std2 === 0) return { count: 0, of: n };
    const k = threshold ?? 3;
    low = col.mean - k * std2;
    high = col.mean + k * std2;
  }
  let count = 0;
  for (const v of present) if (v < low || v > high) count++;
  return { count, of: n };
}
function caseVariants(col) {
  if (!col.dictionary || col.dictionary.overflow) return [];
  const groups = /* @__PURE__ */ new Map();
  for (const v of col.dictionary.values) {
    const key = v.trim().replace(/\s+/g, " ").toLowerCase();
    const group = groups.get(key);
    if (group) group.push(v);
    else groups.set(key, [v]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

// packages/data/src/validation-details.ts
function validationDetails(scan, drift, outliers, checks) {
  const details = [];
  const driftOf = new Map(drift?.columns.map((d) => [d.column, d]) ?? []);
  details.push({
    type: "table",
    title: "Columns",
    columns: [
      "column",
      "type",
      "missing",
      "invalid",
      "range / top values",
      "outliers",
      ...drift ? ["drift test", "drift score", "drift"] : []
    ],
    rows: scan.columns.map((col) => {
      const d = driftOf.get(col.name);
      const o = outliers.get(col.name);
      return [
        col.name,
        col.declared ? col.type : `${col.type} (inferred)`,
        col.rows === 0 ? "0" : `${col.nulls} (${percent(col.nulls / col.rows)})`,
        col.invalid.failed,
        rangeText(col),
        o ? `${o.count} (${percent(o.of === 0 ? 0 : o.count / o.of)})` : "",
        ...drift ? [
          d?.result ? methodName(d.result.method) : "",
          d?.result ? scoreText(d.result.pValue ?? d.result.statistic, d.result.pValue !== void 0) : "",
          d ? verdict(d.check) : ""
        ] : []
      ];
    })
  });
  const tested = drift?.columns.filter((d) => d.result && !d.result.inconclusive) ?? [];
  if (tested.length > 0) {
    details.push({
      type: "bar-chart",
      title: "Drift score per column (1 = the test's threshold; above it, drift)",
      labels: tested.map((d) => d.column),
      values: tested.map((d) => Number(relativeScore(d.result).toFixed(4))),
      threshold: 1,
      unit: "× threshold"
    });
  }
  const failing = [];
  for (const c of checks) {
    if (c.status !== "fail" || !c.examples) continue;
    for (const e of c.examples) {
      if (failing.length >= 25) break;
      failing.push([
        c.title,
        e.row ?? null,
        e.line ?? null,
        e.column ?? null,
        e.value ?? null,
        e.problem ?? null
      ]);
    }
  }
  if (failing.length > 0) {
    details.push({
      type: "table",
      title: "Failing rows (sample; rows count data rows, lines count file lines)",
      columns: ["check", "row", "line", "column", "value", "problem"],
      rows: failing
    });
  }
  return details;
}
function rangeText(col) {
  if (col.present === 0) return "no values";
  if (col.numbers) return `${formatValue(col.type, col.min)} – ${formatValue(col.type, col.max)}`;
  if (col.dictionary && !col.dictionary.overflow) {
    const top = col.dictionary.values.map((v, i) => ({ v, n: col.dictionary.counts[i] })).sort((a, b) => b.n - a.n).slice(0, 3).map((t) => `${t.v.length > 20 ? `${t.v.slice(0, 19)}…` : t.v} (${percent(t.n / col.present)})`);
    const more = col.dictionary.values.length - top.length;
    return `${top.join(", ")}${more > 0 ? ` +${more} more` : ""}`;
  }
  return `${col.present} values, length ${col.minLength}–${col.maxLength}`;
}
function scoreText(x, pValue) {
  const text = x === 0 ? "0" : Math.abs(x) < 1e-4 ? x.toExponential(2) : Number(x.toPrecision(3)).toString();
  return pValue ? `p = ${text}` : text;
}
function verdict(check) {
  switch (check.status) {
    case "pass":
      return "no drift";
    case "fail":
      return "DRIFT";
    case "skipped":
      return `skipped: ${check.message ?? ""}`;
    default:
      return check.status;
  }
}

// packages/data/src/validate-data-command.ts
var FAILING = {
  fail: ["fail", "error"],
  warn: ["warn", "fail", "error"],
  never: []
};
async function runValidateData(options, io) {
  const { logger } = io;
  const cwd = io.cwd ?? process.cwd();
  const env = io.env ?? process.env;
  const now = io.now ?? (() => /* @__PURE__ */ new Date());
  const started = now();
  const resultsDir = path.resolve(cwd, options.resultsDir || DEFAULT_RESULTS_DIR);
  const dataFile = path.resolve(cwd, options.data);
  const referenceFile = options.reference ? path.resolve(cwd, options.reference) : void 0;
  const shown = (f) => path.relative(cwd, f) || f;
  const lineage = {
    ...env.GITHUB_SHA ? { gitSha: env.GITHUB_SHA } : {},
    ...env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? { runUrl: `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` } : {},
    tools: { "mlops-validate-data": "1.0.0" }
  };
  let subjectName = options.name || path.basename(options.data);
  const finish = async (envelope, failOn) => {
    const envelopePath = await writeEnvelope(resultsDir, envelope);
    logger.info(`result: ${envelope.status} → ${shown(envelopePath)}`);
    const result = { status: envelope.status, envelopePath, envelope };
    if (FAILING[failOn].includes(envelope.status)) result.failure = failureText(envelope);
    return result;
  };
  try {
    const contractFile = options.contract ? path.resolve(cwd, options.contract) : void 0;
    const contract = contractFile ? await loadContract(contractFile) : emptyContract();
    if (contractFile) lineage.configDigest = `sha256:${sha256Hex(await readFile(contractFile))}`;
    subjectName = options.name || contract.name || subjectName;
    const contractName = contractFile ? shown(contractFile) : "(no contract)";
    const scan = await logger.group(
      `Read ${shown(dataFile)}`,
      () => scanDataset(dataFile, {
        contract,
        contractFile: contractName,
        checks: true,
        label: `read ${shown(dataFile)}`
      })
    );
    logger.info(
      `${scan.summary.rows} rows × ${scan.header.length} columns (${scan.summary.format}${scan.summary.gzip ? ", gzip" : ""})`
    );
    let reference;
    if (referenceFile) {
      const types = new Map(
        scan.columns.map((c) => [c.name, { type: c.type, ...c.pattern ? { pattern: c.pattern } : {} }])
      );
      reference = await logger.group(
        `Read reference ${shown(referenceFile)}`,
        () => scanDataset(referenceFile, {
          contract,
          contractFile: contractName,
          checks: false,
          types,
          label: `read ${shown(referenceFile)}`
        })
      );
      if (reference.goodRows === 0) {
        throw new ConfigError("the reference has no data rows", {
          location: { file: shown(referenceFile), line: 2 },
          hint: "point reference at the data the model was trained on (a header and at least one row)"
        });
      }
    }
    const checks = contractChecks({ ...scan, file: shown(dataFile) }, contract);
    const quality = qualityChecks({ ...scan, file: shown(dataFile) }, contract);
    checks.push(...quality.checks);
    let drift;
    if (reference && contract.drift.enabled) {
      drift = driftChecks(scan, reference, contract);
      checks.push(...drift.columns.map((d) => d.check), drift.dataset);
    }
    checks.push(
      ...leakageChecks(scan, reference ? { ...reference, file: shown(referenceFile) } : void 0, contract)
    );
    const metrics = metricsOf(scan, reference, drift, checks);
    checks.push(...evaluateGates(contract.gates, metrics));
    const fp = fingerprint(scan);
    const refFp = reference ? fingerprint(reference) : void 0;
    lineage.datasets = [
      { name: shown(dataFile), digest: fp.content },
      { name: `${shown(dataFile)} (schema)`, digest: fp.schema },
      ...refFp && referenceFile ? [
        { name: shown(referenceFile), digest: refFp.content },
        { name: `${shown(referenceFile)} (schema)`, digest: refFp.schema }
      ] : []
    ];
    lineage.parameters = {
      contract: contractName,
      analysisRows: contract.analysisRows,
      sampled: scan.sampled || (reference?.sampled ?? false)
    };
    const status = statusFromChecks(checks);
    const failed = checks.filter((c) => c.status === "fail" || c.status === "error");
    const envelope = {
      schemaVersion: 1,
      kind: "data-validation",
      title: `Data: ${subjectName}`,
      subject: {
        type: "dataset",
        name: subjectName,
        digest: fp.content,
        ...refFp && referenceFile ? { baseline: { name: shown(referenceFile), digest: refFp.content } } : {}
      },
      status,
      startedAt: started.toISOString(),
      durationMs: Math.max(0, now().getTime() - started.getTime()),
      summary: summaryLine(scan, drift, failed.length),
      metrics,
      checks,
      details: validationDetails(scan, drift, quality.outliers, checks),
      artifacts: [],
      lineage
    };
    for (const c of failed.slice(0, 10)) {
      const text = `${c.title}: ${c.message ?? c.observed ?? c.status}`;
      if (c.severity === "fail") logger.error(text, c.location);
      else logger.warn(text, c.location);
    }
    return await finish(envelope, options.failOn ?? "fail");
  } catch (caught) {
    if (!isMlopsError(caught)) throw caught;
    const e = relativeTo(caught, cwd);
    const envelope = errorEnvelope(e, subjectName, started, now(), lineage);
    await writeEnvelope(resultsDir, envelope);
    throw e;
  }
}
function relativeTo(e, cwd) {
  if (!(e instanceof ConfigError) || !e.location || !path.isAbsolute(e.location.file)) return e;
  const file = path.relative(cwd, e.location.file) || e.location.file;
  return new ConfigError(e.message, {
    location: { ...e.location, file },
    hint: e.hint,
    others: e.others,
    cause: e
  });
}
function metricsOf(scan, reference, drift, checks) {
  let cells = 0;
  let nulls = 0;
  let invalid = 0;
  for (const c of scan.columns) {
    cells += c.rows;
    nulls += c.nulls;
    invalid += c.invalid.failed;
  }
  const metrics = {
    rows: { value: scan.summary.rows, greaterIsBetter: true },
    columns: { value: scan.header.length },
    missing_share: { value: cells === 0 ? 0 : nulls / cells, n: cells, greaterIsBetter: false },
    invalid_share: { value: cells === 0 ? 0 : invalid / cells, n: cells, greaterIsBetter: false },
    malformed_rows: { value: scan.malformed.failed, greaterIsBetter: false },
    failed_checks: {
      value: checks.filter((c) => c.status === "fail" || c.status === "error").length,
      greaterIsBetter: false
    }
  };
  const duplicates = checks.find((c) => c.id === "quality:duplicate-rows" || c.id === "table:duplicate-rows");
  if (duplicates?.examples !== void 0 || duplicates) {
    const match = /^(\d+) of (\d+)/.exec(String(duplicates.observed ?? ""));
    if (match) {
      metrics.duplicate_share = {
        value: Number(match[1]) / Math.max(1, Number(match[2])),
        n: Number(match[2]),
        greaterIsBetter: false
      };
    }
  }
  if (reference) metrics.reference_rows = { value: reference.summary.rows };
  if (drift) {
    metrics.drift_share = { value: drift.share, n: drift.tested, greaterIsBetter: false };
    metrics.drifted_columns = { value: drift.drifted, n: drift.tested, greaterIsBetter: false };
  }
  const shared = checks.find((c) => c.id === "leakage:shared-rows");
  const sharedMatch = /^(\d+) of/.exec(String(shared?.observed ?? ""));
  if (sharedMatch) metrics.shared_rows = { value: Number(sharedMatch[1]), greaterIsBetter: false };
  return metrics;
}
function summaryLine(scan, drift, failed) {
  const parts = [`${scan.summary.rows} rows × ${scan.header.length} columns`];
  if (drift && drift.share !== null) parts.push(`${drift.drifted}/${drift.tested} columns drifted`);
  parts.push(failed === 0 ? "all checks pass" : `${failed} check${failed === 1 ? "" : "s"} failed`);
  return parts.join(", ");
}
function failureText(envelope) {
  const bad = envelope.checks.filter(
    (c) => c.status === "fail" || c.status === "error" || c.status === "inconclusive"
  );
  const lines = bad.slice(0, 15).map((c) => `${c.title} (${c.severity === "fail" ? c.status : `${c.status}, warn`})`);
  return `data validation ${envelope.status}${lines.length ? `:
- ${lines.join("\n- ")}` : ""}${bad.length > 15 ? `
- … ${bad.length - 15} more` : ""}`;
}
function errorEnvelope(e, name, started, ended, lineage) {
  const where = e.location ? `${formatLocation(e.location)}: ` : "";
  return {
    schemaVersion: 1,
    kind: "data-validation",
    title: `Data: ${name}`,
    subject: { type: "dataset", name },
    status: "error",
    startedAt: started.toISOString(),
    durationMs: Math.max(0, ended.getTime() - started.getTime()),
    summary: `could not validate: ${e.message}`,
    metrics: {},
    checks: [
      {
        id: "read:input",
        title: "input readable",
        status: "error",
        severity: "fail",
        message: `${where}${e.message}`,
        ...e.location ? {
          location: {
            file: e.location.file,
            ...e.location.line ? { line: e.location.line } : {},
            ...e.location.column ? { column: e.location.column } : {}
          }
        } : {}
      }
    ],
    artifacts: [],
    lineage,
    error: { message: `${where}${e.message}`, ...e.hint ? { hint: e.hint } : {} }
  };
}

// packages/data/src/infer-contract.ts
import { mkdir, writeFile } from "node:fs/promises";
import path2 from "node:path";
var MAX_ALLOWED = 20;
var WIDER = {
  integer: "number",
  number: "string",
  boolean: "string",
  date: "datetime",
  datetime: "string"
};
async function runInferContract(options, io) {
  const cwd = io.cwd ?? process.cwd();
  const file = path2.resolve(cwd, options.data);
  const contract = emptyContract();
  let types;
  let scan;
  for (; ; ) {
    scan = await scanDataset(file, {
      contract,
      contractFile: "(inferred)",
      checks: false,
      label: `read ${options.data}`,
      ...types ? { types } : {}
    });
    const widened = new Map(
      scan.columns.map((c) => [
        c.name,
        { type: c.invalid.failed > 0 ? WIDER[c.type] ?? "string" : c.type }
      ])
    );
    if (scan.columns.every((c) => c.invalid.failed === 0)) break;
    types = widened;
    io.logger.info(
      `widening ${scan.columns.filter((c) => c.invalid.failed > 0).map((c) => c.name).join(", ")} and reading again`
    );
  }
  const text = contractText(
    scan,
    options.name ?? path2.basename(options.data).replace(/\.(csv|tsv|jsonl|ndjson|parquet)(\.gz)?$/i, ""),
    path2.relative(cwd, file) || file
  );
  const result = { text, columns: scan.columns.length, rows: scan.summary.rows };
  if (options.output) {
    const out = path2.resolve(cwd, options.output);
    await mkdir(path2.dirname(out), { recursive: true });
    await writeFile(out, text);
    result.outputPath = out;
    io.logger.info(
      `contract for ${scan.columns.length} columns written to ${path2.relative(cwd, out) || out}`
    );
  }
  return result;
}
function yamlScalar(v) {
  if (typeof v !== "string") return String(v);
  return /^[A-Za-z_][\w ./-]*$/.test(v) && !/^(true|false|yes|no|null|on|off|~)$/i.test(v) && !/\s$/.test(v) ? v : JSON.stringify(v);
}
function columnLines(col, rows) {
  const lines = [`  ${yamlScalar(col.name)}:`, `    type: ${col.type}`];
  if (col.nulls === 0 && col.rows > 0) lines.push("    nullable: false");
  if (col.present > 0 && col.numbers) {
    lines.push(
      `    min: ${yamlScalar(bound(col.type, col.min))}`,
      `    max: ${yamlScalar(bound(col.type, col.max))}`
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
function bound(type, v) {
  return type === "integer" || type === "number" ? v : formatValue(type, v);
}
function contractText(scan, name, source) {
  return [
    `# Data contract inferred from ${source} (${scan.summary.rows} rows). Review it: ranges and value`,
    "# lists describe this file; loosen or tighten them, and add table rules, before relying on them.",
    `name: ${yamlScalar(name)}`,
    "columns:",
    ...scan.columns.flatMap((c) => columnLines(c, scan.summary.rows)),
    "table:",
    `  rows: { min: 1 }`,
    ""
  ].join("\n");
}

export {
  runInferContract,
  runValidateData
};
