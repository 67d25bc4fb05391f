import { describe, expect, it } from "vitest";
import {
  barChartMermaid,
  deltaChartMermaid,
  lineChartMermaid,
  mermaidLabel,
  mermaidNumber,
} from "./mermaid-chart.ts";
import { metricDelta } from "./metric-delta.ts";
import { PAYLOAD } from "./test-envelopes.ts";
import { mermaidBlocks, parseXychart } from "./xychart-parser.ts";

function onlyChart(markdown: string | null) {
  expect(markdown).not.toBeNull();
  const blocks = mermaidBlocks(markdown!);
  expect(blocks).toHaveLength(1);
  return parseXychart(blocks[0]!);
}

describe("mermaidLabel", () => {
  it("cannot end its string, the statement or the code fence", () => {
    const label = mermaidLabel(PAYLOAD, 200);
    expect(label).toMatch(/^"[^"`\n;#{}[\]<>]*"$/);
    expect(label).not.toContain("@");
  });

  it("keeps ordinary labels and shortens long ones", () => {
    expect(mermaidLabel("p95 latency (ms)")).toBe('"p95 latency (ms)"');
    expect(mermaidLabel("x".repeat(50), 10)).toBe(`"${"x".repeat(9)}…"`);
    expect(mermaidLabel("")).toBe('"?"');
    expect(mermaidLabel("%%{init: {}}%%")).toBe('"%(init: ())%"');
  });
});

describe("mermaidNumber", () => {
  it("writes plain decimals", () => {
    expect(mermaidNumber(0.31)).toBe("0.31");
    expect(mermaidNumber(1e-7)).toBe("0.0000001");
    expect(mermaidNumber(-2.5)).toBe("-2.5");
    expect(mermaidNumber(1 / 3)).toBe("0.333333");
  });
});

describe("barChartMermaid", () => {
  it("draws bars from zero and the threshold as a line", () => {
    const chart = onlyChart(
      barChartMermaid({
        type: "bar-chart",
        title: "Drift by column (PSI)",
        labels: ["age", "income"],
        values: [0.02, 0.31],
        threshold: 0.2,
        unit: "PSI",
      }),
    );
    expect(chart.title).toBe("Drift by column (PSI)");
    expect(chart.labels).toEqual(["age", "income"]);
    expect(chart.series).toEqual([
      { kind: "bar", values: [0.02, 0.31] },
      { kind: "line", values: [0.2, 0.2] },
    ]);
    expect(chart.yAxis.min).toBe(0);
    expect(chart.yAxis.max).toBeGreaterThan(0.31);
  });

  it("draws nothing without values", () => {
    expect(barChartMermaid({ type: "bar-chart", title: "t", labels: [], values: [] })).toBeNull();
  });
});

describe("lineChartMermaid", () => {
  it("leaves out points where a series has no value and names the series in a legend", () => {
    const markdown = lineChartMermaid({
      type: "line-chart",
      title: "AUC per window",
      labels: ["w1", "w2", "w3"],
      series: [
        { name: "champion", values: [0.9, 0.91, 0.92] },
        { name: "challenger", values: [0.91, null, 0.93] },
      ],
    });
    const chart = onlyChart(markdown);
    expect(chart.labels).toEqual(["w1", "w3"]);
    expect(chart.series.map((s) => s.values)).toEqual([
      [0.9, 0.92],
      [0.91, 0.93],
    ]);
    expect(markdown).toContain("🟦 champion · 🟧 challenger · 1 point without data left out");
  });
});

describe("deltaChartMermaid", () => {
  it("shows the size of each change coloured by better or worse", () => {
    const point = (name: string, value: number, baseline: number, greaterIsBetter: boolean) => ({
      name,
      unit: undefined,
      delta: metricDelta({ value, baseline: { value: baseline }, greaterIsBetter })!,
    });
    const markdown = deltaChartMermaid([
      point("auc", 0.92, 0.9, true),
      point("latency", 44, 40, false),
      point("zero-based", 1, 0, true),
    ]);
    const chart = onlyChart(markdown);
    expect(chart.labels).toEqual(["auc", "latency"]);
    expect(chart.series.map((s) => s.kind)).toEqual(["bar", "bar"]);
    expect(chart.series[0]!.values[0]).toBeCloseTo(2.22222, 4);
    expect(chart.series[1]!.values).toEqual([0, 10]);
    expect(chart.palette).toEqual(["#22c55e", "#ef4444"]);
    expect(chart.yAxis.min).toBe(0);
    expect(markdown).toContain("1 metric with a zero or missing baseline left out");
  });

  it("draws nothing when no metric changed", () => {
    const delta = metricDelta({ value: 1, baseline: { value: 1 }, greaterIsBetter: true })!;
    expect(deltaChartMermaid([{ name: "x", unit: undefined, delta }])).toBeNull();
  });
});
