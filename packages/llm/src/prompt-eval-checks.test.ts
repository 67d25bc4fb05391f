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
      ["cases", "fail"],
    ]);
    expect(checks[0]).toMatchObject({ observed: "1 of 2 with errors", message: "first error: timeout" });
    expect(checks[1]?.examples).toEqual([{ case: "vital" }]);
  });

  it("checks critical regressions only against a base, and lists lint findings first", () => {
    const comparison = compareSides([caseResult({ critical: true, status: "fail" })], false);
    const lint = [{ rule: "version-bump", message: "changed", hint: "bump it", file: "p.md" }];
    const checks = promptEvalChecks(lint as never, comparison, noGates, {});
    expect(checks.map((c) => c.id)).toEqual(["lint:version-bump", "errors", "cases"]);
    expect(checks[0]).toMatchObject({ status: "fail", message: "changed — bump it" });
  });

  it("evaluates the suite's budgets as gates on the metrics", () => {
    const comparison = compareSides([caseResult({ costUsd: 0.5 })], false);
    const metrics = promptEvalMetrics(comparison, undefined, 1);
    const checks = promptEvalChecks([], comparison, { gates: [], budgets: { total_usd: 0.1 } }, metrics);
    expect(checks.find((c) => c.id === "budget:total_cost_usd")?.status).toBe("fail");
  });
});

describe("a suite without gates", () => {
  it("fails when any case fails, and a gates section overrides it", () => {
    const comparison = compareSides(
      [caseResult({ caseId: "a" }), caseResult({ caseId: "b", status: "fail", reason: "missing Cust1" })],
      false,
    );
    const [, cases] = promptEvalChecks([], comparison, noGates, {});
    expect(cases).toMatchObject({ id: "cases", status: "fail", severity: "fail", observed: "1 of 2 failed" });
    expect(cases?.examples).toEqual([{ case: "b", provider: expect.any(String), reason: "missing Cust1" }]);
    const gated = promptEvalChecks(
      [],
      comparison,
      { gates: [{ metric: "pass_rate", min: 0.5, severity: "fail" }], budgets: {} },
      {
        pass_rate: { value: 0.5 },
      },
    );
    expect(gated.map((c) => [c.id, c.status])).toEqual([
      ["errors", "pass"],
      ["gate:pass_rate", "pass"],
    ]);
  });

  it("passes when every case passes", () => {
    const comparison = compareSides([caseResult({ caseId: "a" })], false);
    expect(promptEvalChecks([], comparison, noGates, {}).find((c) => c.id === "cases")?.status).toBe("pass");
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
