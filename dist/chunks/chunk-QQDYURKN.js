import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  appendAuditRecord,
  releaseAssetTag,
  storedArtifactDir
} from "./chunk-J7BXV4IM.js";
import {
  ConfigError
} from "./chunk-CYLWIE3E.js";

// packages/commands/src/promote/promotion-links.ts
function promotionLinks(context, pullRequest, reportUrl) {
  const links = {};
  const repo = context.repository && `${context.serverUrl}/${context.repository.owner}/${context.repository.repo}`;
  if (context.runUrl) links.run = context.runUrl;
  if (repo && context.sha) links.commit = `${repo}/commit/${context.sha}`;
  if (pullRequest !== void 0 && repo) links.pullRequest = `${repo}/pull/${pullRequest}`;
  if (reportUrl) links.report = reportUrl;
  return links;
}

// packages/commands/src/promote/promotion-writes.ts
import { createHash, randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
var record = (target, audit, evidence, fields) => appendAuditRecord(target.files, {
  id: randomUUID(),
  at: audit.at,
  ...fields,
  actor: audit.actor,
  reason: audit.reason,
  links: audit.links,
  ...evidence ? { evidence } : {}
});
async function storeArtifact(config, artifactPath, digest, target, configFile) {
  const artifact = await placeArtifact(config, artifactPath, digest, target, configFile);
  if (artifact.stored) {
    await target.files.write(artifact.stored.file, artifact.stored.bytes, {
      expect: null,
      message: `registry: store ${config.model} artifact ${digest}`
    });
  }
  return artifact.record;
}
async function placeArtifact(config, artifactPath, digest, target, configFile) {
  const bytes = await readFile(artifactPath);
  const sha256 = digest.slice("sha256:".length);
  const name = path.basename(artifactPath);
  if (config.artifacts === "github-release") {
    const github = target.github;
    if (!github) {
      throw new ConfigError("artifacts: github-release needs a GitHub token and repository", {
        location: { file: configFile, path: "artifacts" },
        hint: "pass github-token, or store artifacts in the registry (artifacts: registry)"
      });
    }
    const { putReleaseAsset } = await import("./src-UJVENJLY.js");
    const stored = await putReleaseAsset(github.octokit, {
      owner: github.owner,
      repo: github.repo,
      tag: releaseAssetTag(config.model, sha256),
      target: target.context.sha ?? github.branch,
      name,
      data: bytes
    });
    return { record: { uri: stored.url, sha256, bytes: bytes.length } };
  }
  const file = `${storedArtifactDir(config.model, sha256)}/${name}`;
  return { record: { uri: file, sha256, bytes: bytes.length }, stored: { file, bytes } };
}
function promotionId(model, digest, stage, run) {
  const what = JSON.stringify([model, digest, stage, run.runId ?? null, run.runAttempt ?? null]);
  return createHash("sha256").update(what).digest("hex").slice(0, 32);
}
async function commitWholePromotion(promotion, candidate, target, audit) {
  const { config, stage, previousStage } = promotion;
  const { digest, evidence } = candidate;
  const promote = target.registry.promote;
  const placed = candidate.artifactPath ? await placeArtifact(config, candidate.artifactPath, digest, target, audit.configFile) : void 0;
  const firstEnvelopeLineage = evidence?.results[0];
  return promote({
    id: promotionId(config.model, digest, stage.name, target.context),
    model: config.model,
    alias: stage.alias,
    ...placed ? {
      register: {
        model: config.model,
        ...candidate.version ? { version: candidate.version } : {},
        artifact: placed.record,
        ...candidate.metrics ? { metrics: candidate.metrics } : {},
        ...evidence ? { evidence } : {},
        lineage: {
          ...firstEnvelopeLineage?.gitSha ? { gitSha: firstEnvelopeLineage.gitSha } : {},
          ...firstEnvelopeLineage?.runUrl ? { runUrl: firstEnvelopeLineage.runUrl } : {}
        },
        createdAt: audit.now(),
        ...placed.stored ? { stored: placed.stored } : {}
      }
    } : { version: candidate.version },
    check: (aliases) => checkStillAtPreviousStage(promotion, candidate.version, target, aliases),
    audit: {
      at: audit.at,
      digest,
      stage: stage.name,
      ...stage.environment ? { environment: stage.environment } : {},
      actor: audit.actor,
      reason: audit.reason,
      links: audit.links,
      ...audit.approvals.length > 0 ? { approvals: audit.approvals } : {},
      ...evidence ? { evidence } : {}
    },
    message: `registry: ${config.model}@${stage.alias} → ${candidate.version ?? digest}${previousStage ? "" : " (register)"}`
  });
}
function checkStillAtPreviousStage(promotion, version, target, aliases) {
  const { config, previousStage } = promotion;
  if (!previousStage || aliases[previousStage.alias] === version) return;
  throw new ConfigError(`version ${version} left stage "${previousStage.name}" while this promotion ran`, {
    location: { file: target.registry.location(config.model), path: `aliases.${previousStage.alias}` },
    hint: "rerun the promotion for the version now at that stage"
  });
}
async function registerArtifact(config, candidate, target, audit) {
  const { digest, evidence, version } = candidate;
  const artifact = await storeArtifact(config, candidate.artifactPath, digest, target, audit.configFile);
  const firstEnvelopeLineage = evidence?.results[0];
  const registered = await target.registry.register({
    model: config.model,
    ...version ? { version } : {},
    artifact,
    source: URL.canParse(artifact.uri) ? artifact.uri : target.uri(artifact.uri),
    ...candidate.metrics ? { metrics: candidate.metrics } : {},
    ...evidence ? { evidence } : {},
    links: audit.links,
    lineage: {
      ...firstEnvelopeLineage?.gitSha ? { gitSha: firstEnvelopeLineage.gitSha } : {},
      ...firstEnvelopeLineage?.runUrl ? { runUrl: firstEnvelopeLineage.runUrl } : {}
    },
    createdAt: audit.now()
  });
  if (!registered.created) return { version: registered.version };
  const written = await record(target, audit, evidence, {
    action: "register",
    model: config.model,
    version: registered.version,
    digest
  });
  return { version: registered.version, audit: written };
}
async function moveStageAlias(promotion, candidate, target, audit) {
  const { config, stage } = promotion;
  const { version } = candidate;
  const moved = await target.registry.moveAlias({
    model: config.model,
    alias: stage.alias,
    version,
    message: `registry: ${config.model}@${stage.alias} → ${version}`,
    check: (aliases) => checkStillAtPreviousStage(promotion, version, target, aliases)
  });
  const written = await record(target, audit, candidate.evidence, {
    action: "promote",
    model: config.model,
    version,
    digest: candidate.digest,
    alias: stage.alias,
    stage: stage.name,
    ...stage.environment ? { environment: stage.environment } : {},
    previous: moved.previous ?? null,
    ...audit.approvals.length > 0 ? { approvals: audit.approvals } : {}
  });
  return { previous: moved.previous, after: moved.after, audit: written };
}

export {
  promotionLinks,
  placeArtifact,
  promotionId,
  commitWholePromotion,
  registerArtifact,
  moveStageAlias
};
