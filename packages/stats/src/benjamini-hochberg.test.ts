import { describe, expect, it } from "vitest";
import { benjaminiHochberg } from "./benjamini-hochberg.ts";

describe("benjaminiHochberg", () => {
  it("matches scipy.stats.false_discovery_control(p, method='bh')", () => {
    // scipy 1.17.1 on p = [0.01, 0.04, 0.03, 0.005, 0.2, 0.8, 0.04, 0.5]
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.005, 0.2, 0.8, 0.04, 0.5]);
    const scipy = [0.04, 0.064, 0.064, 0.04, 0.26666666666666666, 0.8, 0.064, 0.5714285714285714];
    for (const [i, v] of q.entries()) expect(v).toBeCloseTo(scipy[i]!, 14);
  });

  it("leaves a single p-value as it is and an empty list empty", () => {
    expect(benjaminiHochberg([0.03])).toEqual([0.03]);
    expect(benjaminiHochberg([])).toEqual([]);
  });
});
