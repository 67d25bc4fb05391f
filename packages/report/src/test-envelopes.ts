import { type Check, type Envelope, EnvelopeSchema } from "@mlops/core";

/**
 * Realistic result envelopes for the renderer's tests, validated against the envelope schema so they
 * stay what producers actually write.
 */

const hex = (seed: string) => seed.repeat(64).slice(0, 64);

const passingChecks = (count: number, prefix: string): Check[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i + 1}`,
    title: `${prefix} ${i + 1} within contract`,
    status: "pass" as const,
    severity: "fail" as const,
    observed: 0,
    expected: "0",
  }));

export const dataValidation: Envelope = EnvelopeSchema.parse({
  schemaVersion: 1,
  kind: "data-validation",
  title: "Data validation: churn training set",
  subject: { type: "dataset", name: "churn-train", version: "2024-05-01", digest: `sha256:${hex("ab12")}` },
  status: "fail",
  startedAt: "2024-05-01T10:00:00Z",
  durationMs: 4210,
  summary: "2 of 46 checks need attention",
  metrics: {
    rows: { value: 48213, n: 48213 },
    "missing rate": { value: 0.0123, unit: "ratio", greaterIsBetter: false },
  },
  checks: [
    ...passingChecks(40, "schema"),
    {
      id: "drift.tenure",
      title: "No drift in tenure",
      status: "inconclusive",
      severity: "fail",
      observed: "n=12",
      expected: "n ≥ 100",
      message: "Too few rows in the current window to test for drift",
    },
    {
      id: "range.age",
      title: "age in [18, 120]",
      status: "fail",
      severity: "warn",
      observed: 3,
      expected: 0,
      message: "3 rows out of range",
      location: { file: "data/train.csv", line: 812 },
      examples: [
        { row: 812, age: 7 },
        { row: 2045, age: 131 },
        { row: 40001, age: -1 },
      ],
    },
    {
      id: "missing.income",
      title: "income is never missing",
      status: "fail",
      severity: "fail",
      observed: 593,
      expected: 0,
      message: "593 rows have no income",
      examples: Array.from({ length: 12 }, (_, i) => ({ row: 100 + i * 7, income: null, region: "north" })),
    },
    { id: "dupes", title: "No duplicate ids", status: "pass", severity: "fail", observed: 0, expected: 0 },
    {
      id: "pii",
      title: "No e-mail addresses",
      status: "skipped",
      severity: "warn",
      message: "No text columns",
    },
  ],
  details: [
    {
      type: "bar-chart",
      title: "Drift by column (PSI)",
      labels: ["age", "income", "tenure", "region"],
      values: [0.02, 0.31, 0.08, 0.01],
      threshold: 0.2,
      unit: "PSI",
    },
    {
      type: "table",
      title: "Column summary",
      columns: ["column", "type", "missing", "mean"],
      rows: [
        ["age", "int", 0, 41.2],
        ["income", "float", 593, 52310.5],
        ["region", "string", 0, null],
      ],
    },
  ],
  artifacts: [
    { name: "validation report", path: "reports/validation.html", sha256: hex("c0ffee"), bytes: 20480 },
  ],
  lineage: {
    gitSha: "3f2a9c1d4e5b6a7980112233445566778899aabb",
    datasets: [{ name: "train", digest: `sha256:${hex("ab12")}` }],
    tools: { mlops: "1.0.0" },
  },
});

export const backtest: Envelope = EnvelopeSchema.parse({
  schemaVersion: 1,
  kind: "backtest",
  title: "Backtest: churn-model challenger vs champion",
  subject: {
    type: "model",
    name: "churn-model",
    version: "1.4.0",
    digest: `sha256:${hex("9f8e")}`,
    baseline: { name: "churn-model", version: "1.3.2" },
  },
  status: "warn",
  startedAt: "2024-05-01T10:01:00Z",
  durationMs: 183_400,
  summary: "AUC up 0.011 (significant); log loss within noise",
  metrics: {
    auc: {
      value: 0.912,
      ci: { lower: 0.901, upper: 0.923, level: 0.95, method: "paired bootstrap, 2000 resamples" },
      baseline: { value: 0.901, ci: { lower: 0.889, upper: 0.912, level: 0.95 }, label: "champion 1.3.2" },
      delta: { value: 0.011, ci: { lower: 0.004, upper: 0.018, level: 0.95 } },
      n: 12000,
      greaterIsBetter: true,
    },
    "log loss": {
      value: 0.281,
      baseline: { value: 0.279 },
      delta: { value: 0.002, ci: { lower: -0.003, upper: 0.007, level: 0.95 } },
      n: 12000,
      greaterIsBetter: false,
    },
    "p95 latency": { value: 41.5, baseline: { value: 38 }, unit: "ms", greaterIsBetter: false },
    recall: { value: 0.74, baseline: { value: 0.77 }, unit: "ratio", greaterIsBetter: true },
  },
  checks: [
    {
      id: "gate.auc",
      title: "AUC does not regress",
      status: "pass",
      severity: "fail",
      observed: 0.011,
      expected: "Δ ≥ −0.005",
      metric: "auc",
      gate: true,
    },
    {
      id: "gate.latency",
      title: "p95 latency under 40 ms",
      status: "fail",
      severity: "warn",
      observed: 41.5,
      expected: "≤ 40",
      metric: "p95 latency",
      gate: true,
    },
  ],
  details: [
    {
      type: "line-chart",
      title: "AUC per backtest window",
      labels: ["2024-01", "2024-02", "2024-03", "2024-04"],
      series: [
        { name: "champion 1.3.2", values: [0.9, 0.895, 0.904, 0.903] },
        { name: "challenger 1.4.0", values: [0.91, 0.907, null, 0.918] },
      ],
    },
  ],
  artifacts: [
    { name: "predictions", path: "out/predictions.parquet", sha256: hex("0a1b"), bytes: 3_400_000 },
  ],
  lineage: {
    gitSha: "3f2a9c1d4e5b6a7980112233445566778899aabb",
    gitDirty: true,
    runUrl: "https://github.com/acme/churn/actions/runs/42",
    configDigest: `sha256:${hex("77")}`,
    parameters: { "learning rate": 0.05, trees: 400 },
  },
});

export const llmEval: Envelope = EnvelopeSchema.parse({
  schemaVersion: 1,
  kind: "llm-eval",
  subject: {
    type: "prompt",
    name: "support-answer",
    version: "v7",
    baseline: { version: "v6" },
  },
  status: "pass",
  startedAt: "2024-05-01T10:05:00Z",
  durationMs: 65_000,
  summary: "48 of 50 cases passed",
  metrics: {
    "pass rate": {
      value: 0.96,
      ci: { lower: 0.865, upper: 0.995, level: 0.95, method: "Wilson" },
      baseline: { value: 0.92 },
      n: 50,
      unit: "ratio",
      greaterIsBetter: true,
    },
    cost: { value: 0.4213, unit: "USD", greaterIsBetter: false, baseline: { value: 0.4213 } },
    "judge cost": {
      value: null,
      unavailable: "no price for in-house-judge: set price on the provider",
      unit: "USD",
    },
  },
  checks: [
    {
      id: "gate.pass-rate",
      title: "pass rate ≥ 90%",
      status: "pass",
      severity: "fail",
      observed: 0.96,
      expected: 0.9,
      gate: true,
      examples: [{ case: "refund-3", output: "I cannot help with that." }],
    },
  ],
  details: [
    {
      type: "text",
      title: "Judge rationale for refund-3",
      text: "The answer refuses.\nIt should offer a refund.",
    },
  ],
  artifacts: [],
  lineage: { tools: { "gpt-4o-mini": "2024-07-18" } },
});

/** A prompt change that regressed: a blocking gate failed on a significant drop, cost moved by noise. */
export const regressedLlmEval: Envelope = EnvelopeSchema.parse({
  schemaVersion: 1,
  kind: "llm-eval",
  title: "LLM eval: support-answer v8",
  subject: { type: "prompt", name: "support-answer", version: "v8", baseline: { version: "v7" } },
  status: "fail",
  startedAt: "2024-05-01T10:06:00Z",
  durationMs: 71_000,
  summary: "41 of 50 cases passed",
  metrics: {
    "pass rate": {
      value: 0.82,
      baseline: { value: 0.96 },
      delta: { value: -0.14, ci: { lower: -0.24, upper: -0.04, level: 0.95, method: "paired bootstrap" } },
      n: 50,
      unit: "ratio",
      greaterIsBetter: true,
    },
    "hallucination rate": {
      value: 0.06,
      baseline: { value: 0.04 },
      delta: { value: 0.02, ci: { lower: -0.03, upper: 0.07, level: 0.95 } },
      n: 50,
      unit: "ratio",
      greaterIsBetter: false,
    },
    cost: {
      value: 0.421306,
      baseline: { value: 0.4213 },
      delta: { value: 0.000006, ci: { lower: -0.00001, upper: 0.00002, level: 0.95 } },
      unit: "USD",
      greaterIsBetter: false,
    },
    "p95 latency": {
      value: 910,
      baseline: { value: 700 },
      delta: { value: 210, ci: { lower: 150, upper: 270, level: 0.95 } },
      unit: "ms",
      greaterIsBetter: false,
    },
  },
  checks: [
    {
      id: "gate.pass-rate",
      title: "pass rate no worse than v7",
      status: "fail",
      severity: "fail",
      observed: "−14 pp [−24, −4]",
      expected: "Δ ≥ −2 pp",
      metric: "pass rate",
      gate: true,
    },
    {
      id: "gate.hallucination",
      title: "hallucination rate no worse than v7",
      status: "pass",
      severity: "fail",
      observed: "+2 pp [−3, +7]",
      expected: "Δ ≤ +5 pp",
      metric: "hallucination rate",
      gate: true,
    },
    {
      id: "gate.cost",
      title: "cost within budget",
      status: "pass",
      severity: "fail",
      observed: 0.421306,
      expected: "≤ 0.5",
      metric: "cost",
      gate: true,
    },
    {
      id: "gate.latency",
      title: "p95 latency under 800 ms",
      status: "fail",
      severity: "warn",
      observed: 910,
      expected: "≤ 800",
      metric: "p95 latency",
      gate: true,
    },
  ],
  artifacts: [],
  lineage: {},
});

export const errored: Envelope = EnvelopeSchema.parse({
  schemaVersion: 1,
  kind: "bias",
  subject: { type: "model", name: "churn-model", version: "1.4.0" },
  status: "error",
  startedAt: "2024-05-01T10:03:00Z",
  durationMs: 950,
  metrics: {},
  checks: [],
  artifacts: [],
  lineage: {},
  error: {
    message: "The scorer at http://localhost:8080 did not answer",
    hint: "Start the model server or set scorer.url in mlops.yml",
  },
});

/** Every string the envelope can hold is hostile. */
export const PAYLOAD =
  "<script>window.__pwned=1</script> @org/team a|b `x` ``` [link](javascript:alert(1)) ![x](http://evil/) &lt; *em* _u_ ~s~ $x$ #12\nsecond line";

export const hostile: Envelope = EnvelopeSchema.parse({
  schemaVersion: 1,
  kind: PAYLOAD,
  title: PAYLOAD,
  subject: {
    type: PAYLOAD,
    name: PAYLOAD,
    version: PAYLOAD,
    baseline: { name: PAYLOAD, version: PAYLOAD, digest: PAYLOAD },
  },
  status: "fail",
  startedAt: "2024-05-01T10:00:00Z",
  durationMs: 10,
  summary: PAYLOAD,
  metrics: {
    [PAYLOAD]: { value: 1, baseline: { value: 2, label: PAYLOAD }, unit: PAYLOAD, greaterIsBetter: true },
  },
  checks: [
    {
      id: PAYLOAD,
      title: PAYLOAD,
      status: "fail",
      severity: "fail",
      observed: PAYLOAD,
      expected: PAYLOAD,
      message: PAYLOAD,
      metric: PAYLOAD,
      location: { file: PAYLOAD, line: 3 },
      examples: [{ [PAYLOAD]: PAYLOAD, row: 1 }],
    },
    { id: "ok", title: PAYLOAD, status: "pass", severity: "warn", observed: PAYLOAD, expected: PAYLOAD },
  ],
  details: [
    { type: "table", title: PAYLOAD, columns: [PAYLOAD, "b"], rows: [[PAYLOAD, PAYLOAD]] },
    {
      type: "bar-chart",
      title: PAYLOAD,
      labels: [PAYLOAD, "b"],
      values: [1, 2],
      threshold: 1.5,
      unit: PAYLOAD,
    },
    {
      type: "line-chart",
      title: PAYLOAD,
      labels: [PAYLOAD, "b"],
      series: [{ name: PAYLOAD, values: [1, 2] }],
      unit: PAYLOAD,
    },
    { type: "text", title: PAYLOAD, text: PAYLOAD },
    {
      type: "distribution",
      title: PAYLOAD,
      column: PAYLOAD,
      numeric: false,
      drifted: true,
      bins: [PAYLOAD, "b"],
      reference: [0.5, 0.5],
      current: [0.2, 0.8],
    },
    {
      type: "xy-chart",
      title: PAYLOAD,
      xLabel: PAYLOAD,
      yLabel: PAYLOAD,
      diagonal: true,
      series: [{ name: PAYLOAD, x: [0, 0.5, 1], y: [0, 0.8, 1] }],
    },
    {
      type: "confusion-matrix",
      title: PAYLOAD,
      labels: [PAYLOAD, "1"],
      matrices: [
        {
          name: PAYLOAD,
          counts: [
            [5, 1],
            [2, 7],
          ],
        },
      ],
    },
    {
      type: "text-diff",
      title: PAYLOAD,
      before: { label: PAYLOAD, text: PAYLOAD },
      after: { label: PAYLOAD, text: `${PAYLOAD}\nmore` },
    },
    {
      type: "case-comparison",
      title: PAYLOAD,
      before: PAYLOAD,
      after: PAYLOAD,
      cases: [
        {
          id: PAYLOAD,
          change: "regressed",
          before: { status: "pass", output: PAYLOAD, reason: PAYLOAD },
          after: { status: "fail", output: PAYLOAD, reason: PAYLOAD },
        },
      ],
    },
  ],
  artifacts: [{ name: PAYLOAD, path: PAYLOAD, sha256: hex("e"), mediaType: PAYLOAD }],
  lineage: {
    gitSha: PAYLOAD,
    runUrl: PAYLOAD,
    datasets: [{ name: PAYLOAD, digest: PAYLOAD }],
    configDigest: PAYLOAD,
    parameters: { [PAYLOAD]: PAYLOAD },
    tools: { [PAYLOAD]: PAYLOAD },
  },
  error: { message: PAYLOAD, hint: PAYLOAD },
});
