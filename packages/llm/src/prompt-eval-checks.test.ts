import { describe, expect, it } from "vitest";
import { budgetGates, promptEvalChecks } from "./prompt-eval-checks.ts";
import { promptEvalMetrics } from "./prompt-eval-metrics.ts";
import { compareSides } from "./side-stats.ts";
import { caseResult } from "./test-support/case-result.ts";

const noGates = { gates: [], budgets: {} };

describe("promptEvalChecks", () => {
  it("fails a regression on a critical case, naming it, and reports errors", () => {
    const comparison = compareSides(
      [
        caseResult({ caseId: "vital", side: "base" }),
        caseResult({ caseId: "vital", status: "fail", critical: true }),
        caseResult({ caseId: "minor", side: "base" }),
        caseResult({ caseId: "minor", status: "error", error: "timeout" }),
      ],
      true,
    );
    const checks = promptEvalChecks([], comparison, noGates, {});
    expect(checks.map((c) => [c.id, c.status])).toEqual([
      ["errors", "error"],
      ["critical-regressions", "fail"],
    ]);
    expect(checks[0]).toMatchObject({ observed: "1 of 2 with errors", message: "first error: timeout" });
    expect(checks[1]?.examples).toEqual([{ case: "vital" }]);
  });

  it("checks critical regressions only against a base, and lists lint findings first", () => {
    const comparison = compareSides([caseResult({ critical: true, status: "fail" })], false);
    const lint = [{ rule: "version-bump", message: "changed", hint: "bump it", file: "p.md" }];
    const checks = promptEvalChecks(lint as never, comparison, noGates, {});
    expect(checks.map((c) => c.id)).toEqual(["lint:version-bump", "errors"]);
    expect(checks[0]).toMatchObject({ status: "fail", message: "changed — bump it" });
  });

  it("evaluates the suite's budgets as gates on the metrics", () => {
    const comparison = compareSides([caseResult({ costUsd: 0.5 })], false);
    const metrics = promptEvalMetrics(comparison, undefined, 1);
    const checks = promptEvalChecks([], comparison, { gates: [], budgets: { total_usd: 0.1 } }, metrics);
    expect(checks.find((c) => c.id === "budget:total_cost_usd")?.status).toBe("fail");
  });
});

describe("budgetGates", () => {
  it("turns each budget set into a fail-severity maximum", () => {
    expect(budgetGates({ p95_latency_ms: 800 })).toEqual([
      {
        metric: "latency_p95_ms",
        max: 800,
        id: "budget:latency_p95_ms",
        title: "Budget: p95 latency (ms)",
        severity: "fail",
      },
    ]);
    expect(budgetGates({})).toEqual([]);
  });
});
