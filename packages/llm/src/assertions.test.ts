import { describe, expect, it } from "vitest";
import {
  type Assertion,
  AssertionSchema,
  type GradingContext,
  gradeOutput,
  runAssertion,
} from "./assertions.ts";
import { rougeL } from "./rouge.ts";

const ctx = (output: string, extra: Partial<GradingContext> = {}): GradingContext => ({
  output,
  vars: { name: "Acme", ref: "the cat sat on the mat" },
  latencyMs: 120,
  costUsd: 0.002,
  usage: { promptTokens: 100, completionTokens: 20, cachedTokens: 0, reasoningTokens: 0 },
  baseDir: import.meta.dirname,
  ...extra,
});
const a = (x: Record<string, unknown>): Assertion => AssertionSchema.parse(x);
const pass = async (x: Record<string, unknown>, output: string, extra?: Partial<GradingContext>) =>
  (await runAssertion(a(x), ctx(output, extra))).pass;

describe("deterministic assertions", () => {
  it("match text: equals, contains and their case-insensitive, any and all forms, starts-with, regex", async () => {
    expect(await pass({ type: "equals", value: "Hi Acme" }, "Hi Acme")).toBe(true);
    expect(await pass({ type: "equals", value: "Hi {{name}}" }, "Hi Acme ")).toBe(false);
    expect(await pass({ type: "contains", value: "{{name}}" }, "Dear Acme,")).toBe(true);
    expect(await pass({ type: "contains", value: "acme" }, "Dear Acme,")).toBe(false);
    expect(await pass({ type: "icontains", value: "acme" }, "Dear Acme,")).toBe(true);
    expect(await pass({ type: "contains-any", value: ["x", "Dear"] }, "Dear Acme")).toBe(true);
    expect(await pass({ type: "icontains-all", value: ["dear", "ACME"] }, "Dear Acme")).toBe(true);
    expect(await pass({ type: "contains-all", value: ["Dear", "Bob"] }, "Dear Acme")).toBe(false);
    expect(await pass({ type: "starts-with", value: "Dear" }, "Dear Acme")).toBe(true);
    expect(await pass({ type: "regex", value: "^dear\\s+\\w+$", flags: "i" }, "Dear Acme")).toBe(true);
  });

  it("negates any type with not-, inverting pass and score", async () => {
    const r = await runAssertion(
      a({ type: "not-icontains-any", value: ["refund", "discount"] }),
      ctx("A Discount!"),
    );
    expect(r).toMatchObject({ pass: false, score: 0, assertion: "not-icontains-any" });
    expect(await pass({ type: "not-contains", value: "refund" }, "no")).toBe(true);
  });

  it("checks JSON and JSON Schema", async () => {
    const schema = { type: "object", required: ["n"], properties: { n: { type: "number" } } };
    expect(await pass({ type: "is-json" }, '{"n": 1}')).toBe(true);
    expect(await pass({ type: "is-json" }, "{n: 1}")).toBe(false);
    expect(await pass({ type: "json-schema", value: schema }, '{"n": 1}')).toBe(true);
    const r = await runAssertion(a({ type: "json-schema", value: schema }), ctx('{"n": "1"}'));
    expect(r.reason).toMatch(/must be number/);
  });

  it("scores similarity: Levenshtein and ROUGE-L against a reference, with thresholds", async () => {
    expect(rougeL("the cat sat on the mat", "the cat sat on the mat")).toBe(1);
    // LCS "the cat the mat" = 4 of 6 and 4 of 6 tokens.
    expect(rougeL("the cat was on the mat", "the cat sat on the mat")).toBeCloseTo(5 / 6);
    expect(rougeL("", "x")).toBe(0);
    const lev = await runAssertion(a({ type: "levenshtein", value: "kitten" }), ctx("sitting"));
    expect(lev.score).toBeCloseTo(1 - 3 / 7);
    expect(lev.pass).toBe(false);
    expect(await pass({ type: "rouge-l", value: "{{ref}}", threshold: 0.8 }, "the cat sat on a mat")).toBe(
      true,
    );
  });

  it("bounds length, latency, cost and tokens; a missing price fails the cost check", async () => {
    expect(await pass({ type: "length", min: 2, max: 5 }, "abcd")).toBe(true);
    expect(await pass({ type: "latency", max: 100 }, "x")).toBe(false);
    expect(await pass({ type: "cost", threshold: 0.01 }, "x")).toBe(true);
    expect(await pass({ type: "cost", max: 0.01 }, "x", { costUsd: undefined })).toBe(false);
    expect(await pass({ type: "tokens", max: 119 }, "x")).toBe(false);
  });

  it("runs a custom grader module returning a boolean, a score or a result", async () => {
    const r = await runAssertion(
      a({ type: "custom", module: "./test-support/grader.ts", threshold: 0.5 }),
      ctx("four words in here"),
    );
    expect(r).toMatchObject({ pass: true, score: 0.8 });
    const named = await runAssertion(
      a({ type: "custom", module: "./test-support/grader.ts", export: "mentionsName" }),
      ctx("hi"),
    );
    expect(named).toMatchObject({ pass: false, reason: "no Acme" });
  });

  it("rejects an unknown assertion type when the suite is read", () => {
    expect(AssertionSchema.safeParse({ type: "contains-some" }).success).toBe(false);
    expect(AssertionSchema.safeParse({ type: "not-regex", value: "x" }).success).toBe(true);
  });
});

describe("a test's verdict", () => {
  it("needs every weighted assertion to pass, or a threshold on the weighted score; weight 0 only reports", async () => {
    const list = [
      a({ type: "contains", value: "Acme" }),
      a({ type: "contains", value: "Bob", weight: 3 }),
      a({ type: "contains", value: "zzz", weight: 0 }),
    ];
    const strict = await gradeOutput(list, ctx("Acme"));
    expect(strict).toMatchObject({ pass: false, score: 0.25 });
    expect(strict.components).toHaveLength(3);
    expect((await gradeOutput(list, ctx("Acme"), 0.2)).pass).toBe(true);
    expect((await gradeOutput([list[0]!, list[2]!], ctx("Acme"))).pass).toBe(true);
  });
});
