import { describe, expect, it } from "vitest";
import type { Metric } from "./envelope.ts";
import { checkEffect, statusFromChecks } from "./envelope.ts";
import { evaluateGate, evaluateGates, type GateInput, GateSchema } from "./gates.ts";

const gate = (g: GateInput) => GateSchema.parse(g);
const ci = (lower: number, upper: number) => ({ lower, upper, level: 0.95 });

describe("absolute bounds", () => {
  const metrics: Record<string, Metric> = { accuracy: { value: 0.85, greaterIsBetter: true } };
  it("passes and fails on min/max", () => {
    expect(evaluateGate(gate({ metric: "accuracy", min: 0.8 }), metrics).status).toBe("pass");
    expect(evaluateGate(gate({ metric: "accuracy", min: 0.9 }), metrics).status).toBe("fail");
    expect(evaluateGate(gate({ metric: "accuracy", max: 0.85 }), metrics).status).toBe("pass");
    expect(evaluateGate(gate({ metric: "accuracy", min: 0.8, max: 0.84 }), metrics).status).toBe("fail");
  });
  it("reports observed and expected for a reader", () => {
    const c = evaluateGate(gate({ metric: "accuracy", min: 0.9 }), metrics);
    expect(c).toMatchObject({ id: "gate:accuracy", observed: "0.85", expected: "≥ 0.9", severity: "fail" });
    expect(c.message).toContain("below 0.9");
  });
  it("treats an uncomputable metric as inconclusive, never a pass", () => {
    const c = evaluateGate(gate({ metric: "auc", min: 0.5 }), { auc: { value: null } });
    expect(c.status).toBe("inconclusive");
    expect(checkEffect(c)).toBe("fail");
    const why = { auc: { value: null, unavailable: "the labels hold one class" } };
    expect(evaluateGate(gate({ metric: "auc", min: 0.5 }), why).message).toBe(
      "the metric could not be computed: the labels hold one class",
    );
  });
  it("names a missing metric and suggests the closest one", () => {
    const c = evaluateGate(gate({ metric: "acuracy", min: 0.5 }), metrics);
    expect(c.status).toBe("error");
    expect(c.message).toContain('did you mean "accuracy"');
  });
});

describe("MLflow MetricThreshold semantics", () => {
  // Mirrors mlflow/models/evaluation/validation.py: ≥ when greater is better, ≤ otherwise.
  const m = (value: number, baseline?: number, greaterIsBetter = true): Record<string, Metric> => ({
    x: { value, greaterIsBetter, ...(baseline === undefined ? {} : { baseline: { value: baseline } }) },
  });
  it("threshold follows greater_is_better", () => {
    expect(evaluateGate(gate({ metric: "x", threshold: 0.8, greater_is_better: true }), m(0.8)).status).toBe(
      "pass",
    );
    expect(
      evaluateGate(gate({ metric: "x", threshold: 0.8, greater_is_better: false }), m(0.81)).status,
    ).toBe("fail");
    expect(evaluateGate(gate({ metric: "x", threshold: 0.8, greater_is_better: false }), m(0.8)).status).toBe(
      "pass",
    );
  });
  it("min_absolute_change: candidate ≥ baseline + Δ (exact at the boundary despite floating point)", () => {
    expect(evaluateGate(gate({ metric: "x", min_absolute_change: 0.05 }), m(0.85, 0.8)).status).toBe("pass");
    expect(evaluateGate(gate({ metric: "x", min_absolute_change: 0.05 }), m(0.849, 0.8)).status).toBe("fail");
    expect(evaluateGate(gate({ metric: "x", min_absolute_change: 0.05 }), m(0.75, 0.8, false)).status).toBe(
      "pass",
    );
  });
  it("min_relative_change: (cand − base)/base ≥ r, and a zero baseline needs any strict improvement", () => {
    expect(evaluateGate(gate({ metric: "x", min_relative_change: 0.1 }), m(0.88, 0.8)).status).toBe("pass");
    expect(evaluateGate(gate({ metric: "x", min_relative_change: 0.1 }), m(0.87, 0.8)).status).toBe("fail");
    expect(evaluateGate(gate({ metric: "x", min_relative_change: 0.1 }), m(1e-9, 0)).status).toBe("pass");
    expect(evaluateGate(gate({ metric: "x", min_relative_change: 0.1 }), m(0, 0)).status).toBe("fail");
    // lower is better: (base − cand)/base ≥ r
    expect(evaluateGate(gate({ metric: "x", min_relative_change: 0.1 }), m(0.9, 1, false)).status).toBe(
      "pass",
    );
  });
  it("rejects out-of-range MLflow fields as MLflow does", () => {
    expect(() => gate({ metric: "x", min_relative_change: 1.5 })).toThrow();
    expect(() => gate({ metric: "x", min_absolute_change: -0.1 })).toThrow();
    expect(() => gate({ metric: "x" })).toThrow(/at least one criterion/);
  });
  it("needs a direction for direction-dependent criteria", () => {
    const c = evaluateGate(gate({ metric: "y", threshold: 1 }), { y: { value: 2 } });
    expect(c.status).toBe("error");
    expect(c.message).toContain("greater_is_better");
  });
  it("without a baseline, change criteria are skipped (first model) and absolute ones still decide", () => {
    const skipped = evaluateGate(gate({ metric: "x", min_absolute_change: 0.01 }), m(0.9));
    expect(skipped.status).toBe("skipped");
    expect(skipped.message).toContain("first version");
    expect(evaluateGate(gate({ metric: "x", min: 0.95, min_absolute_change: 0.01 }), m(0.9)).status).toBe(
      "fail",
    );
  });
});

describe("point regressions", () => {
  it("max_regression and max_relative_regression bound the worsening", () => {
    const metrics: Record<string, Metric> = {
      rmse: { value: 10.4, baseline: { value: 10 }, greaterIsBetter: false },
    };
    expect(evaluateGate(gate({ metric: "rmse", max_regression: 0.5 }), metrics).status).toBe("pass");
    expect(evaluateGate(gate({ metric: "rmse", max_regression: 0.3 }), metrics).status).toBe("fail");
    expect(evaluateGate(gate({ metric: "rmse", max_relative_regression: 0.05 }), metrics).status).toBe(
      "pass",
    );
    expect(evaluateGate(gate({ metric: "rmse", max_relative_regression: 0.03 }), metrics).status).toBe(
      "fail",
    );
  });
});

describe("statistical comparison on the delta's interval", () => {
  const withDelta = (lower: number, upper: number, greaterIsBetter = true): Record<string, Metric> => ({
    auc: {
      value: 0.8 + (lower + upper) / 2,
      baseline: { value: 0.8 },
      delta: { value: (lower + upper) / 2, ci: ci(lower, upper) },
      greaterIsBetter,
      n: 5000,
    },
  });
  const ni = gate({ metric: "auc", non_inferiority_margin: 0.01 });
  it("non-inferiority passes when the whole interval is above −margin", () => {
    expect(evaluateGate(ni, withDelta(-0.005, 0.02)).status).toBe("pass");
  });
  it("non-inferiority fails when the whole interval is below −margin", () => {
    const c = evaluateGate(ni, withDelta(-0.05, -0.02));
    expect(c.status).toBe("fail");
  });
  it("an interval that crosses the margin is inconclusive and blocks at fail severity", () => {
    const c = evaluateGate(ni, withDelta(-0.03, 0.01));
    expect(c.status).toBe("inconclusive");
    expect(c.message).toContain("not enough evidence");
    expect(statusFromChecks([c])).toBe("fail");
    const warnOnly = evaluateGate(gate({ metric: "auc", non_inferiority_margin: 0.01, severity: "warn" }), {
      ...withDelta(-0.03, 0.01),
    });
    expect(statusFromChecks([warnOnly])).toBe("warn");
  });
  it("superiority needs the whole interval above the margin", () => {
    const sup = gate({ metric: "auc", superiority_margin: 0 });
    expect(evaluateGate(sup, withDelta(0.001, 0.02)).status).toBe("pass");
    expect(evaluateGate(sup, withDelta(-0.001, 0.02)).status).toBe("inconclusive");
    expect(evaluateGate(sup, withDelta(-0.02, -0.001)).status).toBe("fail");
  });
  it("orients the interval when lower is better", () => {
    // A drop in log loss is an improvement.
    const sup = gate({ metric: "auc", superiority_margin: 0 });
    expect(evaluateGate(sup, withDelta(-0.02, -0.001, false)).status).toBe("pass");
    expect(evaluateGate(ni, withDelta(0.02, 0.05, false)).status).toBe("fail");
  });
  it("without an interval a statistical criterion is inconclusive, not a pass", () => {
    const c = evaluateGate(ni, { auc: { value: 0.9, baseline: { value: 0.8 }, greaterIsBetter: true } });
    expect(c.status).toBe("inconclusive");
    expect(c.message).toContain("no confidence interval");
  });
  it("min_samples makes a small sample inconclusive", () => {
    const c = evaluateGate(gate({ metric: "auc", min: 0.5, min_samples: 10_000 }), withDelta(0.01, 0.02));
    expect(c.status).toBe("inconclusive");
    expect(c.message).toContain("only 5000 samples");
  });
});

describe("evaluateGates", () => {
  it("gives two gates on one metric distinct ids", () => {
    const checks = evaluateGates([gate({ metric: "a", min: 0 }), gate({ metric: "a", max: 1 })], {
      a: { value: 0.5 },
    });
    expect(checks.map((c) => c.id)).toEqual(["gate:a", "gate:a#2"]);
  });
});
