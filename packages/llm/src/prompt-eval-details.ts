import type { Detail } from "@mlops/core";
import type { GradingResult } from "./assertions/definition.ts";
import type { PromptEvaluation, PromptIdentity } from "./eval-envelope.ts";
import { promptComparisonViews } from "./prompt-comparison-views.ts";
import { clip } from "./prompt-eval-checks.ts";
import type { CaseResult } from "./runner.ts";
import {
  type PairedVerdict,
  pairKey,
  type SideComparison,
  type SideStats,
  splitPairKey,
} from "./side-stats.ts";

const short = (hash: string) => hash.slice(0, 12);

function versionText({ head, base, changedPartials }: PromptEvaluation): string {
  if (!base) {
    return `${head.id}: ${head.version} (${short(head.hashes.contentHash)}), no base version to compare with`;
  }
  const partials = changedPartials?.length
    ? `; partials changed: ${changedPartials.map((p) => `_${p}`).join(", ")}`
    : "";
  return `${head.id}: ${base.version} (${short(base.hashes.contentHash)}) → ${head.version} (${short(head.hashes.contentHash)})${partials}`;
}

const usd = (x: number | null) => (x === null ? "no price" : Number(x.toPrecision(4)));

const sideRow = (label: string, p: PromptIdentity, s: SideStats, judged: boolean) => [
  label,
  p.version,
  s.passRate === null ? null : `${(s.passRate * 100).toFixed(1)}% (${s.passes}/${s.cases})`,
  s.errors,
  usd(s.costUsd),
  ...(judged ? [`${usd(s.graderCostUsd)} (${s.graderCalls} calls)`] : []),
  s.p50 === null ? null : Math.round(s.p50),
  s.p95 === null ? null : Math.round(s.p95),
  s.tokens,
];

/** With LLM-judged assertions, the judge's share of the cost on a column of its own. */
function costTable({ head, base }: PromptEvaluation, { head: h, base: b }: SideComparison): Detail {
  const judged = h.graderCalls > 0 || (b?.graderCalls ?? 0) > 0;
  return {
    type: "table",
    title: "Cost, latency and tokens",
    columns: [
      "version",
      "semver",
      "pass rate",
      "errors",
      "cost (USD)",
      ...(judged ? ["of which judge (USD)"] : []),
      "p50 latency (ms)",
      "p95 latency (ms)",
      "tokens",
    ],
    rows: [...(base && b ? [sideRow("base", base, b, judged)] : []), sideRow("head", head, h, judged)],
  };
}

function regressionsTable(
  { head, base }: PromptEvaluation,
  headResults: readonly CaseResult[],
  regressed: readonly PairedVerdict[],
): Detail {
  const outputOf = new Map(headResults.map((r) => [pairKey(r), r]));
  return {
    type: "table",
    title: `Regressions (${regressed.length}): passed on ${base?.version}, fail on ${head.version}`,
    columns: ["case", "provider", "reason", "output"],
    rows: regressed.slice(0, 50).map((p) => {
      const r = outputOf.get(p.key);
      return [r?.caseId ?? p.key, r?.provider ?? "", clip(r?.reason ?? r?.error, 200), clip(r?.output)];
    }),
  };
}

const flakyTable = (flaky: SideStats["flaky"]): Detail => ({
  type: "table",
  title: `Flaky cases (${flaky.length}): passed some repeats, failed others`,
  columns: ["case", "provider", "passed"],
  rows: flaky.slice(0, 50).map((f) => [...splitPairKey(f.key), `${f.passes}/${f.repeats}`]),
});

const failingTable = (failing: readonly CaseResult[]): Detail => ({
  type: "table",
  title: `Failing cases (${failing.length})`,
  columns: ["case", "provider", "repeat", "reason", "output"],
  rows: failing
    .slice(0, 50)
    .map((r) => [r.caseId, r.provider, r.repeat, clip(r.reason, 200), clip(r.output)]),
});

/**
 * Each LLM-judged assertion type over the head's cases: its mean score, whether it decides the tests,
 * and the judge behind it (prompt and version, calls, cost), so a reader knows which grader to trust how
 * far.
 */
function judgedTable(headResults: readonly CaseResult[]): Detail | undefined {
  const byType = new Map<string, GradingResult[]>();
  for (const g of headResults.flatMap((r) => r.grading ?? []))
    if (g.judge) byType.set(g.assertion, [...(byType.get(g.assertion) ?? []), g]);
  if (byType.size === 0) return undefined;
  return {
    type: "table",
    title: "LLM-judged assertions",
    columns: ["assertion", "mean score", "cases", "gated", "judge prompt", "judge calls", "judge cost (USD)"],
    rows: [...byType].map(([type, list]) => {
      const judges = list.map((g) => g.judge as NonNullable<GradingResult["judge"]>);
      const unpriced = judges.some((j) => j.costUsd === undefined);
      const prompts = [...new Set(judges.map((j) => `${j.prompt}@${j.version}`))].join(", ");
      return [
        type,
        Number((list.reduce((n, g) => n + g.score, 0) / list.length).toFixed(3)),
        list.length,
        list.some((g) => g.gated === false) ? "no (no threshold: reported only)" : "yes",
        prompts,
        judges.reduce((n, j) => n + j.calls, 0),
        unpriced ? "no price" : Number(judges.reduce((n, j) => n + (j.costUsd ?? 0), 0).toPrecision(4)),
      ];
    }),
  };
}

/**
 * The versions compared, both sides' cost and latency, regressed, flaky and failing cases, then the
 * template diff and the outputs side by side.
 */
export function promptEvalDetails(evaluation: PromptEvaluation, comparison: SideComparison): Detail[] {
  const { headResults, head, pairs } = comparison;
  const regressed = pairs.filter((p) => p.base && !p.head);
  const failing = headResults.filter((r) => r.status === "fail");
  const judged = judgedTable(headResults);
  return [
    { type: "text", title: "Prompt version", text: versionText(evaluation) },
    costTable(evaluation, comparison),
    ...(judged ? [judged] : []),
    ...(regressed.length > 0 ? [regressionsTable(evaluation, headResults, regressed)] : []),
    ...(head.flaky.length > 0 ? [flakyTable(head.flaky)] : []),
    ...(failing.length > 0 ? [failingTable(failing)] : []),
    ...promptComparisonViews(evaluation, comparison),
  ];
}

/** One line: head pass rate, the paired change against the base, and the cost when known. */
export function promptEvalSummary(
  { head: h, paired }: SideComparison,
  baseVersion: string | undefined,
): string {
  const passRate = h.passRate === null ? "no cases" : `${(h.passRate * 100).toFixed(1)}% pass`;
  const change = paired
    ? `, Δ ${(paired.delta * 100).toFixed(1)} pts vs ${baseVersion} (${paired.regressions} regressed, ${paired.improvements} improved)`
    : "";
  const cost = h.costUsd === null ? "" : `, $${Number(h.costUsd.toPrecision(3))}`;
  const skipped = h.skipped > 0 ? `, ${h.skipped} calls skipped (budget)` : "";
  return `${passRate}${change}${cost}${skipped}`;
}
