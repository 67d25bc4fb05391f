import type { Check, Metric } from "@mlops/core";
import * as z from "zod";
import { substitute } from "./assertions/template-value.ts";
import type { Judge, JudgeRecord } from "./judge.ts";
import { wilsonInterval } from "./pass-rate.ts";
import type { CaseResult } from "./runner.ts";

/**
 * Base against head, side by side: for every case both versions answered, the judge compares the two
 * outputs in both orders (`pairwise.prompt`), and a side wins only when both orders agree — a judge that
 * prefers whatever it reads first produces ties, not wins. The head's win rate (ties count half) has a
 * Wilson interval; the gate is non-inferiority: the head is "not worse" unless the interval's lower bound
 * falls below 0.5 − margin.
 */

export const PairwiseSchema = z
  .object({
    rubric: z.string().min(1).describe("What makes one output better than the other; may use {{variables}}"),
    question: z
      .string()
      .default("{{question}}")
      .describe("What the outputs answer, shown to the judge; may use {{variables}}"),
    margin: z
      .number()
      .min(0)
      .max(0.5)
      .describe(
        "Non-inferiority margin: the head fails when its win rate's lower bound is below 0.5 − margin",
      ),
    severity: z.enum(["fail", "warn"]).default("fail"),
  })
  .strict()
  .describe(
    "Judge the head version against the base version of a changed prompt, case by case (needs judge:)",
  );
export type PairwiseConfig = z.output<typeof PairwiseSchema>;

type Winner = "first" | "second" | "tie";

export interface PairVerdict {
  caseId: string;
  provider: string;
  repeat: number;
  winner: "head" | "base" | "tie";
  /** The judge's reasons, head shown first and base shown first. */
  reasons: [string, string];
}

export interface PairwiseOutcome {
  pairs: PairVerdict[];
  headWins: number;
  baseWins: number;
  ties: number;
  judge: JudgeRecord;
}

const pairOf = (r: CaseResult) => `${r.caseId}\u0000${r.provider}\u0000${r.repeat}`;

/** Judges every case both sides answered; `vars` gives each case's variables for the rubric and question. */
export async function judgePairs(
  results: readonly CaseResult[],
  config: PairwiseConfig,
  judge: Judge,
  vars: (caseId: string) => Record<string, unknown>,
): Promise<PairwiseOutcome> {
  const answered = (r: CaseResult) => r.output !== undefined && (r.status === "pass" || r.status === "fail");
  const base = new Map(results.filter((r) => r.side === "base" && answered(r)).map((r) => [pairOf(r), r]));
  const session = judge.session("pairwise");
  const pairs = await Promise.all(
    results
      .filter((r) => r.side === "head" && answered(r) && base.has(pairOf(r)))
      .map(async (head): Promise<PairVerdict> => {
        const other = base.get(pairOf(head)) as CaseResult;
        const v = vars(head.caseId);
        const ask = (first: string, second: string) =>
          session.ask<{ winner: Winner; reason: string }>("pairwise", {
            question: substitute(config.question, v).replace(/^\{\{.*\}\}$/, "(not given)"),
            rubric: substitute(config.rubric, v),
            first,
            second,
          });
        const [headFirst, baseFirst] = await Promise.all([
          ask(head.output as string, other.output as string),
          ask(other.output as string, head.output as string),
        ]);
        const winner =
          headFirst.winner === "first" && baseFirst.winner === "second"
            ? "head"
            : headFirst.winner === "second" && baseFirst.winner === "first"
              ? "base"
              : "tie";
        return {
          caseId: head.caseId,
          provider: head.provider,
          repeat: head.repeat,
          winner,
          reasons: [headFirst.reason, baseFirst.reason],
        };
      }),
  );
  const count = (w: PairVerdict["winner"]) => pairs.filter((p) => p.winner === w).length;
  return {
    pairs,
    headWins: count("head"),
    baseWins: count("base"),
    ties: count("tie"),
    judge: session.record(),
  };
}

/** Two shards' comparisons as one: their pairs, wins and judge calls added up, the cost unknown if either's is. */
export function combinePairwise(a: PairwiseOutcome, b: PairwiseOutcome): PairwiseOutcome {
  const costUsd =
    a.judge.costUsd === undefined || b.judge.costUsd === undefined
      ? undefined
      : a.judge.costUsd + b.judge.costUsd;
  const { costUsd: _, ...judge } = a.judge;
  return {
    pairs: [...a.pairs, ...b.pairs],
    headWins: a.headWins + b.headWins,
    baseWins: a.baseWins + b.baseWins,
    ties: a.ties + b.ties,
    judge: { ...judge, calls: a.judge.calls + b.judge.calls, ...(costUsd === undefined ? {} : { costUsd }) },
  };
}

/** The head's share of the comparisons, a tie counting half, with its Wilson interval. */
export function pairwiseWinRate(outcome: PairwiseOutcome): Metric {
  const n = outcome.pairs.length;
  const score = outcome.headWins + outcome.ties / 2;
  return {
    value: n === 0 ? null : score / n,
    ...(n === 0 ? { unavailable: "no case was answered by both versions" } : {}),
    ci: wilsonInterval(score, n),
    n,
    greaterIsBetter: true,
  };
}

export function pairwiseCheck(outcome: PairwiseOutcome, config: PairwiseConfig): Check {
  const rate = pairwiseWinRate(outcome);
  const floor = 0.5 - config.margin;
  const lower = rate.ci?.lower;
  const status = lower === undefined ? "inconclusive" : lower >= floor ? "pass" : "fail";
  const { headWins, baseWins, ties } = outcome;
  return {
    id: "pairwise:not-worse",
    title: "Head not worse than base (pairwise judge, both orders)",
    status,
    severity: config.severity,
    observed:
      rate.value === null
        ? "no pairs"
        : `win rate ${rate.value.toFixed(3)} [${rate.ci?.lower.toFixed(3)}, ${rate.ci?.upper.toFixed(3)}]`,
    expected: `lower bound ≥ ${floor}`,
    message: `${headWins} head wins, ${baseWins} base wins, ${ties} ties (a win needs both orders to agree); judge ${outcome.judge.prompt}@${outcome.judge.version}, ${outcome.judge.calls} calls`,
  };
}
