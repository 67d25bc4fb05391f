import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  DRIFT_METHODS,
  GatesSchema,
  createProgress
} from "./chunk-ZEAHTK5M.js";
import {
  Xoshiro128,
  digitStarts
} from "./chunk-VUGF5SOQ.js";
import {
  TOO_DEEP,
  loadConfigFile,
  nestedTooDeep,
  parseConfigText
} from "./chunk-DG7BS5UH.js";
import {
  LinearRegex,
  compileLinearRegex,
  explainRegexProblem
} from "./chunk-UST2DAMY.js";
import {
  _enum,
  array,
  boolean,
  literal,
  number,
  object,
  record,
  string,
  union
} from "./chunk-33725BPV.js";
import {
  ConfigError,
  RuntimeFailure,
  isMlopsError
} from "./chunk-CYLWIE3E.js";

// packages/data/src/scan-worker.ts
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

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

// packages/data/src/read-limits.ts
var MiB = 1 << 20;
var DEFAULT_READ_LIMITS = {
  maxFieldBytes: 16 * MiB,
  maxRowBytes: 64 * MiB,
  maxDecompressedBytes: 16 * 1024 * MiB,
  // Text data compresses 3–20×, repetitive columns up to ~100×; gzip itself cannot exceed ~1032×.
  maxCompressionRatio: 200,
  // Writers default to 64–128 MiB (Spark, parquet-mr) or a million rows (pyarrow): room for wide ones.
  maxRowGroupBytes: 256 * MiB
};
var RATIO_GRACE_BYTES = 64 * MiB;
function readLimits(given = {}) {
  return { ...DEFAULT_READ_LIMITS, ...given };
}
function formatBytes(n) {
  for (const [unit, size] of [
    ["GiB", 1024 * MiB],
    ["MiB", MiB],
    ["KiB", 1024]
  ]) {
    if (n >= size) return `${n % size === 0 ? n / size : (n / size).toFixed(1)} ${unit}`;
  }
  return `${n} bytes`;
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
var Pattern = string().superRefine((source, ctx) => {
  const re = compileLinearRegex(source);
  if (!(re instanceof LinearRegex)) ctx.addIssue({ code: "custom", message: explainRegexProblem(re) });
});
var ColumnContractSchema = object({
  type: _enum(DATA_TYPES).optional().describe("Inferred from the first rows when absent"),
  pattern: string().optional().describe("Date/datetime layout, e.g. DD/MM/YYYY or YYYY-MM-DD HH:mm:ss (default ISO 8601)"),
  description: string().optional(),
  required: boolean().default(true).describe("The column must be present"),
  nullable: tuned(boolean(), "false: every row must have a value").optional(),
  min: tuned(Bound, "Smallest allowed value (a date string for date columns)").optional(),
  max: tuned(Bound, "Largest allowed value (a date string for date columns)").optional(),
  allowed: tuned(array(Scalar).min(1), "The only values allowed").optional(),
  regex: tuned(
    Pattern,
    "Every value must match this regular expression (whole value, RE2 syntax: no backreferences or lookaround)"
  ).optional(),
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
  shareColumns: _enum(["features", "all"]).default("features").describe(
    "Columns the dataset drift share counts: features, or all (label and prediction too, as Evidently's dataset drift does)"
  ),
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
var byteLimit = (what, fallback) => number().int().positive().optional().describe(`${what}, in bytes (default ${fallback}, ${formatBytes(fallback)})`);
var ReadLimitsSchema = object({
  maxFieldBytes: byteLimit("Longest CSV field, quotes included", DEFAULT_READ_LIMITS.maxFieldBytes),
  maxRowBytes: byteLimit("Longest CSV row or JSON Lines line", DEFAULT_READ_LIMITS.maxRowBytes),
  maxDecompressedBytes: byteLimit(
    "Largest size a gzip file may expand to",
    DEFAULT_READ_LIMITS.maxDecompressedBytes
  ),
  maxCompressionRatio: number().positive().optional().describe(
    `Largest decompressed/compressed size ratio of a gzip file, checked past its first ${formatBytes(RATIO_GRACE_BYTES)} (default ${DEFAULT_READ_LIMITS.maxCompressionRatio})`
  ),
  maxRowGroupBytes: byteLimit(
    "Largest uncompressed Parquet row group, as its footer states; each is decoded whole",
    DEFAULT_READ_LIMITS.maxRowGroupBytes
  )
}).strict();
var DataContractSchema = object({
  $schema: string().optional(),
  name: string().min(1).optional().describe("Dataset name used in reports (default: the file name)"),
  description: string().optional(),
  csv: object({ delimiter: string().length(1).optional(), header: boolean().optional() }).strict().optional(),
  limits: ReadLimitsSchema.optional().describe(
    "Caps on what reading a data file may take: a longer field or row, a gzip file expanding further or a larger Parquet row group stops with an error naming the line or row group"
  ),
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
    shareColumns: "features",
    severity: "warn",
    datasetSeverity: "fail"
  }),
  gates: GatesSchema.default([]).describe(
    "Gates on this evaluation's metrics (rows, columns, missing_share, invalid_share, malformed_rows, failed_checks, duplicate_share, reference_rows, drift_share, drifted_columns, shared_rows)"
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
function isEmail(text) {
  const at = text.indexOf("@");
  if (at < 1 || text.indexOf("@", at + 1) !== -1 || /\s/.test(text)) return false;
  const dot = text.indexOf(".", at + 2);
  return dot !== -1 && dot < text.length - 1;
}
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
  const bound = (key) => {
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
    const min = bound("min");
    add(
      "min",
      spec.min,
      `at least ${formatValue(type, min)}`,
      `≥ ${formatValue(type, min)}`,
      (v) => v >= min
    );
  }
  if (spec.max !== void 0) {
    const max = bound("max");
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
    const re = compileLinearRegex(source);
    if (!(re instanceof LinearRegex)) {
      throw new ConfigError(re.message, { location: where("regex"), hint: re.hint });
    }
    add("regex", spec.regex, `matches /${source}/`, `/${source}/`, (v) => re.testWhole(String(v)));
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
      format === "email" ? (v) => isEmail(String(v)) : (v) => isUrl(String(v))
    );
  }
  return checks;
}

// packages/data/src/byte-cells.ts
var POW10 = [
  1,
  10,
  100,
  1e3,
  1e4,
  1e5,
  1e6,
  1e7,
  1e8,
  1e9,
  1e10,
  1e11,
  1e12,
  1e13,
  1e14,
  1e15,
  1e16,
  1e17,
  1e18,
  1e19,
  1e20,
  1e21,
  1e22
];
function parseDecimal(bytes, start, end) {
  let i = start;
  let negative = false;
  let c = bytes[i];
  if (c === 45 || c === 43) {
    negative = c === 45;
    i++;
  }
  let mantissa = 0;
  let significant = 0;
  let digits2 = 0;
  let scale = 0;
  while (i < end) {
    c = bytes[i] - 48;
    if (c < 0 || c > 9) break;
    if (significant > 0 || c !== 0) significant++;
    mantissa = mantissa * 10 + c;
    digits2++;
    i++;
  }
  if (i < end && bytes[i] === 46) {
    i++;
    while (i < end) {
      c = bytes[i] - 48;
      if (c < 0 || c > 9) break;
      if (significant > 0 || c !== 0) significant++;
      mantissa = mantissa * 10 + c;
      digits2++;
      scale--;
      i++;
    }
  }
  if (digits2 === 0 || significant > 15) return Number.NaN;
  if (i < end && (bytes[i] === 101 || bytes[i] === 69)) {
    i++;
    let expNegative = false;
    if (bytes[i] === 45 || bytes[i] === 43) {
      expNegative = bytes[i] === 45;
      i++;
    }
    let exponent = 0;
    let expDigits = 0;
    while (i < end && expDigits < 4) {
      c = bytes[i] - 48;
      if (c < 0 || c > 9) break;
      exponent = exponent * 10 + c;
      expDigits++;
      i++;
    }
    if (expDigits === 0) return Number.NaN;
    scale += expNegative ? -exponent : exponent;
  }
  if (i !== end || scale < -22 || scale > 22) return Number.NaN;
  const value = scale < 0 ? mantissa / POW10[-scale] : mantissa * POW10[scale];
  return negative ? -value : value;
}
function dateKey(bytes, start) {
  if (bytes[start + 4] !== 45 || bytes[start + 7] !== 45) return -1;
  let key = 0;
  for (let i = start; i < start + 10; i++) {
    if (i === start + 4 || i === start + 7) continue;
    const c = bytes[i] - 48;
    if (c < 0 || c > 9) return -1;
    key = key * 10 + c;
  }
  return key;
}
function civilDate(key) {
  const y = Math.floor(key / 1e4);
  const m = Math.floor(key / 100) % 100;
  const d = key % 100;
  if (y < 100 || m < 1 || m > 12 || d < 1) return Number.NaN;
  const leap = y % 4 === 0 && y % 100 !== 0 || y % 400 === 0;
  const days = m === 2 ? leap ? 29 : 28 : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  if (d > days) return Number.NaN;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yearOfEra = yy - era * 400;
  const dayOfYear = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return (era * 146097 + dayOfEra - 719468) * 864e5;
}
function clockMillis(bytes, start, end) {
  const length = end - start;
  if (length !== 19 && !(length === 20 && bytes[start + 19] === 90)) return -1;
  const t = bytes[start + 10];
  if (t !== 84 && t !== 32 || bytes[start + 13] !== 58 || bytes[start + 16] !== 58) return -1;
  const hh = twoDigits(bytes, start + 11);
  const mm = twoDigits(bytes, start + 14);
  const ss = twoDigits(bytes, start + 17);
  if (hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 59) return -1;
  return ((hh * 60 + mm) * 60 + ss) * 1e3;
}
function twoDigits(bytes, at) {
  const a = bytes[at] - 48;
  const b = bytes[at + 1] - 48;
  return a < 0 || a > 9 || b < 0 || b > 9 ? -1 : a * 10 + b;
}
var ByteDictionary = class {
  limit;
  slots = new Int32Array(1024).fill(-1);
  hashes = new Int32Array(256);
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  store = Buffer.alloc(4096);
  used = 0;
  size = 0;
  constructor(limit) {
    this.limit = limit;
  }
  /** The entry for these bytes, adding it when new; -1 when new and the dictionary is full. */
  entry(bytes, start, end) {
    let h = 2166136261;
    for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i], 16777619);
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let s = h & mask; ; s = s + 1 & mask) {
      const e = this.slots[s];
      if (e === -1) {
        if (this.size >= this.limit) return -1;
        return this.add(bytes, start, end, h, s);
      }
      if (this.hashes[e] === h && this.ends[e] - this.starts[e] === length) {
        const from = this.starts[e];
        let same = true;
        for (let i = 0; i < length; i++) {
          if (this.store[from + i] !== bytes[start + i]) {
            same = false;
            break;
          }
        }
        if (same) return e;
      }
    }
  }
  add(bytes, start, end, h, slot) {
    const e = this.size++;
    if (e === this.hashes.length) {
      this.hashes = grown(this.hashes);
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
    }
    const length = end - start;
    if (this.used + length > this.store.length) {
      const next = Buffer.alloc(Math.max(this.store.length * 2, this.used + length));
      this.store.copy(next, 0, 0, this.used);
      this.store = next;
    }
    this.store.set(bytes.subarray(start, end), this.used);
    this.hashes[e] = h;
    this.starts[e] = this.used;
    this.ends[e] = this.used + length;
    this.used += length;
    this.slots[slot] = e;
    if (this.size * 2 > this.slots.length) this.rehash();
    return e;
  }
  rehash() {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let e = 0; e < this.size; e++) {
      let s = this.hashes[e] & mask;
      while (slots[s] !== -1) s = s + 1 & mask;
      slots[s] = e;
    }
    this.slots = slots;
  }
};
function grown(a) {
  const next = new Int32Array(a.length * 2);
  next.set(a);
  return next;
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
    this.separate(a, b);
  }
  /** Adds `bytes[start, end)` as `add` would add its text; false (nothing added) when it is not ASCII. */
  addAscii(bytes, start, end) {
    let a = this.a;
    let b = this.b;
    for (let i = start; i < end; i++) {
      const c = bytes[i];
      if (c > 127) return false;
      a = Math.imul(a ^ c, 16777619);
      b = Math.imul(b ^ c, 1540483477);
      b ^= b >>> 15;
    }
    this.separate(a, b);
    return true;
  }
  /** Adds the `c`-th field of a CSV row from its bytes when they are plain ASCII, else from its text. */
  addField(f, c) {
    if (f.escaped[c] === 1 || !this.addAscii(f.bytes, f.start[c], f.end[c])) this.add(f.text(c));
  }
  /** A separator, so ("ab", "c") and ("a", "bc") differ. */
  separate(a, b) {
    this.a = Math.imul(a ^ 31, 16777619);
    this.b = Math.imul(b ^ 31, 1540483477);
  }
  /** Appends the key of what was added to `list`. */
  pushTo(list) {
    list.push(avalanche(this.a ^ Math.imul(this.b, 2246822507)), avalanche(this.b));
  }
};
function avalanche(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  return (h ^ h >>> 16) >>> 0;
}
function cellText(raw) {
  if (typeof raw === "string") return raw;
  if (raw === null || raw === void 0) return "\0";
  if (raw instanceof Date) return raw.toISOString();
  if (typeof raw === "object") return JSON.stringify(raw, (_, v) => typeof v === "bigint" ? String(v) : v);
  return String(raw);
}
var INITIAL_KEYS = 1 << 22;
var KeyList = class {
  words = new Uint32Array(2 * INITIAL_KEYS);
  length = 0;
  push(low, high) {
    if (this.length * 2 === this.words.length) {
      const next = new Uint32Array(this.words.length * 2);
      next.set(this.words);
      this.words = next;
    }
    this.words[this.length * 2] = low;
    this.words[this.length * 2 + 1] = high;
    this.length++;
  }
  values() {
    return new BigUint64Array(this.words.buffer, 0, this.length);
  }
};
var IndexList = class {
  data = new Uint32Array(INITIAL_KEYS);
  length = 0;
  push(value) {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  values() {
    return this.data.subarray(0, this.length);
  }
};
function findRepeats(keys, limit = 5) {
  const sorted = keys.slice().sort();
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
  const lookup = other.slice().sort();
  const sortedWords = new Uint32Array(lookup.buffer, lookup.byteOffset, lookup.length * 2);
  const words = new Uint32Array(keys.buffer, keys.byteOffset, keys.length * 2);
  let count = 0;
  const examples = [];
  for (let i = 0; i < keys.length; i++) {
    if (contains(sortedWords, words[2 * i + 1], words[2 * i])) {
      count++;
      if (examples.length < limit) examples.push(i);
    }
  }
  return { count, examples };
}
function contains(sorted, high, low) {
  let lo = 0;
  let hi = sorted.length / 2 - 1;
  while (lo <= hi) {
    const mid = lo + hi >>> 1;
    const h = sorted[2 * mid + 1];
    const l = sorted[2 * mid];
    if (h === high && l === low) return true;
    if (h < high || h === high && l < low) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

// packages/data/src/column-accumulator.ts
var DICTIONARY_LIMIT = 5e4;
var ColumnAccumulator = class {
  scan;
  coerce;
  numeric;
  integer;
  fast;
  dict;
  /** Raw texts seen (text columns), with their coerced value and dictionary code. */
  bytes;
  entryValues = [];
  entryCodes = [];
  /** Per dictionary code, which cell checks fail (-1: not yet known). */
  failMasks = new Int32Array(0);
  unique;
  keyHash = new ContentHash();
  position;
  cells;
  constructor(name, position, resolved, spec, settings, cells) {
    this.position = position;
    this.cells = cells;
    this.scan = newColumnScan(name, resolved, spec, settings);
    this.coerce = coercerFor(resolved.type, settings.nullValues, resolved.pattern);
    this.numeric = isNumericType(resolved.type);
    this.integer = resolved.type === "integer";
    this.fast = fastReading(resolved, this.scan.dictionary !== void 0, settings.nullValues);
    this.dict = this.scan.dictionary ? /* @__PURE__ */ new Map() : void 0;
    this.bytes = this.fast === "text" ? new ByteDictionary(DICTIONARY_LIMIT) : void 0;
    this.unique = settings.checks && spec ? uniqueKeys(spec) : void 0;
  }
  /** Counts a cell given as a value (JSON Lines, Parquet, CSV rows held back for type inference). */
  acceptValue(cell, row, line, slot) {
    const v = this.coerce(cell);
    if (this.unique && v !== null && v !== INVALID) {
      this.keyHash.reset();
      this.keyHash.add(cellText(cell));
      this.keyHash.pushTo(this.unique.keys);
    }
    this.accept(v, -2, row, line, slot);
  }
  /** Counts the `c`-th CSV field, reading numbers, dates and repeated texts straight from the bytes. */
  acceptField(f, c, row, line, slot) {
    const bytes = f.bytes;
    const start = f.start[c];
    const end = f.end[c];
    let v;
    let code = -2;
    switch (this.fast) {
      case "number": {
        const x = parseDecimal(bytes, start, end);
        if (!Number.isNaN(x) && (!this.integer || Number.isInteger(x)) && !this.unique) {
          this.acceptNumber(x, row, line, slot);
          return;
        }
        break;
      }
      case "date":
      case "datetime": {
        const length = end - start;
        const key = length >= 10 ? dateKey(bytes, start) : -1;
        if (key < 1e6) break;
        const clock = this.fast === "date" ? length === 10 ? 0 : -1 : length === 10 ? 0 : clockMillis(bytes, start, end);
        if (clock < 0) break;
        const day = civilDate(key);
        if (!Number.isNaN(day) && !this.unique) {
          this.acceptNumber(day + clock, row, line, slot);
          return;
        }
        break;
      }
      case "text": {
        const e = this.bytes.entry(bytes, start, end);
        if (e < 0) break;
        if (e === this.entryValues.length) {
          const value = this.coerce(f.text(c));
          this.entryValues.push(value);
          this.entryCodes.push(typeof value === "string" ? this.codeOf(value) : -1);
        }
        v = this.entryValues[e];
        code = this.entryCodes[e];
        if (code < 0 && typeof v === "string") code = -2;
        break;
      }
    }
    if (v === void 0) v = this.coerce(f.text(c));
    if (this.unique && v !== null && v !== INVALID) {
      this.keyHash.reset();
      this.keyHash.addField(f, c);
      this.keyHash.pushTo(this.unique.keys);
    }
    this.accept(v, code, row, line, slot);
  }
  /** Counts one coerced cell; `code` is its dictionary code when already known, else -2. */
  accept(v, code, row, line, slot) {
    if (v === null || v === INVALID) this.acceptMissing(v === null, row, line, slot);
    else if (this.numeric) this.acceptNumber(v, row, line, slot);
    else this.acceptText(v, code, row, line, slot);
  }
  /** `accept` for a present number, small enough to be inlined where numbers are read from bytes. */
  acceptNumber(x, row, line, slot) {
    const s = this.scan;
    s.rows++;
    s.present++;
    if (this.cells.keepValues) this.cells.values[this.position] = x;
    if (x < s.min) s.min = x;
    if (x > s.max) s.max = x;
    const d = x - s.mean;
    s.mean += d / s.present;
    s.m2 += d * (x - s.mean);
    if (slot >= 0) s.numbers[slot] = x;
    if (s.cellChecks.length > 0) this.countChecks(x, -1, row, line);
    if (s.notNull) s.notNull.tally.evaluated++;
    this.unique?.rows?.push(row);
  }
  acceptText(text, code, row, line, slot) {
    const s = this.scan;
    s.rows++;
    s.present++;
    this.cells.values[this.position] = text;
    if (text.length < s.minLength) s.minLength = text.length;
    if (text.length > s.maxLength) s.maxLength = text.length;
    if (this.dict) {
      if (code === -2) code = this.codeOf(text);
      if (code >= 0) {
        s.dictionary.counts[code]++;
        if (slot >= 0 && s.codes) s.codes[slot] = code;
      }
    }
    if (s.cellChecks.length > 0) this.countChecks(text, this.dict ? code : -1, row, line);
    if (s.notNull) s.notNull.tally.evaluated++;
    this.unique?.rows?.push(row);
  }
  /** A missing (`isNull`) or invalid cell. */
  acceptMissing(isNull, row, line, slot) {
    const s = this.scan;
    s.rows++;
    this.cells.values[this.position] = null;
    if (isNull) {
      s.nulls++;
      if (s.notNull) {
        if (s.notNull.tally.examples.length < EXAMPLE_LIMIT)
          s.notNull.tally.fail({ row, line, column: s.name, value: "", message: "missing value" });
        else s.notNull.tally.failed++;
      }
    } else if (s.invalid.examples.length < EXAMPLE_LIMIT) {
      s.invalid.fail({
        row,
        line,
        column: s.name,
        value: this.cells.shown(this.position),
        message: `not ${article(s.type)}`
      });
    } else s.invalid.failed++;
    if (slot >= 0) {
      if (s.numbers) s.numbers[slot] = Number.NaN;
      else if (s.codes) s.codes[slot] = -1;
    }
    if (this.unique && !this.unique.rows) {
      this.unique.rows = new IndexList();
      this.unique.since = this.unique.keys.length;
    }
    if (s.notNull) s.notNull.tally.evaluated++;
  }
  /** The dictionary code of a present text value; -1 once the dictionary is full. */
  codeOf(text) {
    const dictionary = this.scan.dictionary;
    let code = this.dict.get(text);
    if (code === void 0) {
      if (dictionary.overflow) return -1;
      if (dictionary.values.length >= DICTIONARY_LIMIT) {
        dictionary.overflow = true;
        this.scan.codes = void 0;
        return -1;
      }
      code = dictionary.values.length;
      this.dict.set(text, code);
      dictionary.values.push(text);
      dictionary.counts.push(0);
    }
    return code;
  }
  /** Bit k set when check k fails for `value`: for text columns, computed once per distinct value. */
  failMask(value, code) {
    const checks = this.scan.cellChecks;
    if (code >= 0) {
      if (code >= this.failMasks.length) {
        const next = new Int32Array(Math.max(64, code * 2)).fill(-1);
        next.set(this.failMasks);
        this.failMasks = next;
      }
      const known = this.failMasks[code];
      if (known !== -1) return known;
    }
    let mask = 0;
    for (let k = 0; k < checks.length; k++) if (!checks[k].test(value)) mask |= 1 << k;
    if (code >= 0) this.failMasks[code] = mask;
    return mask;
  }
  /** Counts a present value against the column's cell checks. */
  countChecks(v, code, row, line) {
    const checks = this.scan.cellChecks;
    const mask = this.failMask(v, code);
    for (let k = 0; k < checks.length; k++) {
      const t = checks[k].tally;
      t.evaluated++;
      if ((mask & 1 << k) === 0) continue;
      if (t.examples.length < EXAMPLE_LIMIT)
        t.fail({
          row,
          line,
          column: this.scan.name,
          value: this.cells.shown(this.position),
          message: checks[k].expected
        });
      else t.failed++;
    }
  }
  /**
   * Room for `capacity` analysed rows. Every analysed row's slot is written (NaN or -1 when missing), so
   * the arrays need no fill.
   */
  resize(capacity) {
    const s = this.scan;
    if (s.numbers) {
      const a = new Float64Array(capacity);
      a.set(s.numbers);
      s.numbers = a;
    } else if (s.codes) {
      const a = new Int32Array(capacity);
      a.set(s.codes);
      s.codes = a;
    }
  }
  /** The column's scan, its value arrays trimmed to the analysed rows. */
  finish(analysedRows) {
    const s = this.scan;
    if (s.numbers) s.numbers = s.numbers.subarray(0, analysedRows);
    if (s.codes) s.codes = s.codes.subarray(0, analysedRows);
    if (this.unique) {
      const { keys, rows, ...rest } = this.unique;
      s.unique = rows ? { keys: keys.values(), rows: rows.values(), ...rest } : { keys: keys.values(), rows: new Uint32Array(0), ...rest, since: keys.length };
    }
    return s;
  }
};
function newColumnScan(name, resolved, spec, settings) {
  const scan = {
    name,
    type: resolved.type,
    ...resolved.pattern ? { pattern: resolved.pattern } : {},
    declared: settings.declared,
    rows: 0,
    nulls: 0,
    present: 0,
    invalid: new Tally(),
    typeSeverity: spec?.severity ?? "fail",
    typeMostly: spec?.mostly ?? 1,
    min: Number.POSITIVE_INFINITY,
    max: Number.NEGATIVE_INFINITY,
    mean: 0,
    m2: 0,
    minLength: Number.POSITIVE_INFINITY,
    maxLength: 0,
    cellChecks: settings.checks && spec ? buildCellChecks(name, resolved.type, spec, settings.contractFile) : []
  };
  if (settings.checks && spec?.nullable !== void 0) {
    const t = untune(spec.nullable);
    if (t.value === false) {
      scan.notNull = {
        tally: new Tally(),
        mostly: t.mostly ?? spec.mostly ?? 1,
        severity: t.severity ?? spec.severity ?? "fail"
      };
    }
  }
  const uniqueId = spec !== void 0 && untune(spec.unique ?? false).value === true;
  if (isNumericType(resolved.type)) scan.numbers = new Float64Array(0);
  else if (!uniqueId) {
    scan.codes = new Int32Array(0);
    scan.dictionary = { values: [], counts: [], overflow: false };
  }
  return scan;
}
function uniqueKeys(spec) {
  if (spec.unique === void 0) return void 0;
  const t = untune(spec.unique);
  if (!t.value) return void 0;
  return {
    keys: new KeyList(),
    since: 0,
    mostly: t.mostly ?? spec.mostly ?? 1,
    severity: t.severity ?? spec.severity ?? "fail"
  };
}
function fastReading(resolved, dictionary, nullValues) {
  if (resolved.pattern) return void 0;
  const nulls = [...nullValues].map((v) => Buffer.from(v));
  switch (resolved.type) {
    case "integer":
    case "number":
      return nulls.some((b) => !Number.isNaN(parseDecimal(b, 0, b.length))) ? void 0 : "number";
    case "date":
    case "datetime":
      return nulls.some((b) => b.length >= 10) ? void 0 : resolved.type;
    default:
      return dictionary ? "text" : void 0;
  }
}
function article(type) {
  return type === "integer" ? "an integer" : `a ${type}`;
}

// packages/data/src/radix-sort.ts
function sortedPresent(values) {
  return sortPresentInPlace(values.slice());
}
function sortPresentInPlace(values, scratch = new Float64Array(values.length)) {
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isNaN(v)) values[n++] = v;
  }
  let a = values.subarray(0, n);
  if (n < 2) return a;
  let words = new Uint32Array(a.buffer, a.byteOffset, 2 * n);
  for (let i = 0; i < n; i++) {
    const hi = words[2 * i + 1];
    if (hi & 2147483648) {
      words[2 * i + 1] = ~hi;
      words[2 * i] = ~words[2 * i];
    } else words[2 * i + 1] = hi | 2147483648;
  }
  let b = scratch.subarray(0, n);
  let other = new Uint32Array(b.buffer, b.byteOffset, 2 * n);
  const counts = new Uint32Array(1 << 16);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[words[2 * i + word] >>> shift & 65535]++;
    if (!digitStarts(counts, n, words[word] >>> shift & 65535)) continue;
    for (let i = 0; i < n; i++) {
      const at = 2 * counts[words[2 * i + word] >>> shift & 65535]++;
      other[at] = words[2 * i];
      other[at + 1] = words[2 * i + 1];
    }
    [a, b] = [b, a];
    [words, other] = [other, words];
  }
  const target = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  for (let i = 0; i < n; i++) {
    const hi = words[2 * i + 1];
    if (hi & 2147483648) {
      target[2 * i + 1] = hi & 2147483647;
      target[2 * i] = words[2 * i];
    } else {
      target[2 * i + 1] = ~hi;
      target[2 * i] = ~words[2 * i];
    }
  }
  return values.subarray(0, n);
}

// packages/data/src/row-cells.ts
var RowCells = class {
  raw;
  fields;
  /** Coerced values by column (null: missing or invalid); numbers are stored only when `keepValues`. */
  values = [];
  /** Whether rules or a primary key read the row's values (else numbers need not be stored). */
  keepValues = false;
  readValues(raw) {
    this.raw = raw;
    this.fields = void 0;
  }
  readFields(fields) {
    this.fields = fields;
    this.raw = void 0;
  }
  /** A cell as a failing example shows it. */
  shown(column) {
    return this.fields ? showRaw(this.fields.text(column)) : showRaw(this.raw?.[column]);
  }
};

// packages/data/src/rules.ts
var RULE = /^([A-Za-z_][\w.]*)\s*(<=|>=|==|!=|<|>)\s*(.+)$/s;
function parseRule(spec, location, defaults) {
  const m = RULE.exec(spec.check.trim());
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

// packages/data/src/row-checks.ts
var RowChecks = class _RowChecks {
  rules;
  sides;
  primaryKey;
  pkPositions;
  pkKeys;
  keyHash = new ContentHash();
  constructor(rules, sides, primaryKey, pkPositions) {
    this.rules = rules;
    this.sides = sides;
    this.primaryKey = primaryKey;
    this.pkPositions = pkPositions;
    this.pkKeys = primaryKey ? new KeyList() : void 0;
  }
  static none() {
    return new _RowChecks([], [], void 0, []);
  }
  /** The contract's rules and primary key over `header`; a rule naming an absent column is a config error. */
  static fromContract(contract, contractFile, header) {
    const tableSeverity = contract.table.severity ?? "fail";
    const index = new Map(header.map((h, i) => [h, i]));
    const rules = [];
    const sides = [];
    contract.table.rules.forEach((spec, i) => {
      const location = { file: contractFile, path: `table.rules[${i}].check` };
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
      sides.push({ left, right });
    });
    const pk = contract.table.primaryKey;
    if (!pk) return new _RowChecks(rules, sides, void 0, []);
    const columns = Array.isArray(pk) ? pk : pk.columns;
    if (columns.some((c) => !index.has(c))) return new _RowChecks(rules, sides, void 0, []);
    const primaryKey = {
      columns,
      keys: new BigUint64Array(0),
      nulls: new Tally(),
      mostly: Array.isArray(pk) ? 1 : pk.mostly ?? 1,
      severity: Array.isArray(pk) ? tableSeverity : pk.severity ?? tableSeverity
    };
    return new _RowChecks(
      rules,
      sides,
      primaryKey,
      columns.map((c) => index.get(c))
    );
  }
  /** Whether the checks read the row's coerced values. */
  get readsValues() {
    return this.rules.length > 0 || this.primaryKey !== void 0;
  }
  /** Hashes the row's primary key from its raw values. */
  keyValues(raw) {
    if (!this.primaryKey) return;
    this.keyHash.reset();
    for (const at of this.pkPositions) this.keyHash.add(cellText(raw[at]));
  }
  /** Hashes the row's primary key from its CSV fields. */
  keyFields(f) {
    if (!this.primaryKey) return;
    this.keyHash.reset();
    for (const at of this.pkPositions) this.keyHash.addField(f, at);
  }
  /** Evaluates the rules on the row's values and records its primary key (hashed just before). */
  check(cells, row, line) {
    const values = cells.values;
    for (let r = 0; r < this.rules.length; r++) {
      const rule = this.rules[r];
      const sides = this.sides[r];
      const a = values[sides.left];
      const b = sides.right >= 0 ? values[sides.right] : rule.right.literal;
      if (a === null || a === void 0 || b === null || b === void 0) continue;
      rule.tally.evaluated++;
      if (!compare(a, rule.op, b)) {
        rule.tally.fail({
          row,
          line,
          column: rule.left,
          value: `${cells.shown(sides.left)}${sides.right >= 0 ? ` vs ${cells.shown(sides.right)}` : ""}`,
          message: `${rule.left} ${rule.op} ${"column" in rule.right ? rule.right.column : JSON.stringify(rule.right.literal)} is false`
        });
      }
    }
    const pk = this.primaryKey;
    if (pk) {
      let hasNull = false;
      for (const at of this.pkPositions) if (values[at] === null) hasNull = true;
      pk.nulls.evaluated++;
      if (hasNull) pk.nulls.fail({ row, line, message: "a key column is missing" });
      this.keyHash.pushTo(this.pkKeys);
    }
  }
  /** The primary key's result, with one content key per good row. */
  finish() {
    if (this.primaryKey) this.primaryKey.keys = this.pkKeys.values();
    return this.primaryKey;
  }
};

// packages/data/src/row-reservoir.ts
var RowReservoir = class {
  size;
  random;
  constructor(size, seed) {
    this.size = size;
    this.random = new Xoshiro128(seed);
  }
  /** The slot the `index`-th row (0-based) is kept in, or -1 when it is not kept. */
  slot(index) {
    if (index < this.size) return index;
    const j = this.random.nextBelow(index + 1);
    return j < this.size ? j : -1;
  }
};

// packages/data/src/table-reader.ts
import path from "node:path";

// packages/data/src/byte-stream.ts
import { isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { createGunzip } from "node:zlib";
var CHUNK = 1 << 20;
async function checkDataFile(file) {
  const info = await stat(file).catch((e) => {
    throw new ConfigError(e.code === "ENOENT" ? "data file not found" : `cannot read data file (${e.code})`, {
      location: { file },
      hint: "check the path; relative paths are resolved from the working directory"
    });
  });
  if (!info.isFile()) {
    throw new ConfigError(info.isDirectory() ? "a directory, not a data file" : "not a regular file", {
      location: { file },
      hint: "name a CSV, TSV, JSON Lines or Parquet file (optionally gzipped)"
    });
  }
}
async function isGzipFile(file) {
  await checkDataFile(file);
  const handle = await open(file, "r");
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
  const limits = options.limits ?? readLimits();
  const hash = createHash("sha256");
  let bytes = 0;
  let digest;
  async function* plain() {
    const handle = await open(file, "r");
    try {
      const buffer = Buffer.allocUnsafe(CHUNK);
      for (; ; ) {
        const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
        if (bytesRead === 0) return;
        const chunk = buffer.subarray(0, bytesRead);
        hash.update(chunk);
        bytes += bytesRead;
        yield chunk;
      }
    } finally {
      await handle.close();
    }
  }
  function compressed() {
    const raw = createReadStream(file, { highWaterMark: CHUNK });
    raw.on("data", (chunk) => {
      hash.update(chunk);
      bytes += chunk.length;
    });
    const source = raw.pipe(createGunzip({ chunkSize: CHUNK }));
    raw.on("error", (e) => source.destroy(e));
    source.on("close", () => raw.destroy());
    return source;
  }
  async function* chunks() {
    const checker = options.utf8 ? new Utf8Checker(file) : void 0;
    let expanded = 0;
    try {
      for await (const chunk of gzip ? compressed() : plain()) {
        if (gzip) {
          expanded += chunk.length;
          checkExpansion(file, expanded, bytes, limits);
        }
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
function checkExpansion(file, expanded, compressed, limits) {
  const tooBig = expanded > limits.maxDecompressedBytes;
  const ratio = expanded / Math.max(1, compressed);
  if (!tooBig && (expanded <= RATIO_GRACE_BYTES || ratio <= limits.maxCompressionRatio)) return;
  throw new ConfigError(
    tooBig ? `the gzip file expands past the limit of ${formatBytes(limits.maxDecompressedBytes)}` : `the gzip file expands more than ${limits.maxCompressionRatio}× (${Math.round(ratio)}× after ${formatBytes(expanded)})`,
    {
      location: { file },
      hint: `a file that expands this much is more likely a decompression bomb than data; if it is data, raise \`limits.${tooBig ? "maxDecompressedBytes" : "maxCompressionRatio"}\` in the data contract`
    }
  );
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

// packages/data/src/csv-scanner.ts
var QUOTE = 34;
var LF = 10;
var CR = 13;
var CsvFields = class {
  bytes = Buffer.alloc(0);
  /** Where the row starts in `bytes`. */
  rowStart = 0;
  count = 0;
  start = new Int32Array(64);
  end = new Int32Array(64);
  /** 1 when the quoted field holds doubled quotes, which `text` undoes. */
  escaped = new Uint8Array(64);
  text(i) {
    const s = this.bytes.toString("utf8", this.start[i], this.end[i]);
    return this.escaped[i] === 1 ? s.replaceAll('""', '"') : s;
  }
  push(start, end, escaped) {
    if (this.count === this.start.length) {
      const grow = (a, next) => {
        next.set(a);
        return next;
      };
      this.start = grow(this.start, new Int32Array(this.count * 2));
      this.end = grow(this.end, new Int32Array(this.count * 2));
      this.escaped = grow(this.escaped, new Uint8Array(this.count * 2));
    }
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.escaped[this.count] = escaped;
    this.count++;
  }
};
var CsvSyntaxError = class extends Error {
  kind;
  rowLine;
  line;
  column;
  constructor(kind, rowLine, line, column) {
    super(kind);
    this.kind = kind;
    this.rowLine = rowLine;
    this.line = line;
    this.column = column;
  }
};
var CsvLimitError = class extends Error {
  kind;
  rowLine;
  /** 1-based, for a field. */
  field;
  limit;
  constructor(kind, rowLine, field, limit) {
    super(`${kind} too large`);
    this.kind = kind;
    this.rowLine = rowLine;
    this.field = field;
    this.limit = limit;
  }
};
var CsvScanner = class {
  delimiter;
  onRow;
  maxField;
  maxRow;
  fields = new CsvFields();
  /** The unfinished row carried into the next chunk, then that chunk: one buffer, reused. */
  work = Buffer.alloc(0);
  carried = 0;
  /** How far the carried row has been searched for its end, and what that search knows there. */
  searched = 0;
  inQuotes = false;
  fieldStart = 0;
  fieldIndex = 0;
  /** The file line where the next row starts. */
  line = 1;
  constructor(delimiter, onRow, limits = DEFAULT_READ_LIMITS) {
    this.delimiter = delimiter.charCodeAt(0);
    this.onRow = onRow;
    this.maxField = limits.maxFieldBytes;
    this.maxRow = limits.maxRowBytes;
  }
  /**
   * Scans what is complete; an unfinished row waits for the next chunk. The chunk is not kept, so its
   * buffer may be reused once this returns.
   */
  push(chunk) {
    let bytes = chunk;
    const inWork = this.carried > 0;
    if (inWork) {
      const length = this.carried + chunk.length;
      if (length > this.work.length) {
        const next = Buffer.allocUnsafeSlow(Math.max(length, this.work.length * 2));
        this.work.copy(next, 0, 0, this.carried);
        this.work = next;
      }
      chunk.copy(this.work, this.carried);
      bytes = this.work.subarray(0, length);
      if (!this.rowEndIn(bytes)) {
        this.carried = length;
        return;
      }
    }
    const done = this.scan(bytes, false);
    const rest = bytes.length - done;
    if (rest > this.work.length) {
      const next = Buffer.allocUnsafeSlow(Math.max(rest, this.work.length * 2));
      bytes.copy(next, 0, done);
      this.work = next;
    } else if (rest > 0) {
      if (!inWork) bytes.copy(this.work, 0, done);
      else if (done > 0) this.work.copyWithin(0, done, bytes.length);
    }
    this.carried = rest;
    this.searched = 0;
    this.inQuotes = false;
    this.fieldStart = 0;
    this.fieldIndex = 0;
  }
  /**
   * Whether the carried row (from offset 0 of `bytes`) has ended, searching on from where the last call
   * stopped. Quotes are only counted: a doubled quote flips the state twice, so outside quotes means
   * outside a field's quotes for any well-formed row; a malformed one is reported by `scan` once it is
   * scanned. A CR that ends `bytes` is not yet an end (it may be half of a CRLF).
   */
  rowEndIn(bytes) {
    const n = bytes.length;
    const delimiter = this.delimiter;
    let inQuotes = this.inQuotes;
    let fieldStart = this.fieldStart;
    let p = this.searched;
    let found = false;
    for (; p < n; p++) {
      const b = bytes[p];
      if (b === QUOTE) inQuotes = !inQuotes;
      else if (inQuotes) continue;
      else if (b === LF || b === CR && p + 1 < n) {
        found = true;
        break;
      } else if (b === CR) break;
      else if (b === delimiter) {
        fieldStart = p + 1;
        this.fieldIndex++;
      }
    }
    if (p - fieldStart > this.maxField) {
      throw new CsvLimitError("field", this.line, this.fieldIndex + 1, this.maxField);
    }
    if (!found && n > this.maxRow) throw new CsvLimitError("row", this.line, 0, this.maxRow);
    this.searched = p;
    this.inQuotes = inQuotes;
    this.fieldStart = fieldStart;
    return found;
  }
  end() {
    if (this.carried > 0) this.scan(this.work.subarray(0, this.carried), true);
    this.carried = 0;
  }
  /**
   * Scans text held whole in memory, up to its end, in one go: unlike `push`, nothing is copied, so the
   * fields' offsets (and `rowStart`) are offsets into `bytes`.
   */
  scanAll(bytes) {
    this.scan(bytes, true);
  }
  /** Emits every complete row of `bytes`; returns where the first incomplete row starts. */
  scan(bytes, final) {
    const n = bytes.length;
    const delimiter = this.delimiter;
    const fields = this.fields;
    fields.bytes = bytes;
    let pos = 0;
    while (pos < n) {
      const rowStart = pos;
      const c0 = bytes[pos];
      if (c0 === LF || c0 === CR) {
        if (c0 === CR && pos + 1 >= n && !final) return rowStart;
        pos += c0 === CR && bytes[pos + 1] === LF ? 2 : 1;
        this.line++;
        continue;
      }
      fields.count = 0;
      fields.rowStart = rowStart;
      let inner = 0;
      for (; ; ) {
        if (pos >= n) {
          if (!final) return rowStart;
          fields.push(pos, pos, 0);
          this.emit(inner, n);
          return n;
        }
        let c = bytes[pos];
        if (c === QUOTE) {
          let p = pos + 1;
          let escaped = 0;
          let close = -1;
          let lines = 0;
          while (p < n) {
            const b = bytes[p];
            if (b === QUOTE) {
              if (p + 1 >= n) {
                if (!final) return rowStart;
              } else if (bytes[p + 1] === QUOTE) {
                escaped = 1;
                p += 2;
                continue;
              }
              close = p;
              break;
            }
            if (b === LF) lines++;
            p++;
          }
          if (close < 0) {
            if (!final) return rowStart;
            throw new CsvSyntaxError("unclosed-quote", this.line, this.line, pos - rowStart + 1);
          }
          inner += lines;
          if (close + 1 - pos > this.maxField) this.tooLarge("field");
          fields.push(pos + 1, close, escaped);
          pos = close + 1;
          if (pos >= n) {
            this.emit(inner, n);
            return n;
          }
          c = bytes[pos];
          if (c === delimiter) {
            pos++;
            continue;
          }
          if (c !== LF && c !== CR) {
            const lineStart = bytes.lastIndexOf(LF, pos) + 1;
            throw new CsvSyntaxError(
              "text-after-quote",
              this.line,
              this.line + inner,
              pos - Math.max(lineStart, rowStart) + 1
            );
          }
        } else {
          let p = pos;
          while (p < n) {
            c = bytes[p];
            if (c === delimiter || c === LF || c === CR) break;
            if (c === QUOTE) {
              const lineStart = Math.max(bytes.lastIndexOf(LF, p) + 1, rowStart);
              throw new CsvSyntaxError("quote-in-field", this.line, this.line + inner, p - lineStart + 1);
            }
            p++;
          }
          if (p >= n && !final) return rowStart;
          if (p - pos > this.maxField) this.tooLarge("field");
          fields.push(pos, p, 0);
          if (p >= n) {
            this.emit(inner, n);
            return n;
          }
          pos = p;
          if (c === delimiter) {
            pos++;
            continue;
          }
        }
        const rowEnd = pos;
        if (bytes[pos] === CR) {
          if (pos + 1 >= n && !final) return rowStart;
          pos += bytes[pos + 1] === LF ? 2 : 1;
        } else pos++;
        this.emit(inner, rowEnd);
        break;
      }
    }
    return n;
  }
  emit(inner, rowEnd) {
    if (rowEnd - this.fields.rowStart > this.maxRow) this.tooLarge("row");
    const line = this.line;
    this.line += 1 + inner;
    this.onRow(this.fields, line);
  }
  tooLarge(kind) {
    const limit = kind === "field" ? this.maxField : this.maxRow;
    throw new CsvLimitError(kind, this.line, kind === "field" ? this.fields.count + 1 : 0, limit);
  }
};

// packages/data/src/csv-reader.ts
async function readCsv(file, sink, options = {}) {
  const limits = readLimits(options.limits);
  const stream = await openByteStream(file, { utf8: true, limits });
  const hasHeader = options.header ?? true;
  const delimiter = options.delimiter ?? defaultDelimiter(file);
  let width = -1;
  let rows = 0;
  let strings = [];
  const scanner = new CsvScanner(
    delimiter,
    (fields, line) => {
      if (width < 0) {
        width = fields.count;
        const names = Array.from({ length: width }, (_, i) => fields.text(i));
        if (hasHeader) {
          sink.header(names);
          return;
        }
        sink.header(names.map((_, i) => `column_${i + 1}`));
      }
      rows++;
      if (fields.count !== width) {
        sink.rowError({ row: rows, line, message: widthMessage(fields.count, width) });
        return;
      }
      if (sink.csvRow) {
        sink.csvRow(fields, rows, line);
        return;
      }
      if (strings.length !== width) strings = new Array(width);
      for (let i = 0; i < width; i++) strings[i] = fields.text(i);
      sink.row(strings, rows, line);
    },
    limits
  );
  let head = Buffer.alloc(0);
  try {
    for await (const chunk of stream.chunks) {
      if (head) {
        head = Buffer.concat([head, chunk]);
        if (head.length < 3) continue;
        scanner.push(hasBom(head) ? head.subarray(3) : head);
        head = void 0;
      } else scanner.push(chunk);
    }
    if (head) scanner.push(hasBom(head) ? head.subarray(3) : head);
    scanner.end();
  } catch (e) {
    throw csvFailure(file, e);
  }
  if (width < 0) throw emptyFile(file);
  return { format: "csv", rows, ...stream.result() };
}
function defaultDelimiter(file) {
  return /\.tsv(\.gz)?$/i.test(file) ? "	" : ",";
}
function widthMessage(count, width) {
  const from = Math.min(count, width) + 1;
  return `${count} field${count === 1 ? "" : "s"} where the header has ${width} (from field ${from})`;
}
function emptyFile(file) {
  return new ConfigError("the file is empty: no header row", {
    location: { file, line: 1 },
    hint: "write the column names on the first line, then one row per line"
  });
}
function hasBom(bytes) {
  return bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
}
function csvFailure(file, e) {
  if (e instanceof CsvLimitError) {
    const what = e.kind === "field" ? `field ${e.field} of the row` : "the row";
    return new ConfigError(
      `${what} starting on this line is longer than the limit of ${formatBytes(e.limit)}`,
      {
        location: { file, line: e.rowLine },
        hint: `a quote may be left open; if the data is right, raise \`limits.${e.kind === "field" ? "maxFieldBytes" : "maxRowBytes"}\` in the data contract`
      }
    );
  }
  if (!(e instanceof CsvSyntaxError)) return e;
  switch (e.kind) {
    case "unclosed-quote":
      return new ConfigError("a quoted field is never closed", {
        location: { file, line: e.rowLine },
        hint: 'close the quote; a quote inside a quoted field is written twice ("")'
      });
    case "text-after-quote":
      return new ConfigError("cannot parse CSV: text after the closing quote of a field", {
        location: { file, line: e.line, column: e.column },
        hint: "quote the whole field, and double quotes inside it"
      });
    case "quote-in-field":
      return new ConfigError("cannot parse CSV: a quote inside an unquoted field", {
        location: { file, line: e.line, column: e.column },
        hint: 'quote the whole field and write the quote twice (""), e.g. "say ""hi"""'
      });
  }
}

// packages/data/src/jsonl-reader.ts
async function readJsonl(file, sink, options = {}) {
  const limits = readLimits(options.limits);
  const stream = await openByteStream(file, { utf8: true, limits });
  let columns;
  let index = /* @__PURE__ */ new Map();
  let values = [];
  const pieces = [];
  let pending = 0;
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
      const value = record2[key];
      if (typeof value === "object" && value !== null && nestedTooDeep(value)) {
        sink.rowError({ row: rows, line, column: key, message: TOO_DEEP });
        return;
      }
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
      values[at] = value;
    }
    sink.row(values, rows, line);
  };
  const checkLength = (length) => {
    if (length <= limits.maxRowBytes) return;
    throw new ConfigError(`the line is longer than the limit of ${formatBytes(limits.maxRowBytes)}`, {
      location: { file, line: line + 1 },
      hint: "write one JSON object per line; if the data is right, raise `limits.maxRowBytes` in the data contract"
    });
  };
  const lineText = (tail) => {
    const bytes = pending > 0 ? Buffer.concat([...pieces, tail]) : tail;
    pieces.length = 0;
    pending = 0;
    const end = bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.length - 1 : bytes.length;
    const text = bytes.toString("utf8", 0, end);
    return line === 0 && text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  };
  for await (const chunk of stream.chunks) {
    let start = 0;
    let nl = chunk.indexOf(10);
    while (nl !== -1) {
      checkLength(pending + nl - start);
      handle(lineText(chunk.subarray(start, nl)));
      start = nl + 1;
      nl = chunk.indexOf(10, start);
    }
    if (start < chunk.length) {
      checkLength(pending + chunk.length - start);
      pieces.push(Buffer.from(chunk.subarray(start)));
      pending += chunk.length - start;
    }
  }
  if (pending > 0) handle(lineText(Buffer.alloc(0)));
  if (!columns) {
    throw new ConfigError("the file holds no JSON object", {
      location: { file, line: 1 },
      hint: "write one JSON object per line"
    });
  }
  return { format: "jsonl", rows, ...stream.result() };
}

// packages/data/src/parquet-reader.ts
async function readParquet(file, sink, options = {}) {
  const { maxRowGroupBytes } = readLimits(options.limits);
  const { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema } = await import("./node-2S5C3ALP.js");
  await checkDataFile(file);
  let buffer;
  let metadata;
  try {
    buffer = await asyncBufferFromFile(file);
    metadata = await parquetMetadataAsync(buffer);
  } catch (e) {
    throw new ConfigError(`not a readable Parquet file: ${e.message}`, {
      location: { file },
      hint: "re-export the file as Parquet"
    });
  }
  let first = 0;
  for (const [index, group] of metadata.row_groups.entries()) {
    const size = uncompressedSize(group);
    if (size > maxRowGroupBytes) {
      throw new ConfigError(
        `row group ${index + 1} of ${metadata.row_groups.length} (rows ${first + 1}–${first + Number(group.num_rows)}) holds ${formatBytes(size)} uncompressed, over the limit of ${formatBytes(maxRowGroupBytes)}`,
        {
          location: { file },
          hint: "write the file with smaller row groups; if the data is right, raise `limits.maxRowGroupBytes` in the data contract"
        }
      );
    }
    first += Number(group.num_rows);
  }
  const columns = parquetSchema(metadata).children.map((c) => c.element.name);
  sink.header(columns);
  let rows = 0;
  let start = 0;
  for (const [index, group] of metadata.row_groups.entries()) {
    const end = start + Number(group.num_rows);
    let data = [];
    try {
      await parquetRead({
        file: buffer,
        metadata,
        columns,
        rowStart: start,
        rowEnd: end,
        onComplete: (read) => {
          data = read;
        }
      });
    } catch (e) {
      throw new ConfigError(
        `row group ${index + 1} of ${metadata.row_groups.length} (rows ${start + 1}–${end}) cannot be decoded: ${e.message}`,
        { location: { file }, hint: "the file is corrupt or truncated; re-export it as Parquet" }
      );
    }
    for (const values of data) sink.row(values, ++rows, 0);
    start = end;
  }
  const digest = await openByteStream(file, { utf8: false });
  for await (const _ of digest.chunks) ;
  return { format: "parquet", rows, ...digest.result() };
}
function uncompressedSize(group) {
  const columns = group.columns.reduce(
    (sum, c) => sum + Number(c.meta_data?.total_uncompressed_size ?? 0),
    0
  );
  return Math.max(Number(group.total_byte_size), columns);
}

// packages/data/src/table-reader.ts
var UNREAD_FORMATS = {
  ".xlsx": "an Excel workbook",
  ".xls": "an Excel workbook",
  ".ods": "a spreadsheet",
  ".zip": "a ZIP archive",
  ".feather": "a Feather file",
  ".arrow": "an Arrow file",
  ".pkl": "a pickle",
  ".pickle": "a pickle",
  ".h5": "an HDF5 file",
  ".hdf5": "an HDF5 file",
  ".avro": "an Avro file",
  ".orc": "an ORC file"
};
function formatOf(file) {
  const name = file.toLowerCase().replace(/\.gz$/, "");
  if (name.endsWith(".parquet") || name.endsWith(".pq")) return "parquet";
  if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return "jsonl";
  const unread = UNREAD_FORMATS[path.extname(name)];
  if (unread) {
    throw new ConfigError(`${unread}, which is not read as data`, {
      location: { file },
      hint: "export it as CSV, TSV, JSON Lines or Parquet (optionally gzipped)"
    });
  }
  return "csv";
}
function readTable(file, sink, options = {}) {
  switch (formatOf(file)) {
    case "parquet":
      return readParquet(file, sink, options);
    case "jsonl":
      return readJsonl(file, sink, options);
    case "csv":
      return readCsv(file, sink, options);
  }
}
var HeaderRead = class extends Error {
  columns;
  constructor(columns) {
    super("header read");
    this.columns = [...columns];
  }
};
async function readHeader(file, options = {}) {
  const stop = (columns) => {
    throw new HeaderRead(columns);
  };
  try {
    await readTable(file, { header: stop, row: () => {
    }, rowError: () => {
    } }, options);
  } catch (e) {
    if (e instanceof HeaderRead) return e.columns;
    throw e;
  }
  return [];
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
function needsInference(header, contract, given) {
  return header.some((name) => !given?.has(name) && !contract.columns[name]?.type);
}
function resolveTypes(header, contract, given, rows, nullValues) {
  const types = /* @__PURE__ */ new Map();
  header.forEach((name, i) => {
    const known = given?.get(name);
    const spec = contract.columns[name];
    if (known) types.set(name, known);
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
  return types;
}

// packages/data/src/table-scan.ts
var INITIAL_CAPACITY = 1 << 22;
function rowNumberOf(scan, index) {
  let row = index + 1;
  for (const bad of scan.malformedRows) {
    if (bad <= row) row++;
    else break;
  }
  return row;
}
async function scanDataset(file, options) {
  const scanner = new DatasetScanner(file, options);
  const { csv, limits } = options.contract;
  const summary = await readTable(file, scanner, {
    ...csv?.delimiter ? { delimiter: csv.delimiter } : {},
    ...csv?.header !== void 0 ? { header: csv.header } : {},
    ...limits ? { limits } : {}
  });
  return scanner.finish(summary);
}
var DatasetScanner = class {
  file;
  options;
  contract;
  nullValues;
  reservoir;
  hash = new ContentHash();
  rowKeys = new KeyList();
  malformed = new Tally();
  malformedRows = [];
  progress;
  cells = new RowCells();
  columnNames = [];
  columns = [];
  missing = [];
  held;
  rowChecks = RowChecks.none();
  goodRows = 0;
  capacity = 0;
  constructor(file, options) {
    this.file = file;
    this.options = options;
    this.contract = options.contract;
    this.nullValues = new Set(this.contract.nullValues ?? DEFAULT_NULL_VALUES);
    this.reservoir = new RowReservoir(this.contract.analysisRows, options.seed ?? 20260101);
    this.progress = createProgress({ label: options.label ?? `read ${file}`, intervalMs: 5e3 });
  }
  header(columns) {
    this.columnNames = [...columns];
    const seen = /* @__PURE__ */ new Set();
    for (const [i, name] of this.columnNames.entries()) {
      if (seen.has(name)) {
        throw new ConfigError(`the column name "${name}" appears twice in the header`, {
          location: { file: this.file, line: 1, column: i + 1 },
          hint: "give every column a distinct name"
        });
      }
      seen.add(name);
    }
    this.missing = Object.entries(this.contract.columns).filter(([name, spec]) => spec.required && !seen.has(name)).map(([name]) => name);
    if (needsInference(this.columnNames, this.contract, this.options.types)) this.held = [];
    else this.settleTypes();
  }
  csvRow(fields, row, line) {
    if (this.held) {
      const texts = Array.from({ length: fields.count }, (_, i) => fields.text(i));
      this.hold({ values: texts, row, line });
    } else this.readFields(fields, row, line);
  }
  row(raw, row, line) {
    if (this.held) this.hold({ values: Array.from(raw), row, line });
    else this.readValues(raw, row, line);
  }
  rowError(issue) {
    this.malformed.evaluated++;
    this.malformedRows.push(issue.row);
    this.malformed.fail({
      row: issue.row,
      line: issue.line,
      column: issue.column,
      value: issue.value,
      message: issue.message
    });
  }
  hold(row) {
    this.held.push(row);
    if (this.held.length >= INFERENCE_ROWS) this.settleTypes();
  }
  /** Resolves the columns' types (from the rows held back, if any), sets the columns up, reads those rows. */
  settleTypes() {
    const rows = this.held ?? [];
    this.held = void 0;
    const { contract, options } = this;
    const types = resolveTypes(this.columnNames, contract, options.types, rows, this.nullValues);
    this.columns = this.columnNames.map((name, position) => this.newColumn(name, position, types.get(name)));
    this.cells.values = new Array(this.columns.length).fill(null);
    if (options.checks)
      this.rowChecks = RowChecks.fromContract(contract, options.contractFile, this.columnNames);
    this.cells.keepValues = this.rowChecks.readsValues;
    options.onTypes?.(types);
    for (const r of rows) this.readValues(r.values, r.row, r.line);
  }
  newColumn(name, position, type) {
    const { contract, options } = this;
    const spec = contract.columns[name];
    const settings = {
      checks: options.checks,
      contractFile: options.contractFile,
      // Given types (the reference takes the data's) count as declared.
      declared: options.types !== void 0 || spec?.type !== void 0,
      nullValues: this.nullValues
    };
    return new ColumnAccumulator(name, position, type, spec, settings, this.cells);
  }
  /** Counts a good row and returns the analysed rows' slot it goes in, or -1. */
  startRow() {
    const index = this.goodRows++;
    if (index < this.reservoir.size) this.grow(index + 1);
    return this.reservoir.slot(index);
  }
  grow(needed) {
    if (needed <= this.capacity) return;
    const next = Math.min(this.reservoir.size, Math.max(INITIAL_CAPACITY, this.capacity * 2));
    for (const column of this.columns) column.resize(next);
    this.capacity = next;
  }
  readValues(raw, row, line) {
    this.cells.readValues(raw);
    const index = this.goodRows;
    const slot = this.startRow();
    const columns = this.columns;
    this.hash.reset();
    for (let c = 0; c < columns.length; c++) {
      const cell = raw[c];
      this.hash.add(cellText(cell));
      columns[c].acceptValue(cell, row, line, slot);
    }
    this.rowChecks.keyValues(raw);
    this.finishRow(row, line, index);
  }
  /** The same as `readValues`, reading numbers, dates and repeated texts straight from the bytes. */
  readFields(f, row, line) {
    this.cells.readFields(f);
    const index = this.goodRows;
    const slot = this.startRow();
    const columns = this.columns;
    this.hash.reset();
    for (let c = 0; c < columns.length; c++) {
      this.hash.addField(f, c);
      columns[c].acceptField(f, c, row, line, slot);
    }
    this.rowChecks.keyFields(f);
    this.finishRow(row, line, index);
  }
  /** The row-level work once a row's cells are counted. */
  finishRow(row, line, index) {
    this.hash.pushTo(this.rowKeys);
    this.rowChecks.check(this.cells, row, line);
    if ((index & 65535) === 65535) this.progress.tick(65536);
  }
  finish(summary) {
    if (this.held) this.settleTypes();
    const { goodRows } = this;
    this.progress.tick(goodRows & 65535);
    this.progress.done();
    const cap = this.reservoir.size;
    const analysedRows = Math.min(goodRows, cap);
    const primaryKey = this.rowChecks.finish();
    const scan = {
      file: this.file,
      summary,
      header: this.columnNames,
      columns: this.columns.map((column) => column.finish(analysedRows)),
      missing: this.missing,
      malformed: this.malformed,
      goodRows,
      rowKeys: this.rowKeys.values(),
      malformedRows: this.malformedRows,
      analysedRows,
      sampled: goodRows > cap,
      distributionsOnly: false,
      rules: this.rowChecks.rules,
      ...primaryKey ? { primaryKey } : {}
    };
    if (this.options.keepDistributions) keepDistributions(scan);
    return scan;
  }
};
function keepDistributions(scan) {
  if (scan.distributionsOnly) return;
  const scratch = new Float64Array(scan.analysedRows);
  for (const col of scan.columns) {
    if (col.numbers) col.numbers = sortPresentInPlace(col.numbers, scratch);
    if (!scan.sampled) col.codes = void 0;
  }
  scan.distributionsOnly = true;
}

// packages/data/src/scan-worker.ts
var MARKER = "mlops-data-scan";
function scanInWorker(file, options) {
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { [MARKER]: { file, options } }
  });
  let settled = false;
  const result = new Promise((resolve, reject) => {
    worker.once("message", (reply) => {
      settled = true;
      if (reply.ok) resolve(reply.scan);
      else reject(revive(reply));
    });
    worker.once("error", (e) => {
      settled = true;
      reject(new RuntimeFailure(`reading ${file} failed: ${e.message}`, { cause: e }));
    });
    worker.once("exit", (code) => {
      if (!settled) reject(new RuntimeFailure(`reading ${file} stopped (worker exit code ${code})`));
    });
  });
  result.catch(() => {
  });
  return {
    result,
    cancel() {
      settled = true;
      void worker.terminate();
    }
  };
}
function revive(reply) {
  const options = {
    ...reply.hint !== void 0 ? { hint: reply.hint } : {},
    ...reply.location !== void 0 ? { location: reply.location } : {}
  };
  if (reply.kind === "config") return new ConfigError(reply.message, options);
  if (reply.kind === "runtime") return new RuntimeFailure(reply.message, options);
  return new Error(reply.message);
}
function buffersOf(scan) {
  const buffers = /* @__PURE__ */ new Set();
  const add = (a) => {
    if (a && a.buffer instanceof ArrayBuffer) buffers.add(a.buffer);
  };
  add(scan.rowKeys);
  for (const c of scan.columns) {
    add(c.numbers);
    add(c.codes);
    add(c.unique?.keys);
    add(c.unique?.rows);
  }
  add(scan.primaryKey?.keys);
  return [...buffers];
}
async function work(port, job) {
  try {
    const scan = await scanDataset(job.file, job.options);
    port.postMessage({ ok: true, scan }, buffersOf(scan));
  } catch (e) {
    const kind = isMlopsError(e) ? e.kind : "other";
    port.postMessage({
      ok: false,
      kind,
      message: e.message,
      ...isMlopsError(e) && e.hint !== void 0 ? { hint: e.hint } : {},
      ...isMlopsError(e) && e.location !== void 0 ? { location: e.location } : {}
    });
  }
}
if (!isMainThread && parentPort && workerData?.[MARKER]) {
  await work(parentPort, workerData[MARKER]);
}

export {
  DATA_TYPES,
  formatValue,
  readLimits,
  DataContractSchema,
  loadContract,
  emptyContract,
  untune,
  EXAMPLE_LIMIT,
  Tally,
  findRepeats,
  sharedKeys,
  sortedPresent,
  openByteStream,
  CsvScanner,
  defaultDelimiter,
  widthMessage,
  emptyFile,
  hasBom,
  csvFailure,
  formatOf,
  readTable,
  readHeader,
  rowNumberOf,
  scanDataset,
  keepDistributions,
  scanInWorker
};
