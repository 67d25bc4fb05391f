import { describe, expect, it } from "vitest";
import { backtestSummary } from "./backtest-summary.ts";

describe("backtestSummary", () => {
  it("gives the primary metric and its change against the champion with the interval", () => {
    const metric = {
      value: 0.81234,
      delta: { value: 0.04321, ci: { lower: 0.01, upper: 0.0765, level: 0.95 } },
    };
    expect(backtestSummary("roc_auc", metric, "1.2.0")).toBe(
      "roc_auc 0.8123, Δ +0.04321 [0.01, 0.0765] vs champion 1.2.0",
    );
    expect(backtestSummary("rmse", { value: 2, delta: { value: -0.5 } }, "3")).toBe(
      "rmse 2, Δ -0.5 vs champion 3",
    );
  });

  it("says when there is no champion or no value", () => {
    expect(backtestSummary("roc_auc", { value: 0.8 }, undefined)).toBe(
      "roc_auc 0.8; first model (no champion)",
    );
    expect(backtestSummary("roc_auc", { value: null }, "1.0.0")).toBe("vs champion 1.0.0");
    expect(backtestSummary("roc_auc", undefined, undefined)).toBe("first model (no champion)");
  });
});
