import {
  type Check,
  type Detail,
  type Envelope,
  evaluateGates,
  type Gate,
  type Lineage,
  type Metric,
  newEnvelope,
  statusFromChecks,
} from "@mlops/core";
import { quantiles } from "@mlops/stats";
import { pairedPassRate, wilsonInterval } from "./pass-rate.ts";
import type { PromptFile } from "./prompt-file.ts";
import type { LintFinding } from "./prompt-lock.ts";
import type { CaseResult } from "./runner.ts";
import type { Suite } from "./suite-schema.ts";

/**
 * One envelope per prompt: pass rate with its interval, against the base version when there is one
 * (paired on the same cases, McNemar), cost, latency and tokens, per-case regressions, and the gates —
 * the suite's own, its budgets, errors and critical regressions — as checks.
 */

/** What the envelope needs of a prompt version (shard files carry just this). */
export type PromptIdentity = Pick<PromptFile, "id" | "version" | "file" | "hashes">;

export interface PromptEvaluation {
  head: PromptIdentity;
  base?: PromptIdentity;
  /** Partials that differ between base and head (each side rendered with its own). */
  changedPartials?: readonly string[];
  results: readonly CaseResult[];
  lint: readonly LintFinding[];
}

interface SideStats {
  cases: number;
  passRate: number | null;
  passes: number;
  errors: number;
  /** null when a model that answered has no price (see `unpriced`). */
  costUsd: number | null;
  /** Models that answered without a price, so the cost is unknown. */
  unpriced: string[];
  tokens: number;
  promptTokens: number;
  completionTokens: number;
  p50: number | null;
  p95: number | null;
  /** Per (case, provider): passed in the majority of repeats. */
  verdicts: Map<string, boolean>;
  /** Cases that passed some repeats and failed others, with their pass count out of the repeats. */
  flaky: Array<{ key: string; passes: number; repeats: number }>;
}

const pairKey = (r: CaseResult) => `${r.caseId}\u0000${r.provider}`;

function statsOf(results: readonly CaseResult[]): SideStats {
  const byCase = new Map<string, CaseResult[]>();
  for (const r of results) {
    const list = byCase.get(pairKey(r)) ?? [];
    list.push(r);
    byCase.set(pairKey(r), list);
  }
  const verdicts = new Map<string, boolean>();
  const flaky: SideStats["flaky"] = [];
  let passShare = 0;
  for (const [key, list] of byCase) {
    const passes = list.filter((r) => r.status === "pass").length;
    passShare += passes / list.length;
    verdicts.set(key, passes * 2 > list.length);
    if (passes > 0 && passes < list.length) flaky.push({ key, passes, repeats: list.length });
  }
  const latencies = results
    .flatMap((r) => (r.latencyMs === undefined ? [] : [r.latencyMs]))
    .sort((a, b) => a - b);
  const [p50, p95] = latencies.length > 0 ? quantiles(latencies, [0.5, 0.95]) : [null, null];
  const unpriced = [
    ...new Set(results.filter((r) => r.usage && r.costUsd === undefined).map((r) => r.model)),
  ];
  const sum = (f: (r: CaseResult) => number) => results.reduce((n, r) => n + f(r), 0);
  return {
    cases: byCase.size,
    passRate: byCase.size === 0 ? null : passShare / byCase.size,
    passes: [...verdicts.values()].filter(Boolean).length,
    errors: results.filter((r) => r.status === "error").length,
    costUsd: unpriced.length > 0 ? null : sum((r) => r.costUsd ?? 0),
    unpriced,
    tokens: sum((r) => (r.usage ? r.usage.promptTokens + r.usage.completionTokens : 0)),
    promptTokens: sum((r) => r.usage?.promptTokens ?? 0),
    completionTokens: sum((r) => r.usage?.completionTokens ?? 0),
    p50: p50 ?? null,
    p95: p95 ?? null,
    verdicts,
    flaky,
  };
}

const round = (x: number | null, digits = 6) => (x === null ? null : Number(x.toPrecision(digits)));

function withBaseline(metric: Metric, baseValue: number | null | undefined): Metric {
  if (baseValue === undefined) return metric;
  const out: Metric = { ...metric, baseline: { value: baseValue } };
  if (metric.value !== null && baseValue !== null)
    out.delta = { value: round(metric.value - baseValue) as number };
  return out;
}

export function budgetGates(budgets: Suite["budgets"]): Gate[] {
  const gate = (metric: string, max: number | undefined, title: string): Gate[] =>
    max === undefined ? [] : [{ metric, max, id: `budget:${metric}`, title, severity: "fail" }];
  return [
    ...gate("total_cost_usd", budgets.total_usd, "Budget: total cost (USD)"),
    ...gate("cost_per_case_usd", budgets.usd_per_case, "Budget: cost per case (USD)"),
    ...gate("latency_p95_ms", budgets.p95_latency_ms, "Budget: p95 latency (ms)"),
    ...gate("total_tokens", budgets.total_tokens, "Budget: total tokens"),
  ];
}

const short = (hash: string) => hash.slice(0, 12);
const clip = (s: string | undefined, n = 120) =>
  s === undefined ? "" : s.length > n ? `${s.slice(0, n - 1)}…` : s;

export function buildPromptEnvelope(
  evaluation: PromptEvaluation,
  suite: Suite,
  context: { startedAt: Date; durationMs: number; lineage: Lineage },
): Envelope {
  const { head, base, results } = evaluation;
  const headResults = results.filter((r) => r.side === "head");
  const baseResults = results.filter((r) => r.side === "base");
  const h = statsOf(headResults);
  const b = base ? statsOf(baseResults) : undefined;

  const pairs = b
    ? [...h.verdicts].flatMap(([key, head]) => {
        const basePass = b.verdicts.get(key);
        return basePass === undefined ? [] : [{ key, base: basePass, head }];
      })
    : [];
  const paired = b ? pairedPassRate(pairs) : undefined;

  const metrics: Record<string, Metric> = {};
  const passRate: Metric = {
    value: round(h.passRate),
    ci: wilsonInterval(h.passes, h.cases),
    n: h.cases,
    greaterIsBetter: true,
  };
  if (b) {
    passRate.baseline = {
      value: round(b.passRate),
      ci: wilsonInterval(b.passes, b.cases),
      label: `${base?.version}`,
    };
    if (paired) passRate.delta = { value: round(paired.delta) as number, ci: paired.ci };
  }
  metrics.pass_rate = passRate;
  metrics.cases = { value: h.cases, greaterIsBetter: true };
  metrics.errors = withBaseline(
    { value: h.errors, n: headResults.length, greaterIsBetter: false },
    b?.errors,
  );
  const noPrice =
    h.unpriced.length > 0
      ? {
          unavailable: `no price for ${h.unpriced.join(", ")}: set price (USD per 1M tokens) on the provider`,
        }
      : {};
  metrics.total_cost_usd = withBaseline(
    { value: round(h.costUsd), ...noPrice, unit: "USD", greaterIsBetter: false },
    b ? round(b.costUsd) : undefined,
  );
  metrics.cost_per_case_usd = withBaseline(
    {
      value: h.costUsd === null || h.cases === 0 ? null : round(h.costUsd / h.cases),
      ...noPrice,
      unit: "USD",
      greaterIsBetter: false,
    },
    b ? (b.costUsd === null || b.cases === 0 ? null : round(b.costUsd / b.cases)) : undefined,
  );
  metrics.latency_p50_ms = withBaseline(
    { value: round(h.p50, 4), unit: "ms", greaterIsBetter: false },
    b ? round(b.p50, 4) : undefined,
  );
  metrics.latency_p95_ms = withBaseline(
    { value: round(h.p95, 4), unit: "ms", greaterIsBetter: false },
    b ? round(b.p95, 4) : undefined,
  );
  metrics.total_tokens = withBaseline({ value: h.tokens, greaterIsBetter: false }, b?.tokens);
  if (suite.repeat > 1) metrics.flaky_cases = { value: h.flaky.length, n: h.cases, greaterIsBetter: false };
  if (paired) {
    metrics.regressions = { value: paired.regressions, n: paired.n, greaterIsBetter: false };
    metrics.improvements = { value: paired.improvements, n: paired.n, greaterIsBetter: true };
  }

  const checks: Check[] = [];
  for (const f of evaluation.lint) {
    checks.push({
      id: `lint:${f.rule}`,
      title: "Prompt version",
      status: "fail",
      severity: "fail",
      message: `${f.message} — ${f.hint}`,
      location: { file: f.file },
    });
  }
  const errored = headResults.filter((r) => r.status === "error");
  checks.push({
    id: "errors",
    title: "Every call completed",
    status: errored.length === 0 ? "pass" : "error",
    severity: "fail",
    observed: `${errored.length} of ${headResults.length} with errors`,
    expected: "0",
    message: errored.length > 0 ? `first error: ${errored[0]?.error}` : undefined,
    examples: errored
      .slice(0, 10)
      .map((r) => ({ case: r.caseId, provider: r.provider, repeat: r.repeat, error: clip(r.error, 300) })),
  });
  const regressed = pairs.filter((p) => p.base && !p.head);
  if (b) {
    const critical = new Set(headResults.filter((r) => r.critical).map(pairKey));
    const criticalRegressions = regressed.filter((p) => critical.has(p.key));
    checks.push({
      id: "critical-regressions",
      title: "No regression on critical cases",
      status: criticalRegressions.length === 0 ? "pass" : "fail",
      severity: "fail",
      observed: criticalRegressions.length,
      expected: 0,
      examples: criticalRegressions.slice(0, 10).map((p) => ({ case: p.key.split("\u0000")[0] ?? p.key })),
    });
  }
  checks.push(...evaluateGates([...suite.gates, ...budgetGates(suite.budgets)], metrics));

  const details: Detail[] = [];
  details.push({
    type: "text",
    title: "Prompt version",
    text: base
      ? `${head.id}: ${base.version} (${short(base.hashes.contentHash)}) → ${head.version} (${short(head.hashes.contentHash)})${
          evaluation.changedPartials?.length
            ? `; partials changed: ${evaluation.changedPartials.map((p) => `_${p}`).join(", ")}`
            : ""
        }`
      : `${head.id}: ${head.version} (${short(head.hashes.contentHash)}), no base version to compare with`,
  });
  const sideRow = (label: string, p: PromptIdentity, s: SideStats) => [
    label,
    p.version,
    s.passRate === null ? null : `${(s.passRate * 100).toFixed(1)}% (${s.passes}/${s.cases})`,
    s.errors,
    s.costUsd === null ? "no price" : Number(s.costUsd.toPrecision(4)),
    s.p50 === null ? null : Math.round(s.p50),
    s.p95 === null ? null : Math.round(s.p95),
    s.tokens,
  ];
  details.push({
    type: "table",
    title: "Cost, latency and tokens",
    columns: [
      "version",
      "semver",
      "pass rate",
      "errors",
      "cost (USD)",
      "p50 latency (ms)",
      "p95 latency (ms)",
      "tokens",
    ],
    rows: [...(base && b ? [sideRow("base", base, b)] : []), sideRow("head", head, h)],
  });
  if (regressed.length > 0) {
    const outputOf = new Map(headResults.map((r) => [pairKey(r), r]));
    details.push({
      type: "table",
      title: `Regressions (${regressed.length}): passed on ${base?.version}, fail on ${head.version}`,
      columns: ["case", "provider", "reason", "output"],
      rows: regressed.slice(0, 50).map((p) => {
        const r = outputOf.get(p.key);
        return [r?.caseId ?? p.key, r?.provider ?? "", clip(r?.reason ?? r?.error, 200), clip(r?.output)];
      }),
    });
  }
  if (h.flaky.length > 0) {
    details.push({
      type: "table",
      title: `Flaky cases (${h.flaky.length}): passed some repeats, failed others`,
      columns: ["case", "provider", "passed"],
      rows: h.flaky.slice(0, 50).map((f) => {
        const [caseId = f.key, provider = ""] = f.key.split("\u0000");
        return [caseId, provider, `${f.passes}/${f.repeats}`];
      }),
    });
  }
  const failing = headResults.filter((r) => r.status === "fail");
  if (failing.length > 0) {
    details.push({
      type: "table",
      title: `Failing cases (${failing.length})`,
      columns: ["case", "provider", "repeat", "reason", "output"],
      rows: failing
        .slice(0, 50)
        .map((r) => [r.caseId, r.provider, r.repeat, clip(r.reason, 200), clip(r.output)]),
    });
  }

  const status = statusFromChecks(checks);
  const summary = `${h.passRate === null ? "no cases" : `${(h.passRate * 100).toFixed(1)}% pass`}${
    paired
      ? `, Δ ${(paired.delta * 100).toFixed(1)} pts vs ${base?.version} (${paired.regressions} regressed, ${paired.improvements} improved)`
      : ""
  }${h.costUsd === null ? "" : `, $${Number(h.costUsd.toPrecision(3))}`}`;
  return newEnvelope({
    kind: "llm-eval",
    title: `LLM eval: ${head.id}`,
    subject: {
      type: "prompt",
      name: head.id,
      version: head.version,
      digest: `sha256:${head.hashes.contentHash}`,
      ...(base
        ? { baseline: { name: base.id, version: base.version, digest: `sha256:${base.hashes.contentHash}` } }
        : {}),
    },
    status,
    startedAt: context.startedAt.toISOString(),
    durationMs: context.durationMs,
    summary,
    metrics,
    checks,
    details,
    lineage: context.lineage,
  });
}
