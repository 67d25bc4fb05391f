import * as z from "zod";
import type { TokenLogprob } from "../provider.ts";
import { defineAssertion } from "./definition.ts";
import { judgedVerdict, judgeSession, optionalTextOf, questionKeys, threshold } from "./judged.ts";
import { substitute } from "./template-value.ts";

/**
 * G-Eval: the judge scores the output against a rubric, following the given steps, on an integer scale;
 * the score is normalised to [0, 1]. With `logprobs: true` and a provider that returns them, the score
 * is the probability-weighted mean of the candidate scores at the score token (candidates under 1 % are
 * dropped), which separates outputs the raw integer ties.
 */

/** Alternatives below this probability are noise (DeepEval's cut-off). */
const MIN_PROBABILITY = 0.01;

export const llmRubric = defineAssertion({
  type: "llm-rubric",
  description:
    "G-Eval: the output scored against a rubric on an integer scale, normalised to 0–1 (LLM-judged)",
  negatable: false,
  judged: true,
  config: z
    .object({
      threshold: threshold("at least"),
      rubric: z.string().min(1).describe("What a good output does; may use {{variables}} of the case"),
      steps: z.array(z.string().min(1)).default([]).describe("Evaluation steps the judge follows"),
      min: z.number().int().default(1).describe("Lowest score of the scale"),
      max: z.number().int().default(5).describe("Highest score of the scale"),
      ...questionKeys,
      logprobs: z
        .boolean()
        .default(false)
        .describe("Ask for token log-probabilities and weight the candidate scores by them"),
      top_logprobs: z.number().int().min(1).max(20).default(20),
    })
    .strict(),
  check: (config, problem) => {
    if (config.max <= config.min) problem("max", `max (${config.max}) must be above min (${config.min})`);
  },
  judgeCalls: () => [["rubric", 1]],
  grade: async (config, ctx) => {
    const session = judgeSession(ctx, "llm-rubric", "rubric");
    const { min, max } = config;
    const { answer, completion } = await session.askWithCompletion<{ score: number; reason: string }>(
      "rubric",
      {
        rubric: substitute(config.rubric, ctx.vars),
        steps: config.steps.map((s, i) => `${i + 1}. ${s}`).join("\n"),
        min,
        max,
        input: optionalTextOf("question", config.question, config.question_var, ctx.vars),
        output: ctx.output,
      },
      {
        check: ({ score }) =>
          score < min || score > max ? `score ${score} is outside ${min}..${max}` : undefined,
        ...(config.logprobs ? { extra: { logprobs: true, top_logprobs: config.top_logprobs } } : {}),
      },
    );
    const weighted = config.logprobs ? weightedScore(completion.logprobs, min, max) : undefined;
    const raw = weighted ?? answer.score;
    const how =
      weighted === undefined
        ? `score ${answer.score} on ${min}..${max}${config.logprobs ? " (no logprobs returned: raw score)" : ""}`
        : `probability-weighted score ${weighted.toFixed(2)} on ${min}..${max} (answered ${answer.score})`;
    return judgedVerdict(session, "rubric", (raw - min) / (max - min), [how, answer.reason], config);
  },
});

/**
 * Σ p(s) · s over the candidate scores at the token that holds the score (the first integer token after
 * `"score"`), or undefined when the answer has no such token or no candidate on the scale.
 */
export function weightedScore(
  tokens: readonly TokenLogprob[] | undefined,
  min: number,
  max: number,
): number | undefined {
  if (!tokens) return undefined;
  let before = "";
  for (const t of tokens) {
    if (/"score"\s*:\s*$/.test(before) && /^\s*-?\d+\s*$/.test(t.token)) {
      let mass = 0;
      let sum = 0;
      for (const alt of t.top) {
        const value = Number(alt.token.trim());
        const p = Math.exp(alt.logprob);
        if (!/^-?\d+$/.test(alt.token.trim()) || value < min || value > max || p < MIN_PROBABILITY) continue;
        mass += p;
        sum += p * value;
      }
      return mass === 0 ? undefined : sum / mass;
    }
    before += t.token;
  }
  return undefined;
}
