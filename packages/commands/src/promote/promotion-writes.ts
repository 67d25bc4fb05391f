import { createHash, randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "@mlops/core";
import {
  type AuditRecord,
  appendAuditRecord,
  type Evidence,
  type PromoteConfig,
  type PromotionOutcome,
  type RegistryTarget,
  releaseAssetTag,
  type Stage,
  storedArtifactDir,
} from "@mlops/registry";

/** Who promotes, why and when, and what the records link to: the same on every record of one promotion. */
export interface AuditContext {
  at: string;
  actor: string;
  reason: string;
  links: Record<string, string>;
}

const record = (
  target: RegistryTarget,
  audit: AuditContext,
  evidence: Evidence | undefined,
  fields: Pick<AuditRecord, "action" | "model" | "version" | "digest"> & Partial<AuditRecord>,
) =>
  appendAuditRecord(target.files, {
    id: randomUUID(),
    at: audit.at,
    ...fields,
    actor: audit.actor,
    reason: audit.reason,
    links: audit.links,
    ...(evidence ? { evidence } : {}),
  });

/** Stores the artifact where the policy says: a GitHub release asset, or the registry folder. */
export async function storeArtifact(
  config: PromoteConfig,
  artifactPath: string,
  digest: string,
  target: RegistryTarget,
  configFile: string,
): Promise<{ uri: string; sha256: string; bytes: number }> {
  const artifact = await placeArtifact(config, artifactPath, digest, target, configFile);
  if (artifact.stored) {
    // "conflict" means the file exists: its name is its digest, and every read verifies the bytes.
    await target.files.write(artifact.stored.file, artifact.stored.bytes, {
      expect: null,
      message: `registry: store ${config.model} artifact ${digest}`,
    });
  }
  return artifact.record;
}

/**
 * Where the artifact goes: a release asset is uploaded now (and verified), before anything refers to
 * it; a copy in the registry folder is returned as the file to write with the promotion. Both are
 * named by the digest, so a rerun finds the same place.
 */
export async function placeArtifact(
  config: PromoteConfig,
  artifactPath: string,
  digest: string,
  target: RegistryTarget,
  configFile: string,
): Promise<{
  record: { uri: string; sha256: string; bytes: number };
  stored?: { file: string; bytes: Uint8Array };
}> {
  const bytes = await readFile(artifactPath);
  const sha256 = digest.slice("sha256:".length);
  const name = path.basename(artifactPath);
  if (config.artifacts === "github-release") {
    const github = target.github;
    if (!github) {
      throw new ConfigError("artifacts: github-release needs a GitHub token and repository", {
        location: { file: configFile, path: "artifacts" },
        hint: "pass github-token, or store artifacts in the registry (artifacts: registry)",
      });
    }
    const { putReleaseAsset } = await import("@mlops/github");
    const stored = await putReleaseAsset(github.octokit, {
      owner: github.owner,
      repo: github.repo,
      tag: releaseAssetTag(config.model, sha256),
      target: target.context.sha ?? github.branch,
      name,
      data: bytes,
    });
    return { record: { uri: stored.url, sha256, bytes: bytes.length } };
  }
  const file = `${storedArtifactDir(config.model, sha256)}/${name}`;
  return { record: { uri: file, sha256, bytes: bytes.length }, stored: { file, bytes } };
}

/**
 * The promotion's idempotency key: what is promoted, to which stage, by which run attempt. A rerun of
 * the same attempt (or a local rerun) finds the receipt under this id; another attempt finds the
 * alias already where it should be.
 */
export function promotionId(
  model: string,
  digest: string,
  stage: string,
  run: { runId?: number | undefined; runAttempt?: number | undefined },
): string {
  const what = JSON.stringify([model, digest, stage, run.runId ?? null, run.runAttempt ?? null]);
  return createHash("sha256").update(what).digest("hex").slice(0, 32);
}

/**
 * The whole promotion as one registry change: artifact copy, version, alias and audit records land
 * together, or — on a rerun — are found where an earlier run of the same promotion put them.
 */
export async function commitWholePromotion(
  promotion: { config: PromoteConfig; stage: Stage; previousStage: Stage | undefined },
  candidate: {
    version: string | undefined;
    digest: string;
    evidence: Evidence | undefined;
    metrics?: Record<string, number>;
    artifactPath?: string;
  },
  target: RegistryTarget,
  audit: AuditContext & {
    approvals: { user: string; environment: string }[];
    configFile: string;
    now: () => Date;
  },
): Promise<PromotionOutcome> {
  const { config, stage, previousStage } = promotion;
  const { digest, evidence } = candidate;
  const promote = target.registry.promote!;
  const placed = candidate.artifactPath
    ? await placeArtifact(config, candidate.artifactPath, digest, target, audit.configFile)
    : undefined;
  const firstEnvelopeLineage = evidence?.results[0];
  return promote({
    id: promotionId(config.model, digest, stage.name, target.context),
    model: config.model,
    alias: stage.alias,
    ...(placed
      ? {
          register: {
            model: config.model,
            ...(candidate.version ? { version: candidate.version } : {}),
            artifact: placed.record,
            ...(candidate.metrics ? { metrics: candidate.metrics } : {}),
            ...(evidence ? { evidence } : {}),
            lineage: {
              ...(firstEnvelopeLineage?.gitSha ? { gitSha: firstEnvelopeLineage.gitSha } : {}),
              ...(firstEnvelopeLineage?.runUrl ? { runUrl: firstEnvelopeLineage.runUrl } : {}),
            },
            createdAt: audit.now(),
            ...(placed.stored ? { stored: placed.stored } : {}),
          },
        }
      : { version: candidate.version! }),
    check: (aliases) => checkStillAtPreviousStage(promotion, candidate.version, target, aliases),
    audit: {
      at: audit.at,
      digest,
      stage: stage.name,
      ...(stage.environment ? { environment: stage.environment } : {}),
      actor: audit.actor,
      reason: audit.reason,
      links: audit.links,
      ...(audit.approvals.length > 0 ? { approvals: audit.approvals } : {}),
      ...(evidence ? { evidence } : {}),
    },
    message: `registry: ${config.model}@${stage.alias} → ${candidate.version ?? digest}${previousStage ? "" : " (register)"}`,
  });
}

/** Re-checked on every attempt: a concurrent promotion may have moved the previous stage on. */
function checkStillAtPreviousStage(
  promotion: { config: PromoteConfig; previousStage: Stage | undefined },
  version: string | undefined,
  target: RegistryTarget,
  aliases: Record<string, string>,
): void {
  const { config, previousStage } = promotion;
  if (!previousStage || aliases[previousStage.alias] === version) return;
  throw new ConfigError(`version ${version} left stage "${previousStage.name}" while this promotion ran`, {
    location: { file: target.registry.location(config.model), path: `aliases.${previousStage.alias}` },
    hint: "rerun the promotion for the version now at that stage",
  });
}

/**
 * Stores and registers a new artifact; registering the same bytes again finds the existing version,
 * which is what makes a rerun safe. Only a new version gets a `register` audit record.
 */
export async function registerArtifact(
  config: PromoteConfig,
  candidate: {
    version: string | undefined;
    digest: string;
    evidence: Evidence | undefined;
    metrics?: Record<string, number>;
    artifactPath: string;
  },
  target: RegistryTarget,
  audit: AuditContext & { configFile: string; now: () => Date },
): Promise<{ version: string; audit?: AuditRecord }> {
  const { digest, evidence, version } = candidate;
  const artifact = await storeArtifact(config, candidate.artifactPath, digest, target, audit.configFile);
  const firstEnvelopeLineage = evidence?.results[0];
  const registered = await target.registry.register({
    model: config.model,
    ...(version ? { version } : {}),
    artifact,
    source: URL.canParse(artifact.uri) ? artifact.uri : target.uri(artifact.uri),
    ...(candidate.metrics ? { metrics: candidate.metrics } : {}),
    ...(evidence ? { evidence } : {}),
    links: audit.links,
    lineage: {
      ...(firstEnvelopeLineage?.gitSha ? { gitSha: firstEnvelopeLineage.gitSha } : {}),
      ...(firstEnvelopeLineage?.runUrl ? { runUrl: firstEnvelopeLineage.runUrl } : {}),
    },
    createdAt: audit.now(),
  });
  if (!registered.created) return { version: registered.version };
  const written = await record(target, audit, evidence, {
    action: "register",
    model: config.model,
    version: registered.version,
    digest,
  });
  return { version: registered.version, audit: written };
}

/** Points the stage's alias at the version and records the promotion with its approvals. */
export async function moveStageAlias(
  promotion: { config: PromoteConfig; stage: Stage; previousStage: Stage | undefined },
  candidate: { version: string; digest: string; evidence: Evidence | undefined },
  target: RegistryTarget,
  audit: AuditContext & { approvals: { user: string; environment: string }[] },
): Promise<{ previous: string | undefined; after: Record<string, string>; audit: AuditRecord }> {
  const { config, stage } = promotion;
  const { version } = candidate;
  const moved = await target.registry.moveAlias({
    model: config.model,
    alias: stage.alias,
    version,
    message: `registry: ${config.model}@${stage.alias} → ${version}`,
    check: (aliases) => checkStillAtPreviousStage(promotion, version, target, aliases),
  });
  const written = await record(target, audit, candidate.evidence, {
    action: "promote",
    model: config.model,
    version,
    digest: candidate.digest,
    alias: stage.alias,
    stage: stage.name,
    ...(stage.environment ? { environment: stage.environment } : {}),
    previous: moved.previous ?? null,
    ...(audit.approvals.length > 0 ? { approvals: audit.approvals } : {}),
  });
  return { previous: moved.previous, after: moved.after, audit: written };
}
