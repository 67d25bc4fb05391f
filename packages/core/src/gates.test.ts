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

describe("MLflow MetricThreshold fields", () => {
  // As mlflow/models/evaluation/validation.py: ≥ when greater is better, ≤ otherwise.
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
  it("without a baseline, change criteria are inconclusive unless the subject is a first version", () => {
    const noBase = evaluateGate(gate({ metric: "x", min_absolute_change: 0.01 }), m(0.9));
    expect(noBase.status).toBe("inconclusive");
    expect(noBase.message).toContain("the baseline has no value for x");
    const first = evaluateGate(gate({ metric: "x", min_absolute_change: 0.01 }), m(0.9), {
      firstVersion: true,
    });
    expect(first).toMatchObject({ status: "skipped", skip: "first-version" });
    expect(first.message).toContain("first version");
    expect(
      evaluateGate(gate({ metric: "x", min: 0.95, min_absolute_change: 0.01 }), m(0.9), {
        firstVersion: true,
      }).status,
    ).toBe("fail");
    expect(
      evaluateGate(gate({ metric: "x", min: 0.85, min_absolute_change: 0.01 }), m(0.9), {
        firstVersion: true,
      }),
    ).toMatchObject({ status: "pass", message: expect.stringContaining("first version") });
  });
  it("a first version still compares when a baseline value is there after all", () => {
    const c = evaluateGate(gate({ metric: "x", min_absolute_change: 0.05 }), m(0.81, 0.8), {
      firstVersion: true,
    });
    expect(c.status).toBe("fail");
  });
});

describe("mlflow_compat: MLflow's verdicts exactly", () => {
  /**
   * mlflow/models/evaluation/validation.py `_validate`, line for line: comparator ≥ (greater is better)
   * or ≤, threshold on the value, absolute change against base ± Δ, relative change divided by the signed
   * baseline with base = 0 falling back to base ± 1e-10, and a change criterion without a baseline fails.
   */
  function mlflowPasses(
    t: { threshold?: number; min_absolute_change?: number; min_relative_change?: number },
    greaterIsBetter: boolean,
    cand: number,
    base: number | undefined,
  ): boolean {
    const cmp = (a: number, b: number) => (greaterIsBetter ? a >= b : a <= b);
    const op = (a: number, b: number) => (greaterIsBetter ? a + b : a - b);
    if (t.threshold !== undefined && !cmp(cand, t.threshold)) return false;
    if ((t.min_relative_change || t.min_absolute_change) && base === undefined) return false;
    // min_relative_change: 0 slips past that truthiness test and then raises on None arithmetic.
    if (base === undefined) return t.min_relative_change === undefined;
    if (t.min_absolute_change !== undefined && !cmp(cand, op(base, t.min_absolute_change))) return false;
    if (t.min_relative_change !== undefined) {
      if (base === 0) return cmp(cand, op(base, 1e-10));
      const relative = greaterIsBetter ? (cand - base) / base : (base - cand) / base;
      if (relative < t.min_relative_change) return false;
    }
    return true;
  }
  const verdict = (g: GateInput, value: number, baseline?: number) =>
    evaluateGate(gate(g), {
      x: {
        value,
        greaterIsBetter: g.greater_is_better,
        ...(baseline === undefined ? {} : { baseline: { value: baseline } }),
      },
    }).status;

  it("on a negative baseline, MLflow's signed division turns improvements into failures and back", () => {
    // greater is better, baseline −2: −1 is an improvement of 50% of |baseline|; MLflow computes −0.5.
    const up = { metric: "x", min_relative_change: 0.1, greater_is_better: true };
    expect(verdict(up, -1, -2)).toBe("pass");
    expect(verdict({ ...up, mlflow_compat: true }, -1, -2)).toBe("fail");
    // −3 is a 50% regression; MLflow computes +0.5 and passes it.
    expect(verdict(up, -3, -2)).toBe("fail");
    expect(verdict({ ...up, mlflow_compat: true }, -3, -2)).toBe("pass");
    // lower is better, baseline −2: −3 is better, MLflow computes (−2 − −3)/−2 = −0.5.
    const down = { metric: "x", min_relative_change: 0.1, greater_is_better: false };
    expect(verdict(down, -3, -2)).toBe("pass");
    expect(verdict({ ...down, mlflow_compat: true }, -3, -2)).toBe("fail");
    expect(verdict({ ...down, mlflow_compat: true }, -1, -2)).toBe("pass");
  });

  it("compares floating-point values without slack, as MLflow does", () => {
    // 0.8 + 0.05 is 0.8500000000000001 in binary floating point.
    const abs = { metric: "x", min_absolute_change: 0.05, greater_is_better: true };
    expect(verdict(abs, 0.85, 0.8)).toBe("pass");
    expect(verdict({ ...abs, mlflow_compat: true }, 0.85, 0.8)).toBe("fail");
    const threshold = { metric: "x", threshold: 0.8, greater_is_better: true };
    expect(verdict(threshold, 0.7999999999999999)).toBe("pass");
    expect(verdict({ ...threshold, mlflow_compat: true }, 0.7999999999999999)).toBe("fail");
  });

  it("fails a change criterion without a baseline, first version included, unless the gate is optional", () => {
    const g = gate({ metric: "x", min_absolute_change: 0.01, greater_is_better: true, mlflow_compat: true });
    const metrics = { x: { value: 0.9 } };
    const first = evaluateGate(g, metrics, { firstVersion: true });
    expect(first.status).toBe("fail");
    expect(first.message).toContain("MLflow fails a change criterion without one");
    expect(evaluateGate({ ...g, optional: true }, metrics, { firstVersion: true })).toMatchObject({
      status: "skipped",
      skip: "optional",
    });
  });

  it("agrees with MLflow's rule on a grid of values, negative and zero baselines included", () => {
    const values = [-2, -1, -0.5, -1e-11, 0, 1e-10, 0.3, 0.8, 0.85, 1, 2];
    const thresholds = [
      { threshold: 0.8 },
      { min_absolute_change: 0.05 },
      { min_relative_change: 0.1 },
      { min_relative_change: 0 },
      { threshold: -1, min_absolute_change: 0.5, min_relative_change: 0.25 },
    ];
    let compared = 0;
    for (const t of thresholds)
      for (const greaterIsBetter of [true, false])
        for (const cand of values)
          for (const base of [...values, undefined]) {
            const expected = mlflowPasses(t, greaterIsBetter, cand, base) ? "pass" : "fail";
            const g = { metric: "x", ...t, greater_is_better: greaterIsBetter, mlflow_compat: true };
            expect([t, greaterIsBetter, cand, base, verdict(g, cand, base)]).toEqual([
              t,
              greaterIsBetter,
              cand,
              base,
              expected,
            ]);
            compared++;
          }
    expect(compared).toBe(5 * 2 * 11 * 12);
  });

  it("accepts MLflow's fields only", () => {
    expect(() => gate({ metric: "x", max_regression: 0.1, mlflow_compat: true })).toThrow(
      /mlflow_compat applies to MLflow's own criteria/,
    );
    expect(() => gate({ metric: "x", threshold: 0.1, min_samples: 10, mlflow_compat: true })).not.toThrow();
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
