import type { Metric } from "@mlops/core";
import { JUDGED_TYPES } from "./assertions/registry.ts";
import { AGREEMENT_METRICS } from "./judge-agreement.ts";
import { wilsonInterval } from "./pass-rate.ts";
import type { CaseResult } from "./runner.ts";
import type { SideComparison, SideStats } from "./side-stats.ts";
import type { Suite } from "./suite-schema.ts";

/** Every metric an eval can produce: flaky_cases only with repeats, regressions and improvements only with a base. */
export const PROMPT_EVAL_METRICS = [
  "pass_rate",
  "cases",
  "errors",
  "skipped",
  "total_cost_usd",
  "grader_cost_usd",
  "cost_per_case_usd",
  "latency_p50_ms",
  "latency_p95_ms",
  "total_tokens",
  "flaky_cases",
  "regressions",
  "improvements",
] as const;
export type PromptEvalMetric = (typeof PROMPT_EVAL_METRICS)[number];

/**
 * The metrics an eval of the suite can produce, for gates to name: with a judge, also the mean score of
 * each LLM-judged assertion type; with agreement, the judge's agreement with the labels.
 */
export function promptEvalMetricNames({
  repeat,
  judge,
  agreement,
}: Pick<Suite, "repeat" | "judge" | "agreement">): string[] {
  const judged = judge !== undefined;
  return [
    ...PROMPT_EVAL_METRICS.filter(
      (m) => (m !== "flaky_cases" || repeat > 1) && (m !== "grader_cost_usd" || judged),
    ),
    ...(judged ? JUDGED_TYPES : []),
    ...(agreement ? AGREEMENT_METRICS : []),
  ];
}

/** The mean score of each LLM-judged assertion type over the cases graded with it. */
function judgedScores(results: readonly CaseResult[]): Map<string, { mean: number; n: number }> {
  const sums = new Map<string, { sum: number; n: number }>();
  for (const r of results)
    for (const g of r.grading ?? []) {
      if (!g.judge) continue;
      const s = sums.get(g.assertion) ?? { sum: 0, n: 0 };
      s.sum += g.score;
      s.n++;
      sums.set(g.assertion, s);
    }
  return new Map([...sums].map(([type, { sum, n }]) => [type, { mean: sum / n, n }]));
}

const round = (x: number | null, digits = 6) => (x === null ? null : Number(x.toPrecision(digits)));

function withBaseline(metric: Metric, baseValue: number | null | undefined): Metric {
  if (baseValue === undefined) return metric;
  const out: Metric = { ...metric, baseline: { value: baseValue } };
  if (metric.value !== null && baseValue !== null)
    out.delta = { value: round(metric.value - baseValue) as number };
  return out;
}

function passRateMetric({ head, base, paired }: SideComparison, baseVersion: string | undefined): Metric {
  const passRate: Metric = {
    value: round(head.passRate),
    ci: wilsonInterval(head.passes, head.cases),
    n: head.cases,
    greaterIsBetter: true,
  };
  if (base) {
    passRate.baseline = {
      value: round(base.passRate),
      ci: wilsonInterval(base.passes, base.cases),
      label: `${baseVersion}`,
    };
    if (paired) passRate.delta = { value: round(paired.delta) as number, ci: paired.ci };
  }
  return passRate;
}

const costPerCase = (s: SideStats) =>
  s.costUsd === null || s.cases === 0 ? null : round(s.costUsd / s.cases);

/** Cost and latency, each with the base version's value when there is one. */
function costMetrics(h: SideStats, b: SideStats | undefined): Partial<Record<PromptEvalMetric, Metric>> {
  const noPrice =
    h.unpriced.length > 0
      ? {
          unavailable: `no price for ${h.unpriced.join(", ")}: set price (USD per 1M tokens) on the provider`,
        }
      : {};
  return {
    total_cost_usd: withBaseline(
      { value: round(h.costUsd), ...noPrice, unit: "USD", greaterIsBetter: false },
      b ? round(b.costUsd) : undefined,
    ),
    cost_per_case_usd: withBaseline(
      { value: costPerCase(h), ...noPrice, unit: "USD", greaterIsBetter: false },
      b ? costPerCase(b) : undefined,
    ),
    latency_p50_ms: withBaseline(
      { value: round(h.p50, 4), unit: "ms", greaterIsBetter: false },
      b ? round(b.p50, 4) : undefined,
    ),
    latency_p95_ms: withBaseline(
      { value: round(h.p95, 4), unit: "ms", greaterIsBetter: false },
      b ? round(b.p95, 4) : undefined,
    ),
  };
}

/** What the judge's calls cost, apart (it is also in total_cost_usd); unknown, never 0, without a price. */
function graderCost(h: SideStats, b: SideStats | undefined): Metric {
  const metric: Metric = {
    value: round(h.graderCostUsd),
    n: h.graderCalls,
    unit: "USD",
    greaterIsBetter: false,
  };
  if (h.graderCostUsd === null)
    metric.unavailable = "the judge model has no price: set price (USD per 1M tokens) on judge";
  return withBaseline(metric, b ? round(b.graderCostUsd) : undefined);
}

/** The envelope's metrics: pass rate (paired against the base), errors, cost, latency, tokens, flakiness. */
export function promptEvalMetrics(
  comparison: SideComparison,
  baseVersion: string | undefined,
  repeat: number,
): Record<string, Metric> {
  const { head: h, base: b, paired, headResults } = comparison;
  const metrics: Partial<Record<PromptEvalMetric, Metric>> = {
    pass_rate: passRateMetric(comparison, baseVersion),
    cases: { value: h.cases, greaterIsBetter: true },
    errors: withBaseline({ value: h.errors, n: headResults.length, greaterIsBetter: false }, b?.errors),
    skipped: withBaseline({ value: h.skipped, n: headResults.length, greaterIsBetter: false }, b?.skipped),
    ...costMetrics(h, b),
    total_tokens: withBaseline({ value: h.tokens, greaterIsBetter: false }, b?.tokens),
  };
  if (h.graderCalls > 0 || (b?.graderCalls ?? 0) > 0) metrics.grader_cost_usd = graderCost(h, b);
  const baseScores = comparison.base ? judgedScores(comparison.baseResults ?? []) : undefined;
  const scores: Record<string, Metric> = {};
  for (const [type, { mean, n }] of judgedScores(headResults)) {
    const base = baseScores?.get(type);
    scores[type] = withBaseline(
      { value: round(mean), n, greaterIsBetter: type !== "hallucination" },
      baseScores ? (base ? round(base.mean) : null) : undefined,
    );
  }
  if (repeat > 1) metrics.flaky_cases = { value: h.flaky.length, n: h.cases, greaterIsBetter: false };
  if (paired) {
    metrics.regressions = { value: paired.regressions, n: paired.n, greaterIsBetter: false };
    metrics.improvements = { value: paired.improvements, n: paired.n, greaterIsBetter: true };
  }
  return { ...metrics, ...scores };
}
