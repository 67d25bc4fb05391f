import * as z from "zod";
import { defineAssertion } from "./definition.ts";
import {
  chunkCount,
  contextKeys,
  contextOf,
  judgedVerdict,
  judgeSession,
  quoted,
  threshold,
} from "./judged.ts";

/**
 * Hallucination (DeepEval): the share of context items the output contradicts, one judge call per item.
 * Lower is better; what the output leaves out of an item is not a contradiction.
 */
export const hallucination = defineAssertion({
  type: "hallucination",
  description: "Share of context items the output contradicts (LLM-judged; lower is better)",
  negatable: false,
  judged: true,
  config: z.object({ threshold: threshold("at most"), ...contextKeys }).strict(),
  judgeCalls: (config, vars) => [["contradiction", chunkCount(config, vars)]],
  grade: async (config, ctx) => {
    const session = judgeSession(ctx, "hallucination", "contradiction");
    const { chunks, truncated } = contextOf(config, ctx.vars);
    const verdicts = await Promise.all(
      chunks.map((chunk) =>
        session.ask<{ contradicted: boolean; reason: string }>("contradiction", {
          context: chunk,
          answer: ctx.output,
        }),
      ),
    );
    const contradicted = verdicts.flatMap((v, i) =>
      v.contradicted ? [{ ...v, chunk: chunks[i] as string }] : [],
    );
    const detail = [
      `${contradicted.length} of ${chunks.length} context items contradicted`,
      ...contradicted.slice(0, 3).map((v) => `${quoted(v.chunk)}: ${v.reason}`),
      truncated,
    ];
    return judgedVerdict(session, "hallucination", contradicted.length / chunks.length, detail, {
      threshold: config.threshold,
      lowerIsBetter: true,
    });
  },
});
