import * as z from "zod";
import { type DetectorDefinition, detectorOptions } from "./detector.ts";

const schema = z.object({ type: z.literal("categorical_swap"), ...detectorOptions }).strict();

/** One category per row replaced by another observed value, drawn in proportion to how often it occurs. */
export const categoricalSwap: DetectorDefinition<typeof schema, z.output<typeof schema>> = {
  type: "categorical_swap",
  title: "Category swapped for another observed value (frequency-weighted)",
  schema,
  appliesTo: (f) => f.kind === "category" && f.values.length >= 2,
  scope: "one",
  leavesRange: false,
  perturb(cell, feature, rng) {
    const others = feature.values.filter(([v]) => v !== cell);
    const total = others.reduce((a, [, n]) => a + n, 0);
    if (total === 0) return undefined;
    let draw = rng.nextFloat() * total;
    for (const [value, count] of others) {
      draw -= count;
      if (draw < 0) return value;
    }
    return others[others.length - 1]![0];
  },
};
