import { describe, expect, it } from "vitest";
import { changedOutcomes } from "./changed-outcomes.ts";

describe("changedOutcomes", () => {
  it("fails a classification case when the probability crosses the threshold", () => {
    const before = { probability: Float64Array.of(0.2, 0.55, 0.9) };
    const after = { probability: Float64Array.of(0.45, 0.51, 0.6) };
    const out = changedOutcomes(before, after, [1, 0, 1], { task: "classification", threshold: 0.5 });
    expect([...out.failed]).toEqual([1, 1, 0]);
    expect(out.shift[0]).toBeCloseTo(0.1, 10);
  });

  it("compares labels when the model gives no probability", () => {
    const out = changedOutcomes({ label: Float64Array.of(0, 1) }, { label: Float64Array.of(1, 1) }, [0, 1], {
      task: "classification",
      threshold: 0.5,
    });
    expect([...out.failed]).toEqual([1, 0]);
  });

  it("fails a regression case when the relative change exceeds the output sensitivity", () => {
    const out = changedOutcomes(
      { value: Float64Array.of(100, 100) },
      { value: Float64Array.of(104, 94) },
      [0, 1],
      { task: "regression", outputSensitivity: 0.05 },
    );
    expect([...out.failed]).toEqual([0, 1]);
    expect(out.shift[1]).toBeCloseTo(0.06, 10);
  });

  it("fails an invariance case on a score moved past the tolerance or a flipped decision", () => {
    const out = changedOutcomes(
      { probability: Float64Array.of(0.3, 0.3, 0.49) },
      { probability: Float64Array.of(0.35, 0.45, 0.51) },
      [0, 1, 2],
      { task: "invariance", threshold: 0.5, tolerance: 0.1 },
    );
    expect([...out.failed]).toEqual([0, 1, 1]);
  });

  it("fails a directional case only when the score moves the wrong way beyond the tolerance", () => {
    const out = changedOutcomes(
      { probability: Float64Array.of(0.5, 0.5, 0.5) },
      { probability: Float64Array.of(0.6, 0.49, 0.4) },
      [0, 1, 2],
      { task: "directional", expect: "increase", tolerance: 0.02 },
    );
    expect([...out.failed]).toEqual([0, 0, 1]);
  });
});
