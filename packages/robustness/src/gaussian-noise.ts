import type { Xoshiro128 } from "@mlops/stats";
import * as z from "zod";
import { type DetectorDefinition, detectorOptions, isNumeric, numberCell, numberOf } from "./detector.ts";

const schema = z
  .object({
    type: z.literal("gaussian_noise"),
    ...detectorOptions,
    scale: z
      .number()
      .positive()
      .default(0.05)
      .describe("Noise standard deviation as a share of the feature's"),
  })
  .strict();

/** Every mutable number moved by normal noise scaled to the feature's own spread. */
export const gaussianNoise: DetectorDefinition<typeof schema, z.output<typeof schema>> = {
  type: "gaussian_noise",
  title: "Gaussian noise scaled to each feature's standard deviation",
  schema,
  appliesTo: (f) => isNumeric(f) && f.sd > 0,
  scope: "every",
  leavesRange: false,
  perturb(cell, feature, rng, options) {
    const x = numberOf(cell);
    if (x === undefined) return undefined;
    return numberCell(x + standardNormal(rng) * options.scale * feature.sd, feature, x, false);
  },
};

/** Box–Muller; 1 − u keeps the logarithm's argument above 0. */
export function standardNormal(rng: Xoshiro128): number {
  const u = 1 - rng.nextFloat();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextFloat());
}
