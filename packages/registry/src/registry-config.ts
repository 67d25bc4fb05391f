import * as z from "zod";

/**
 * Which registry holds versions and aliases: the git-native file registry (a folder, the default), or
 * an MLflow Model Registry. With MLflow the audit log and the stored artifacts still live in a folder
 * of the repository, written the same way as the file registry (so they keep its compare-and-swap).
 */
export const MlflowRegistryConfigSchema = z
  .object({
    type: z.literal("mlflow"),
    tracking_uri: z.url().describe("The MLflow tracking server, e.g. https://mlflow.internal:5000"),
    token_env: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "an environment variable name")
      .default("MLFLOW_TRACKING_TOKEN")
      .describe("Environment variable holding the bearer token; unset or empty: no token is sent"),
    audit: z
      .string()
      .min(1)
      .default("registry")
      .describe(
        "Folder (relative to this file) of the audit log (models/<name>/audit.jsonl) and stored artifacts",
      ),
  })
  .strict();
export type MlflowRegistryConfig = z.output<typeof MlflowRegistryConfigSchema>;

export const RegistryConfigSchema = z
  .union([
    z.string().min(1).describe("The file registry folder, relative to this file"),
    MlflowRegistryConfigSchema,
  ])
  .default("registry");
export type RegistryConfig = z.output<typeof RegistryConfigSchema>;

/** The repository folder the registry writes go to: the file registry, or MLflow's audit folder. */
export const registryFolder = (config: RegistryConfig) =>
  typeof config === "string" ? config : config.audit;
