import { inc } from "semver";
import * as z from "zod";
import { commitAdoption } from "./adoption-commit.ts";
import type { ModelRegistry, RegistryBackend } from "./model-registry.ts";
import { commitPromotion } from "./promotion-commit.ts";
import type { RegistryFiles } from "./registry-files.ts";
import {
  listRegisteredVersions,
  modelFileName,
  moveAlias,
  readModelState,
  readVersionRecord,
  registerVersion,
  versionFileName,
} from "./registry-writer.ts";

/** The git-native file registry: a folder of YAML files in the repository (see registry-schema.ts). */
export const FileRegistryConfigSchema = z
  .object({
    type: z.literal("file"),
    path: z.string().min(1).default("registry").describe("The registry folder, relative to this file"),
  })
  .strict();
export type FileRegistryConfig = z.output<typeof FileRegistryConfigSchema>;

export function fileModelRegistry(files: RegistryFiles): ModelRegistry {
  return {
    location: (model) => files.describe(modelFileName(model)),
    aliases: async (model) => (await readModelState(files, model)).model.aliases,
    versions: (model) => listRegisteredVersions(files, model),
    async version(model, version) {
      const found = await readVersionRecord(files, model, version);
      if (!found) return undefined;
      const { artifact, evidence, adopted } = found.record;
      return {
        version,
        digest: `sha256:${artifact.sha256}`,
        artifactUri: artifact.uri,
        ...(evidence ? { evidence } : {}),
        ...(adopted ? { adopted } : {}),
        recordedIn: {
          file: files.describe(versionFileName(model, version)),
          uriPath: "artifact.uri",
          digestPath: "artifact.sha256",
        },
      };
    },
    async nextVersion(model) {
      const versions = await listRegisteredVersions(files, model);
      return versions.length === 0 ? "1.0.0" : (inc(versions.at(-1)!, "patch") ?? "next");
    },
    async register(r) {
      const registered = await registerVersion(files, {
        model: r.model,
        ...(r.version ? { version: r.version } : {}),
        artifact: r.artifact,
        ...(r.metrics ? { metrics: r.metrics } : {}),
        ...(r.evidence ? { evidence: r.evidence } : {}),
        ...(r.lineage ? { lineage: r.lineage } : {}),
        createdAt: r.createdAt,
      });
      return { version: registered.version, created: registered.created };
    },
    async moveAlias(r) {
      const moved = await moveAlias(files, { ...r, check: (state) => r.check(state.model.aliases) });
      return { previous: moved.previous, after: moved.after.aliases };
    },
    promote: (request) => commitPromotion(files, request),
    adopt: (request) => commitAdoption(files, request),
  };
}

export const fileRegistryBackend: RegistryBackend<typeof FileRegistryConfigSchema> = {
  schema: FileRegistryConfigSchema,
  folder: (config) => config.path,
  semanticVersions: true,
  open: (_config, context) => fileModelRegistry(context.files),
};
