import type * as z from "zod";
import { DataContractSchema } from "./contract.ts";

/** The file formats `data` owns, by schema file name (`schemas/<name>.schema.json`). */
export const dataSchemas: Record<string, { schema: z.ZodType; io: "input" }> = {
  "data-contract": { schema: DataContractSchema, io: "input" },
};
