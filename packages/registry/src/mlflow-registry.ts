import { randomUUID } from "node:crypto";
import { ConfigError, parseConfigText, RuntimeFailure, withoutUrlCredentials } from "@mlops/core";
import * as z from "zod";
import { createMlflowClient, type MlflowClient } from "./mlflow-client.ts";
import { longTagValue, readLongTagValue } from "./mlflow-long-tags.ts";
import type { ModelRegistry, RegistryBackend } from "./model-registry.ts";
import { EvidenceSchema } from "./registry-schema.ts";

/**
 * The MLflow Model Registry. The audit log and the stored artifacts still live in a folder of the
 * repository, written the same way as the file registry (so they keep its compare-and-swap).
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
        "Folder (relative to this file) of the audit log (models/<name>/audit/) and stored artifacts",
      ),
  })
  .strict();
export type MlflowRegistryConfig = z.output<typeof MlflowRegistryConfigSchema>;

/** Version tags written on registration; MLflow has no other place for the artifact's digest and evidence. */
export const MLFLOW_TAGS = {
  digest: "mlops.digest",
  /** The gates as JSON, split into `mlops.evidence.<n>` when longer than one tag holds. */
  evidence: "mlops.evidence",
  link: "mlops.link.",
  /** Unique per register call: tells the caller which versions its own creates made, answered or not. */
  registration: "mlops.registration",
} as const;

/**
 * Versions are MLflow's (1, 2, 3, …) with the artifact's URI as `source` and its digest and evidence as
 * version tags. MLflow has no compare-and-swap on aliases, so the stage check runs immediately before
 * the alias is set: two promotions racing on the same alias both land, the last one wins, and the audit
 * log (in the repository) records both in order.
 *
 * Nor has it a unique constraint or a transaction, so registering is create-then-reconcile: the
 * lowest version holding the digest is the artifact's version. MLflow numbers versions in creation
 * order, so whoever created a higher one sees the lower one when it reads back; the lowest is never
 * deleted by anyone. A higher one is never used: every read-back (the lookup before a create too)
 * deletes the ones a registration made, its own or those a run killed before its read-back left —
 * unless an alias names it (set by hand), which makes it someone's.
 */
export function mlflowModelRegistry(mlflow: MlflowClient, trackingUri: string): ModelRegistry {
  const location = (model: string) => `${trackingUri} (registered model ${model})`;
  const versions = async (model: string) =>
    (await mlflow.searchVersions(model)).sort((a, b) => Number(a.version) - Number(b.version));
  /** Versions holding the digest, lowest first; a failed registration holds nothing. */
  const holding = async (model: string, digest: string) =>
    (await versions(model)).filter(
      (v) => v.tags[MLFLOW_TAGS.digest] === digest && v.status !== "FAILED_REGISTRATION",
    );
  /** The artifact's version (the lowest holding the digest), once the unused duplicates are gone. */
  const reconciled = async (model: string, digest: string) => {
    const [kept, ...others] = await holding(model, digest);
    // Still registering: its creator is alive and reconciles it itself.
    const made = others.filter(
      (v) => v.tags[MLFLOW_TAGS.registration] !== undefined && v.status !== "PENDING_REGISTRATION",
    );
    if (made.length === 0) return kept;
    const aliased = new Set(Object.values(await mlflow.getAliases(model)));
    for (const duplicate of made) {
      if (!aliased.has(duplicate.version)) await mlflow.deleteVersion(model, duplicate.version);
    }
    return kept;
  };
  return {
    location,
    aliases: (model) => mlflow.getAliases(model),
    versions: async (model) => (await versions(model)).map((v) => v.version),
    async version(model, version) {
      const found = await mlflow.findVersion(model, version);
      if (!found) return undefined;
      const digestPath = `versions.${version}.tags.${MLFLOW_TAGS.digest}`;
      const digest = found.tags[MLFLOW_TAGS.digest];
      if (!digest || !/^sha256:[0-9a-f]{64}$/.test(digest)) {
        throw new ConfigError(
          `MLflow version ${version} of "${model}" has no valid ${MLFLOW_TAGS.digest} tag`,
          {
            location: { file: location(model), path: digestPath },
            hint: "only versions registered by promote carry the artifact digest the gates were verified on",
          },
        );
      }
      const evidencePath = `versions.${version}.tags.${MLFLOW_TAGS.evidence}`;
      const evidenceText = readLongTagValue(found.tags, MLFLOW_TAGS.evidence, {
        file: location(model),
        path: evidencePath,
      });
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
        recordedIn: { file: location(model), uriPath: `versions.${version}.source`, digestPath },
      };
    },
    async nextVersion(model) {
      const known = await versions(model);
      return String(1 + Number(known.at(-1)?.version ?? 0));
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
      const existing = await reconciled(r.model, digest);
      if (existing) return { version: existing.version, created: false };
      const registration = randomUUID();
      const tags: Record<string, string> = {
        [MLFLOW_TAGS.digest]: digest,
        [MLFLOW_TAGS.registration]: registration,
      };
      if (r.evidence) Object.assign(tags, longTagValue(MLFLOW_TAGS.evidence, JSON.stringify(r.evidence)));
      for (const [k, v] of Object.entries(r.links)) tags[`${MLFLOW_TAGS.link}${k}`] = v;
      if (r.lineage?.gitSha) tags["mlops.git_sha"] = r.lineage.gitSha;
      const created = await mlflow
        .createVersion(r.model, r.source, {
          tags,
          ...(r.lineage?.runUrl ? { runLink: r.lineage.runUrl } : {}),
        })
        .catch((e: unknown) => {
          // Gone while this run waited for it to be ready: a concurrent read-back saw a lower version
          // holding the digest and deleted this one as unused. The lower one is the artifact's.
          if ((e as { code?: string }).code === "RESOURCE_DOES_NOT_EXIST") return undefined;
          throw e;
        });
      // A concurrent promotion, or a retried create whose first answer was lost, may have made another.
      const kept = (await reconciled(r.model, digest)) ?? created;
      if (!kept) {
        throw new RuntimeFailure(
          `MLflow lost the version of "${r.model}" holding ${digest} while registering it`,
          {
            hint: "rerun the promotion",
          },
        );
      }
      return { version: kept.version, created: kept.tags[MLFLOW_TAGS.registration] === registration };
    },
    async moveAlias(r) {
      const before = await mlflow.getAliases(r.model);
      r.check(before);
      await mlflow.setAlias(r.model, r.alias, r.version);
      return { previous: before[r.alias], after: await mlflow.getAliases(r.model) };
    },
  };
}

export const mlflowRegistryBackend: RegistryBackend<typeof MlflowRegistryConfigSchema> = {
  schema: MlflowRegistryConfigSchema,
  folder: (config) => config.audit,
  semanticVersions: false,
  open(config, { files, env, logger }) {
    const token = env[config.token_env] || undefined;
    if (token) logger.mask(token);
    // Credentials in the URL become a basic-auth header; only the URL without them is ever shown.
    const shown = withoutUrlCredentials(config.tracking_uri).url;
    logger.info(`registry: MLflow at ${shown}; audit log in ${files.describe("models")}`);
    return mlflowModelRegistry(
      createMlflowClient({ trackingUri: config.tracking_uri, ...(token ? { token } : {}) }),
      shown,
    );
  },
};
