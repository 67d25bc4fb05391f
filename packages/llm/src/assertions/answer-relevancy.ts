import * as z from "zod";
import { defineAssertion } from "./definition.ts";
import { judgedVerdict, judgeSession, questionKeys, textOf, threshold } from "./judged.ts";

/**
 * Answer relevancy (Ragas): the judge writes the questions the output answers; the score is the mean
 * cosine between their embeddings and the original question's (negative cosines count as 0), and 0 for a
 * noncommittal output.
 */
export const answerRelevancy = defineAssertion({
  type: "answer-relevancy",
  description:
    "Mean cosine of questions generated from the output to the case's question (LLM-judged, embeddings)",
  negatable: false,
  judged: true,
  config: z
    .object({
      threshold: threshold("at least"),
      ...questionKeys,
      questions: z.number().int().min(1).max(10).default(3).describe("Questions generated from the output"),
    })
    .strict(),
  judgeCalls: () => [["question-generation", 1]],
  grade: async (config, ctx) => {
    const session = judgeSession(ctx, "answer-relevancy", "question-generation");
    const question = textOf("question", config.question, config.question_var, ctx.vars);
    const generated = await session.ask<{ questions: string[]; noncommittal: boolean }>(
      "question-generation",
      { answer: ctx.output, count: config.questions },
      {
        check: (a) =>
          a.questions.length === 0 && !a.noncommittal ? "write at least one question" : undefined,
      },
    );
    if (generated.noncommittal)
      return judgedVerdict(session, "answer relevancy", 0, ["the output is noncommittal"], config);
    const [original, ...others] = await session.embed([question, ...generated.questions]);
    const cosines = others.map((v) => Math.max(0, cosine(original as number[], v)));
    const score = cosines.reduce((a, b) => a + b, 0) / cosines.length;
    return judgedVerdict(
      session,
      "answer relevancy",
      Math.min(1, score),
      [`generated: ${generated.questions.map((q, i) => `"${q}" (${cosines[i]?.toFixed(2)})`).join(", ")}`],
      config,
    );
  },
});

export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    dot += (a[i] as number) * (b[i] as number);
    na += (a[i] as number) ** 2;
    nb += (b[i] as number) ** 2;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
