import type { DriftTestDefinition } from "../drift-test-definition.ts";
import { normedWassersteinDistance, wassersteinDistance } from "../wasserstein.ts";

export const wasserstein: DriftTestDefinition<"wasserstein", "numerical"> = {
  id: "wasserstein",
  label: "Wasserstein (normed)",
  columnTypes: ["numerical"],
  threshold: 0.1,
  direction: "distance-at-least",
  run: ({ reference, current }) => ({ statistic: normedWassersteinDistance(reference, current) }),
  // The typed path skips the copy into a plain array that the general norm makes.
  runOnSample: ({ reference, current }) => ({
    statistic: wassersteinDistance(reference, current) / Math.max(populationStd(reference), 0.001),
  }),
};

/** numpy's `std` (ddof 0), the Wasserstein distance's norm. */
function populationStd(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  const mean = sum / values.length;
  let squares = 0;
  for (let i = 0; i < values.length; i++) squares += (values[i]! - mean) ** 2;
  return Math.sqrt(squares / values.length);
}
