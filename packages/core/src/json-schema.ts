import * as z from "zod";
import { EnvelopeSchema } from "./envelope.ts";
import { GatesSchema } from "./gates.ts";

/**
 * Every file format users write or read is also published as JSON Schema (in `schemas/`), so editors
 * autocomplete and validate it. Config schemas are exported in their input form: defaults make keys optional.
 */
export function toJsonSchema(name: string, schema: z.ZodType, io: "input" | "output" = "input"): object {
  const generated = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" });
  return { ...generated, title: name };
}

export const GatesFileSchema = z
  .object({ gates: GatesSchema.describe("Pass criteria, evaluated in order; each becomes a check") })
  .strict();

/** The schemas `core` owns, by file name. */
export const coreSchemas: Record<string, { schema: z.ZodType; io: "input" | "output" }> = {
  envelope: { schema: EnvelopeSchema, io: "output" },
  gates: { schema: GatesFileSchema, io: "input" },
};
