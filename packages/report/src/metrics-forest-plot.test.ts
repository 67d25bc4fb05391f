import type { Metric } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { metricsForestPlot } from "./metrics-forest-plot.ts";

const metric = (delta: number, lower: number, upper: number): Metric => ({
  value: 0.1 + delta,
  greaterIsBetter: false,
  baseline: { value: 0.1 },
  delta: { value: delta, ci: { lower, upper, level: 0.95 } },
});

describe("metricsForestPlot", () => {
  it("draws each change against the baseline with its interval, the gated one first, and counts what it leaves out", () => {
    const plot = metricsForestPlot(
      {
        a: metric(0.01, -0.02, 0.04),
        b: metric(0.08, 0.05, 0.11),
        gated: metric(0.02, 0.01, 0.03),
        unchanged: { value: 0.3 },
      },
      [{ id: "g", title: "g", status: "fail", severity: "fail", metric: "gated", gate: true }],
      2,
    )!;
    const lines = plot.split("\n");
    expect(lines[1]).toMatch(/^gated\s+.*●.*worse · gate/);
    expect(lines[2]).toMatch(/^b\s+.*├─*●─*┤.*worse$/);
    expect(plot).not.toMatch(/^a /m);
    expect(lines.at(-1)).toBe("… 1 more change in the metrics table");
  });

  it("has nothing to draw without a baseline", () => {
    expect(metricsForestPlot({ a: { value: 0.2 } }, [], 5)).toBeUndefined();
  });
});
