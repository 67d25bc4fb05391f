import { describe, expect, it } from "vitest";
import { MAX_XY_POINTS, xyChartSvg } from "./svg-xy-chart.ts";

const roc = {
  type: "xy-chart" as const,
  title: "ROC curve",
  xLabel: "false positive rate",
  yLabel: "true positive rate",
  diagonal: true,
  series: [
    { name: "challenger", x: [0, 0.1, 1], y: [0, 0.6, 1] },
    { name: "champion", x: [0, 0.2, 1], y: [0, 0.5, 1] },
  ],
};

describe("xyChartSvg", () => {
  it("draws one path per series on square axes, with the diagonal as the reference", () => {
    const svg = xyChartSvg(roc);
    const paths = [...svg.matchAll(/<path class="mark line (s\d)" d="([^"]*)"/g)];
    expect(paths.map((m) => m[1])).toEqual(["s0", "s1"]);
    // (0, 0) bottom left and (1, 1) top right of a 320-pixel square starting at (52, 12).
    expect(paths[0]![2]).toMatch(/^M52,332L84,140L372,12$/);
    expect(svg).toContain('<line class="zero" x1="52" y1="332" x2="372" y2="12"/>');
    expect(svg).toContain(">challenger</text>");
    expect(svg).toContain(">true positive rate</text>");
  });

  it("marks the points of short series (calibration bins) and names them in tooltips", () => {
    const svg = xyChartSvg(roc);
    expect(svg.match(/class="mark dot s0"/g)).toHaveLength(3);
    expect(svg).toContain("<title>challenger: false positive rate 0.1, true positive rate 0.6</title>");
  });

  it("skips non-finite points and thins long series", () => {
    const x = Array.from({ length: 2000 }, (_, i) => i / 1999);
    const svg = xyChartSvg({ ...roc, series: [{ name: "long", x: [Number.NaN, ...x], y: [0, ...x] }] });
    const d = /<path class="mark line s0" d="([^"]*)"/.exec(svg)![1]!;
    expect(d.split(/[ML]/).filter(Boolean).length).toBeLessThanOrEqual(MAX_XY_POINTS + 1);
    expect(d.endsWith("L372,12")).toBe(true);
    expect(svg).not.toContain("NaN");
    expect(svg).toContain(`; long series thinned to about ${MAX_XY_POINTS} points"`);
  });
});
