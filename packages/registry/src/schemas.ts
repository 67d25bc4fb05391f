import type * as z from "zod";
import { DeployConfigSchema } from "./deploy-config.ts";
import { DeployStateSchema } from "./deploy-state.ts";
import { PromoteConfigSchema } from "./promote-config.ts";
import { ModelFileSchema, VersionFileSchema } from "./registry-schema.ts";

export const registrySchemas: Record<string, { schema: z.ZodType; io: "input" | "output" }> = {
  "registry-model": { schema: ModelFileSchema, io: "input" },
  "registry-version": { schema: VersionFileSchema, io: "input" },
  "registry-deployment": { schema: DeployStateSchema, io: "output" },
  deploy: { schema: DeployConfigSchema, io: "input" },
  promote: { schema: PromoteConfigSchema, io: "input" },
};
