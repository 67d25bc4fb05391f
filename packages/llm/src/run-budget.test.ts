import { describe, expect, it } from "vitest";
import type { TokenUsage } from "./prices.ts";
import type { ChatRequest } from "./prompt-render.ts";
import { RunBudget } from "./run-budget.ts";

const price = { input: 1, output: 2 }; // USD per 1M tokens
const usage = (promptTokens: number, completionTokens: number): TokenUsage => ({
  promptTokens,
  completionTokens,
  cachedTokens: 0,
  reasoningTokens: 0,
});
const request = (chars: number, max_tokens?: number): ChatRequest => ({
  model: "gpt-4o-mini",
  // JSON.stringify of this message is chars + 32 characters long
  messages: [{ role: "user", content: "x".repeat(chars) }],
  ...(max_tokens === undefined ? {} : { max_tokens }),
});

describe("RunBudget", () => {
  it("counts calls in flight: admits while spent + held + next fits, then stops for good", () => {
    const budget = new RunBudget({ tokens: 300 });
    const next = budget.estimate(request(368, 8), price); // 100 prompt + 8 completion tokens
    expect(next.tokens).toBe(108);
    expect(budget.admit(next)).toBe(true);
    expect(budget.admit(next)).toBe(true);
    // 216 held + 108 > 300, although nothing is spent yet
    expect(budget.admit(next)).toBe(false);
    expect(budget.stopped).toBe(
      "budget: total_tokens of 300 reached (0 spent, 216 in flight, the next call ≈ 108)",
    );
    // Settling frees room, but a stopped run starts nothing more.
    budget.settle(next, usage(10, 1), price);
    expect(budget.admit({ tokens: 1 })).toBe(false);
  });

  it("caps USD with the model's price, and leaves the USD cap to priced calls only", () => {
    const budget = new RunBudget({ usd: 0.001 });
    budget.spend(usage(400, 200), price); // $0.0008
    expect(budget.admit(budget.estimate(request(0, 50), undefined))).toBe(true);
    const priced = budget.estimate(request(368, 60), price); // 100 in, 60 out = $0.00022
    expect(priced.usd).toBeCloseTo(0.00022);
    expect(budget.admit(priced)).toBe(false);
    expect(budget.stopped).toMatch(/^budget: total_usd of 0.001 reached \(\$0.0008 spent, \$0 in flight/);
  });

  it("estimates an answer without max_tokens from the answers so far, else from the model's usual length", () => {
    const budget = new RunBudget({});
    expect(budget.estimate(request(368), price).tokens).toBeGreaterThan(100);
    budget.spend(usage(5, 30), price);
    budget.spend(usage(5, 50), price);
    expect(budget.estimate(request(368), price).tokens).toBe(140);
    expect(budget.admit({ tokens: 1e12, usd: 1e6 })).toBe(true);
  });
});
