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

describe("context recall", () => {
  it("is the share of the reference's claims the context supports", async () => {
    scriptJudge(env.emu, PROMPT.claims, (request) => {
      expect(userText(request)).toContain("[Text]: the reference");
      return { claims: ["c1", "c2", "c3", "c4"] };
    });
    scriptJudge(env.emu, PROMPT.verdicts, () => ({
      verdicts: ["yes", "yes", "no", "idk"].map((verdict, i) => ({
        claim: `c${i + 1}`,
        verdict,
        reason: "r",
      })),
    }));
    const r = await gradeJudged(
      await testJudge(env.emu),
      { type: "context-recall", reference: "{{expected}}", threshold: 0.75 },
      "the output",
      { expected: "the reference", context: ["chunk"] },
    );
    expect(r).toMatchObject({
      score: 0.5,
      pass: false,
      judge: { prompt: "judges/claim-verdicts", calls: 2 },
    });
    expect(r.reason).toContain("2 of 4 reference claims in the context");
    expect(r.reason).toContain('missing: "c3"');
  });

  it("asks again when the judge gives fewer verdicts than claims", async () => {
    scriptJudge(env.emu, PROMPT.claims, () => ({ claims: ["c1", "c2"] }));
    scriptJudge(
      env.emu,
      PROMPT.verdicts,
      () => ({ verdicts: [{ claim: "c1", verdict: "yes", reason: "r" }] }),
      1,
    );
    scriptJudge(env.emu, PROMPT.verdicts, () => ({
      verdicts: ["c1", "c2"].map((claim) => ({ claim, verdict: "yes", reason: "r" })),
    }));
    const r = await gradeJudged(await testJudge(env.emu), { type: "context-recall" }, "o", {
      reference: "ref",
      context: "one chunk",
    });
    expect(r.score).toBe(1);
    const retry = env.emu.requests[2]!.body.messages.at(-1);
    expect(retry?.content).toContain("there are 2 claims but 1 verdicts");
  });
});
