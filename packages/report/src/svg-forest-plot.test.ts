import { describe, expect, it } from "vitest";
import type { DeltaPoint } from "./delta-order.ts";
import { metricDelta } from "./metric-delta.ts";
import { forestPlotSvg } from "./svg-forest-plot.ts";

function point(
  name: string,
  unit: string | undefined,
  value: number,
  lower: number,
  upper: number,
): DeltaPoint {
  const delta = metricDelta({
    value: 1 + value,
    baseline: { value: 1 },
    delta: { value, ci: { lower, upper, level: 0.95 } },
    greaterIsBetter: false,
    ...(unit ? { unit } : {}),
  })!;
  return { name, unit, delta, evaluation: "LLM eval", gate: null };
}

/** The x of each row's point, in row order. */
function pointsX(svg: string): number[] {
  return [...svg.matchAll(/<circle class="mark point [^"]*" cx="([\d.]+)"/g)].map((m) => Number(m[1]));
}

describe("forestPlotSvg", () => {
  it("draws rows of one unit on one scale, so a tiny change stays near zero beside a large one", () => {
    const svg = forestPlotSvg([
      point("cost", "USD", 0.000006, 0.000001, 0.000011),
      point("judge cost", "USD", 0.02, 0.01, 0.03),
    ]);
    const zero = Number(/<line class="zero" x1="([\d.]+)"/.exec(svg)![1]);
    const [tiny, large] = pointsX(svg).map((x) => x - zero);
    expect(Math.abs(tiny!)).toBeLessThan(1);
    expect(large!).toBeGreaterThan(80);
  });

  it("gives rows of different units their own scales", () => {
    const svg = forestPlotSvg([
      point("cost", "USD", 0.000006, 0.000003, 0.000009),
      point("p95", "ms", 20, 10, 30),
    ]);
    const zero = Number(/<line class="zero" x1="([\d.]+)"/.exec(svg)![1]);
    const [cost, latency] = pointsX(svg).map((x) => x - zero);
    expect(cost).toBeCloseTo(latency!, 0);
  });

  it("greys out a change whose interval includes zero and says it is noise", () => {
    const svg = forestPlotSvg([point("latency", "ms", 3, -1, 7), point("cost", "USD", 2, 1, 3)]);
    expect(svg.match(/class="mark point [\w ]+"/g)).toEqual([
      'class="mark point unclear noise"',
      'class="mark point worse"',
    ]);
    expect(svg).toContain("+3 ms [−1, +7] noise");
  });
});
