import type { Detail } from "@mlops/core";
import { describe, expect, it } from "vitest";
import type { PromptEvaluation } from "./eval-envelope.ts";
import { MAX_OUTPUT_CHARS, promptComparisonViews } from "./prompt-comparison-views.ts";
import { compareSides } from "./side-stats.ts";
import { caseResult } from "./test-support/case-result.ts";

const identity = (version: string, template?: string) => ({
  id: "greet",
  version,
  file: "prompts/greet.md",
  hashes: { contentHash: "a".repeat(64) } as never,
  ...(template === undefined ? {} : { template }),
});

function views(results: PromptEvaluation["results"], templates: [string?, string?] = [], withBase = true) {
  const evaluation: PromptEvaluation = {
    head: identity("1.1.0", templates[1]),
    ...(withBase ? { base: identity("1.0.0", templates[0]) } : {}),
    results,
    lint: [],
  };
  return promptComparisonViews(evaluation, compareSides(results, withBase));
}

type Cases = Extract<Detail, { type: "case-comparison" }>;

describe("promptComparisonViews", () => {
  const results = [
    caseResult({ caseId: "ok", side: "base", output: "hi" }),
    caseResult({ caseId: "ok", output: "hello" }),
    caseResult({ caseId: "broke", side: "base", output: "Hi Ann" }),
    caseResult({ caseId: "broke", status: "fail", output: "Hi", reason: "expected to mention: Ann" }),
    caseResult({ caseId: "mended", side: "base", status: "fail", reason: "too long" }),
    caseResult({ caseId: "mended" }),
    caseResult({ caseId: "down", side: "base", status: "error", error: "timeout", output: undefined }),
    caseResult({ caseId: "down", status: "error", error: "timeout", output: undefined }),
    caseResult({ caseId: "new" }),
  ];

  it("pairs each case's base and head outputs, regressed and failing first", () => {
    const [comparison] = views(results) as [Cases];
    expect(comparison).toMatchObject({
      title: "Outputs, base 1.0.0 against head 1.1.0",
      before: "base 1.0.0",
      after: "head 1.1.0",
    });
    expect(comparison.cases.map((c) => [c.id, c.change])).toEqual([
      ["broke", "regressed"],
      ["down", "failing"],
      ["mended", "fixed"],
      ["ok", "passing"],
      ["new", "passing"],
    ]);
    expect(comparison.cases[0]).toEqual({
      id: "broke",
      change: "regressed",
      before: { status: "pass", output: "Hi Ann" },
      after: { status: "fail", output: "Hi", reason: "expected to mention: Ann" },
    });
    expect(comparison.cases[1]!.after).toEqual({ status: "error", reason: "timeout" });
    expect(comparison.cases[2]!.before).toEqual({ status: "fail", output: "hello", reason: "too long" });
    expect(comparison.cases[4]!.before).toBeUndefined();
  });

  it("shows the verdict over repeats with the first repeat's output, and clips long outputs", () => {
    const long = "x".repeat(MAX_OUTPUT_CHARS * 2);
    const [comparison] = views([
      caseResult({ side: "base" }),
      caseResult({ repeat: 1, status: "fail", output: "second" }),
      caseResult({ repeat: 0, status: "fail", output: long }),
      caseResult({ repeat: 2, output: "third" }),
    ]) as [Cases];
    expect(comparison.cases[0]!.change).toBe("regressed");
    expect(comparison.cases[0]!.after.output).toHaveLength(MAX_OUTPUT_CHARS);
  });

  it("names the provider when a suite has several", () => {
    const [comparison] = views([
      caseResult({ side: "base" }),
      caseResult(),
      caseResult({ side: "base", provider: "q" }),
      caseResult({ provider: "q" }),
    ]) as [Cases];
    expect(comparison.cases.map((c) => c.id)).toEqual(["c1 · p", "c1 · q"]);
  });

  it("diffs the templates when they differ", () => {
    const [diff] = views(results, ["Hi {{name}}", "Hello {{name}}"]);
    expect(diff).toEqual({
      type: "text-diff",
      title: "Prompt template diff",
      before: { label: "base 1.0.0", text: "Hi {{name}}" },
      after: { label: "head 1.1.0", text: "Hello {{name}}" },
    });
    expect(views(results, ["same", "same"]).map((d) => d.type)).toEqual(["case-comparison"]);
  });

  it("has nothing to compare without a base", () => {
    expect(views([caseResult()], ["a", "b"], false)).toEqual([]);
  });
});
