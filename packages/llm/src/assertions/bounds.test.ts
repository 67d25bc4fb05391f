import { describe, expect, it } from "vitest";
import { configProblems, grade } from "../test-support/grading.ts";

const pass = async (config: Record<string, unknown>, output: string, costUsd?: number) =>
  (await grade(config, output, costUsd === undefined ? {} : { costUsd })).pass;

describe("bound assertions", () => {
  it("bound length, latency, cost and tokens by min and max (threshold or value also mean max)", async () => {
    expect(await pass({ type: "length", min: 2, max: 5 }, "abcd")).toBe(true);
    expect(await pass({ type: "length", value: 3 }, "abcd")).toBe(false);
    expect(await pass({ type: "latency", max: 100 }, "x")).toBe(false);
    expect(await pass({ type: "latency", min: 100 }, "x")).toBe(true);
    expect(await pass({ type: "cost", threshold: 0.01 }, "x")).toBe(true);
    expect(await pass({ type: "tokens", max: 119 }, "x")).toBe(false);
    expect((await grade({ type: "tokens", max: 120 }, "x")).reason).toBe("tokens 120 is ≤ 120");
  });

  it("fail the cost check when the model has no price, and have no not- form to pass on it", async () => {
    const r = await grade({ type: "cost", max: 0.01 }, "x", { costUsd: undefined });
    expect(r).toMatchObject({ pass: false, reason: expect.stringMatching(/no price for this model/) });
    expect(configProblems({ type: "not-cost", max: 0.01 })).toEqual([
      expect.stringMatching(/^type: Invalid discriminator value/),
    ]);
    expect(configProblems({ type: "not-length", max: 3 })).toEqual([]);
  });

  it("need a bound that some value can meet when the suite loads", () => {
    expect(configProblems({ type: "latency" })).toEqual(["max: expected max, min or both"]);
    expect(configProblems({ type: "cost", max: 1, threshold: 2 })).toEqual([
      "threshold: give only one of max and threshold: they all mean max",
    ]);
    expect(configProblems({ type: "length", min: 10, max: 5 })).toEqual([
      "min: min must not exceed max 5, or no value can pass",
    ]);
    expect(configProblems({ type: "tokens", max: "100" })).toEqual([expect.stringMatching(/^max: /)]);
  });
});
