import * as z from "zod";
import { type DetectorDefinition, detectorOptions } from "./detector.ts";
import { isMissing } from "./feature-spec.ts";

const schema = z.object({ type: z.literal("missing_value"), ...detectorOptions }).strict();

/** One value per row removed, as a broken upstream join or an optional form field would leave it. */
export const missingValue: DetectorDefinition<typeof schema, z.output<typeof schema>> = {
  type: "missing_value",
  title: "A value missing",
  schema,
  appliesTo: (f) => f.kind !== "fixed",
  scope: "one",
  leavesRange: true,
  perturb: (cell) => (isMissing(cell) ? undefined : ""),
};
