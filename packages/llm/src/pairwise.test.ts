import { describe, expect, it } from "vitest";
import { judgePairs, PairwiseSchema, pairwiseCheck, pairwiseWinRate } from "./pairwise.ts";
import type { CaseResult } from "./runner.ts";
import { caseResult } from "./test-support/case-result.ts";
import { scriptJudge, testJudge, useJudgeEmulator, userText } from "./test-support/judge.ts";

const env = useJudgeEmulator();
const PAIRWISE = "You compare two outputs for the same question";
const config = PairwiseSchema.parse({ rubric: "Answers {{question}} fully", margin: 0.2 });

/** `n` cases answered by both sides: the head's outputs say "better", the base's "worse". */
function results(n: number): CaseResult[] {
  return Array.from({ length: n }, (_, i) => [
    caseResult({ caseId: `c${i}`, output: `better answer ${i}` }),
    caseResult({ caseId: `c${i}`, side: "base", output: `worse answer ${i}` }),
  ]).flat();
}
const vars = (id: string) => ({ question: `question ${id}` });
const shown = (request: Parameters<typeof userText>[0], slot: "First" | "Second") =>
  new RegExp(`\\[${slot} output\\]: (.*)`).exec(userText(request))?.[1] ?? "";

describe("pairwise", () => {
  it("counts a win only when both orders agree: a judge that always picks the first shown gives ties", async () => {
    scriptJudge(env.emu, PAIRWISE, () => ({ winner: "first", reason: "first is best" }));
    const outcome = await judgePairs(results(6), config, await testJudge(env.emu), vars);
    expect(outcome).toMatchObject({ headWins: 0, baseWins: 0, ties: 6 });
    expect(outcome.judge).toMatchObject({ prompt: "judges/pairwise", calls: 12 });
    expect(pairwiseWinRate(outcome).value).toBe(0.5);
    expect(userText(env.emu.requests[0]!.body)).toContain("[Rubric]: Answers question c");
  });

  it("gives the head the wins a consistent judge sees, with a Wilson interval, and passes the gate", async () => {
    scriptJudge(env.emu, PAIRWISE, (request) => ({
      winner: shown(request, "First").startsWith("better") ? "first" : "second",
      reason: "the better one",
    }));
    const outcome = await judgePairs(results(6), config, await testJudge(env.emu), vars);
    expect(outcome).toMatchObject({ headWins: 6, baseWins: 0, ties: 0 });
    const rate = pairwiseWinRate(outcome);
    // Wilson with every trial a success: lower bound n / (n + z²), upper bound 1.
    expect(rate).toMatchObject({ value: 1, n: 6 });
    expect(rate.ci?.lower).toBeCloseTo(6 / (6 + 1.959964 ** 2), 5);
    expect(rate.ci?.upper).toBeCloseTo(1, 10);
    expect(pairwiseCheck(outcome, config)).toMatchObject({ id: "pairwise:not-worse", status: "pass" });
  });

  it("fails the gate when the base wins consistently, and skips cases a side did not answer", async () => {
    scriptJudge(env.emu, PAIRWISE, (request) => ({
      winner: shown(request, "First").startsWith("worse") ? "first" : "second",
      reason: "the base is better",
    }));
    const all = results(6);
    all[0] = { ...all[0]!, status: "error", output: undefined };
    const outcome = await judgePairs(all, config, await testJudge(env.emu), vars);
    expect(outcome).toMatchObject({ headWins: 0, baseWins: 5, ties: 0 });
    const check = pairwiseCheck(outcome, config);
    expect(check.status).toBe("fail");
    expect(check.message).toContain("0 head wins, 5 base wins, 0 ties");
  });

  it("cannot decide without pairs", () => {
    const outcome = {
      pairs: [],
      headWins: 0,
      baseWins: 0,
      ties: 0,
      judge: { prompt: "judges/pairwise", version: "1.0.0", calls: 0 },
    };
    expect(pairwiseWinRate(outcome)).toMatchObject({ value: null, n: 0 });
    expect(pairwiseCheck(outcome, config).status).toBe("inconclusive");
  });
});
