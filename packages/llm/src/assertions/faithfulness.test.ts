import { describe, expect, it } from "vitest";
import { assertion, configProblems, gradingContext } from "../test-support/grading.ts";
import {
  gradeJudged,
  PROMPT,
  scriptJudge,
  testJudge,
  useJudgeEmulator,
  userText,
} from "../test-support/judge.ts";
import { gradeOutput } from "./grade-output.ts";

const env = useJudgeEmulator();
const CONTEXT = ["Paris is the capital of France.", "The Seine flows through Paris."];
const vars = { question: "Tell me about Paris", context: CONTEXT };

/** Claims scripted as given; each claim's verdict is the word before its first colon ("yes: …"). */
function script(claims: string[]) {
  scriptJudge(env.emu, PROMPT.claims, () => ({ claims }));
  scriptJudge(env.emu, PROMPT.verdicts, (request) => {
    const listed = userText(request)
      .split("\n")
      .filter((l) => l.startsWith("- "))
      .map((l) => l.slice(2));
    return {
      verdicts: listed.map((claim) => ({ claim, verdict: claim.split(":")[0], reason: `scripted ${claim}` })),
    };
  });
}

describe("faithfulness", () => {
  it("is supported claims ÷ claims, idk counted unsupported by default", async () => {
    script(["yes: Paris is the capital", "no: Paris is in Spain", "idk: Paris has 2M people"]);
    const r = await gradeJudged(
      await testJudge(env.emu),
      { type: "faithfulness", threshold: 0.5 },
      "…",
      vars,
    );
    expect(r.score).toBeCloseTo(1 / 3, 10);
    expect(r.pass).toBe(false);
    expect(r.gated).toBeUndefined();
    expect(r.reason).toContain("1 of 3 claims supported (1 idk counted unsupported)");
    expect(r.reason).toContain("scripted no: Paris is in Spain");
    expect(r.judge).toMatchObject({ prompt: "judges/claim-verdicts", version: "1.0.0", calls: 2 });
    expect(r.judge?.costUsd).toBeGreaterThan(0);
    // The verdicts are asked against the numbered chunks.
    expect(userText(env.emu.requests[1]!.body)).toContain("[2] The Seine flows through Paris.");
  });

  it("leaves idk claims out of both counts with idk: exclude", async () => {
    script(["yes: a", "no: b", "idk: c", "idk: d"]);
    const r = await gradeJudged(
      await testJudge(env.emu),
      { type: "faithfulness", idk: "exclude", threshold: 0.5 },
      "…",
      vars,
    );
    expect(r.score).toBe(0.5);
    expect(r.pass).toBe(true);
  });

  it("scores an output without claims explicitly, 1 unless configured", async () => {
    script([]);
    const judge = await testJudge(env.emu);
    const r = await gradeJudged(judge, { type: "faithfulness", threshold: 1 }, "I don't know.", vars);
    expect(r).toMatchObject({ score: 1, pass: true });
    expect(r.reason).toContain("no claims");
    const strict = await gradeJudged(
      judge,
      { type: "faithfulness", no_claims_score: 0, threshold: 1 },
      "I don't know.",
      vars,
    );
    expect(strict).toMatchObject({ score: 0, pass: false });
  });

  it("with every claim idk and excluded, says so and uses the no-claims score", async () => {
    script(["idk: a", "idk: b"]);
    const r = await gradeJudged(
      await testJudge(env.emu),
      { type: "faithfulness", idk: "exclude", no_claims_score: 0 },
      "…",
      vars,
    );
    expect(r.score).toBe(0);
    expect(r.reason).toContain("no claims left: all idk");
  });

  it("without a threshold reports the score, not gated", async () => {
    script(["no: a"]);
    const r = await gradeJudged(await testJudge(env.emu), { type: "faithfulness" }, "…", vars);
    expect(r).toMatchObject({ score: 0, gated: false });
    expect(r.reason).toContain("not gated");
  });

  it("takes the context from a named variable and says when it was truncated", async () => {
    script(["yes: a"]);
    const chunks = Array.from({ length: 500 }, (_, i) => `chunk ${i}`);
    const r = await gradeJudged(
      await testJudge(env.emu),
      { type: "faithfulness", context: "{{retrieved}}", max_chunks: 3 },
      "…",
      { retrieved: chunks },
    );
    expect(r.reason).toContain("the first 3 of 500 chunks judged");
    const sent = userText(env.emu.requests[1]!.body);
    expect(sent).toContain("[3] chunk 2");
    expect(sent).not.toContain("chunk 3");
  });

  it("refuses an empty context rather than scoring it", async () => {
    await expect(
      gradeJudged(await testJudge(env.emu), { type: "faithfulness", context_var: "chunks" }, "…", {
        chunks: [],
      }),
    ).rejects.toThrow(/context \(var "chunks"\) is empty/);
    await expect(gradeJudged(await testJudge(env.emu), { type: "faithfulness" }, "…", {})).rejects.toThrow(
      /no context/,
    );
  });

  it("rejects unknown idk handling when the suite loads", () => {
    expect(configProblems({ type: "faithfulness", idk: "ignore" })).toHaveLength(1);
  });
});

describe("a judged score without a threshold in a test", () => {
  it("is reported in the test's reason and never decides it", async () => {
    script(["no: Paris is in Spain"]);
    const judge = await testJudge(env.emu);
    const ctx = { ...gradingContext("Paris is in Spain"), vars, judge };
    const test = await gradeOutput(
      [assertion({ type: "contains", value: "Paris" }), assertion({ type: "faithfulness" })],
      ctx,
    );
    expect(test.pass).toBe(true);
    expect(test.score).toBe(1);
    expect(test.reason).toMatch(
      /^all 1 assertions passed; reported only — faithfulness: faithfulness 0\.000 \(not gated/,
    );
  });
});
