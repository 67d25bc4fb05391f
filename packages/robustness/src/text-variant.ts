import * as z from "zod";
import { type DetectorDefinition, detectorOptions } from "./detector.ts";

const schema = z.object({ type: z.literal("text_variant"), ...detectorOptions }).strict();

const VARIANTS = [
  (s: string) => s.toUpperCase(),
  (s: string) => s.toLowerCase(),
  (s: string) => s.replace(/\b\p{L}/gu, (c) => c.toUpperCase()),
  (s: string) => ` ${s} `,
];

/**
 * One category per row written another way: upper, lower or title case, or with surrounding spaces
 * (Giskard's text perturbations for tabular categories). These values are deliberately unseen.
 */
export const textVariant: DetectorDefinition<typeof schema, z.output<typeof schema>> = {
  type: "text_variant",
  title: "Category in other case or with surrounding spaces",
  schema,
  appliesTo: (f) => f.kind === "category",
  scope: "one",
  leavesRange: true,
  perturb(cell, _feature, rng) {
    if (cell.trim() === "") return undefined;
    const start = rng.nextBelow(VARIANTS.length);
    for (let k = 0; k < VARIANTS.length; k++) {
      const variant = VARIANTS[(start + k) % VARIANTS.length]!(cell);
      if (variant !== cell) return variant;
    }
    return undefined;
  },
};
