import type { Check, Envelope } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { backtest, dataValidation, errored, llmEval } from "./test-envelopes.ts";
import { countChecks, orderEnvelopes, overallStatus, verdictText } from "./verdict.ts";

function withChecks(status: Envelope["status"], checks: Pick<Check, "status" | "severity">[]): Envelope {
  return {
    ...llmEval,
    status,
    checks: checks.map((c, i) => ({ id: `c${i}`, title: `check ${i}`, ...c })),
  };
}

describe("overallStatus", () => {
  it("is the worst status", () => {
    expect(overallStatus([llmEval, backtest])).toBe("warn");
    expect(overallStatus([llmEval, dataValidation, backtest])).toBe("fail");
    expect(overallStatus([dataValidation, errored])).toBe("error");
  });

  it("leaves empty input to the caller: nothing failed", () => {
    expect(overallStatus([])).toBe("pass");
  });
});

describe("countChecks", () => {
  it("separates required failures, warnings and undecided checks", () => {
    expect(countChecks(dataValidation)).toEqual({
      failed: 1,
      warnings: 1,
      inconclusive: 1,
      requiredInconclusive: 1,
      passed: 41,
      skipped: 1,
      total: 45,
    });
  });
});

describe("verdictText", () => {
  it("says all passed only when nothing needs attention", () => {
    expect(verdictText([llmEval])).toBe("All gates passed");
    expect(verdictText([llmEval, llmEval])).toBe("All gates passed in 2 evaluations");
  });

  it("leads with the worst news and counts evaluations", () => {
    expect(verdictText([llmEval, backtest, dataValidation, errored])).toBe(
      "1 of 4 evaluations errored; 1 required gate failed, 1 had insufficient data in 1 of 4 evaluations; 2 warnings",
    );
    expect(verdictText([errored])).toBe("1 evaluation errored");
  });

  it("counts failed required gates across evaluations", () => {
    const a = withChecks("fail", [{ status: "fail", severity: "fail" }]);
    const b = withChecks("fail", [
      { status: "fail", severity: "fail" },
      { status: "error", severity: "fail" },
    ]);
    expect(verdictText([a, b, llmEval])).toBe("3 required gates failed in 2 of 3 evaluations");
  });

  it("never reports insufficient data as a pass", () => {
    const undecided = withChecks("fail", [{ status: "inconclusive", severity: "fail" }]);
    expect(verdictText([undecided])).toBe("1 required gate had insufficient data");
    const soft = withChecks("warn", [{ status: "inconclusive", severity: "warn" }]);
    expect(verdictText([soft])).toBe("1 warning");
  });

  it("reports an evaluation that failed without a failing check", () => {
    expect(verdictText([withChecks("fail", []), llmEval])).toBe("1 of 2 evaluations failed");
    expect(verdictText([withChecks("warn", [])])).toBe("1 evaluation with warnings");
  });

  it("says when there is nothing to judge", () => {
    expect(verdictText([])).toBe("No evaluation results were found");
  });
});

describe("orderEnvelopes", () => {
  it("puts errors, then failures, then warnings first, keeping input order among equals", () => {
    const secondPass = { ...llmEval, title: "second" };
    expect(orderEnvelopes([llmEval, backtest, secondPass, dataValidation, errored])).toEqual([
      errored,
      dataValidation,
      backtest,
      llmEval,
      secondPass,
    ]);
  });
});
