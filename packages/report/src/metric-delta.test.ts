import { describe, expect, it } from "vitest";
import { deltaLabel, metricDelta } from "./metric-delta.ts";

const ci = (lower: number, upper: number) => ({ lower, upper, level: 0.95 });

describe("metricDelta", () => {
  it("prefers the reported delta and its interval", () => {
    const delta = metricDelta({
      value: 0.912,
      baseline: { value: 0.9 },
      delta: { value: 0.011, ci: ci(0.004, 0.018) },
      greaterIsBetter: true,
    });
    expect(delta).toMatchObject({ value: 0.011, direction: "better" });
    expect(delta?.relative).toBeCloseTo(0.011 / 0.9);
  });

  it("computes value − baseline when no delta was reported", () => {
    expect(metricDelta({ value: 41.5, baseline: { value: 38 }, greaterIsBetter: false })).toMatchObject({
      value: 3.5,
      direction: "worse",
    });
  });

  it("calls an interval that includes zero unclear, whatever the point estimate", () => {
    const delta = metricDelta({ value: 1, delta: { value: -0.2, ci: ci(-0.5, 0.1) }, greaterIsBetter: true });
    expect(delta?.direction).toBe("unclear");
    expect(deltaLabel(delta!)).toBe("⚪ noise");
  });

  it("has no direction without greaterIsBetter, and no delta without a baseline", () => {
    const delta = metricDelta({ value: 3, baseline: { value: 0 } });
    expect(delta).toMatchObject({ value: 3, direction: "neutral", relative: undefined });
    expect(deltaLabel(delta!)).toBe("");
    expect(metricDelta({ value: 3 })).toBeUndefined();
    expect(metricDelta({ value: null, baseline: { value: 1 } })).toBeUndefined();
  });

  it("names better and worse in words beside the colour", () => {
    expect(deltaLabel(metricDelta({ value: 0.2, baseline: { value: 0.3 }, greaterIsBetter: false })!)).toBe(
      "🟢 better",
    );
    expect(deltaLabel(metricDelta({ value: 0.2, baseline: { value: 0.3 }, greaterIsBetter: true })!)).toBe(
      "🔴 worse",
    );
  });
});
