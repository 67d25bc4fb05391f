import type * as z from "zod";
import { EvaluateBiasConfigSchema } from "./evaluate-bias-config.ts";
import { TrainValidateConfigSchema } from "./train-validate-config.ts";

/** The config files this package defines, for `npm run schemas`. */
export const modelsSchemas: Record<string, { schema: z.ZodType; io: "input" | "output" }> = {
  "evaluate-bias": { schema: EvaluateBiasConfigSchema, io: "input" },
  "train-validate": { schema: TrainValidateConfigSchema, io: "input" },
};
