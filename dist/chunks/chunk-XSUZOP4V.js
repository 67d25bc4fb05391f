import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  redact
} from "./chunk-PYTCQQ7B.js";
import {
  _enum,
  _null,
  array,
  boolean,
  discriminatedUnion,
  iso_exports,
  literal,
  number,
  object,
  record,
  string,
  union
} from "./chunk-33725BPV.js";
import {
  ConfigError,
  formatError
} from "./chunk-CYLWIE3E.js";

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
var CaseOutcomeSchema = object({
  status: _enum(["pass", "fail", "error", "skipped"]),
  output: string().optional(),
  reason: string().optional()
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
  object({ type: literal("text"), title: string(), text: string() }).strict(),
  object({
    type: literal("distribution"),
    title: string(),
    column: string(),
    numeric: boolean().describe("true: bins are ranges of a histogram; false: categories"),
    drifted: boolean().optional(),
    bins: array(string()).describe("Bin labels, in axis order"),
    reference: array(number()).describe("Share of the reference in each bin"),
    current: array(number()).describe("Share of the current data in each bin")
  }).strict(),
  object({
    type: literal("xy-chart"),
    title: string(),
    xLabel: string(),
    yLabel: string(),
    diagonal: boolean().optional().describe("Draw y = x (chance for ROC, perfect calibration)"),
    series: array(
      object({ name: string(), x: array(number()), y: array(number()) }).strict()
    )
  }).strict(),
  object({
    type: literal("confusion-matrix"),
    title: string(),
    labels: array(string()).describe("Classes, the order of rows (actual) and columns (predicted)"),
    matrices: array(object({ name: string(), counts: array(array(number())) }).strict())
  }).strict(),
  object({
    type: literal("text-diff"),
    title: string(),
    before: object({ label: string(), text: string() }).strict(),
    after: object({ label: string(), text: string() }).strict()
  }).strict(),
  object({
    type: literal("case-comparison"),
    title: string(),
    before: string().describe("Label of the earlier side, e.g. the base version"),
    after: string().describe("Label of the side under test"),
    cases: array(
      object({
        id: string(),
        change: _enum(["regressed", "fixed", "failing", "passing"]),
        before: CaseOutcomeSchema.optional(),
        after: CaseOutcomeSchema
      }).strict()
    )
  }).strict()
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

// packages/core/src/envelope-io.ts
import { createHash } from "node:crypto";
import { glob, mkdir, open, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
var DEFAULT_RESULTS_DIR = ".mlops/results";
var MAX_RESULT_FILE_BYTES = 50 * 1024 * 1024;
var sizeText = (bytes) => bytes >= 1024 * 1024 ? `${Number((bytes / 1024 / 1024).toFixed(1))} MB` : `${Math.ceil(bytes / 1024)} KB`;
async function readBounded(file, maxBytes) {
  let handle;
  try {
    handle = await open(file, "r");
  } catch (e) {
    throw new ConfigError(`cannot read results file (${e.code ?? String(e)})`, {
      location: { file }
    });
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new ConfigError("results path is not a file", { location: { file } });
    if (info.size > maxBytes) {
      throw new ConfigError(
        `results file is larger than the ${sizeText(maxBytes)} limit (${info.size} bytes)`,
        {
          location: { file },
          hint: "results files hold summaries written by mlops actions; this one was not read"
        }
      );
    }
    return await handle.readFile("utf8");
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    throw new ConfigError(`cannot read results file (${e.code ?? String(e)})`, {
      location: { file }
    });
  } finally {
    await handle.close();
  }
}
function envelopeFileName(envelope, variant) {
  const slug = (s) => s.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80) || "x";
  const parts = [envelope.kind, envelope.subject.name, ...variant ? [variant] : []];
  return `${parts.map(slug).join("--")}.json`;
}
async function writeEnvelope(dir, envelope, options = {}) {
  const checked = EnvelopeSchema.parse(envelope);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, envelopeFileName(checked, options.variant));
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${redact(JSON.stringify(checked, null, 2))}
`);
  await rename(tmp, file);
  return file;
}
async function readEnvelopeFile(file, options = {}) {
  const text = redact(await readBounded(file, options.maxBytes ?? MAX_RESULT_FILE_BYTES));
  try {
    const parsed = EnvelopeSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
  }
  try {
    const { parseConfigText } = await import("./config-loader-WUTEBKS3.js");
    return parseConfigText(text, file, EnvelopeSchema);
  } catch (e) {
    if (e instanceof ConfigError) {
      const hint = "results files are written by mlops actions; regenerate it, or fix the field named above";
      throw new ConfigError(`invalid results file: ${e.message}`, {
        location: e.location,
        hint: e.hint ?? hint,
        others: e.others
      });
    }
    throw e;
  }
}
async function collectEnvelopes(dirOrGlob, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const target = path.resolve(cwd, dirOrGlob);
  let files;
  if (/[*?[{]/.test(dirOrGlob)) {
    files = [];
    for await (const f of glob(dirOrGlob, { cwd })) files.push(path.resolve(cwd, f));
  } else {
    const info = await stat(target).catch(() => void 0);
    if (!info) return { files: [], envelopes: [], problems: [] };
    if (info.isFile()) files = [target];
    else {
      files = [];
      for await (const f of glob("**/*.json", { cwd: target })) files.push(path.join(target, f));
    }
  }
  files.sort();
  const read = [];
  const envelopes = [];
  const problems = [];
  for (const f of files) {
    const refused = await options.refuse?.(f);
    if (refused) {
      problems.push(refused);
      continue;
    }
    try {
      envelopes.push(await readEnvelopeFile(f, options));
      read.push(f);
    } catch (e) {
      problems.push(
        e instanceof ConfigError ? e : new ConfigError(`cannot read results file: ${formatError(e)}`, { location: { file: f } })
      );
    }
  }
  return { files: read, envelopes, problems };
}
async function readEnvelopes(dirOrGlob, options = {}) {
  const { files, envelopes, problems } = await collectEnvelopes(dirOrGlob, options);
  const errors = problems.flatMap((e) => [e, ...e.others]);
  if (errors.length > 0) {
    const [first, ...rest] = errors;
    throw new ConfigError(first.message, { location: first.location, hint: first.hint, others: rest });
  }
  return { files, envelopes };
}
function sha256Hex(data) {
  return createHash("sha256").update(data).digest("hex");
}

export {
  CheckStatusSchema,
  SkipCauseSchema,
  SeveritySchema,
  LineageSchema,
  newEnvelope,
  worstStatus,
  checkEffect,
  statusFromChecks,
  DEFAULT_RESULTS_DIR,
  envelopeFileName,
  writeEnvelope,
  readEnvelopeFile,
  collectEnvelopes,
  readEnvelopes,
  sha256Hex
};
