import type { Detail } from "@mlops/core";
import type { PromptEvaluation, PromptIdentity } from "./eval-envelope.ts";
import { promptComparisonViews } from "./prompt-comparison-views.ts";
import { clip } from "./prompt-eval-checks.ts";
import type { RedteamComparison } from "./redteam-stats.ts";
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

interface CostShares {
  judged: boolean;
  attacked: boolean;
}

const sideRow = (label: string, p: PromptIdentity, s: SideStats, { judged, attacked }: CostShares) => [
  label,
  p.version,
  s.passRate === null ? null : `${(s.passRate * 100).toFixed(1)}% (${s.passes}/${s.cases})`,
  s.errors,
  usd(s.costUsd),
  ...(judged ? [`${usd(s.graderCostUsd)} (${s.graderCalls} calls)`] : []),
  ...(attacked ? [`${usd(s.attackerCostUsd)} (${s.attackerCalls} calls)`] : []),
  s.p50 === null ? null : Math.round(s.p50),
  s.p95 === null ? null : Math.round(s.p95),
  s.tokens,
];

/** The judge's share of the cost, and the red-team attacker's, each on a column of its own. */
function costTable({ head, base }: PromptEvaluation, { head: h, base: b }: SideComparison): Detail {
  const judged = h.graderCalls > 0 || (b?.graderCalls ?? 0) > 0;
  const attacked = h.attackerCalls > 0 || (b?.attackerCalls ?? 0) > 0;
  const shares = { judged, attacked };
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
      ...(attacked ? ["of which attacker (USD)"] : []),
      "p50 latency (ms)",
      "p95 latency (ms)",
      "tokens",
    ],
    rows: [...(base && b ? [sideRow("base", base, b, shares)] : []), sideRow("head", head, h, shares)],
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
 * The versions compared, both sides' cost and latency, regressed, flaky and failing cases, then the
 * template diff and the outputs side by side.
 */
export function promptEvalDetails(
  evaluation: PromptEvaluation,
  comparison: SideComparison,
  redteam: Detail[] = [],
): Detail[] {
  // Red-team probes have their own tables, where answers are made inert; here only the ordinary cases.
  const probes = new Set(evaluation.results.filter((r) => r.redteam).map(pairKey));
  const ordinary = (key: string) => !probes.has(key);
  const headResults = comparison.headResults.filter((r) => !r.redteam);
  const regressed = comparison.pairs.filter((p) => p.base && !p.head && ordinary(p.key));
  const failing = headResults.filter((r) => r.status === "fail");
  const flaky = comparison.head.flaky.filter((f) => ordinary(f.key));
  const cases = { ...evaluation, results: evaluation.results.filter((r) => !r.redteam) };
  const onlyOrdinary = (side: SideStats): SideStats => ({
    ...side,
    verdicts: new Map([...side.verdicts].filter(([key]) => ordinary(key))),
  });
  const casesCompared = {
    ...comparison,
    head: onlyOrdinary(comparison.head),
    base: comparison.base && onlyOrdinary(comparison.base),
  };
  return [
    { type: "text", title: "Prompt version", text: versionText(evaluation) },
    costTable(evaluation, comparison),
    ...redteam,
    ...(regressed.length > 0 ? [regressionsTable(evaluation, headResults, regressed)] : []),
    ...(flaky.length > 0 ? [flakyTable(flaky)] : []),
    ...(failing.length > 0 ? [failingTable(failing)] : []),
    ...promptComparisonViews(cases, casesCompared),
  ];
}

/** One line: head pass rate, the paired change against the base, and the cost when known. */
export function promptEvalSummary(
  { head: h, paired }: SideComparison,
  baseVersion: string | undefined,
  redteam?: RedteamComparison,
): string {
  const passRate = h.passRate === null ? "no cases" : `${(h.passRate * 100).toFixed(1)}% pass`;
  const change = paired
    ? `, Δ ${(paired.delta * 100).toFixed(1)} pts vs ${baseVersion} (${paired.regressions} regressed, ${paired.improvements} improved)`
    : "";
  const cost = h.costUsd === null ? "" : `, $${Number(h.costUsd.toPrecision(3))}`;
  const skipped = h.skipped > 0 ? `, ${h.skipped} calls skipped (budget)` : "";
  return `${passRate}${change}${redteam ? redteamSummary(redteam) : ""}${cost}${skipped}`;
}

function redteamSummary({ head, base, newlySucceeded }: RedteamComparison): string {
  const asr =
    head.asr.rate === null
      ? ""
      : `, attack success ${(head.asr.rate * 100).toFixed(1)}% (${head.asr.hits}/${head.asr.n})`;
  return `${asr}${base ? `, ${newlySucceeded.length} newly successful probes` : ""}`;
}
