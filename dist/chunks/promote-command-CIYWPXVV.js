import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  PromoteConfigSchema,
  appendAuditRecord,
  fileDigest,
  openRegistry,
  recordedRefusals,
  storedArtifactDir,
  verifyEvidence
} from "./chunk-GW25ODXF.js";
import {
  DEFAULT_RESULTS_DIR,
  readEnvelopes,
  writeEnvelope
} from "./chunk-SNH6PZKR.js";
import {
  newEnvelope,
  statusFromChecks
} from "./chunk-72VR2ETG.js";
import {
  loadConfigFile
} from "./chunk-4PMVCHUS.js";
import "./chunk-XR2IEJ4Y.js";
import {
  ConfigError
} from "./chunk-H53TV354.js";
import "./chunk-SFHOJSAM.js";

// packages/commands/src/promote/promote-command.ts
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
async function runPromote(options, io) {
  const { logger } = io;
  const env = io.env ?? process.env;
  const cwd = io.cwd ?? process.cwd();
  const now = io.now ?? (() => /* @__PURE__ */ new Date());
  const configFile = path.resolve(cwd, options.config);
  const config = await loadConfigFile(configFile, PromoteConfigSchema);
  const stageIndex = options.stage ? config.stages.findIndex((s) => s.name === options.stage) : 0;
  if (stageIndex < 0) {
    throw new ConfigError(`unknown stage "${options.stage}"`, {
      location: { file: configFile, path: "stages" },
      hint: `the stages are, in order: ${config.stages.map((s) => s.name).join(", ")}`
    });
  }
  const stage = config.stages[stageIndex];
  const started = now();
  const startMs = Date.now();
  const target = await openRegistry({
    configFile,
    registry: config.registry,
    override: options.registry,
    writes: options.registryWrites,
    ...options.token ? { token: options.token } : {},
    env,
    cwd,
    logger
  });
  const { context } = target;
  const { registry } = target;
  const links = {};
  if (context.runUrl) links.run = context.runUrl;
  if (context.repository && context.sha) {
    links.commit = `${context.serverUrl}/${context.repository.owner}/${context.repository.repo}/commit/${context.sha}`;
  }
  if (options.pullRequest !== void 0 && context.repository) {
    links.pullRequest = `${context.serverUrl}/${context.repository.owner}/${context.repository.repo}/pull/${options.pullRequest}`;
  }
  if (options.reportUrl) links.report = options.reportUrl;
  const envelope = newEnvelope({
    kind: "promotion",
    title: `Promotion: ${config.model} → ${stage.name} (${stage.alias})`,
    subject: { type: "model", name: config.model },
    startedAt: started.toISOString(),
    details: [],
    lineage: {
      ...context.sha ? { gitSha: context.sha } : {},
      ...context.runUrl ? { runUrl: context.runUrl } : {}
    }
  });
  const resultsDir = path.resolve(cwd, options.resultsDir || DEFAULT_RESULTS_DIR);
  const result = { status: "pass", envelopePath: "", alias: stage.alias, refusals: [] };
  io.draft?.(envelope, { resultsDir, variant: stage.name });
  await promote(config, stage, stageIndex, options, {
    target,
    registry,
    envelope,
    result,
    links,
    now,
    cwd,
    logger,
    configFile
  });
  envelope.status = result.refusals.length > 0 ? "fail" : statusFromChecks(envelope.checks);
  envelope.summary = result.refusals.length > 0 ? `refused: ${result.refusals[0]}${result.refusals.length > 1 ? ` (and ${result.refusals.length - 1} more)` : ""}` : `${options.dryRun ? "dry run: would promote" : "promoted"} ${config.model} ${result.version} to ${stage.name} (${stage.alias}${result.previous ? `, was ${result.previous}` : ""})`;
  envelope.durationMs = Date.now() - startMs;
  result.status = envelope.status;
  result.envelopePath = await writeEnvelope(resultsDir, envelope, { variant: stage.name });
  logger.info(`${envelope.status}: ${envelope.summary ?? ""}`);
  return result;
}
async function promote(config, stage, stageIndex, options, s) {
  const { registry, envelope, result, logger } = s;
  const before = await registry.aliases(config.model);
  const location = registry.location(config.model);
  const checks = [];
  let version = options.version;
  let digest;
  let evidence;
  let artifactPath;
  const previousStage = stageIndex > 0 ? config.stages[stageIndex - 1] : void 0;
  if (!previousStage) {
    if (!options.model) {
      throw new ConfigError("no artifact to promote: give the challenger's model file", {
        location: { file: "promote inputs", path: "model" },
        hint: "the first stage registers a new artifact, e.g. --model .mlops/model/model.json"
      });
    }
    artifactPath = path.resolve(s.cwd, options.model);
    const found = await fileDigest(artifactPath).catch((e) => {
      throw new ConfigError(`the artifact ${options.model} is missing (${e.code ?? String(e)})`, {
        location: { file: artifactPath, path: "model" },
        hint: "download or build the challenger before promoting it"
      });
    });
    digest = `sha256:${found.sha256}`;
    const evidenceDir = path.resolve(s.cwd, options.evidence || DEFAULT_RESULTS_DIR);
    const { envelopes } = await readEnvelopes(evidenceDir);
    logger.info(
      `${envelopes.length} result(s) in ${path.relative(s.cwd, evidenceDir) || "."}; artifact ${digest}`
    );
    const verdict = verifyEvidence(
      envelopes.filter((e) => e.kind !== "promotion"),
      { model: config.model, digest, kinds: config.evidence.kinds }
    );
    checks.push(...verdict.checks);
    result.refusals.push(...verdict.refusals);
    evidence = verdict.evidence;
  } else {
    version ??= before[previousStage.alias];
    if (!version) {
      throw new ConfigError(
        `no version is at stage "${previousStage.name}" (alias ${previousStage.alias} is not set)`,
        {
          location: { file: location, path: `aliases.${previousStage.alias}` },
          hint: `promote to ${previousStage.name} first: stages go ${config.stages.map((x) => x.name).join(" → ")}`
        }
      );
    }
    const record = await registry.version(config.model, version);
    if (!record) {
      throw new ConfigError(`version ${version} of "${config.model}" is not registered`, {
        location: { file: location, path: "version" }
      });
    }
    digest = record.digest;
    evidence = record.evidence;
    const atPrevious = before[previousStage.alias] === version;
    checks.push({
      id: "policy:stage-order",
      title: `The version is at the previous stage (${previousStage.name})`,
      status: atPrevious ? "pass" : "fail",
      severity: "fail",
      observed: `${previousStage.alias} → ${before[previousStage.alias] ?? "unset"}`,
      expected: `${previousStage.alias} → ${version}`
    });
    if (!atPrevious) {
      result.refusals.push(
        `version ${version} is not at stage "${previousStage.name}": stages are promoted in order`
      );
    }
    for (const r of recordedRefusals(evidence, digest)) result.refusals.push(r);
    if (options.model) {
      const actual = `sha256:${(await fileDigest(path.resolve(s.cwd, options.model))).sha256}`;
      if (actual !== digest) {
        result.refusals.push(
          `digest mismatch: ${options.model} is ${actual}, version ${version} is ${digest}`
        );
      }
    }
  }
  envelope.subject.digest = digest;
  if (version) envelope.subject.version = version;
  const approvals = await environmentApprovals(stage, s, checks, result, options.dryRun === true);
  envelope.checks = checks;
  if (result.refusals.length > 0 || options.dryRun) {
    result.version = version ?? await registry.nextVersion(config.model);
    envelope.subject.version = result.version;
    result.previous = before[stage.alias];
    envelope.details = registryDetails(before, before, evidence, void 0);
    return;
  }
  const actor = s.target.context.actor ?? s.target.context.repository?.owner ?? (process.env.USER || "unknown");
  const reason = options.reason?.trim() || `promote ${config.model} to ${stage.name}`;
  const at = s.now().toISOString();
  const audits = [];
  if (!previousStage) {
    const artifact = await storeArtifact(config, artifactPath, digest, s);
    const firstEnvelopeLineage = evidence?.results[0];
    const registered = await registry.register({
      model: config.model,
      ...version ? { version } : {},
      artifact,
      source: URL.canParse(artifact.uri) ? artifact.uri : s.target.uri(artifact.uri),
      ...evidence ? { evidence } : {},
      links: s.links,
      lineage: {
        ...firstEnvelopeLineage?.gitSha ? { gitSha: firstEnvelopeLineage.gitSha } : {},
        ...firstEnvelopeLineage?.runUrl ? { runUrl: firstEnvelopeLineage.runUrl } : {}
      },
      createdAt: s.now()
    });
    version = registered.version;
    logger.info(`${registered.created ? "registered" : "already registered as"} ${config.model} ${version}`);
    if (registered.created) {
      audits.push(
        await appendAuditRecord(s.target.files, {
          id: randomUUID(),
          at,
          action: "register",
          model: config.model,
          version,
          digest,
          actor,
          reason,
          links: s.links,
          ...evidence ? { evidence } : {}
        })
      );
    }
  }
  const promotedVersion = version;
  const moved = await registry.moveAlias({
    model: config.model,
    alias: stage.alias,
    version: promotedVersion,
    message: `registry: ${config.model}@${stage.alias} → ${promotedVersion}`,
    check: (aliases) => {
      if (previousStage && aliases[previousStage.alias] !== promotedVersion) {
        throw new ConfigError(
          `version ${promotedVersion} left stage "${previousStage.name}" while this promotion ran`,
          {
            location: { file: location, path: `aliases.${previousStage.alias}` },
            hint: "rerun the promotion for the version now at that stage"
          }
        );
      }
    }
  });
  audits.push(
    await appendAuditRecord(s.target.files, {
      id: randomUUID(),
      at,
      action: "promote",
      model: config.model,
      version: promotedVersion,
      digest,
      alias: stage.alias,
      stage: stage.name,
      ...stage.environment ? { environment: stage.environment } : {},
      previous: moved.previous ?? null,
      actor,
      reason,
      links: s.links,
      ...approvals.length > 0 ? { approvals } : {},
      ...evidence ? { evidence } : {}
    })
  );
  if (config.gto_tags) await pushGtoTags(config, stage, promotedVersion, s, !previousStage);
  result.version = promotedVersion;
  if (moved.previous) result.previous = moved.previous;
  envelope.subject.version = promotedVersion;
  envelope.details = registryDetails(before, moved.after, evidence, audits);
  logger.info(`${config.model}@${stage.alias}: ${moved.previous ?? "(unset)"} → ${promotedVersion}`);
}
async function environmentApprovals(stage, s, checks, result, dryRun) {
  if (!stage.environment) return [];
  const { context, github } = s.target;
  let approvals = [];
  if (github && context.runId !== void 0) {
    const { listRunApprovals } = await import("./src-MAYKHHQM.js");
    approvals = (await listRunApprovals(github.octokit, { owner: github.owner, repo: github.repo, runId: context.runId })).filter((a) => a.environment === stage.environment).map(({ user, environment }) => ({ user, environment }));
  }
  const ok = approvals.length > 0;
  checks.push({
    id: "policy:approval",
    title: `Approved for the ${stage.environment} environment`,
    status: ok ? "pass" : dryRun ? "skipped" : "fail",
    severity: "fail",
    observed: ok ? approvals.map((a) => a.user).join(", ") : "no approval",
    expected: `an approval of environment ${stage.environment}`,
    ...ok ? {} : { message: "run this job with `environment: " + stage.environment + "` and required reviewers" }
  });
  if (!ok && !dryRun) {
    result.refusals.push(
      `stage "${stage.name}" needs an approval of the GitHub Environment "${stage.environment}", and this run has none`
    );
  }
  return approvals;
}
async function storeArtifact(config, artifactPath, digest, s) {
  const bytes = await readFile(artifactPath);
  const sha256 = digest.slice("sha256:".length);
  const name = path.basename(artifactPath);
  if (config.artifacts === "github-release") {
    const github = s.target.github;
    if (!github) {
      throw new ConfigError("artifacts: github-release needs a GitHub token and repository", {
        location: { file: s.configFile, path: "artifacts" },
        hint: "pass github-token, or store artifacts in the registry (artifacts: registry)"
      });
    }
    const { putReleaseAsset } = await import("./src-MAYKHHQM.js");
    const stored = await putReleaseAsset(github.octokit, {
      owner: github.owner,
      repo: github.repo,
      tag: `${config.model}@sha256-${sha256.slice(0, 12)}`,
      target: s.target.context.sha ?? github.branch,
      name,
      data: bytes
    });
    return { uri: stored.url, sha256, bytes: bytes.length };
  }
  const uri = `${storedArtifactDir(config.model, sha256)}/${name}`;
  await s.target.files.write(uri, bytes, {
    expect: null,
    message: `registry: store ${config.model} artifact ${digest}`
  });
  return { uri, sha256, bytes: bytes.length };
}
async function pushGtoTags(config, stage, version, s, registered) {
  const github = s.target.github;
  const sha = s.target.context.sha;
  if (!github || !sha) {
    s.logger.warn("gto_tags: no GitHub token or commit; tags not pushed");
    return;
  }
  const { createAnnotatedTag, listTags } = await import("./src-MAYKHHQM.js");
  const repo = { owner: github.owner, repo: github.repo };
  if (registered) {
    await createAnnotatedTag(github.octokit, {
      ...repo,
      tag: `${config.model}@v${version}`,
      sha,
      message: `Register ${config.model} v${version}`
    });
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    const tags = await listTags(github.octokit, { ...repo, prefix: `${config.model}#` });
    const n = 1 + Math.max(0, ...tags.map((t) => Number(/#(\d+)$/.exec(t)?.[1] ?? 0)));
    const tag = `${config.model}#${stage.name}#${n}`;
    const { created } = await createAnnotatedTag(github.octokit, {
      ...repo,
      tag,
      sha,
      message: `Assign ${stage.name} to ${config.model} v${version}`
    });
    if (created) return;
  }
  s.logger.warn(`gto_tags: could not create a ${config.model}#${stage.name}#N tag after 5 attempts`);
}
function registryDetails(before, after, evidence, audits) {
  const aliases = [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const details = [
    {
      type: "table",
      title: "Registry aliases, before and after",
      columns: ["alias", "before", "after"],
      rows: aliases.map((a) => [a, before[a] ?? "—", after[a] ?? "—"])
    }
  ];
  if (evidence) {
    details.push({
      type: "table",
      title: `Evidence for ${evidence.digest}`,
      columns: ["result", "gate", "status", "observed", "expected"],
      rows: evidence.gates.map((g) => [
        g.kind,
        g.title ?? g.id,
        g.status,
        g.observed ?? null,
        g.expected ?? null
      ])
    });
  }
  if (audits && audits.length > 0) {
    details.push({
      type: "table",
      title: "Audit records written",
      columns: ["action", "version", "previous", "actor", "reason", "links"],
      rows: audits.map((a) => [
        a.action,
        a.version,
        a.previous ?? null,
        a.actor,
        a.reason,
        Object.entries(a.links).map(([k, v]) => `${k}: ${v}`).join(" · ") || null
      ])
    });
  }
  return details;
}
export {
  runPromote
};
