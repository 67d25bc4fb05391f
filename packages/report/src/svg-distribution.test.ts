import { describe, expect, it } from "vitest";
import { distributionSvg, MAX_DISTRIBUTION_BINS } from "./svg-distribution.ts";

const numeric = {
  type: "distribution" as const,
  title: "humidity",
  column: "humidity",
  numeric: true,
  drifted: true,
  bins: ["[0, 50)", "[50, 100]"],
  reference: [0.75, 0.25],
  current: [0.25, 0.75],
};

const heights = (svg: string, side: string) =>
  [...svg.matchAll(new RegExp(`class="mark bar ${side}"[^>]*height="([\\d.]+)"`, "g"))].map((m) =>
    Number(m[1]),
  );
const xs = (svg: string, side: string) =>
  [...svg.matchAll(new RegExp(`class="mark bar ${side}" x="([\\d.]+)"`, "g"))].map((m) => Number(m[1]));

describe("distributionSvg", () => {
  it("overlays the two histograms on shared bins, bar heights proportional to shares", () => {
    const svg = distributionSvg(numeric);
    const reference = heights(svg, "reference");
    const current = heights(svg, "current");
    expect(reference[0]! / reference[1]!).toBeCloseTo(3, 1);
    expect(current[1]! / current[0]!).toBeCloseTo(3, 1);
    expect(xs(svg, "reference")).toEqual(xs(svg, "current"));
    expect(svg).toContain(">drifted</text>");
    expect(svg).toContain('aria-label="Histogram of humidity, reference against current, 2 bins; drifted"');
    // A histogram names the ends of its range, not every bin.
    expect(svg).toContain('text-anchor="start">0</text>');
    expect(svg).toContain('text-anchor="end">100</text>');
  });

  it("puts categories side by side, each named", () => {
    const svg = distributionSvg({ ...numeric, numeric: false, drifted: false, bins: ["N", "S"] });
    const [r0] = xs(svg, "reference");
    const [c0] = xs(svg, "current");
    expect(c0!).toBeGreaterThan(r0!);
    expect(svg).toContain(">N</text>");
    expect(svg).toContain(">S</text>");
    expect(svg).not.toContain("drifted");
  });

  it("draws at most the bin limit and says how many it left out", () => {
    const bins = Array.from({ length: 50 }, (_, i) => `c${i}`);
    const shares = bins.map(() => 0.02);
    const svg = distributionSvg({ ...numeric, numeric: false, bins, reference: shares, current: shares });
    expect(heights(svg, "reference")).toHaveLength(MAX_DISTRIBUTION_BINS);
    expect(svg).toContain("; 20 more not drawn");
  });

  it("treats a missing or negative share as none", () => {
    const svg = distributionSvg({ ...numeric, reference: [-1], current: [] });
    expect(heights(svg, "reference")).toEqual([0, 0]);
  });
});
