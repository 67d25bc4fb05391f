import * as z from "zod";
import { type DetectorDefinition, detectorOptions, isNumeric, numberCell, numberOf } from "./detector.ts";

const schema = z
  .object({
    type: z.literal("unit_slip"),
    ...detectorOptions,
    factor: z
      .number()
      .gt(1)
      .default(100)
      .describe("The slip: ×factor or ÷factor (cents for euros, % for shares)"),
  })
  .strict();

/** One number per row in the wrong unit: multiplied or divided by 100. */
export const unitSlip: DetectorDefinition<typeof schema, z.output<typeof schema>> = {
  type: "unit_slip",
  title: "Unit slip (×100 / ÷100)",
  schema,
  appliesTo: isNumeric,
  scope: "one",
  leavesRange: true,
  perturb(cell, feature, rng, options) {
    const x = numberOf(cell);
    if (x === undefined || x === 0) return undefined;
    const slipped = rng.nextFloat() < 0.5 ? x * options.factor : x / options.factor;
    const text = numberCell(slipped, feature, x, true);
    return text === cell ? undefined : text;
  },
};
