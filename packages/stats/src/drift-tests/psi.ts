import { binnedShares } from "../binning.ts";
import type { DriftTestDefinition } from "../drift-test-definition.ts";
import { populationStabilityIndex } from "../psi.ts";

export const psi: DriftTestDefinition<"psi"> = {
  id: "psi",
  label: "PSI",
  columnTypes: ["numerical", "categorical"],
  threshold: 0.1,
  direction: "distance-at-least",
  run: ({ kind, reference, current }) => {
    const shares = binnedShares(reference, current, kind, { fillEmpty: true });
    return { statistic: populationStabilityIndex(shares.reference, shares.current) };
  },
};
