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
const vars = { question: "Capital of France?", reference: "Paris" };

describe("factuality", () => {
  it("scores 1 for a passing category (A, B, C, E by default) and 0 for D", async () => {
    const judge = await testJudge(env.emu);
    scriptJudge(env.emu, PROMPT.factuality, () => ({ category: "D", reason: "says Lyon" }), 1);
    scriptJudge(env.emu, PROMPT.factuality, () => ({ category: "B", reason: "adds the river" }), 1);
    const d = await gradeJudged(judge, { type: "factuality", threshold: 1 }, "Lyon", vars);
    expect(d).toMatchObject({ score: 0, pass: false, judge: { prompt: "judges/factuality", calls: 1 } });
    expect(d.reason).toContain("factuality D (disagrees with the reference)");
    expect(userText(env.emu.requests[0]!.body)).toContain("[Expert]: Paris");
    const b = await gradeJudged(judge, { type: "factuality", threshold: 1 }, "Paris, on the Seine", vars);
    expect(b).toMatchObject({ score: 1, pass: true });
  });

  it("passes only the configured categories, and takes the reference from value", async () => {
    scriptJudge(env.emu, PROMPT.factuality, () => ({ category: "B", reason: "superset" }));
    const r = await gradeJudged(
      await testJudge(env.emu),
      { type: "factuality", value: "{{answer}}", pass_categories: ["C"], threshold: 1 },
      "Paris, on the Seine",
      { answer: "Paris" },
    );
    expect(r).toMatchObject({ score: 0, pass: false });
  });
});
