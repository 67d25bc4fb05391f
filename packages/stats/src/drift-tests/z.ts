import type { DriftTestDefinition } from "../drift-test-definition.ts";
import { zTest } from "../z-test.ts";

export const z: DriftTestDefinition<"z"> = {
  id: "z",
  label: "z-test",
  columnTypes: ["numerical", "categorical"],
  threshold: 0.05,
  direction: "p-value-below",
  run: ({ reference, current }) => zTest(reference, current),
};
