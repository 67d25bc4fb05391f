import { describe, expect, it } from "vitest";
import {
  gradeJudged,
  PROMPT,
  scriptJudge,
  testJudge,
  useJudgeEmulator,
  userText,
} from "../test-support/judge.ts";
import { averagePrecision } from "./context-precision.ts";

const env = useJudgeEmulator();
const chunks = ["noise one", "useful A", "useful B", "noise two"];
const vars = { question: "q?", reference: "A and B", context: chunks };

/** A chunk is useful when its text says so. */
const scriptUseful = () =>
  scriptJudge(env.emu, PROMPT.precision, (request) => ({
    verdict: userText(request).includes("[Chunk]: useful") ? "yes" : "no",
    reason: "scripted",
  }));

describe("context precision", () => {
  it("is the average precision of the useful chunks in rank order", async () => {
    scriptUseful();
    const r = await gradeJudged(
      await testJudge(env.emu),
      { type: "context-precision", threshold: 0.5 },
      "…",
      vars,
    );
    // Useful at ranks 2 and 3: (1/2 + 2/3) / 2.
    expect(r.score).toBeCloseTo((1 / 2 + 2 / 3) / 2, 12);
    expect(r.reason).toContain("verdicts by rank: ✗✓✓✗");
    expect(r.judge).toMatchObject({ prompt: "judges/context-precision", calls: 4 });
  });

  it("cuts at K and says so", async () => {
    scriptUseful();
    const r = await gradeJudged(await testJudge(env.emu), { type: "context-precision", k: 2 }, "…", vars);
    expect(r.score).toBe(0.5);
    expect(r.reason).toContain("@K=2 of 4 chunks");
    expect(env.emu.completions).toBe(2);
  });

  it("averagePrecision: 0 without a useful chunk, 1 when the useful ones lead", () => {
    expect(averagePrecision([false, false])).toBe(0);
    expect(averagePrecision([true, true, false])).toBe(1);
    expect(averagePrecision([false, false, true])).toBeCloseTo(1 / 3, 12);
  });

  it("needs a reference", async () => {
    await expect(
      gradeJudged(await testJudge(env.emu), { type: "context-precision" }, "…", {
        question: "q",
        context: chunks,
      }),
    ).rejects.toThrow(/no reference/);
  });
});

describe("context relevance", () => {
  it("is the share of relevant chunks, from the same cached verdicts as context precision", async () => {
    scriptUseful();
    const judge = await testJudge(env.emu);
    await gradeJudged(judge, { type: "context-precision" }, "…", vars);
    const r = await gradeJudged(judge, { type: "context-relevance", threshold: 0.6 }, "…", vars);
    expect(r).toMatchObject({ score: 0.5, pass: false });
    expect(env.emu.completions).toBe(4);
  });

  it("judges against the question when the case has no reference", async () => {
    scriptUseful();
    const r = await gradeJudged(await testJudge(env.emu), { type: "context-relevance" }, "…", {
      question: "which chunk?",
      context: chunks,
    });
    expect(r.score).toBe(0.5);
    expect(userText(env.emu.requests[0]!.body)).toContain("[Reference answer]: which chunk?");
  });
});
