import { binnedShares } from "../binning.ts";
import type { DriftTestDefinition } from "../drift-test-definition.ts";
import { jensenShannonDistance } from "../jensen-shannon.ts";
import { sharesOfCounts, sortedNumericShares } from "../sorted-binning.ts";

export const jensenshannon: DriftTestDefinition<"jensenshannon"> = {
  id: "jensenshannon",
  label: "Jensen-Shannon",
  columnTypes: ["numerical", "categorical"],
  threshold: 0.1,
  direction: "distance-at-least",
  run: ({ kind, reference, current }) => {
    const shares = binnedShares(reference, current, kind, { fillEmpty: false });
    return { statistic: jensenShannonDistance(shares.reference, shares.current) };
  },
  runOnSample: (sample) => {
    const shares =
      sample.kind === "numerical"
        ? sortedNumericShares(sample.reference, sample.current)
        : { reference: sharesOfCounts(sample.reference), current: sharesOfCounts(sample.current) };
    return { statistic: jensenShannonDistance(shares.reference, shares.current) };
  },
};
