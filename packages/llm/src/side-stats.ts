import { quantiles } from "@mlops/stats";
import { type PairedPassRate, pairedPassRate } from "./pass-rate.ts";
import type { CaseResult } from "./runner.ts";

/** What one side (base or head) of a prompt evaluation adds up to. */
export interface SideStats {
  cases: number;
  passRate: number | null;
  passes: number;
  errors: number;
  /** The cases' calls, the judge's and the attacker's together; null when a model that answered has no price (see `unpriced`). */
  costUsd: number | null;
  /** The judge's calls alone (LLM-judged assertions); null when the judge has no price. */
  graderCostUsd: number | null;
  graderCalls: number;
  /** The red-team attacker's calls alone; null when the attacker has no price. */
  attackerCostUsd: number | null;
  attackerCalls: number;
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
  /** Calls never made because the run's budget was spent; they count nowhere else. */
  skipped: number;
  /** Why, when some were. */
  skipReason?: string;
}

/** A (case, provider) pair's verdict on both sides. */
export interface PairedVerdict {
  key: string;
  base: boolean;
  head: boolean;
}

/** Head against base: each side's stats, and the pairs both sides have a verdict on. */
export interface SideComparison {
  headResults: CaseResult[];
  baseResults?: CaseResult[];
  head: SideStats;
  base?: SideStats;
  pairs: PairedVerdict[];
  paired?: PairedPassRate;
}

/** A (case, provider) pair: repeats of one case on one provider share it. */
export const pairKey = (r: CaseResult) => `${r.caseId}\u0000${r.provider}`;

/** The case id and provider a pair key stands for. */
export function splitPairKey(key: string): [caseId: string, provider: string] {
  const [caseId = key, provider = ""] = key.split("\u0000");
  return [caseId, provider];
}

export function statsOf(all: readonly CaseResult[]): SideStats {
  const skipped = all.filter((r) => r.status === "skipped");
  const results = all.filter((r) => r.status !== "skipped");
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
  const unpricedJudge = results.filter((r) => r.grader && r.grader.costUsd === undefined);
  const unpricedAttacker = results.filter((r) => r.attacker?.calls && r.attacker.costUsd === undefined);
  const unpriced = [
    ...new Set([
      ...results.filter((r) => r.usage && r.costUsd === undefined).map((r) => r.model),
      ...unpricedJudge.map((r) => `${r.grader?.model} (judge)`),
      ...unpricedAttacker.map((r) => `${r.attacker?.model} (attacker)`),
    ]),
  ];
  const sum = (f: (r: CaseResult) => number) => results.reduce((n, r) => n + f(r), 0);
  return {
    cases: byCase.size,
    passRate: byCase.size === 0 ? null : passShare / byCase.size,
    passes: [...verdicts.values()].filter(Boolean).length,
    errors: results.filter((r) => r.status === "error").length,
    costUsd:
      unpriced.length > 0
        ? null
        : sum((r) => (r.costUsd ?? 0) + (r.grader?.costUsd ?? 0) + (r.attacker?.costUsd ?? 0)),
    graderCostUsd: unpricedJudge.length > 0 ? null : sum((r) => r.grader?.costUsd ?? 0),
    graderCalls: sum((r) => r.grader?.calls ?? 0),
    attackerCostUsd: unpricedAttacker.length > 0 ? null : sum((r) => r.attacker?.costUsd ?? 0),
    attackerCalls: sum((r) => r.attacker?.calls ?? 0),
    unpriced,
    tokens: sum((r) => (r.usage ? r.usage.promptTokens + r.usage.completionTokens : 0)),
    promptTokens: sum((r) => r.usage?.promptTokens ?? 0),
    completionTokens: sum((r) => r.usage?.completionTokens ?? 0),
    p50: p50 ?? null,
    p95: p95 ?? null,
    verdicts,
    flaky,
    skipped: skipped.length,
    ...(skipped[0]?.reason ? { skipReason: skipped[0].reason } : {}),
  };
}

/** Splits the results by side; pairs exist only with a base version to compare with. */
export function compareSides(results: readonly CaseResult[], hasBase: boolean): SideComparison {
  const headResults = results.filter((r) => r.side === "head");
  const head = statsOf(headResults);
  if (!hasBase) return { headResults, head, pairs: [] };
  const baseResults = results.filter((r) => r.side === "base");
  const base = statsOf(baseResults);
  const pairs = [...head.verdicts].flatMap(([key, headPass]) => {
    const basePass = base.verdicts.get(key);
    return basePass === undefined ? [] : [{ key, base: basePass, head: headPass }];
  });
  return { headResults, baseResults, head, base, pairs, paired: pairedPassRate(pairs) };
}
