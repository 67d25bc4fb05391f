import { describe, expect, it } from "vitest";
import { wilsonScoreInterval } from "./wilson-score.ts";

describe("Wilson score interval", () => {
  it("gives the textbook limits, and stays proper at 0 and n successes", () => {
    // scipy.stats.binomtest(45, 50).proportion_ci(method="wilson"): 0.786398, 0.956524
    const a = wilsonScoreInterval(45, 50)!;
    expect(a.lower).toBeCloseTo(0.786398, 5);
    expect(a.upper).toBeCloseTo(0.956524, 5);
    expect(wilsonScoreInterval(50, 50)!.lower).toBeCloseTo(0.928652, 5);
    expect(wilsonScoreInterval(0, 50)!.lower).toBe(0);
    expect(wilsonScoreInterval(0, 0)).toBeNull();
    expect(() => wilsonScoreInterval(3, 2)).toThrow(RangeError);
  });
});
