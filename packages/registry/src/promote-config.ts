import * as z from "zod";
import { hasSemanticVersions, RegistryConfigSchema } from "./registry-config.ts";
import { ALIAS_NAME, MODEL_NAME } from "./registry-schema.ts";

/**
 * The promotion policy (`promote.yml`): which results must have passed for the artifact, and the
 * ordered stages a version climbs — each an alias, optionally behind a GitHub Environment's approval.
 */
export const StageSchema = z
  .object({
    name: z.string().regex(/^[a-z][a-z0-9_-]*$/, "lowercase letters, digits, - and _"),
    alias: z
      .string()
      .regex(ALIAS_NAME, "lowercase letters, digits, - and _")
      .describe("The alias this stage moves"),
    environment: z
      .string()
      .min(1)
      .optional()
      .describe("GitHub Environment whose reviewers must have approved this run (required reviewers)"),
  })
  .strict();
export type Stage = z.infer<typeof StageSchema>;

export const PromoteConfigSchema = z
  .object({
    model: z.string().regex(MODEL_NAME, "letters, digits, - and _"),
    registry: RegistryConfigSchema,
    artifacts: z
      .enum(["registry", "github-release"])
      .default("registry")
      .describe(
        "Where a registered artifact is stored: beside the registry files, or as a GitHub Release asset",
      ),
    evidence: z
      .object({
        kinds: z
          .array(z.string().min(1))
          .min(1)
          .default(["backtest"])
          .describe(
            "Result kinds that must exist for the artifact's digest, with every required gate passed",
          ),
      })
      .strict()
      .default({ kinds: ["backtest"] }),
    stages: z
      .array(StageSchema)
      .min(1)
      .describe("In order: a version enters at the first stage and moves up one stage at a time"),
    gto_tags: z
      .boolean()
      .default(false)
      .describe("Also push GTO-compatible tags (model@v1.2.0, model#stage#N); needs the API writes"),
  })
  .strict()
  .superRefine((config, ctx) => {
    if (config.gto_tags && !hasSemanticVersions(config.registry)) {
      ctx.addIssue({
        code: "custom",
        path: ["gto_tags"],
        message:
          "GTO tags name semantic versions, and this registry numbers its versions itself: use the file registry",
      });
    }
    const seen = new Set<string>();
    config.stages.forEach((s, i) => {
      if (seen.has(s.name))
        ctx.addIssue({
          code: "custom",
          path: ["stages", i, "name"],
          message: `stage "${s.name}" appears twice`,
        });
      seen.add(s.name);
    });
  });
export type PromoteConfig = z.output<typeof PromoteConfigSchema>;
