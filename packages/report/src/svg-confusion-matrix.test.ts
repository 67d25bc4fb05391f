import { describe, expect, it } from "vitest";
import { confusionMatrixSvg } from "./svg-confusion-matrix.ts";

const detail = {
  type: "confusion-matrix" as const,
  title: "Confusion matrix",
  labels: ["0", "1"],
  matrices: [
    {
      name: "challenger",
      counts: [
        [90, 10],
        [25, 75],
      ],
    },
    {
      name: "champion",
      counts: [
        [80, 20],
        [50, 50],
      ],
    },
  ],
};

describe("confusionMatrixSvg", () => {
  it("draws a matrix per model, the diagonal as hits, each cell shaded by its share of the actual class", () => {
    const svg = confusionMatrixSvg(detail);
    const cells = [...svg.matchAll(/class="mark cell (hit|miss)"[^>]*fill-opacity="([\d.]+)"/g)].map((m) => [
      m[1],
      Number(m[2]),
    ]);
    expect(cells).toHaveLength(8);
    expect(cells.slice(0, 4).map((c) => c[0])).toEqual(["hit", "miss", "miss", "hit"]);
    expect(cells[0]![1]).toBeCloseTo(0.08 + 0.82 * 0.9, 2);
    expect(cells[2]![1]).toBeCloseTo(0.08 + 0.82 * 0.25, 2);
    expect(svg).toContain("<title>champion: actual 1, predicted 0: 50 (50.0% of 1)</title>");
    expect(svg).toContain(">challenger</text>");
    expect(svg).toContain('viewBox="0 0 688 288"');
  });

  it("counts missing or invalid cells as zero", () => {
    const svg = confusionMatrixSvg({ ...detail, matrices: [{ name: "m", counts: [[3]] }] });
    expect(svg).toContain("<title>m: actual 0, predicted 1: 0 (0.0% of 0)</title>");
    expect(svg).toContain("<title>m: actual 1, predicted 1: 0 (0.0% of 1)</title>");
  });
});
