import { describe, expect, it } from "vitest";
import { counterfactualFlips } from "./counterfactual-flips.ts";

describe("counterfactualFlips", () => {
  it("counts changed decisions per pair of values, skipping a row's own value", () => {
    const values = ["f", "m", "m", "x"];
    const decisions = [1, 0, 1, 0];
    const decisionsWith = new Map([
      ["f", [1, 1, 1, 0]], // m→f flips row 1; x→f does not
      ["m", [0, 0, 1, 1]], // f→m flips row 0, x→m flips row 3
      ["x", [1, 0, 0, 0]], // m→x flips row 2
    ]);
    const result = counterfactualFlips(values, decisions, decisionsWith);
    expect(result.flips).toBe(4);
    expect(result.pairs).toBe(8); // 3 values × 4 rows − 4 own values
    expect(result.byPair).toEqual([
      { from: "f", to: "m", rows: 1, flips: 1 },
      { from: "f", to: "x", rows: 1, flips: 0 },
      { from: "m", to: "f", rows: 2, flips: 1 },
      { from: "m", to: "x", rows: 2, flips: 1 },
      { from: "x", to: "f", rows: 1, flips: 0 },
      { from: "x", to: "m", rows: 1, flips: 1 },
    ]);
  });
});
