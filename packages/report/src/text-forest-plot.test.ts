import { describe, expect, it } from "vitest";
import type { DeltaPoint } from "./delta-order.ts";
import { metricDelta } from "./metric-delta.ts";
import { textForestPlot } from "./text-forest-plot.ts";

function point(
  name: string,
  unit: string | undefined,
  value: number,
  ci: [number, number],
  gate: DeltaPoint["gate"] = { status: "pass", severity: "fail" },
): DeltaPoint {
  return {
    name,
    unit,
    delta: metricDelta({
      value: 1 + value,
      baseline: { value: 1 },
      delta: { value, ci: { lower: ci[0], upper: ci[1], level: 0.95 } },
      greaterIsBetter: true,
      ...(unit ? { unit } : {}),
    })!,
    evaluation: "Backtest",
    gate,
  };
}

/** The column of the zero line (or the point drawn on it) in each row. */
const LABEL = 22;
const ZERO = LABEL + 1 + 12;

describe("textForestPlot", () => {
  const lines = textForestPlot([
    point("recall", "ratio", -0.04, [-0.06, -0.02], { status: "fail", severity: "fail" }),
    point("a very long metric name that would overlap the plot", undefined, 0.05, [0.04, 0.06]),
    point("log loss", undefined, 0.002, [-0.003, 0.007]),
  ]).split("\n");

  it("marks zero above rows kept in the given order, each label cut to one width so nothing overlaps", () => {
    expect(lines[0]).toBe(`${" ".repeat(ZERO)}0`);
    expect(lines[1]!.startsWith("recall ")).toBe(true);
    expect(lines[2]!.slice(0, LABEL)).toBe("a very long metric na…");
    expect(lines[3]!.startsWith("log loss ")).toBe(true);
    for (const row of lines.slice(1, 4)) expect("│┼●○").toContain([...row][ZERO]);
  });

  it("draws an interval clear of zero solid, and one across zero dashed, hollow and called noise", () => {
    expect(lines[1]).toMatch(/├─*●─*┤ *│/);
    expect(lines[1]).toContain("−4 pp [−6, −2]  worse · gate fail");
    expect(lines[2]).toMatch(/│ *├─*●─*┤/);
    expect(lines[2]).toContain("better · gate pass");
    expect(lines[3]).toMatch(/├[╌┼]*○[╌┼]*┤/);
    expect(lines[3]).toContain("+0.002 [−0.003, +0.007]  noise · gate pass");
    expect(lines[3]).not.toContain("●");
  });

  it("shares one scale per unit and says where its edges are", () => {
    const plot = textForestPlot([
      point("cost", "USD", 0.000006, [0.000002, 0.00001]),
      point("judge cost", "USD", 1, [0.5, 1.5]),
      point("latency", "ms", 0.001, [0.0005, 0.0015]),
    ]).split("\n");
    // The tiny cost change sits on zero beside the large one; latency has a scale of its own.
    expect([...plot[1]!][ZERO]).toBe("●");
    expect([...plot[2]!].indexOf("●")).toBeGreaterThan(ZERO + 5);
    expect([...plot[3]!].indexOf("●")).toBeGreaterThan(ZERO + 5);
    expect(plot[4]).toBe("plot edges: ±1.5 USD · ±0.0015 ms");
  });

  it("names the evaluation of each row when rows come from several", () => {
    const other = { ...point("p95 latency", "ms", 3, [1, 5]), evaluation: "Backtest" };
    const llm = { ...point("p95 latency", "ms", 200, [150, 250]), evaluation: "LLM eval" };
    const plot = textForestPlot([llm, other]).split("\n");
    expect(plot[1]).toMatch(/ · LLM eval$/);
    expect(plot[2]).toMatch(/ · Backtest$/);
    expect(lines[1]).not.toContain("Backtest");
  });

  it("keeps each row on one line whatever the names and units hold", () => {
    const hostile = { ...point("a\nb", "ms\nx", 1, [0.5, 1.5]), evaluation: "one\ntwo" };
    const plot = textForestPlot([hostile, point("c", undefined, 1, [0.5, 1.5])]).split("\n");
    expect(plot).toHaveLength(4);
    expect(plot[1]).toMatch(/^a b {19}/);
    expect(plot[1]).toContain("ms x");
    expect(plot[1]).toMatch(/ · one two$/);
  });

  it("counts what it leaves out", () => {
    const plot = textForestPlot([point("auc", undefined, 0.01, [0.005, 0.015])], 4);
    expect(plot.split("\n").at(-1)).toBe("… 4 more gated changes in the evaluations below");
  });
});
