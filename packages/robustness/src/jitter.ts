import * as z from "zod";
import { type DetectorDefinition, detectorOptions, isNumeric, numberCell, numberOf } from "./detector.ts";

const schema = z
  .object({
    type: z.literal("jitter"),
    ...detectorOptions,
    factor: z.number().gt(0).lt(1).default(0.01).describe("Relative change: ×(1 + factor) or ×(1 − factor)"),
  })
  .strict();

/** Giskard's numerical perturbation: every mutable number multiplied by 1.01 or 0.99. */
export const jitter: DetectorDefinition<typeof schema, z.output<typeof schema>> = {
  type: "jitter",
  title: "Multiplicative jitter (×1.01 / ×0.99)",
  schema,
  appliesTo: isNumeric,
  scope: "every",
  leavesRange: false,
  perturb(cell, feature, rng, options) {
    const x = numberOf(cell);
    if (x === undefined) return undefined;
    return numberCell(
      x * (rng.nextFloat() < 0.5 ? 1 + options.factor : 1 - options.factor),
      feature,
      x,
      false,
    );
  },
};
