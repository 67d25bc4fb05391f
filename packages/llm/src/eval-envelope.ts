import { type Envelope, type Lineage, type Metric, newEnvelope, statusFromChecks } from "@mlops/core";
import type { AgreementRecord } from "./agreement-record.ts";
import {
  type Agreement,
  type AgreementConfig,
  agreementDetails,
  agreementMetrics,
  measureAgreement,
} from "./judge-agreement.ts";
import { judgedAssertionsDetail } from "./judged-assertions.ts";
import { type PairwiseOutcome, pairwiseCheck, pairwiseWinRate } from "./pairwise.ts";
import { promptEvalChecks } from "./prompt-eval-checks.ts";
import { promptEvalDetails, promptEvalSummary } from "./prompt-eval-details.ts";
import { promptEvalMetrics } from "./prompt-eval-metrics.ts";
import type { PromptFile } from "./prompt-file.ts";
import type { LintFinding } from "./prompt-lock.ts";
import { redteamDetails } from "./redteam-details.ts";
import { compareRedteam, redteamMetrics } from "./redteam-stats.ts";
import type { CaseResult } from "./runner.ts";
import { compareSides } from "./side-stats.ts";
import type { EvalCase } from "./suite-loader.ts";
import type { Suite } from "./suite-schema.ts";

/**
 * One envelope per prompt: pass rate with its interval, against the base version when there is one
 * (paired on the same cases, McNemar), cost, latency and tokens, per-case regressions, and the gates —
 * the suite's own, its budgets, errors and critical regressions — as checks.
 */

/** What the envelope needs of a prompt version (shard files carry just this); the template for its diff. */
export type PromptIdentity = Pick<PromptFile, "id" | "version" | "file" | "hashes"> &
  Partial<Pick<PromptFile, "template">>;

export interface PromptEvaluation {
  head: PromptIdentity;
  base?: PromptIdentity;
  /** The git ref the run compared with; without one there is no base for any prompt. */
  baseRef?: string;
  /** Partials that differ between base and head (each side rendered with its own). */
  changedPartials?: readonly string[];
  results: readonly CaseResult[];
  lint: readonly LintFinding[];
  /** Head against base, judged side by side (the suite's `pairwise:`). */
  pairwise?: PairwiseOutcome;
}

function sideAgreements(
  { results, base }: PromptEvaluation,
  config: AgreementConfig,
  cases: readonly Pick<EvalCase, "id" | "vars">[],
): { head: Agreement; base?: Agreement } {
  const labelOf = new Map(
    cases.flatMap((c) =>
      c.vars[config.label] == null ? [] : [[c.id, String(c.vars[config.label])] as const],
    ),
  );
  return {
    head: measureAgreement(results, "head", labelOf, config),
    ...(base ? { base: measureAgreement(results, "base", labelOf, config) } : {}),
  };
}

export function buildPromptEnvelope(
  evaluation: PromptEvaluation,
  suite: Suite,
  context: {
    startedAt: Date;
    durationMs: number;
    lineage: Lineage;
    /** The suite's cases: their labels, when the suite measures agreement. */
    cases: readonly Pick<EvalCase, "id" | "vars">[];
    /** The judge prompts' last measured agreement, shown beside the judged assertions. */
    agreementRecord?: AgreementRecord;
  },
): Envelope {
  const { head, base } = evaluation;
  const comparison = compareSides(evaluation.results, base !== undefined);
  const agreement = suite.agreement && sideAgreements(evaluation, suite.agreement, context.cases);
  const judged = judgedAssertionsDetail(evaluation.results, context.agreementRecord ?? {});
  const redteam = evaluation.results.some((r) => r.redteam)
    ? compareRedteam(evaluation.results, base !== undefined)
    : undefined;
  const metrics = {
    ...promptEvalMetrics(comparison, base?.version, suite.repeat),
    ...(agreement && agreementMetrics(agreement.head, agreement.base, base?.version)),
    ...(redteam ? redteamMetrics(redteam, base?.version) : {}),
  };
  const { pairwise } = evaluation;
  if (pairwise) addPairwiseCost(metrics, pairwise);
  const checks = [
    ...promptEvalChecks(evaluation.lint, comparison, suite, metrics, {
      // A prompt that does not exist at the base ref is its own first version.
      firstVersion: evaluation.baseRef !== undefined && base === undefined,
      noBase: evaluation.baseRef === undefined,
    }),
    ...(pairwise && suite.pairwise ? [pairwiseCheck(pairwise, suite.pairwise)] : []),
  ];
  return newEnvelope({
    kind: "llm-eval",
    title: `${suite.redteam ? "LLM red team" : "LLM eval"}: ${head.id}`,
    subject: {
      type: "prompt",
      name: head.id,
      version: head.version,
      digest: `sha256:${head.hashes.contentHash}`,
      ...(base
        ? { baseline: { name: base.id, version: base.version, digest: `sha256:${base.hashes.contentHash}` } }
        : {}),
    },
    status: statusFromChecks(checks),
    startedAt: context.startedAt.toISOString(),
    durationMs: context.durationMs,
    summary: promptEvalSummary(comparison, base?.version, redteam),
    metrics: pairwise ? { ...metrics, pairwise_win_rate: pairwiseWinRate(pairwise) } : metrics,
    checks,
    details: [
      ...promptEvalDetails(evaluation, comparison, redteam ? redteamDetails(redteam, evaluation) : []),
      ...(judged ? [judged] : []),
      ...(agreement
        ? agreementDetails(agreement.head, agreement.base, { head: head.version, base: base?.version })
        : []),
    ],
    lineage: context.lineage,
  });
}

/** The pairwise judge's calls are grader cost too: on its line and in the total, unknown without a price. */
function addPairwiseCost(metrics: Record<string, Metric>, pairwise: PairwiseOutcome): void {
  const cost = pairwise.judge.costUsd;
  for (const name of ["grader_cost_usd", "total_cost_usd"]) {
    const metric = metrics[name] ?? { value: 0, unit: "USD", greaterIsBetter: false };
    metrics[name] = {
      ...metric,
      value:
        metric.value === null || cost === undefined ? null : Number((metric.value + cost).toPrecision(6)),
      ...(cost === undefined
        ? { unavailable: "the judge model has no price: set price (USD per 1M tokens) on judge" }
        : {}),
      ...(name === "grader_cost_usd" ? { n: (metric.n ?? 0) + pairwise.judge.calls } : {}),
    };
  }
}

/** A prompt's red-team suite writes a result file of its own, beside its ordinary suite's. */
export function envelopeVariant(suite: Pick<Suite, "redteam">): { variant?: string } {
  return suite.redteam ? { variant: "redteam" } : {};
}
