import { type Envelope, EnvelopeSchema } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { extent, MAX_BARS, MAX_SERIES, reduceBarChart, reduceLineChart } from "./chart-limits.ts";
import { renderHtml } from "./html-report.ts";
import { renderMarkdown } from "./markdown-report.ts";

const MILLION = 1_000_000;
const labels = Array.from({ length: MILLION }, (_, i) => `column ${i}`);

function huge(): Envelope {
  return EnvelopeSchema.parse({
    schemaVersion: 1,
    kind: "data-validation",
    subject: { type: "dataset", name: "wide" },
    status: "pass",
    startedAt: "2024-05-01T10:00:00Z",
    durationMs: 1,
    metrics: Object.fromEntries(
      Array.from({ length: 5000 }, (_, i) => [`m${i}`, { value: i + 1, baseline: { value: i + 2 } }]),
    ),
    checks: [],
    artifacts: [],
    lineage: {},
    details: [
      {
        type: "bar-chart",
        title: "drift",
        labels,
        values: labels.map((_, i) => (i === 123_456 ? 50 : (i % 1000) / 1000)),
        threshold: 1,
      },
      {
        type: "line-chart",
        title: "over time",
        labels,
        series: Array.from({ length: MAX_SERIES + 1 }, (_, s) => ({
          name: `s${s}`,
          values: s < 6 ? labels.map((_, i) => i + s) : [1, 2],
        })),
      },
    ],
  });
}

describe("chart limits", () => {
  it("finds the extent of a million values", () => {
    expect(extent(labels.map((_, i) => i - 5))).toEqual({ min: -5, max: MILLION - 6 });
    expect(extent([])).toBeUndefined();
  });

  it("keeps the largest bars in their order and stands for the rest with one", () => {
    const { detail, notes } = reduceBarChart(
      { type: "bar-chart", title: "t", labels: ["a", "b", "c", "d", "e"], values: [1, -9, 3, 2, 0.5] },
      3,
    );
    expect(detail.labels).toEqual(["b", "c", "3 others (largest)"]);
    expect(detail.values).toEqual([-9, 3, 2]);
    expect(notes).toEqual(["5 bars: the 2 largest drawn, the other 3 shown by their largest in the last"]);
    const small = reduceBarChart({ type: "bar-chart", title: "t", labels: ["a", "b"], values: [1] });
    expect(small).toEqual({
      detail: { type: "bar-chart", title: "t", labels: ["a"], values: [1] },
      notes: [],
    });
  });

  it("averages consecutive points beyond the cap and draws the first series only up to the cap", () => {
    const { detail, notes } = reduceLineChart(
      {
        type: "line-chart",
        title: "t",
        labels: ["a", "b", "c", "d", "e"],
        series: [{ name: "x", values: [1, 3, null, 5, 7] }],
      },
      2,
    );
    expect(detail.labels).toEqual(["a", "d"]);
    expect(detail.series).toEqual([{ name: "x", values: [2, 6] }]);
    expect(notes).toEqual(["5 points averaged in groups of 3"]);
  });

  it("renders a report whose charts have a million labels, degraded and within bounds", () => {
    const envelope = huge();
    const html = renderHtml([envelope], {});
    const bars = [...html.matchAll(/<rect class="mark bar/g)].length;
    expect(bars).toBe(MAX_BARS);
    expect(html).toContain("column 123456");
    expect(html).toMatch(/1000000 bars: the 39 largest drawn/);
    expect(html).toMatch(/1 more series not drawn; 1000000 points averaged in groups of 2000/);
    expect([...html.matchAll(/<path class="mark line/g)].length).toBe(MAX_SERIES);
    expect(html.length).toBeLessThan(3_000_000);

    const markdown = renderMarkdown([envelope], { flavor: "comment" });
    expect(markdown.match(/… 999950 more rows/g)).toHaveLength(2);
    expect(markdown).toContain(`|  | ${Array.from({ length: MAX_SERIES }, (_, s) => `s${s}`).join(" | ")} |`);
    expect(markdown).toContain("1 more series in the full report");
    expect(markdown).toContain("… 4950 more metrics");
    expect(markdown.length).toBeLessThan(65_536);
  });
});
