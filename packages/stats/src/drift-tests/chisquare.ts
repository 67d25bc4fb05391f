import { chiSquareTest } from "../chi-square-test.ts";
import type { DriftTestDefinition } from "../drift-test-definition.ts";

export const chisquare: DriftTestDefinition<"chisquare"> = {
  id: "chisquare",
  label: "chi-square",
  columnTypes: ["numerical", "categorical"],
  threshold: 0.05,
  direction: "p-value-below",
  run: ({ reference, current }) => chiSquareTest(reference, current),
};
