import { distance } from "fastest-levenshtein";
import * as z from "zod";
import { rougeL } from "../rouge.ts";
import { defineAssertion, type Verdict } from "./definition.ts";
import { TextValue, text } from "./template-value.ts";

/** Assertions that score the output's similarity to a reference text, passing from a threshold. */

export function similarity(name: string, score: number, threshold: number): Verdict {
  const pass = score >= threshold;
  return { pass, score, reason: `${name} ${score.toFixed(3)} ${pass ? "≥" : "<"} ${threshold}` };
}

const reference = (fallback: number) =>
  z
    .object({
      value: TextValue.describe("The reference text; may use {{variables}} of the case"),
      threshold: z
        .number()
        .min(0)
        .max(1)
        .optional()
        .describe(`Lowest similarity that passes (default ${fallback})`),
    })
    .strict();

export const levenshtein = defineAssertion({
  type: "levenshtein",
  description: "Edit-distance similarity to the reference: 1 − distance / longer length",
  negatable: true,
  config: reference(0.8),
  grade: ({ value, threshold = 0.8 }, ctx) => {
    const expected = text(value, ctx.vars);
    const longest = Math.max(ctx.output.length, expected.length);
    const score = longest === 0 ? 1 : 1 - distance(ctx.output, expected) / longest;
    return similarity("Levenshtein similarity", score, threshold);
  },
});

export const rougeLAssertion = defineAssertion({
  type: "rouge-l",
  description: "ROUGE-L F1 of the output against the reference, over words",
  negatable: true,
  config: reference(0.75),
  grade: ({ value, threshold = 0.75 }, ctx) =>
    similarity("ROUGE-L F1", rougeL(ctx.output, text(value, ctx.vars)), threshold),
});
