import { RuntimeFailure } from "@mlops/core";
import * as z from "zod";
import { claimsOf, verdictsOf } from "./claim-verdicts.ts";
import { defineAssertion } from "./definition.ts";
import {
  judgedVerdict,
  judgeSession,
  noClaimsScore,
  optionalTextOf,
  questionKeys,
  quoted,
  threshold,
} from "./judged.ts";

/**
 * Self-consistency (SelfCheckGPT): for a case without a context to check against, the output's claims
 * are checked against further samples of the same request from the provider under test — a model that
 * knows a fact states it again, one that invents it drifts. The score is the mean over claims of the share
 * of samples that support the claim; a sample that neither supports nor contradicts it (`idk`) does not
 * support it.
 */
export const selfConsistency = defineAssertion({
  type: "self-consistency",
  description:
    "Mean share of further samples of the same request that support each of the output's claims (LLM-judged)",
  negatable: false,
  judged: true,
  config: z
    .object({
      threshold: threshold("at least"),
      samples: z
        .number()
        .int()
        .min(2)
        .default(3)
        .describe("Further answers drawn from the provider under test, each a paid call"),
      temperature: z
        .number()
        .min(0)
        .max(2)
        .default(1)
        .describe("Sampling temperature of the further answers: above 0, or they only repeat the output"),
      ...questionKeys,
      no_claims_score: noClaimsScore("; no samples are drawn"),
    })
    .strict(),
  judgeCalls: (config) => [
    ["claims", 1],
    ["claim-verdicts", config.samples],
  ],
  sampleCalls: (config) => config.samples,
  grade: async (config, ctx) => {
    const session = judgeSession(ctx, "self-consistency", "claim-verdicts");
    if (!ctx.samples) {
      throw new RuntimeFailure(
        "self-consistency needs the case's provider to draw samples from, and has none",
      );
    }
    const question = optionalTextOf("question", config.question, config.question_var, ctx.vars);
    const claims = await claimsOf(session, question, ctx.output);
    if (claims.length === 0)
      return judgedVerdict(session, "self-consistency", config.no_claims_score, ["no claims"], config);
    const samples = await ctx.samples.draw(config.samples, config.temperature);
    const verdicts = await Promise.all(samples.map((sample) => verdictsOf(session, sample, claims)));
    const support = claims.map((claim, i) => ({
      claim,
      supporting: verdicts.filter((v) => v[i]?.verdict === "yes").length,
    }));
    const score = support.reduce((sum, s) => sum + s.supporting / samples.length, 0) / claims.length;
    const weakest = support
      .filter((s) => s.supporting < samples.length)
      .sort((a, b) => a.supporting - b.supporting)
      .slice(0, 3);
    const detail = [
      `${claims.length} claims against ${samples.length} samples at temperature ${config.temperature} (idk counts as not supporting)`,
      ...weakest.map((s) => `${s.supporting}/${samples.length} support ${quoted(s.claim)}`),
    ];
    return judgedVerdict(session, "self-consistency", score, detail, config);
  },
});
