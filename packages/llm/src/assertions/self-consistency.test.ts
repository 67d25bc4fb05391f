import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CaseSamples } from "../case-samples.ts";
import type { ChatRequest } from "../prompt-render.ts";
import { createProvider } from "../provider.ts";
import { RunBudget } from "../run-budget.ts";
import { CallSkipped } from "../stored-call.ts";
import { ProviderSchema } from "../suite-schema.ts";
import { assertion, configProblems, gradingContext } from "../test-support/grading.ts";
import {
  JUDGE_PRICE,
  PROMPT,
  scriptJudge,
  testJudge,
  testStore,
  useJudgeEmulator,
  userText,
} from "../test-support/judge.ts";
import { runAssertion } from "./registry.ts";

const env = useJudgeEmulator();
const REQUEST: ChatRequest = {
  model: "case-model",
  messages: [{ role: "user", content: "Tell me about Paris" }],
  temperature: 0,
};

/**
 * The output's claims as given, and the provider under test answering `samples`, one each; a claim is
 * supported (yes) by a sample that contains it and idk otherwise.
 */
function script(claims: string[], samples: string[]) {
  scriptJudge(env.emu, PROMPT.claims, () => ({ claims }));
  for (const content of samples)
    env.emu.script({ match: { model: "case-model" }, reply: { content }, times: 1 });
  scriptJudge(env.emu, PROMPT.verdicts, (request) => {
    const text = userText(request);
    const context = text.slice(text.indexOf("[Context]:"), text.indexOf("[Claims]:"));
    const listed = text
      .split("\n")
      .filter((l) => l.startsWith("- "))
      .map((l) => l.slice(2));
    return {
      verdicts: listed.map((claim) => ({
        claim,
        verdict: context.includes(claim) ? "yes" : "idk",
        reason: "scripted",
      })),
    };
  });
}

/**
 * Grades one self-consistency config as a case would, its samples and judge calls stored in `dir`, the
 * samples within `budget`.
 */
async function gradeSelfConsistency(config: Record<string, unknown>, dir?: string, budget?: RunBudget) {
  const store = dir ?? (await mkdtemp(path.join(tmpdir(), "self-consistency-")));
  const provider = await createProvider(
    ProviderSchema.parse({ type: "openai-compatible", model: "case-model", base_url: env.emu.url }),
    { env: {}, retryBaseMs: 1 },
  );
  const samples = new CaseSamples({ provider, price: JUDGE_PRICE }, REQUEST, 0, {
    ...testStore(store),
    ...(budget ? { budget } : {}),
  });
  const judge = await testJudge(env.emu, { cacheDir: store });
  const ctx = { ...gradingContext("Paris: alpha, beta, gamma."), vars: {}, judge, samples };
  return { result: await runAssertion(assertion({ type: "self-consistency", ...config }), ctx), samples };
}

const caseRequests = () => env.emu.requests.filter((r) => r.body.model === "case-model");

describe("self-consistency", () => {
  it("is the mean over claims of the share of samples supporting each, idk not supporting", async () => {
    script(["alpha", "beta", "gamma"], ["alpha beta", "alpha", "alpha delta"]);
    const { result, samples } = await gradeSelfConsistency({ threshold: 0.5 });
    // alpha 3/3, beta 1/3, gamma 0/3.
    expect(result.score).toBeCloseTo(4 / 9, 10);
    expect(result.pass).toBe(false);
    expect(result.reason).toContain(
      "3 claims against 3 samples at temperature 1 (idk counts as not supporting)",
    );
    expect(result.reason).toContain('0/3 support "gamma"; 1/3 support "beta"');
    expect(result.judge).toMatchObject({ prompt: "judges/claim-verdicts", calls: 4 });
    // The samples are the case's request again, from the provider under test, at the sampling temperature.
    expect(caseRequests()).toHaveLength(3);
    expect(caseRequests().every((r) => r.body.temperature === 1)).toBe(true);
    expect(userText(caseRequests()[0]!.body)).toBe("Tell me about Paris");
    expect(samples.use.calls).toBe(3);
    expect(samples.use.costUsd).toBeGreaterThan(0);
  });

  it("draws nothing and asks the judge nothing again when rerun over the same cache", async () => {
    script(["alpha", "beta"], ["alpha", "beta", "alpha beta"]);
    const dir = await mkdtemp(path.join(tmpdir(), "self-consistency-"));
    const first = await gradeSelfConsistency({ samples: 3, temperature: 0.7 }, dir);
    const made = env.emu.requests.length;
    expect(made).toBe(1 + 3 + 3);
    const again = await gradeSelfConsistency({ samples: 3, temperature: 0.7 }, dir);
    expect(env.emu.requests).toHaveLength(made);
    expect(again.result.score).toBe(first.result.score);
    expect(first.result.score).toBeCloseTo((2 / 3 + 2 / 3) / 2, 10);
    expect(again.result).toMatchObject({ gated: false, reason: /not gated/ });
  });

  it("fails with an error, not a score, when the judge's verdicts stay malformed after a retry", async () => {
    scriptJudge(env.emu, PROMPT.claims, () => ({ claims: ["alpha"] }));
    env.emu.script({ match: { model: "case-model" }, reply: { content: "alpha" } });
    scriptJudge(env.emu, PROMPT.verdicts, () => "the claim holds");
    await expect(gradeSelfConsistency({ samples: 2 })).rejects.toThrow(
      /judges\/claim-verdicts is not valid after a retry: it is not JSON/,
    );
    const verdictRequests = env.emu.requests.filter((r) =>
      JSON.stringify(r.body).includes("You check claims against a context"),
    );
    // The failing sample's verdict was asked twice; the other sample's calls may still be in flight.
    expect(verdictRequests.length).toBeGreaterThanOrEqual(2);
    expect(verdictRequests.some((r) => userText(r.body).startsWith("Your answer is not valid"))).toBe(true);
  });

  it("draws no sample the run's budget refuses, and says why, as a refused call does", async () => {
    script(["alpha"], ["alpha", "alpha"]);
    const error = await gradeSelfConsistency({ samples: 2 }, undefined, new RunBudget({ tokens: 1 })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CallSkipped);
    expect((error as CallSkipped).reason).toMatch(/^budget: /);
    expect(caseRequests()).toHaveLength(0);
  });

  it("scores an output without claims explicitly and draws no samples for it", async () => {
    script([], ["alpha"]);
    const { result } = await gradeSelfConsistency({ no_claims_score: 0, threshold: 0.5 });
    expect(result).toMatchObject({ score: 0, pass: false, reason: /no claims/ });
    expect(caseRequests()).toHaveLength(0);
  });

  it("refuses fewer than 2 samples when the suite loads", () => {
    expect(configProblems({ type: "self-consistency", samples: 1 })).toEqual([
      expect.stringMatching(/^samples: /),
    ]);
    expect(assertion({ type: "self-consistency" })).toMatchObject({ samples: 3, temperature: 1 });
  });
});
