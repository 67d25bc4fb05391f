import * as z from "zod";
import type { JudgeSession } from "../judge.ts";
import { defineAssertion } from "./definition.ts";
import {
  chunkCount,
  contextKeys,
  contextOf,
  judgedVerdict,
  judgeSession,
  optionalTextOf,
  questionKeys,
  quoted,
  referenceKeys,
  textOf,
  threshold,
} from "./judged.ts";

/**
 * Retrieval quality from per-chunk verdicts of `context-precision.prompt` (was the chunk useful to arrive
 * at the reference?), in rank order.
 *
 * - `context-precision` (Ragas): average precision over the top K, Σ_k Precision@k · v_k ÷ Σ_k v_k, 0
 *   when no chunk is useful — useful chunks ranked first score high.
 * - `context-relevance`: the share of the top K chunks that are useful. Its verdicts are the same calls
 *   (and so the same cache entries) as context precision's; without a reference the question stands in
 *   for it, so a chunk counts when it states facts an answer to the question relies on.
 */

const config = (reference: "required" | "optional") =>
  z
    .object({
      threshold: threshold("at least"),
      ...contextKeys,
      ...questionKeys,
      ...referenceKeys,
      k: z
        .number()
        .int()
        .positive()
        .optional()
        .describe("Judge the top K chunks only (default: all, up to max_chunks)"),
    })
    .strict()
    .describe(reference);

interface ChunkVerdict {
  chunk: string;
  useful: boolean;
  reason: string;
}

async function chunkVerdicts(
  session: JudgeSession,
  cfg: z.output<ReturnType<typeof config>>,
  vars: Record<string, unknown>,
  reference: "required" | "optional",
): Promise<{ verdicts: ChunkVerdict[]; notes: (string | undefined)[] }> {
  const { chunks, truncated } = contextOf(cfg, vars);
  const top = cfg.k === undefined ? chunks : chunks.slice(0, cfg.k);
  const question = textOf("question", cfg.question, cfg.question_var, vars);
  const ref =
    reference === "required"
      ? textOf("reference", cfg.reference, cfg.reference_var, vars)
      : optionalTextOf("reference", cfg.reference, cfg.reference_var, vars) || question;
  const answers = await Promise.all(
    top.map((chunk) =>
      session.ask<{ verdict: "yes" | "no"; reason: string }>("context-precision", {
        question,
        reference: ref,
        chunk,
      }),
    ),
  );
  return {
    verdicts: answers.map((a, i) => ({
      chunk: top[i] as string,
      useful: a.verdict === "yes",
      reason: a.reason,
    })),
    notes: [
      truncated,
      cfg.k !== undefined && chunks.length > cfg.k ? `@K=${cfg.k} of ${chunks.length} chunks` : undefined,
    ],
  };
}

/** Ragas' CP@K over verdicts in rank order. */
export function averagePrecision(useful: readonly boolean[]): number {
  let hits = 0;
  let sum = 0;
  useful.forEach((v, i) => {
    if (!v) return;
    hits++;
    sum += hits / (i + 1);
  });
  return hits === 0 ? 0 : sum / hits;
}

const marks = (verdicts: readonly ChunkVerdict[]) =>
  `verdicts by rank: ${verdicts.map((v) => (v.useful ? "✓" : "✗")).join("")}`;

export const contextPrecision = defineAssertion({
  type: "context-precision",
  description:
    "Average precision of the retrieved chunks useful for the reference, in rank order, @K (LLM-judged)",
  negatable: false,
  judged: true,
  config: config("required"),
  judgeCalls: (cfg, vars) => [["context-precision", chunkCount(cfg, vars)]],
  grade: async (cfg, ctx) => {
    const session = judgeSession(ctx, "context-precision", "context-precision");
    const { verdicts, notes } = await chunkVerdicts(session, cfg, ctx.vars, "required");
    const score = averagePrecision(verdicts.map((v) => v.useful));
    const useful = verdicts.filter((v) => v.useful).length;
    return judgedVerdict(
      session,
      "context precision",
      score,
      [`${useful} of ${verdicts.length} chunks useful`, marks(verdicts), ...notes],
      cfg,
    );
  },
});

export const contextRelevance = defineAssertion({
  type: "context-relevance",
  description:
    "Share of the retrieved chunks relevant to the question (or useful for the reference), @K (LLM-judged)",
  negatable: false,
  judged: true,
  config: config("optional"),
  judgeCalls: (cfg, vars) => [["context-precision", chunkCount(cfg, vars)]],
  grade: async (cfg, ctx) => {
    const session = judgeSession(ctx, "context-relevance", "context-precision");
    const { verdicts, notes } = await chunkVerdicts(session, cfg, ctx.vars, "optional");
    const relevant = verdicts.filter((v) => v.useful);
    const irrelevant = verdicts.filter((v) => !v.useful).slice(0, 3);
    return judgedVerdict(
      session,
      "context relevance",
      relevant.length / verdicts.length,
      [
        `${relevant.length} of ${verdicts.length} chunks relevant`,
        ...irrelevant.map((v) => `not relevant: ${quoted(v.chunk)} — ${v.reason}`),
        ...notes,
      ],
      cfg,
    );
  },
});
