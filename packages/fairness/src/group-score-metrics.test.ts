import { describe, expect, it } from "vitest";
import { groupScoreMetrics } from "./group-score-metrics.ts";

describe("groupScoreMetrics", () => {
  it("computes ROC AUC and ECE within each group and intersection; null where a group has one class", () => {
    const columns = [
      { name: "g", values: ["a", "a", "a", "a", "b", "b"] },
      { name: "r", values: ["n", "s", "n", "s", "n", "n"] },
    ];
    const labels = [1, 0, 1, 0, 1, 1];
    const scores = [0.9, 0.2, 0.4, 0.6, 0.7, 0.8];
    const out = groupScoreMetrics(columns, labels, scores);
    expect([...out.keys()]).toEqual(["g", "r", "g & r"]);
    // a: positives 0.9, 0.4 against negatives 0.2, 0.6: 3 of 4 pairs ordered
    expect(out.get("g")!.get("g=a")!.rocAuc).toBe(0.75);
    expect(out.get("g")!.get("g=b")!.rocAuc).toBeNull();
    expect(out.get("g & r")!.get("g=a & r=s")!.rocAuc).toBeNull();
    // b: two positives scored 0.7 and 0.8, in separate bins of 10: |1 − 0.7|·½ + |1 − 0.8|·½
    expect(out.get("g")!.get("g=b")!.ece).toBeCloseTo(0.25, 12);
  });
});
