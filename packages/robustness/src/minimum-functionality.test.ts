import { describe, expect, it } from "vitest";
import { BehaviourTestSchema, type MinimumFunctionalityTest } from "./behaviour-tests.ts";
import { minimumFunctionalityOutcomes, minimumFunctionalityRows } from "./minimum-functionality.ts";

const test = BehaviourTestSchema.parse({
  type: "minimum_functionality",
  name: "obvious",
  defaults: { plan: "basic", age: 40 },
  cases: [
    { values: { income: 100 }, expect: 1 },
    { values: { income: 9000, plan: "gold" }, expect: 0 },
    { values: { income: 5000, age: 30, tenure: 2 }, expect: 1 },
  ],
}) as MinimumFunctionalityTest;

describe("minimum-functionality tests", () => {
  it("writes each case over the defaults as a row of the features, naming what is missing or unknown", () => {
    const { rows, missing, unknown } = minimumFunctionalityRows(test, ["age", "income", "plan", "region"]);
    expect(rows).toEqual([
      ["40", "100", "basic", ""],
      ["40", "9000", "gold", ""],
      ["30", "5000", "basic", ""],
    ]);
    expect(missing).toEqual([["region"], ["region"], ["region"]]);
    expect(unknown).toEqual(["tenure"]);
  });

  it("compares the decision at the threshold, the label, or the value within the tolerance", () => {
    const probability = Float64Array.from([0.9, 0.5, 0.2]);
    const byProbability = minimumFunctionalityOutcomes({ probability }, test, {
      task: "classification",
      threshold: 0.5,
    });
    expect([...byProbability.output]).toEqual([1, 1, 0]);
    expect([...byProbability.failed]).toEqual([0, 1, 1]);
    const byLabel = minimumFunctionalityOutcomes({ label: Float64Array.from([1, 0, 1]) }, test, {
      task: "classification",
      threshold: 0.5,
    });
    expect([...byLabel.failed]).toEqual([0, 0, 0]);
    const regression = { ...test, tolerance: 0.5 };
    const byValue = minimumFunctionalityOutcomes({ value: Float64Array.from([1.4, 0.6, 2]) }, regression, {
      task: "regression",
    });
    expect([...byValue.failed]).toEqual([0, 1, 1]);
    expect(() =>
      minimumFunctionalityOutcomes({ value: Float64Array.from([1]) }, regression, { task: "regression" }),
    ).toThrow(/no answer for case 2/);
  });
});
