import type { DriftTestDefinition, PresentValues } from "../drift-test-definition.ts";
import { ksTwoSample } from "../ks-test.ts";

// A scan's sorted numbers are already what the test sorts its input into, so both paths are one.
const score = ({ reference, current }: PresentValues<"numerical">) => ksTwoSample(reference, current);

export const ks: DriftTestDefinition<"ks", "numerical"> = {
  id: "ks",
  label: "K-S",
  columnTypes: ["numerical"],
  threshold: 0.05,
  direction: "p-value-at-most",
  run: score,
  runOnSample: score,
};
