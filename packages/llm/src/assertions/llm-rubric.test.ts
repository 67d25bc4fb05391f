import { describe, expect, it } from "vitest";
import { configProblems } from "../test-support/grading.ts";
import {
  gradeJudged,
  PROMPT,
  scriptJudge,
  testJudge,
  useJudgeEmulator,
  userText,
} from "../test-support/judge.ts";
import { weightedScore } from "./llm-rubric.ts";

const env = useJudgeEmulator();
const config = { type: "llm-rubric", rubric: "Polite to {{name}}", steps: ["Read", "Score"], threshold: 0.7 };

const lp = (p: number) => Math.log(p);

describe("llm-rubric", () => {
  it("normalises the integer score to the scale", async () => {
    scriptJudge(env.emu, PROMPT.rubric, () => ({ score: 4, reason: "mostly polite" }));
    const r = await gradeJudged(await testJudge(env.emu), config, "Hello", { name: "Ada" });
    expect(r).toMatchObject({ score: 0.75, pass: true, judge: { prompt: "judges/rubric", calls: 1 } });
    const sent = userText(env.emu.requests[0]!.body);
    expect(sent).toContain("[Rubric]: Polite to Ada");
    expect(sent).toContain("1. Read\n2. Score");
    expect(env.emu.requests[0]!.body.logprobs).toBeUndefined();
  });

  it("weights the candidate scores by their probabilities when logprobs are returned", async () => {
    env.emu.script({
      match: { role: "system", contains: PROMPT.rubric },
      reply: {
        content: '{"score": 4, "reason": "ok"}',
        logprobs: [
          { token: '{"', logprob: 0, top: [] },
          { token: 'score": ', logprob: 0, top: [] },
          {
            token: "4",
            logprob: lp(0.6),
            top: [
              { token: "4", logprob: lp(0.6) },
              { token: "5", logprob: lp(0.3) },
              { token: "3", logprob: lp(0.095) },
              { token: "2", logprob: lp(0.005) },
            ],
          },
          { token: ', "reason": "ok"}', logprob: 0, top: [] },
        ],
      },
    });
    const r = await gradeJudged(
      await testJudge(env.emu),
      { ...config, logprobs: true, top_logprobs: 5 },
      "Hello",
      {
        name: "Ada",
      },
    );
    // 2 is under 1 %: (0.6·4 + 0.3·5 + 0.095·3) / 0.995, then (s − 1) / 4.
    const expected = (0.6 * 4 + 0.3 * 5 + 0.095 * 3) / 0.995;
    expect(r.score).toBeCloseTo((expected - 1) / 4, 10);
    expect(r.reason).toContain("probability-weighted score");
    expect(env.emu.requests[0]!.body).toMatchObject({ logprobs: true, top_logprobs: 5 });
  });

  it("falls back to the raw score when the provider returns no usable logprobs", () => {
    expect(weightedScore(undefined, 1, 5)).toBeUndefined();
    expect(weightedScore([{ token: "no score here", logprob: 0, top: [] }], 1, 5)).toBeUndefined();
  });

  it("asks again when the score is off the scale", async () => {
    scriptJudge(env.emu, PROMPT.rubric, () => ({ score: 9, reason: "great" }), 1);
    scriptJudge(env.emu, PROMPT.rubric, () => ({ score: 5, reason: "great" }));
    const r = await gradeJudged(await testJudge(env.emu), config, "Hello", { name: "Ada" });
    expect(r.score).toBe(1);
    expect(env.emu.requests[1]!.body.messages.at(-1)?.content).toContain("score 9 is outside 1..5");
  });

  it("rejects an empty scale when the suite loads", () => {
    expect(configProblems({ ...config, min: 3, max: 3 })).toEqual(["max: max (3) must be above min (3)"]);
  });
});
