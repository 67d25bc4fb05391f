import { describe, expect, it } from "vitest";
import { checkLabel, orderChecks } from "./status-labels.ts";

describe("checkLabel", () => {
  it("shows inconclusive as insufficient data, never as a pass", () => {
    expect(checkLabel({ status: "inconclusive", severity: "fail" })).toEqual({
      icon: "❔",
      word: "insufficient data",
    });
  });

  it("shows a failure that only warns as a warning", () => {
    expect(checkLabel({ status: "fail", severity: "fail" })).toEqual({ icon: "❌", word: "fail" });
    expect(checkLabel({ status: "fail", severity: "warn" })).toEqual({ icon: "⚠️", word: "warning" });
  });
});

describe("orderChecks", () => {
  it("lists errors, failures and undecided checks first, blocking before warning", () => {
    const checks = [
      { id: "pass", status: "pass", severity: "fail" },
      { id: "warn-fail", status: "fail", severity: "warn" },
      { id: "skipped", status: "skipped", severity: "fail" },
      { id: "inconclusive", status: "inconclusive", severity: "fail" },
      { id: "fail", status: "fail", severity: "fail" },
      { id: "error", status: "error", severity: "warn" },
    ] as const;
    expect(orderChecks(checks).map((c) => c.id)).toEqual([
      "error",
      "fail",
      "warn-fail",
      "inconclusive",
      "skipped",
      "pass",
    ]);
  });
});
