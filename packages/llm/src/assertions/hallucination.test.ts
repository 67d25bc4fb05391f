import { describe, expect, it } from "vitest";
import {
  gradeJudged,
  PROMPT,
  scriptJudge,
  testJudge,
  useJudgeEmulator,
  userText,
} from "../test-support/judge.ts";

const env = useJudgeEmulator();
const context = [
  "The sky is blue.",
  "Water boils at 100 °C.",
  "Cats are mammals.",
  "Rome is in Italy.",
  "Ice is cold.",
];

describe("hallucination", () => {
  it("is the share of context items contradicted, one call per item, lower is better", async () => {
    scriptJudge(env.emu, PROMPT.contradiction, (request) => {
      const contradicted = userText(request).includes("Rome is in Italy.");
      return { contradicted, reason: contradicted ? "the answer puts Rome in France" : "consistent" };
    });
    const judge = await testJudge(env.emu);
    const r = await gradeJudged(judge, { type: "hallucination", threshold: 0.1 }, "Rome is in France.", {
      context,
    });
    expect(r.score).toBe(0.2);
    expect(r.pass).toBe(false);
    expect(r.reason).toContain("1 of 5 context items contradicted");
    expect(r.reason).toContain("the answer puts Rome in France");
    expect(r.reason).toContain("0.200 > 0.1");
    expect(r.judge).toMatchObject({ prompt: "judges/contradiction", calls: 5 });
    const lenient = await gradeJudged(
      judge,
      { type: "hallucination", threshold: 0.2 },
      "Rome is in France.",
      { context },
    );
    expect(lenient.pass).toBe(true);
  });
});
