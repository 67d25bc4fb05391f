import { RuntimeFailure } from "@mlops/core";
import * as z from "zod";
import { claimsOf, verdictsOf } from "./claim-verdicts.ts";
import { defineAssertion } from "./definition.ts";
import {
  contextKeys,
  contextOf,
  joinChunks,
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
 * Context recall (Ragas): the reference answer's claims that the retrieved context supports, ÷ the
 * reference's claims — did retrieval bring what a right answer needs?
 */
export const contextRecall = defineAssertion({
  type: "context-recall",
  description: "Share of the reference answer's claims the retrieved context supports (LLM-judged)",
  negatable: false,
  judged: true,
  config: z
    .object({ threshold: threshold("at least"), ...contextKeys, ...referenceKeys, ...questionKeys })
    .strict(),
  judgeCalls: () => [
    ["claims", 1],
    ["claim-verdicts", 1],
  ],
  grade: async (config, ctx) => {
    const session = judgeSession(ctx, "context-recall", "claim-verdicts");
    const { chunks, truncated } = contextOf(config, ctx.vars);
    const reference = textOf("reference", config.reference, config.reference_var, ctx.vars);
    const question = optionalTextOf("question", config.question, config.question_var, ctx.vars);
    const claims = await claimsOf(session, question, reference);
    if (claims.length === 0)
      throw new RuntimeFailure(
        "the reference answer has no claims to look for in the context; check the reference",
      );
    const verdicts = await verdictsOf(session, joinChunks(chunks), claims);
    const found = verdicts.filter((v) => v.verdict === "yes").length;
    const missing = verdicts.filter((v) => v.verdict !== "yes").slice(0, 3);
    return judgedVerdict(
      session,
      "context recall",
      found / claims.length,
      [
        `${found} of ${claims.length} reference claims in the context`,
        ...missing.map((v) => `missing: ${quoted(v.claim)} — ${v.reason}`),
        truncated,
      ],
      config,
    );
  },
});
