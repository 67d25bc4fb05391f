import * as z from "zod";
import { defineAssertion } from "./definition.ts";
import {
  judgedVerdict,
  judgeSession,
  optionalTextOf,
  questionKeys,
  referenceKeys,
  textOf,
  threshold,
} from "./judged.ts";
import { TextValue, text } from "./template-value.ts";

const CATEGORY = z.enum(["A", "B", "C", "D", "E"]);

const MEANING = {
  A: "subset of the reference, consistent",
  B: "superset of the reference, consistent",
  C: "same details as the reference",
  D: "disagrees with the reference",
  E: "differs only in ways that do not matter for factuality",
} as const;

/**
 * Factuality against a reference answer (OpenAI's "fact" eval, promptfoo's `factuality`): the judge
 * picks a category A–E; the score is 1 for a passing category, 0 otherwise.
 */
export const factuality = defineAssertion({
  type: "factuality",
  description: "Agreement of the output's facts with a reference answer, categories A–E (LLM-judged)",
  negatable: false,
  judged: true,
  config: z
    .object({
      threshold: threshold("at least"),
      value: TextValue.optional().describe(
        'The reference answer (default "{{reference}}"); may use {{variables}}',
      ),
      ...referenceKeys,
      ...questionKeys,
      pass_categories: z
        .array(CATEGORY)
        .min(1)
        .default(["A", "B", "C", "E"])
        .describe(
          "Categories that score 1: A subset, B superset, C same, D disagreement, E irrelevant differences",
        ),
    })
    .strict(),
  judgeCalls: () => [["factuality", 1]],
  grade: async (config, ctx) => {
    const session = judgeSession(ctx, "factuality", "factuality");
    const expert =
      config.value !== undefined
        ? text(config.value, ctx.vars)
        : textOf("reference", config.reference, config.reference_var, ctx.vars);
    const question = optionalTextOf("question", config.question, config.question_var, ctx.vars);
    const { category, reason } = await session.ask<{ category: keyof typeof MEANING; reason: string }>(
      "factuality",
      { question, expert, submission: ctx.output },
    );
    const score = config.pass_categories.includes(category) ? 1 : 0;
    return judgedVerdict(session, `factuality ${category} (${MEANING[category]})`, score, [reason], config);
  },
});
