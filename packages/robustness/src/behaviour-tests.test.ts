import { describe, expect, it } from "vitest";
import {
  BehaviourTestSchema,
  behaviourCases,
  behaviourTestName,
  type PerturbationTest,
} from "./behaviour-tests.ts";
import { featureSpec } from "./feature-spec.ts";

const rows = [
  ["f", "100"],
  ["m", "200"],
  ["x", ""],
];
const [gender, income] = featureSpec(
  [
    { name: "gender", values: rows.map((r) => r[0]!) },
    { name: "income", values: rows.map((r) => r[1]!) },
  ],
  { immutable: new Set(["gender"]) },
);

describe("behaviourCases", () => {
  it("sets the column to every other value for invariance, immutable or not", () => {
    const test = BehaviourTestSchema.parse({ type: "invariance", column: "gender" }) as PerturbationTest;
    const cases = behaviourCases(rows, gender!, 0, test);
    expect(cases.map((c) => [c.row, c.fields[0]])).toEqual([
      [0, "m"],
      [0, "x"],
      [1, "f"],
      [1, "x"],
      [2, "f"],
      [2, "m"],
    ]);
    expect(cases[0]!.fields[1]).toBe("100");
    expect(behaviourTestName(test)).toBe("invariance:gender");
  });

  it("changes the number of every row that has one for a directional test", () => {
    const test = BehaviourTestSchema.parse({
      type: "directional",
      name: "raise",
      column: "income",
      change: { multiply: 1.5 },
      expect: "increase",
    }) as PerturbationTest;
    const cases = behaviourCases(rows, income!, 1, test);
    expect(cases.map((c) => c.changes[0])).toEqual([
      { column: "income", from: "100", to: "150" },
      { column: "income", from: "200", to: "300" },
    ]);
    expect(behaviourTestName(test)).toBe("raise");
  });
});
