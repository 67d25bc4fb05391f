import * as z from "zod";
import { type DetectorDefinition, detectorOptions, isNumeric, numberCell, numberOf } from "./detector.ts";

const schema = z
  .object({
    type: z.literal("out_of_range"),
    ...detectorOptions,
    overshoot: z.number().positive().default(0.5).describe("How far past the range, as a share of its width"),
  })
  .strict();

/**
 * One number per row set past its range (the declared one, else the observed one) by half the range's
 * width, above or below: what a model meets when upstream data goes wrong.
 */
export const outOfRange: DetectorDefinition<typeof schema, z.output<typeof schema>> = {
  type: "out_of_range",
  title: "A value out of range (past the declared or observed extremes)",
  schema,
  appliesTo: isNumeric,
  scope: "one",
  leavesRange: true,
  perturb(cell, feature, rng, options) {
    const x = numberOf(cell);
    if (x === undefined || !feature.observed) return undefined;
    const low = feature.min ?? feature.observed.low;
    const high = feature.max ?? feature.observed.high;
    const past = Math.max(high - low, Math.abs(high), 1) * options.overshoot;
    return numberCell(rng.nextFloat() < 0.5 ? low - past : high + past, feature, x, true);
  },
};
