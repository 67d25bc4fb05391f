import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  ZodISODate,
  ZodISODateTime,
  ZodISODuration,
  ZodISOTime,
  _enum,
  _isoDate,
  _isoDateTime,
  _isoDuration,
  _isoTime,
  _null,
  array,
  boolean,
  discriminatedUnion,
  literal,
  number,
  object,
  record,
  string,
  union
} from "./chunk-XR2IEJ4Y.js";
import {
  __export
} from "./chunk-SFHOJSAM.js";

// node_modules/zod/v4/classic/iso.js
var iso_exports = {};
__export(iso_exports, {
  ZodISODate: () => ZodISODate,
  ZodISODateTime: () => ZodISODateTime,
  ZodISODuration: () => ZodISODuration,
  ZodISOTime: () => ZodISOTime,
  date: () => date,
  datetime: () => datetime,
  duration: () => duration,
  time: () => time
});
function datetime(params) {
  return _isoDateTime(ZodISODateTime, params);
}
function date(params) {
  return _isoDate(ZodISODate, params);
}
function time(params) {
  return _isoTime(ZodISOTime, params);
}
function duration(params) {
  return _isoDuration(ZodISODuration, params);
}

// packages/core/src/envelope.ts
var ENVELOPE_SCHEMA_VERSION = 1;
var StatusSchema = _enum(["pass", "warn", "fail", "error"]);
var CheckStatusSchema = _enum(["pass", "fail", "inconclusive", "error", "skipped"]);
var SkipCauseSchema = _enum(["optional", "first-version", "no-base"]);
var SeveritySchema = _enum(["fail", "warn"]);
var IntervalSchema = object({
  lower: number(),
  upper: number(),
  level: number().gt(0).lt(1).describe("Confidence level, e.g. 0.95"),
  method: string().optional().describe("How it was computed, e.g. 'paired bootstrap, percentile, 2000 resamples'")
}).strict();
var MetricSchema = object({
  value: number().nullable().describe("null when the metric could not be computed"),
  unavailable: string().optional().describe("Why value is null, and what would give one"),
  ci: IntervalSchema.optional(),
  baseline: object({ value: number().nullable(), ci: IntervalSchema.optional(), label: string().optional() }).strict().optional().describe("The same metric for the baseline (the champion, or the prompt version on main)"),
  delta: object({ value: number(), ci: IntervalSchema.optional() }).strict().optional().describe("value − baseline.value, with an interval from a paired method when one was computed"),
  n: number().int().nonnegative().optional().describe("Sample size behind the value"),
  unit: string().optional(),
  greaterIsBetter: boolean().optional()
}).strict();
var ScalarSchema = union([string(), number(), boolean(), _null()]);
var CheckSchema = object({
  id: string().min(1),
  title: string(),
  status: CheckStatusSchema,
  severity: SeveritySchema,
  observed: ScalarSchema.optional().describe("What was measured, as shown to a reader"),
  expected: ScalarSchema.optional().describe("What the check required, as shown to a reader"),
  message: string().optional(),
  metric: string().optional().describe("The metric this check is about, when it is a gate on one"),
  skip: SkipCauseSchema.optional().describe(
    "Why a skipped gate did not apply: the user marked it optional, or the subject has no earlier version"
  ),
  gate: boolean().optional().describe("true when the check came from a configured gate"),
  location: object({
    file: string(),
    line: number().int().positive().optional(),
    column: number().int().positive().optional()
  }).strict().optional(),
  examples: array(record(string(), ScalarSchema)).optional().describe("Failing examples, e.g. rows with their row number")
}).strict();
var ArtifactSchema = object({
  name: string(),
  path: string(),
  sha256: string().regex(/^[0-9a-f]{64}$/),
  bytes: number().int().nonnegative().optional(),
  mediaType: string().optional()
}).strict();
var SubjectSchema = object({
  type: string().describe("model, dataset, prompt, …"),
  name: string(),
  version: string().optional(),
  digest: string().regex(/^sha256:[0-9a-f]{64}$/).optional(),
  baseline: object({ name: string().optional(), version: string().optional(), digest: string().optional() }).strict().optional().describe("What the subject was compared with")
}).strict();
var LineageSchema = object({
  gitSha: string().optional(),
  gitDirty: boolean().optional(),
  runUrl: string().optional(),
  datasets: array(object({ name: string(), digest: string() }).strict()).optional(),
  configDigest: string().optional(),
  parameters: record(string(), ScalarSchema).optional(),
  tools: record(string(), string()).optional().describe("Tool name → version")
}).strict();
var DetailSchema = discriminatedUnion("type", [
  object({
    type: literal("table"),
    title: string(),
    columns: array(string()),
    rows: array(array(ScalarSchema))
  }).strict(),
  object({
    type: literal("bar-chart"),
    title: string(),
    labels: array(string()),
    values: array(number()),
    threshold: number().optional(),
    unit: string().optional()
  }).strict(),
  object({
    type: literal("line-chart"),
    title: string(),
    labels: array(string()),
    series: array(object({ name: string(), values: array(number().nullable()) }).strict()),
    unit: string().optional()
  }).strict(),
  object({ type: literal("text"), title: string(), text: string() }).strict()
]);
var EnvelopeSchema = object({
  schemaVersion: literal(ENVELOPE_SCHEMA_VERSION),
  kind: string().min(1).describe("data-validation, backtest, bias, robustness, llm-eval, …"),
  title: string().optional().describe("Heading for the report section; defaults to kind and subject"),
  subject: SubjectSchema,
  status: StatusSchema,
  startedAt: iso_exports.datetime({ offset: true }),
  durationMs: number().nonnegative(),
  summary: string().optional().describe("One line for the verdict table"),
  metrics: record(string(), MetricSchema),
  checks: array(CheckSchema),
  details: array(DetailSchema).optional(),
  artifacts: array(ArtifactSchema),
  lineage: LineageSchema,
  error: object({ message: string(), hint: string().optional() }).strict().optional().describe("Set when status is error: what went wrong and what to do")
}).strict();
function newEnvelope(fields) {
  return {
    schemaVersion: ENVELOPE_SCHEMA_VERSION,
    status: "pass",
    durationMs: 0,
    metrics: {},
    checks: [],
    artifacts: [],
    ...fields
  };
}
var STATUS_ORDER = { pass: 0, warn: 1, fail: 2, error: 3 };
function worstStatus(statuses) {
  let worst = "pass";
  for (const s of statuses) if (STATUS_ORDER[s] > STATUS_ORDER[worst]) worst = s;
  return worst;
}
function checkEffect(check) {
  switch (check.status) {
    case "pass":
    case "skipped":
      return "pass";
    case "fail":
    case "inconclusive":
      return check.severity === "fail" ? "fail" : "warn";
    case "error":
      return check.severity === "fail" ? "error" : "warn";
  }
}
function statusFromChecks(checks) {
  return worstStatus(checks.map(checkEffect));
}

export {
  iso_exports,
  CheckStatusSchema,
  SkipCauseSchema,
  SeveritySchema,
  LineageSchema,
  EnvelopeSchema,
  newEnvelope,
  worstStatus,
  statusFromChecks
};
