import { type Detail, type Envelope, EnvelopeSchema } from "@mlops/core";

/**
 * Envelopes carrying the views the HTML report draws — distributions, classifier curves, confusion
 * matrices, a prompt diff and compared cases — built from closed-form shapes so screenshots are stable.
 */

const base = {
  schemaVersion: 1,
  startedAt: "2024-05-01T10:00:00Z",
  durationMs: 1200,
  metrics: {},
  checks: [],
  artifacts: [],
  lineage: {},
} as const;

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Shares of a normal-shaped histogram over `bins` bins, centred at `centre` (0–1 of the range). */
function bell(bins: number, centre: number, spread: number): number[] {
  const raw = Array.from({ length: bins }, (_, i) =>
    Math.exp(-(((i + 0.5) / bins - centre) ** 2) / (2 * spread ** 2)),
  );
  const total = raw.reduce((a, b) => a + b, 0);
  return raw.map((v) => round(v / total));
}

const edges = (bins: number, low: number, width: number) =>
  Array.from(
    { length: bins },
    (_, i) => `[${low + i * width}, ${low + (i + 1) * width}${i + 1 === bins ? "]" : ")"}`,
  );

export const dataViews: Envelope = EnvelopeSchema.parse({
  ...base,
  kind: "data-validation",
  title: "Data validation: weather 2014–15",
  subject: { type: "dataset", name: "weather", version: "2014-15" },
  status: "warn",
  details: [
    {
      type: "distribution",
      title: "humidity",
      column: "humidity",
      numeric: true,
      drifted: true,
      bins: edges(20, 0, 5),
      reference: bell(20, 0.45, 0.15),
      current: bell(20, 0.6, 0.12),
    },
    {
      type: "distribution",
      title: "wind_dir",
      column: "wind_dir",
      numeric: false,
      drifted: false,
      bins: ["N", "NE", "E", "SE", "S", "SW", "W", "NW", "other"],
      reference: [0.18, 0.1, 0.08, 0.12, 0.15, 0.14, 0.11, 0.09, 0.03],
      current: [0.16, 0.11, 0.09, 0.12, 0.14, 0.15, 0.12, 0.08, 0.03],
    },
  ] satisfies Detail[],
});

/** A binormal ROC curve with separation `d`: tpr = Φ(Φ⁻¹(fpr) + d), by a logistic approximation of Φ. */
function roc(d: number): { x: number[]; y: number[] } {
  const phi = (z: number) => 1 / (1 + Math.exp(-1.702 * z));
  const phiInv = (p: number) => Math.log(p / (1 - p)) / 1.702;
  const x = [0, ...Array.from({ length: 49 }, (_, i) => (i + 1) / 50), 1];
  return { x, y: x.map((f) => (f === 0 ? 0 : f === 1 ? 1 : round(phi(phiInv(f) + d)))) };
}

/** A precision–recall curve falling from 1 towards the prevalence, steeper for a weaker model. */
function pr(strength: number): { x: number[]; y: number[] } {
  const x = Array.from({ length: 50 }, (_, i) => (i + 1) / 50);
  return { x, y: x.map((r) => round(0.22 + 0.78 * (1 - r ** strength))) };
}

export const backtestViews: Envelope = EnvelopeSchema.parse({
  ...base,
  kind: "backtest",
  title: "Backtest: rain-tomorrow",
  subject: { type: "model", name: "rain-tomorrow", version: "2.0.0", baseline: { version: "1.3.0" } },
  status: "pass",
  details: [
    {
      type: "xy-chart",
      title: "ROC curve",
      xLabel: "false positive rate",
      yLabel: "true positive rate",
      diagonal: true,
      series: [
        { name: "challenger 2.0.0 (AUC 0.87)", ...roc(1.6) },
        { name: "champion 1.3.0 (AUC 0.82)", ...roc(1.3) },
      ],
    },
    {
      type: "xy-chart",
      title: "Precision–recall curve",
      xLabel: "recall",
      yLabel: "precision",
      series: [
        { name: "challenger 2.0.0", ...pr(2.5) },
        { name: "champion 1.3.0", ...pr(1.8) },
      ],
    },
    {
      type: "xy-chart",
      title: "Calibration (reliability diagram)",
      xLabel: "mean predicted probability",
      yLabel: "fraction of positives",
      diagonal: true,
      series: [
        {
          name: "challenger 2.0.0",
          x: [0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85],
          y: [0.04, 0.13, 0.27, 0.33, 0.47, 0.52, 0.68, 0.74, 0.88],
        },
        {
          name: "champion 1.3.0",
          x: [0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85],
          y: [0.02, 0.08, 0.18, 0.26, 0.4, 0.58, 0.74, 0.86, 0.95],
        },
      ],
    },
    {
      type: "confusion-matrix",
      title: "Confusion matrix at threshold 0.5",
      labels: ["0", "1"],
      matrices: [
        {
          name: "challenger 2.0.0",
          counts: [
            [540, 38],
            [61, 91],
          ],
        },
        {
          name: "champion 1.3.0",
          counts: [
            [532, 46],
            [74, 78],
          ],
        },
      ],
    },
  ] satisfies Detail[],
});

export const llmViews: Envelope = EnvelopeSchema.parse({
  ...base,
  kind: "llm-eval",
  title: "LLM eval: rain-summary",
  subject: { type: "prompt", name: "rain-summary", version: "v2", baseline: { version: "v1" } },
  status: "fail",
  details: [
    {
      type: "text-diff",
      title: "Prompt diff",
      before: {
        label: "base v1",
        text: "You are a weather assistant.\nSummarise the forecast for {{city}}.\nAnswer in one sentence.",
      },
      after: {
        label: "PR v2",
        text: "You are a weather assistant.\nSummarise the forecast for {{city}} in plain words.\nMention the chance of rain.\nAnswer in one sentence.",
      },
    },
    {
      type: "case-comparison",
      title: "Outputs, base v1 against PR v2",
      before: "base v1",
      after: "PR v2",
      cases: [
        {
          id: "sydney-storm",
          change: "regressed",
          before: { status: "pass", output: "Storms are likely in Sydney tomorrow, with heavy rain." },
          after: {
            status: "fail",
            output: "Sydney will be mild tomorrow.",
            reason: "expected to mention: rain",
          },
        },
        {
          id: "perth-dry",
          change: "fixed",
          before: { status: "fail", output: "Perth: 12% chance of showers.", reason: "too long" },
          after: { status: "pass", output: "Perth stays dry, with a 12% chance of rain." },
        },
        {
          id: "hobart-wind",
          change: "failing",
          before: { status: "fail", output: "Windy.", reason: "expected to mention: wind speed" },
          after: {
            status: "fail",
            output: "Hobart will be windy with a 30% chance of rain.",
            reason: "expected to mention: wind speed",
          },
        },
        {
          id: "darwin-wet",
          change: "passing",
          before: { status: "pass", output: "Darwin: heavy rain, 90% chance." },
          after: { status: "pass", output: "Darwin will be wet, with a 90% chance of heavy rain." },
        },
      ],
    },
  ] satisfies Detail[],
});
