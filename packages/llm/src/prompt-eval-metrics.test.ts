import { describe, expect, it } from "vitest";
import { promptEvalMetrics } from "./prompt-eval-metrics.ts";
import { compareSides } from "./side-stats.ts";
import { caseResult } from "./test-support/case-result.ts";

describe("promptEvalMetrics", () => {
  it("gives each metric the base version's value and the pass rate a paired delta", () => {
    const comparison = compareSides(
      [
        caseResult({ caseId: "a", side: "base", costUsd: 0.004 }),
        caseResult({ caseId: "b", side: "base", status: "fail", costUsd: 0.004 }),
        caseResult({ caseId: "a" }),
        caseResult({ caseId: "b" }),
      ],
      true,
    );
    const m = promptEvalMetrics(comparison, "1.0.0", 1);
    expect(m.pass_rate).toMatchObject({ value: 1, n: 2, baseline: { value: 0.5, label: "1.0.0" } });
    expect(m.pass_rate?.delta?.value).toBe(0.5);
    expect(m.total_cost_usd).toMatchObject({
      value: 0.002,
      baseline: { value: 0.008 },
      delta: { value: -0.006 },
    });
    expect(m.cost_per_case_usd).toMatchObject({ value: 0.001, baseline: { value: 0.004 } });
    expect(m.regressions).toMatchObject({ value: 0, n: 2 });
    expect(m.improvements).toMatchObject({ value: 1, n: 2 });
    expect(m.flaky_cases).toBeUndefined();
  });

  it("says why the cost is unknown, and counts flaky cases when cases repeat", () => {
    const comparison = compareSides(
      [caseResult({ model: "free", costUsd: undefined }), caseResult({ repeat: 1, status: "fail" })],
      false,
    );
    const m = promptEvalMetrics(comparison, undefined, 2);
    expect(m.total_cost_usd).toMatchObject({ value: null, unavailable: expect.stringContaining("free") });
    expect(m.total_cost_usd?.baseline).toBeUndefined();
    expect(m.flaky_cases).toMatchObject({ value: 1, n: 1 });
    expect(m.regressions).toBeUndefined();
  });

  it("gives each LLM-judged assertion type its mean score, against the base's", () => {
    const judged = (score: number, assertion = "faithfulness") => ({
      pass: true,
      score,
      reason: "",
      assertion,
      judge: { prompt: "judges/claim-verdicts", version: "1.0.0", calls: 2 },
    });
    const comparison = compareSides(
      [
        caseResult({ caseId: "a", side: "base", grading: [judged(0.5)] }),
        caseResult({ caseId: "a", grading: [judged(1), judged(0.2, "hallucination")] }),
        caseResult({
          caseId: "b",
          grading: [judged(0.5), { pass: true, score: 1, reason: "", assertion: "contains" }],
        }),
      ],
      true,
    );
    const m = promptEvalMetrics(comparison, "1.0.0", 1);
    expect(m.faithfulness).toMatchObject({
      value: 0.75,
      n: 2,
      greaterIsBetter: true,
      baseline: { value: 0.5 },
    });
    expect(m.hallucination).toMatchObject({
      value: 0.2,
      n: 1,
      greaterIsBetter: false,
      baseline: { value: null },
    });
    expect(m.contains).toBeUndefined();
  });
});
