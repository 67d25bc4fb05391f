import { ConfigError, type Logger, parseConfigText } from "@mlops/core";
import { inc } from "semver";
import { createMlflowRegistry, type MlflowRegistry } from "./mlflow-registry.ts";
import type { RegistryConfig } from "./registry-config.ts";
import type { RegistryFiles } from "./registry-files.ts";
import { type ArtifactRecord, type Evidence, EvidenceSchema, type VersionFile } from "./registry-schema.ts";
import {
  listRegisteredVersions,
  modelFileName,
  moveAlias,
  readModelState,
  readVersionRecord,
  registerVersion,
} from "./registry-writer.ts";

/**
 * What promote and deploy need from a model registry — versions with their artifact digest and
 * evidence, and aliases — whichever backend holds them: the git-native file registry or MLflow's.
 */
export interface ModelRegistry {
  /** Where the model's aliases live, for error messages: a file, or the MLflow model. */
  location(model: string): string;
  aliases(model: string): Promise<Record<string, string>>;
  version(model: string, version: string): Promise<RegisteredVersion | undefined>;
  /** The label the next registration would get (for dry runs and refusals). */
  nextVersion(model: string): Promise<string>;
  /** Registers the artifact, or finds the version that already holds these bytes (a rerun). */
  register(request: RegistrationRequest): Promise<{ version: string; created: boolean }>;
  /**
   * Points `alias` at `version`. `check` sees the aliases just before the write and throws to refuse
   * (e.g. the version left the previous stage while this promotion ran).
   */
  moveAlias(request: {
    model: string;
    alias: string;
    version: string;
    message: string;
    check: (aliases: Record<string, string>) => void;
  }): Promise<{ previous: string | undefined; after: Record<string, string> }>;
}

export interface RegisteredVersion {
  version: string;
  digest: `sha256:${string}`;
  artifactUri: string;
  evidence?: Evidence;
}

export interface RegistrationRequest {
  model: string;
  version?: string;
  artifact: ArtifactRecord;
  /** The artifact as an absolute URI (MLflow's `source`); the file registry keeps `artifact.uri`. */
  source: string;
  evidence?: Evidence;
  lineage: VersionFile["lineage"];
  links: Record<string, string>;
  createdAt: Date;
}

export function fileModelRegistry(files: RegistryFiles): ModelRegistry {
  return {
    location: (model) => files.describe(modelFileName(model)),
    aliases: async (model) => (await readModelState(files, model)).model.aliases,
    async version(model, version) {
      const found = await readVersionRecord(files, model, version);
      if (!found) return undefined;
      const { artifact, evidence } = found.record;
      return {
        version,
        digest: `sha256:${artifact.sha256}`,
        artifactUri: artifact.uri,
        ...(evidence ? { evidence } : {}),
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
  };
}

/** Version tags written on registration; MLflow has no other place for the artifact's digest and evidence. */
export const MLFLOW_TAGS = {
  digest: "mlops.digest",
  evidence: "mlops.evidence",
  link: "mlops.link.",
} as const;

/**
 * The MLflow Model Registry: versions are MLflow's (1, 2, 3, …) with the artifact's URI as `source`
 * and its digest and evidence as version tags. MLflow has no compare-and-swap on aliases, so the
 * stage check runs immediately before the alias is set: two promotions racing on the same alias both
 * land, the last one wins, and the audit log (in the repository) records both in order.
 */
export function mlflowModelRegistry(mlflow: MlflowRegistry, trackingUri: string): ModelRegistry {
  const location = (model: string) => `${trackingUri} (registered model ${model})`;
  return {
    location,
    aliases: (model) => mlflow.getAliases(model),
    async version(model, version) {
      const found = await mlflow.findVersion(model, version);
      if (!found) return undefined;
      const digest = found.tags[MLFLOW_TAGS.digest];
      if (!digest || !/^sha256:[0-9a-f]{64}$/.test(digest)) {
        throw new ConfigError(
          `MLflow version ${version} of "${model}" has no valid ${MLFLOW_TAGS.digest} tag`,
          {
            location: { file: location(model), path: `versions.${version}.tags.${MLFLOW_TAGS.digest}` },
            hint: "only versions registered by promote carry the artifact digest the gates were verified on",
          },
        );
      }
      const evidenceText = found.tags[MLFLOW_TAGS.evidence];
      const evidence =
        evidenceText === undefined
          ? undefined
          : parseConfigText(
              evidenceText,
              `${location(model)} version ${version} tag ${MLFLOW_TAGS.evidence}`,
              EvidenceSchema,
            );
      return {
        version,
        digest: digest as `sha256:${string}`,
        artifactUri: found.source,
        ...(evidence ? { evidence } : {}),
      };
    },
    async nextVersion(model) {
      const versions = await mlflow.searchVersions(model).catch(() => []);
      return String(1 + Math.max(0, ...versions.map((v) => Number(v.version))));
    },
    async register(r) {
      if (r.version !== undefined) {
        throw new ConfigError("MLflow numbers versions itself: an explicit version cannot be registered", {
          location: { file: "promote inputs", path: "version" },
          hint: "leave version empty at the first stage",
        });
      }
      await mlflow.ensureModel(r.model);
      const digest = `sha256:${r.artifact.sha256}`;
      const existing = (await mlflow.searchVersions(r.model)).find(
        (v) => v.tags[MLFLOW_TAGS.digest] === digest,
      );
      if (existing) return { version: existing.version, created: false };
      const tags: Record<string, string> = { [MLFLOW_TAGS.digest]: digest };
      if (r.evidence) tags[MLFLOW_TAGS.evidence] = JSON.stringify(r.evidence);
      for (const [k, v] of Object.entries(r.links)) tags[`${MLFLOW_TAGS.link}${k}`] = v;
      if (r.lineage?.gitSha) tags["mlops.git_sha"] = r.lineage.gitSha;
      const created = await mlflow.createVersion(r.model, r.source, {
        tags,
        ...(r.lineage?.runUrl ? { runLink: r.lineage.runUrl } : {}),
      });
      return { version: created.version, created: true };
    },
    async moveAlias(r) {
      const before = await mlflow.getAliases(r.model);
      r.check(before);
      await mlflow.setAlias(r.model, r.alias, r.version);
      return { previous: before[r.alias], after: await mlflow.getAliases(r.model) };
    },
  };
}

/** The configured backend; `files` is the repository folder (the file registry itself, or MLflow's audit folder). */
export function openModelRegistry(
  config: RegistryConfig,
  files: RegistryFiles,
  env: NodeJS.ProcessEnv,
  logger: Logger,
): ModelRegistry {
  if (typeof config === "string") return fileModelRegistry(files);
  const token = env[config.token_env] || undefined;
  if (token) logger.mask(token);
  logger.info(`registry: MLflow at ${config.tracking_uri}; audit log in ${files.describe("models")}`);
  return mlflowModelRegistry(
    createMlflowRegistry({ trackingUri: config.tracking_uri, ...(token ? { token } : {}) }),
    config.tracking_uri,
  );
}
