import type { JudgeSession } from "../judge.ts";

/** Claim extraction and claim verification, shared by faithfulness and context recall. */

export interface ClaimVerdict {
  claim: string;
  verdict: "yes" | "no" | "idk";
  reason: string;
}

export async function claimsOf(session: JudgeSession, question: string, answer: string): Promise<string[]> {
  const { claims } = await session.ask<{ claims: string[] }>("claims", { question, answer });
  return claims.filter((c) => c.trim() !== "");
}

/** One verdict per claim, in order: a judge that skips or adds one is asked again. */
export async function verdictsOf(
  session: JudgeSession,
  context: string,
  claims: readonly string[],
): Promise<ClaimVerdict[]> {
  const { verdicts } = await session.ask<{ verdicts: ClaimVerdict[] }>(
    "claim-verdicts",
    { context, claims },
    {
      check: ({ verdicts }) =>
        verdicts.length === claims.length
          ? undefined
          : `there are ${claims.length} claims but ${verdicts.length} verdicts: give exactly one verdict per claim, in order`,
    },
  );
  return verdicts;
}
