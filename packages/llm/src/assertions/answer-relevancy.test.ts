import { describe, expect, it } from "vitest";
import { gradeJudged, PROMPT, scriptJudge, testJudge, useJudgeEmulator } from "../test-support/judge.ts";
import { cosine } from "./answer-relevancy.ts";

const env = useJudgeEmulator();
const vars = { question: "What is the capital of France?" };

describe("answer relevancy", () => {
  it("is the mean cosine of the generated questions to the case's question", async () => {
    scriptJudge(env.emu, PROMPT.questions, () => ({
      questions: ["What is the capital of France?", "capital France what is the of"],
      noncommittal: false,
    }));
    const judge = await testJudge(env.emu, { embeddingModel: "embed-model" });
    const r = await gradeJudged(judge, { type: "answer-relevancy", threshold: 0.9 }, "Paris.", vars);
    // The emulator's vectors are bags of words: the same words, in any order, give cosine 1.
    expect(r.score).toBeCloseTo(1, 10);
    expect(r.judge).toMatchObject({ prompt: "judges/question-generation", calls: 2 });
    expect(env.emu.embeddings).toBe(1);
  });

  it("scores unrelated questions low", async () => {
    scriptJudge(env.emu, PROMPT.questions, () => ({
      questions: ["Who painted Guernica?"],
      noncommittal: false,
    }));
    const judge = await testJudge(env.emu, { embeddingModel: "embed-model" });
    const r = await gradeJudged(judge, { type: "answer-relevancy", threshold: 0.5 }, "Picasso.", vars);
    expect(r.score).toBeLessThan(0.2);
    expect(r.pass).toBe(false);
  });

  it("scores a noncommittal output 0 without embedding anything", async () => {
    scriptJudge(env.emu, PROMPT.questions, () => ({ questions: ["?"], noncommittal: true }));
    const judge = await testJudge(env.emu, { embeddingModel: "embed-model" });
    const r = await gradeJudged(judge, { type: "answer-relevancy" }, "It depends.", vars);
    expect(r).toMatchObject({ score: 0, gated: false });
    expect(r.reason).toContain("noncommittal");
    expect(env.emu.embeddings).toBe(0);
  });

  it("needs the judge's embedding_model", async () => {
    scriptJudge(env.emu, PROMPT.questions, () => ({ questions: ["q"], noncommittal: false }));
    await expect(
      gradeJudged(await testJudge(env.emu), { type: "answer-relevancy" }, "x", vars),
    ).rejects.toThrow(/no embedding_model/);
  });

  it("cosine", () => {
    expect(cosine([1, 0], [0, 1])).toBe(0);
    expect(cosine([3, 4], [6, 8])).toBeCloseTo(1, 12);
    expect(cosine([0, 0], [1, 1])).toBe(0);
  });
});
