import { ConfigPathSchema } from "@mlops/core";
import * as z from "zod";
import { fileRegistryBackend } from "./file-registry.ts";
import { mlflowRegistryBackend } from "./mlflow-registry.ts";
import type { ModelRegistry, RegistryBackend, RegistryContext } from "./model-registry.ts";

/** Every registry backend; a config picks one by its `type`. Adding a backend is one line here. */
const BACKENDS = [fileRegistryBackend, mlflowRegistryBackend] as const;

type SchemasOf<T> = { -readonly [K in keyof T]: T[K] extends RegistryBackend<infer S> ? S : never };

/**
 * Which registry holds versions and aliases: a folder name (the git-native file registry, the
 * default), or a mapping whose `type` names the backend.
 */
export const RegistryConfigSchema = z
  .union([
    ConfigPathSchema.describe("The file registry folder, relative to this file").transform((path) => ({
      type: "file" as const,
      path,
    })),
    z.discriminatedUnion("type", BACKENDS.map((b) => b.schema) as unknown as SchemasOf<typeof BACKENDS>, {
      error: `type must be one of ${BACKENDS.map((b) => b.schema.shape.type.value).join(", ")}`,
    }),
  ])
  .prefault("registry");
export type RegistryConfig = z.output<typeof RegistryConfigSchema>;

function backendOf(config: RegistryConfig): RegistryBackend {
  // The schema only lets through a `type` of the list, and each config goes to the backend that parsed it.
  return BACKENDS.find((b) => b.schema.shape.type.value === config.type) as unknown as RegistryBackend;
}

/** The repository folder the registry writes go to, relative to the config file. */
export const registryFolder = (config: RegistryConfig): string => backendOf(config).folder(config);

export const hasSemanticVersions = (config: RegistryConfig): boolean => backendOf(config).semanticVersions;

export const openModelRegistry = (config: RegistryConfig, context: RegistryContext): ModelRegistry =>
  backendOf(config).open(config, context);
