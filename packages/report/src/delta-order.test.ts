import type { Check } from "@mlops/core";
import { describe, expect, it } from "vitest";
import {
  DECISIVE_DELTAS,
  type DeltaPoint,
  decisiveDeltas,
  gateOf,
  orderDeltas,
  standardizedChange,
} from "./delta-order.ts";
import { metricDelta } from "./metric-delta.ts";

function point(
  name: string,
  delta: { value: number; ci?: [number, number] },
  gate: DeltaPoint["gate"] = { status: "pass", severity: "fail" },
): DeltaPoint {
  const ci = delta.ci ? { lower: delta.ci[0], upper: delta.ci[1], level: 0.95 } : undefined;
  return {
    name,
    unit: undefined,
    delta: metricDelta({
      value: 1 + delta.value,
      baseline: { value: 1 },
      delta: { value: delta.value, ...(ci ? { ci } : {}) },
      greaterIsBetter: true,
    })!,
    evaluation: "Backtest",
    gate,
  };
}

describe("standardizedChange", () => {
  it("measures the change in half-widths of its interval", () => {
    expect(standardizedChange(point("a", { value: 0.02, ci: [0.01, 0.03] }).delta)).toBeCloseTo(2);
    expect(standardizedChange(point("a", { value: -0.02, ci: [-0.03, -0.01] }).delta)).toBeCloseTo(2);
    expect(standardizedChange(point("a", { value: 0.02 }).delta)).toBeUndefined();
  });
});

describe("orderDeltas", () => {
  it("puts blocking gates first, then warning ones, then the largest standardized change", () => {
    const ordered = orderDeltas([
      point("small", { value: 0.01, ci: [0.005, 0.015] }),
      point("no interval", { value: 0.5 }),
      point("large", { value: 0.01, ci: [0.009, 0.011] }),
      point("warns", { value: 0.001, ci: [-0.01, 0.012] }, { status: "fail", severity: "warn" }),
      point("blocks", { value: -0.001, ci: [-0.002, 0] }, { status: "fail", severity: "fail" }),
      point("undecided", { value: 0.001, ci: [-1, 1] }, { status: "inconclusive", severity: "fail" }),
    ]);
    expect(ordered.map((p) => p.name)).toEqual([
      "blocks",
      "undecided",
      "warns",
      "large",
      "small",
      "no interval",
    ]);
  });
});

describe("decisiveDeltas", () => {
  it("keeps only changes a gate judged, at most five, and counts the rest", () => {
    const points = [
      point("ungated", { value: 9, ci: [8, 10] }, null),
      ...Array.from({ length: 7 }, (_, i) => point(`m${i}`, { value: i + 1, ci: [i, i + 2] })),
    ];
    const { shown, more } = decisiveDeltas(points);
    expect(shown).toHaveLength(DECISIVE_DELTAS);
    expect(shown.map((p) => p.name)).not.toContain("ungated");
    expect(shown[0]!.name).toBe("m6");
    expect(more).toBe(2);
  });
});

describe("gateOf", () => {
  it("takes the worst of the checks that cite the metric", () => {
    const checks: Check[] = [
      { id: "a", title: "auc min", status: "pass", severity: "fail", metric: "auc" },
      { id: "b", title: "auc vs champion", status: "fail", severity: "warn", metric: "auc" },
      { id: "c", title: "loss", status: "fail", severity: "fail", metric: "loss" },
    ];
    expect(gateOf(checks, "auc")?.id).toBe("b");
    expect(gateOf(checks, "recall")).toBeNull();
  });
});
