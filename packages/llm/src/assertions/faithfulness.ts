import * as z from "zod";
import { claimsOf, verdictsOf } from "./claim-verdicts.ts";
import { defineAssertion } from "./definition.ts";
import {
  contextKeys,
  contextOf,
  joinChunks,
  judgedVerdict,
  judgeSession,
  noClaimsScore,
  optionalTextOf,
  questionKeys,
  quoted,
  threshold,
} from "./judged.ts";

/**
 * Faithfulness (Ragas, DeepEval): the output's claims checked against the case's context; the score is
 * supported claims ÷ claims. A claim the context neither supports nor contradicts (`idk`) counts as
 * unsupported unless `idk: exclude` leaves it out of both counts.
 */
export const faithfulness = defineAssertion({
  type: "faithfulness",
  description: "Share of the output's claims the context supports (LLM-judged)",
  negatable: false,
  judged: true,
  config: z
    .object({
      threshold: threshold("at least"),
      ...contextKeys,
      ...questionKeys,
      idk: z
        .enum(["unsupported", "exclude"])
        .default("unsupported")
        .describe("A claim the context cannot settle: counted as unsupported, or left out"),
      no_claims_score: noClaimsScore(),
    })
    .strict(),
  judgeCalls: () => [
    ["claims", 1],
    ["claim-verdicts", 1],
  ],
  grade: async (config, ctx) => {
    const session = judgeSession(ctx, "faithfulness", "claim-verdicts");
    const { chunks, truncated } = contextOf(config, ctx.vars);
    const question = optionalTextOf("question", config.question, config.question_var, ctx.vars);
    const claims = await claimsOf(session, question, ctx.output);
    if (claims.length === 0)
      return judgedVerdict(session, "faithfulness", config.no_claims_score, ["no claims", truncated], config);
    const verdicts = await verdictsOf(session, joinChunks(chunks), claims);
    const yes = verdicts.filter((v) => v.verdict === "yes").length;
    const idk = verdicts.filter((v) => v.verdict === "idk").length;
    const counted = config.idk === "exclude" ? claims.length - idk : claims.length;
    const unsupported = verdicts.filter((v) => v.verdict !== "yes").slice(0, 3);
    const detail = [
      `${yes} of ${counted} claims supported` +
        (idk > 0 ? ` (${idk} idk ${config.idk === "exclude" ? "left out" : "counted unsupported"})` : ""),
      ...unsupported.map((v) => `${v.verdict}: ${quoted(v.claim)} — ${v.reason}`),
      truncated,
    ];
    if (counted === 0)
      return judgedVerdict(
        session,
        "faithfulness",
        config.no_claims_score,
        ["no claims left: all idk", ...detail],
        config,
      );
    return judgedVerdict(session, "faithfulness", yes / counted, detail, config);
  },
});
