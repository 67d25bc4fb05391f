import { type Check, evaluateGates, type Gate, type GateOptions, type Metric } from "@mlops/core";
import type { LintFinding } from "./prompt-lock.ts";
import { pairKey, type SideComparison, splitPairKey } from "./side-stats.ts";
import type { Suite } from "./suite-schema.ts";

export const clip = (s: string | undefined, n = 120) =>
  s === undefined ? "" : s.length > n ? `${s.slice(0, n - 1)}…` : s;

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

const lintCheck = (f: LintFinding): Check => ({
  id: `lint:${f.rule}`,
  title: "Prompt version",
  status: "fail",
  severity: "fail",
  message: `${f.message} — ${f.hint}`,
  location: { file: f.file },
});

function errorsCheck({ headResults }: SideComparison): Check {
  const errored = headResults.filter((r) => r.status === "error");
  return {
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
  };
}

/** Only when the run's budget stopped it: the result then stands on part of the cases and cannot pass. */
function budgetStopCheck({ head, base }: SideComparison): Check[] {
  const skipped = head.skipped + (base?.skipped ?? 0);
  if (skipped === 0) return [];
  return [
    {
      id: "budget:stopped",
      title: "The run finished within its budget",
      status: "fail",
      severity: "fail",
      observed: `${skipped} calls not made`,
      expected: "every call made",
      message: `${head.skipReason ?? base?.skipReason} — raise the budget or run fewer cases or repeats`,
    },
  ];
}

function criticalRegressionsCheck({ headResults, pairs }: SideComparison): Check {
  const critical = new Set(headResults.filter((r) => r.critical).map(pairKey));
  const criticalRegressions = pairs.filter((p) => p.base && !p.head && critical.has(p.key));
  return {
    id: "critical-regressions",
    title: "No regression on critical cases",
    status: criticalRegressions.length === 0 ? "pass" : "fail",
    severity: "fail",
    observed: criticalRegressions.length,
    expected: 0,
    examples: criticalRegressions.slice(0, 10).map((p) => ({ case: splitPairKey(p.key)[0] })),
  };
}

/**
 * Without a `gates:` section every case must pass, as in promptfoo and pytest: a suite whose cases all
 * fail never ends green because nobody wrote a gate.
 */
function everyCasePassesCheck({ headResults }: SideComparison): Check {
  const failed = headResults.filter((r) => r.status === "fail");
  return {
    id: "cases",
    title: "Every case passes (the suite has no gates)",
    status: failed.length === 0 ? "pass" : "fail",
    severity: "fail",
    observed: `${failed.length} of ${headResults.length} failed`,
    expected: "0 (add a gates: section to allow some)",
    examples: failed
      .slice(0, 10)
      .map((r) => ({ case: r.caseId, provider: r.provider, reason: clip(r.reason) })),
  };
}

/**
 * Lint findings, errors, critical regressions (with a base), then the suite's gates and budgets — or,
 * without gates, that every case passes.
 */
export function promptEvalChecks(
  lint: readonly LintFinding[],
  comparison: SideComparison,
  suite: Pick<Suite, "gates" | "budgets">,
  metrics: Record<string, Metric>,
  baseline: Pick<GateOptions, "firstVersion" | "noBase"> = {},
): Check[] {
  return [
    ...lint.map(lintCheck),
    errorsCheck(comparison),
    ...budgetStopCheck(comparison),
    ...(comparison.base ? [criticalRegressionsCheck(comparison)] : []),
    ...(suite.gates.length === 0 ? [everyCasePassesCheck(comparison)] : []),
    ...evaluateGates([...suite.gates, ...budgetGates(suite.budgets)], metrics, baseline),
  ];
}
