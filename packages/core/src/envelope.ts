import * as z from "zod";

/**
 * The result envelope: one JSON file per evaluation. `report` renders any set of them and `promote`
 * decides on them, so every field here is a promise to both.
 */

export const ENVELOPE_SCHEMA_VERSION = 1;

export const StatusSchema = z.enum(["pass", "warn", "fail", "error"]);
export type Status = z.infer<typeof StatusSchema>;

/**
 * A check's own verdict. `inconclusive` is "could not decide" (too little data, no baseline value, a metric
 * that could not be computed) and blocks like `fail`; `skipped` says why it did not apply.
 */
export const CheckStatusSchema = z.enum(["pass", "fail", "inconclusive", "error", "skipped"]);
export type CheckStatus = z.infer<typeof CheckStatusSchema>;

/**
 * The only two reasons a gate may be skipped: the user marked it `optional`, or it compares with a
 * baseline and the subject has no earlier version at all (the first model in the registry).
 */
export const SkipCauseSchema = z.enum(["optional", "first-version", "no-base"]);
export type SkipCause = z.infer<typeof SkipCauseSchema>;

/** What a non-passing check means: `fail` blocks, `warn` reports. */
export const SeveritySchema = z.enum(["fail", "warn"]);
export type Severity = z.infer<typeof SeveritySchema>;

export const IntervalSchema = z
  .object({
    lower: z.number(),
    upper: z.number(),
    level: z.number().gt(0).lt(1).describe("Confidence level, e.g. 0.95"),
    method: z
      .string()
      .optional()
      .describe("How it was computed, e.g. 'paired bootstrap, percentile, 2000 resamples'"),
  })
  .strict();
export type Interval = z.infer<typeof IntervalSchema>;

export const MetricSchema = z
  .object({
    value: z.number().nullable().describe("null when the metric could not be computed"),
    unavailable: z.string().optional().describe("Why value is null, and what would give one"),
    ci: IntervalSchema.optional(),
    baseline: z
      .object({ value: z.number().nullable(), ci: IntervalSchema.optional(), label: z.string().optional() })
      .strict()
      .optional()
      .describe("The same metric for the baseline (the champion, or the prompt version on main)"),
    delta: z
      .object({ value: z.number(), ci: IntervalSchema.optional() })
      .strict()
      .optional()
      .describe("value − baseline.value, with an interval from a paired method when one was computed"),
    n: z.number().int().nonnegative().optional().describe("Sample size behind the value"),
    unit: z.string().optional(),
    greaterIsBetter: z.boolean().optional(),
  })
  .strict();
export type Metric = z.infer<typeof MetricSchema>;

const ScalarSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const CheckSchema = z
  .object({
    id: z.string().min(1),
    title: z.string(),
    status: CheckStatusSchema,
    severity: SeveritySchema,
    observed: ScalarSchema.optional().describe("What was measured, as shown to a reader"),
    expected: ScalarSchema.optional().describe("What the check required, as shown to a reader"),
    message: z.string().optional(),
    metric: z.string().optional().describe("The metric this check is about, when it is a gate on one"),
    skip: SkipCauseSchema.optional().describe(
      "Why a skipped gate did not apply: the user marked it optional, or the subject has no earlier version",
    ),
    gate: z.boolean().optional().describe("true when the check came from a configured gate"),
    location: z
      .object({
        file: z.string(),
        line: z.number().int().positive().optional(),
        column: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
    examples: z
      .array(z.record(z.string(), ScalarSchema))
      .optional()
      .describe("Failing examples, e.g. rows with their row number"),
  })
  .strict();
export type Check = z.infer<typeof CheckSchema>;

export const ArtifactSchema = z
  .object({
    name: z.string(),
    path: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    bytes: z.number().int().nonnegative().optional(),
    mediaType: z.string().optional(),
  })
  .strict();
export type Artifact = z.infer<typeof ArtifactSchema>;

export const SubjectSchema = z
  .object({
    type: z.string().describe("model, dataset, prompt, …"),
    name: z.string(),
    version: z.string().optional(),
    digest: z
      .string()
      .regex(/^sha256:[0-9a-f]{64}$/)
      .optional(),
    baseline: z
      .object({ name: z.string().optional(), version: z.string().optional(), digest: z.string().optional() })
      .strict()
      .optional()
      .describe("What the subject was compared with"),
  })
  .strict();
export type Subject = z.infer<typeof SubjectSchema>;

export const LineageSchema = z
  .object({
    gitSha: z.string().optional(),
    gitDirty: z.boolean().optional(),
    runUrl: z.string().optional(),
    datasets: z.array(z.object({ name: z.string(), digest: z.string() }).strict()).optional(),
    configDigest: z.string().optional(),
    parameters: z.record(z.string(), ScalarSchema).optional(),
    tools: z.record(z.string(), z.string()).optional().describe("Tool name → version"),
  })
  .strict();
export type Lineage = z.infer<typeof LineageSchema>;

/** One side of a compared case: what the model answered and how it was graded. */
const CaseOutcomeSchema = z
  .object({
    status: z.enum(["pass", "fail", "error", "skipped"]),
    output: z.string().optional(),
    reason: z.string().optional(),
  })
  .strict();

/** A section of free-form detail a kind wants in the report (tables, charts); rendered generically. */
export const DetailSchema = z.discriminatedUnion("type", [
  z
    .object({
      type: z.literal("table"),
      title: z.string(),
      columns: z.array(z.string()),
      rows: z.array(z.array(ScalarSchema)),
    })
    .strict(),
  z
    .object({
      type: z.literal("bar-chart"),
      title: z.string(),
      labels: z.array(z.string()),
      values: z.array(z.number()),
      threshold: z.number().optional(),
      unit: z.string().optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal("line-chart"),
      title: z.string(),
      labels: z.array(z.string()),
      series: z.array(z.object({ name: z.string(), values: z.array(z.number().nullable()) }).strict()),
      unit: z.string().optional(),
    })
    .strict(),
  z.object({ type: z.literal("text"), title: z.string(), text: z.string() }).strict(),
  z
    .object({
      type: z.literal("distribution"),
      title: z.string(),
      column: z.string(),
      numeric: z.boolean().describe("true: bins are ranges of a histogram; false: categories"),
      drifted: z.boolean().optional(),
      bins: z.array(z.string()).describe("Bin labels, in axis order"),
      reference: z.array(z.number()).describe("Share of the reference in each bin"),
      current: z.array(z.number()).describe("Share of the current data in each bin"),
    })
    .strict(),
  z
    .object({
      type: z.literal("xy-chart"),
      title: z.string(),
      xLabel: z.string(),
      yLabel: z.string(),
      diagonal: z.boolean().optional().describe("Draw y = x (chance for ROC, perfect calibration)"),
      series: z.array(
        z.object({ name: z.string(), x: z.array(z.number()), y: z.array(z.number()) }).strict(),
      ),
    })
    .strict(),
  z
    .object({
      type: z.literal("confusion-matrix"),
      title: z.string(),
      labels: z.array(z.string()).describe("Classes, the order of rows (actual) and columns (predicted)"),
      matrices: z.array(z.object({ name: z.string(), counts: z.array(z.array(z.number())) }).strict()),
    })
    .strict(),
  z
    .object({
      type: z.literal("text-diff"),
      title: z.string(),
      before: z.object({ label: z.string(), text: z.string() }).strict(),
      after: z.object({ label: z.string(), text: z.string() }).strict(),
    })
    .strict(),
  z
    .object({
      type: z.literal("case-comparison"),
      title: z.string(),
      before: z.string().describe("Label of the earlier side, e.g. the base version"),
      after: z.string().describe("Label of the side under test"),
      cases: z.array(
        z
          .object({
            id: z.string(),
            change: z.enum(["regressed", "fixed", "failing", "passing"]),
            before: CaseOutcomeSchema.optional(),
            after: CaseOutcomeSchema,
          })
          .strict(),
      ),
    })
    .strict(),
]);
export type Detail = z.infer<typeof DetailSchema>;

export const EnvelopeSchema = z
  .object({
    schemaVersion: z.literal(ENVELOPE_SCHEMA_VERSION),
    kind: z.string().min(1).describe("data-validation, backtest, bias, robustness, llm-eval, …"),
    title: z.string().optional().describe("Heading for the report section; defaults to kind and subject"),
    subject: SubjectSchema,
    status: StatusSchema,
    startedAt: z.iso.datetime({ offset: true }),
    durationMs: z.number().nonnegative(),
    summary: z.string().optional().describe("One line for the verdict table"),
    metrics: z.record(z.string(), MetricSchema),
    checks: z.array(CheckSchema),
    details: z.array(DetailSchema).optional(),
    artifacts: z.array(ArtifactSchema),
    lineage: LineageSchema,
    error: z
      .object({ message: z.string(), hint: z.string().optional() })
      .strict()
      .optional()
      .describe("Set when status is error: what went wrong and what to do"),
  })
  .strict();
export type Envelope = z.infer<typeof EnvelopeSchema>;

/**
 * An envelope of the current schema version, with nothing recorded that `fields` does not give: status
 * pass, no time spent, no metrics, checks or artifacts. Every command starts its result here.
 */
export function newEnvelope(
  fields: Pick<Envelope, "kind" | "subject" | "startedAt" | "lineage"> &
    Partial<Omit<Envelope, "schemaVersion">>,
): Envelope {
  return {
    schemaVersion: ENVELOPE_SCHEMA_VERSION,
    status: "pass",
    durationMs: 0,
    metrics: {},
    checks: [],
    artifacts: [],
    ...fields,
  };
}

const STATUS_ORDER: Record<Status, number> = { pass: 0, warn: 1, fail: 2, error: 3 };

/** The worst of several statuses. */
export function worstStatus(statuses: Iterable<Status>): Status {
  let worst: Status = "pass";
  for (const s of statuses) if (STATUS_ORDER[s] > STATUS_ORDER[worst]) worst = s;
  return worst;
}

/**
 * What one check contributes to its envelope's status. A check that could not decide (inconclusive)
 * counts like a failure at its severity: too little data never passes silently.
 */
export function checkEffect(check: Pick<Check, "status" | "severity">): Status {
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

/** The envelope status implied by its checks. */
export function statusFromChecks(checks: readonly Pick<Check, "status" | "severity">[]): Status {
  return worstStatus(checks.map(checkEffect));
}
