import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  commitWholePromotion,
  moveStageAlias,
  promotionId,
  promotionLinks,
  registerArtifact
} from "./chunk-QQDYURKN.js";
import {
  auditActor
} from "./chunk-2VKV5STD.js";
import {
  PromoteConfigSchema,
  fileDigest,
  openRegistry,
  recordedRefusals,
  verifyEvidence
} from "./chunk-J7BXV4IM.js";
import "./chunk-SXOIBMAW.js";
import "./chunk-4IFPBSRH.js";
import "./chunk-JHYWLUR6.js";
import {
  loadConfigFile
} from "./chunk-DG7BS5UH.js";
import {
  DEFAULT_RESULTS_DIR,
  newEnvelope,
  readEnvelopes,
  statusFromChecks,
  writeEnvelope
} from "./chunk-XSUZOP4V.js";
import "./chunk-G4QNM2E2.js";
import "./chunk-PYTCQQ7B.js";
import "./chunk-FJY5M3V4.js";
import "./chunk-33725BPV.js";
import {
  ConfigError
} from "./chunk-CYLWIE3E.js";
import "./chunk-SFHOJSAM.js";

// packages/commands/src/promote/promote-command.ts
import path2 from "node:path";

// packages/commands/src/promote/environment-approvals.ts
async function environmentApprovals(target, environment) {
  const { context, github } = target;
  if (!github || context.runId === void 0) return [];
  const { listRunApprovals } = await import("./src-UJVENJLY.js");
  const approvals = await listRunApprovals(github.octokit, {
    owner: github.owner,
    repo: github.repo,
    runId: context.runId
  });
  return approvals.filter((a) => a.environment === environment).map(({ user, environment: environment2 }) => ({ user, environment: environment2 }));
}

// packages/commands/src/promote/gto-tags.ts
function nextStageTag(tags, model, stage) {
  const n = 1 + Math.max(0, ...tags.map((t) => Number(/#(\d+)$/.exec(t)?.[1] ?? 0)));
  return `${model}#${stage}#${n}`;
}
async function pushGtoTags(target, promotion, logger) {
  const { config, stage, version } = promotion;
  const github = target.github;
  const sha = target.context.sha;
  if (!github || !sha) {
    logger.warn("gto_tags: no GitHub token or commit; tags not pushed");
    return;
  }
  const { createAnnotatedTag, listTags, tagsWithMessage } = await import("./src-UJVENJLY.js");
  const repo = { owner: github.owner, repo: github.repo };
  const trailer = `

Promotion-Id: ${promotion.id}`;
  if (promotion.registered) {
    await createAnnotatedTag(github.octokit, {
      ...repo,
      tag: `${config.model}@v${version}`,
      sha,
      message: `Register ${config.model} v${version}${trailer}`
    });
  }
  const prefix = `${config.model}#${stage.name}#`;
  if (promotion.rerun) {
    const pushed = await tagsWithMessage(github.octokit, { ...repo, prefix, text: trailer.trim() });
    if (pushed.length > 0) {
      logger.info(`gto_tags: ${pushed.join(", ")} already pushed by an earlier run`);
      return;
    }
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    const tags = await listTags(github.octokit, { ...repo, prefix: `${config.model}#` });
    const { created } = await createAnnotatedTag(github.octokit, {
      ...repo,
      tag: nextStageTag(tags, config.model, stage.name),
      sha,
      message: `Assign ${stage.name} to ${config.model} v${version}${trailer}`
    });
    if (created) return;
  }
  logger.warn(`gto_tags: could not create a ${prefix}N tag after 5 attempts`);
}

// packages/commands/src/promote/promotion-candidate.ts
import path from "node:path";

// packages/commands/src/promote/promotion-refusals.ts
function stageOrderDecision(previousStage, aliases, version) {
  const current = aliases[previousStage.alias];
  const atPrevious = current === version;
  return {
    check: {
      id: "policy:stage-order",
      title: `The version is at the previous stage (${previousStage.name})`,
      status: atPrevious ? "pass" : "fail",
      severity: "fail",
      observed: `${previousStage.alias} → ${current ?? "unset"}`,
      expected: `${previousStage.alias} → ${version}`
    },
    refusals: atPrevious ? [] : [`version ${version} is not at stage "${previousStage.name}": stages are promoted in order`]
  };
}
function approvalDecision(stage, approvals, dryRun) {
  const ok = approvals.length > 0;
  return {
    check: {
      id: "policy:approval",
      title: `Approved for the ${stage.environment} environment`,
      status: ok ? "pass" : dryRun ? "skipped" : "fail",
      severity: "fail",
      observed: ok ? approvals.map((a) => a.user).join(", ") : "no approval",
      expected: `an approval of environment ${stage.environment}`,
      ...ok ? {} : { message: "run this job with `environment: " + stage.environment + "` and required reviewers" }
    },
    refusals: ok || dryRun ? [] : [
      `stage "${stage.name}" needs an approval of the GitHub Environment "${stage.environment}", and this run has none`
    ]
  };
}
function digestRefusals(file, actual, version, registered) {
  return actual === registered ? [] : [`digest mismatch: ${file} is ${actual}, version ${version} is ${registered}`];
}

// packages/commands/src/promote/promotion-candidate.ts
var sha256Of = async (file) => `sha256:${(await fileDigest(file)).sha256}`;
async function newArtifactCandidate(config, options, registry, cwd, logger) {
  if (!options.model) {
    throw new ConfigError("no artifact to promote: give the challenger's model file", {
      location: { file: "promote inputs", path: "model" },
      hint: "the first stage registers a new artifact, e.g. --model .mlops/model/model.json"
    });
  }
  const artifactPath = path.resolve(cwd, options.model);
  const digest = await sha256Of(artifactPath).catch((e) => {
    throw new ConfigError(`the artifact ${options.model} is missing (${e.code ?? String(e)})`, {
      location: { file: artifactPath, path: "model" },
      hint: "download or build the challenger before promoting it"
    });
  });
  const evidenceDir = path.resolve(cwd, options.evidence || DEFAULT_RESULTS_DIR);
  const { envelopes } = await readEnvelopes(evidenceDir);
  logger.info(
    `${envelopes.length} result(s) in ${path.relative(cwd, evidenceDir) || "."}; artifact ${digest}`
  );
  const verdict = verifyEvidence(
    envelopes.filter((e) => e.kind !== "promotion"),
    {
      model: config.model,
      digest,
      kinds: config.evidence.kinds,
      firstModel: await onlyVersionsOf(registry, config.model, digest)
    }
  );
  return {
    version: options.version,
    digest,
    evidence: verdict.evidence,
    metrics: verdict.metrics,
    artifactPath,
    checks: [...verdict.checks],
    refusals: [...verdict.refusals]
  };
}
async function registeredCandidate(promotion, options, registry, cwd) {
  const { config, previousStage, before } = promotion;
  const location = registry.location(config.model);
  const version = options.version ?? before[previousStage.alias];
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
  const { digest, evidence } = record;
  const order = stageOrderDecision(previousStage, before, version);
  const refusals = [...order.refusals, ...recordedRefusals(evidence, digest)];
  if (options.model) {
    const actual = await sha256Of(path.resolve(cwd, options.model));
    refusals.push(...digestRefusals(options.model, actual, version, digest));
  }
  return { version, digest, evidence, checks: [order.check], refusals };
}
async function onlyVersionsOf(registry, model, digest) {
  for (const version of await registry.versions(model)) {
    if ((await registry.version(model, version))?.digest !== digest) return false;
  }
  return true;
}

// packages/commands/src/promote/promotion-details.ts
function promotionDetails(before, after, evidence, audits) {
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

// packages/commands/src/promote/promotion-policy.ts
function stageOf(config, name, configFile) {
  const index = name ? config.stages.findIndex((s) => s.name === name) : 0;
  if (index < 0) {
    throw new ConfigError(`unknown stage "${name}"`, {
      location: { file: configFile, path: "stages" },
      hint: `the stages are, in order: ${config.stages.map((s) => s.name).join(", ")}`
    });
  }
  return {
    config,
    stage: config.stages[index],
    previousStage: index > 0 ? config.stages[index - 1] : void 0
  };
}
async function loadPromotionPolicy(configFile, stage) {
  return stageOf(await loadConfigFile(configFile, PromoteConfigSchema), stage, configFile);
}

// packages/commands/src/promote/promotion-summary.ts
function promotionSummary(outcome) {
  const { refusals, stage, previous } = outcome;
  if (refusals.length > 0) {
    return `refused: ${refusals[0]}${refusals.length > 1 ? ` (and ${refusals.length - 1} more)` : ""}`;
  }
  if (outcome.alreadyPromoted) {
    return `already promoted: ${outcome.model} ${outcome.version} is at ${stage.name} (${stage.alias}); nothing written`;
  }
  const verb = outcome.dryRun ? "dry run: would promote" : "promoted";
  const after = outcome.awaitsApproval ? ` after the ${outcome.awaitsApproval} environment's required reviewers approve (not visible to a dry run)` : "";
  return `${verb} ${outcome.model} ${outcome.version} to ${stage.name} (${stage.alias}${previous ? `, was ${previous}` : ""})${after}`;
}

// packages/commands/src/promote/promote-command.ts
async function runPromote(options, io) {
  const { logger } = io;
  const cwd = io.cwd ?? process.cwd();
  const now = io.now ?? (() => /* @__PURE__ */ new Date());
  const env = io.env ?? process.env;
  const configFile = path2.resolve(cwd, options.config);
  const policy = await loadPromotionPolicy(configFile, options.stage);
  const { config, stage } = policy;
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
  const resultsDir = path2.resolve(cwd, options.resultsDir || DEFAULT_RESULTS_DIR);
  io.draft?.(envelope, { resultsDir, variant: stage.name });
  const result = await promote(policy, options, { target, envelope, now, cwd, env, logger, configFile });
  envelope.status = result.refusals.length > 0 ? "fail" : statusFromChecks(envelope.checks);
  envelope.summary = promotionSummary({
    ...result,
    dryRun: options.dryRun === true,
    model: config.model,
    stage
  });
  envelope.durationMs = Date.now() - startMs;
  result.status = envelope.status;
  result.envelopePath = await writeEnvelope(resultsDir, envelope, { variant: stage.name });
  logger.info(`${envelope.status}: ${envelope.summary ?? ""}`);
  return result;
}
async function promote(policy, options, s) {
  const { config, stage, previousStage } = policy;
  const { registry } = s.target;
  const { envelope } = s;
  const before = await registry.aliases(config.model);
  const candidate = previousStage ? await registeredCandidate({ config, previousStage, before }, options, registry, s.cwd) : await newArtifactCandidate(config, options, registry, s.cwd, s.logger);
  envelope.subject.digest = candidate.digest;
  if (candidate.version) envelope.subject.version = candidate.version;
  const approvals = stage.environment ? await environmentApprovals(s.target, stage.environment) : [];
  if (stage.environment) {
    const decision = approvalDecision(
      { ...stage, environment: stage.environment },
      approvals,
      options.dryRun === true
    );
    candidate.checks.push(decision.check);
    candidate.refusals.push(...decision.refusals);
  }
  envelope.checks = candidate.checks;
  const result = {
    status: "pass",
    envelopePath: "",
    alias: stage.alias,
    refusals: candidate.refusals
  };
  if (options.dryRun && stage.environment && approvals.length === 0) {
    result.awaitsApproval = stage.environment;
  }
  if (candidate.refusals.length > 0 || options.dryRun) {
    result.version = candidate.version ?? await registry.nextVersion(config.model);
    envelope.subject.version = result.version;
    result.previous = before[stage.alias];
    envelope.details = promotionDetails(before, before, candidate.evidence, void 0);
    return result;
  }
  const written = await writePromotion(policy, candidate, options, { ...s, approvals });
  result.version = written.version;
  if (written.previous) result.previous = written.previous;
  if (written.alreadyPromoted) result.alreadyPromoted = true;
  envelope.subject.version = written.version;
  envelope.details = promotionDetails(before, written.after, candidate.evidence, written.audits);
  return result;
}
async function writePromotion(policy, candidate, options, s) {
  const { config, stage, previousStage } = policy;
  const { target, logger } = s;
  const audit = {
    at: s.now().toISOString(),
    actor: await auditActor(target.context, s.cwd, s.env),
    reason: options.reason?.trim() || `promote ${config.model} to ${stage.name}`,
    links: promotionLinks(target.context, options.pullRequest, options.reportUrl)
  };
  if (target.registry.promote) {
    const outcome = await commitWholePromotion(policy, candidate, target, {
      ...audit,
      approvals: s.approvals,
      configFile: s.configFile,
      now: s.now
    });
    const alreadyPromoted = outcome.landed !== "now";
    logger.info(
      alreadyPromoted ? `${config.model} ${outcome.version} was already promoted to ${stage.name}: nothing written` : `${config.model}@${stage.alias}: ${outcome.previous ?? "(unset)"} → ${outcome.version} in one commit`
    );
    if (config.gto_tags && outcome.landed !== "already") {
      await pushGtoTags(
        target,
        {
          config,
          stage,
          version: outcome.version,
          registered: outcome.audits.some((a) => a.action === "register"),
          id: promotionId(config.model, candidate.digest, stage.name, target.context),
          rerun: outcome.landed === "earlier"
        },
        logger
      );
    }
    return { ...outcome, alreadyPromoted };
  }
  const audits = [];
  let version = candidate.version;
  if (candidate.artifactPath) {
    const registered = await registerArtifact(
      config,
      { ...candidate, artifactPath: candidate.artifactPath },
      target,
      { ...audit, configFile: s.configFile, now: s.now }
    );
    version = registered.version;
    logger.info(`${registered.audit ? "registered" : "already registered as"} ${config.model} ${version}`);
    if (registered.audit) audits.push(registered.audit);
  }
  const promoted = { ...candidate, version };
  const moved = await moveStageAlias(policy, promoted, target, { ...audit, approvals: s.approvals });
  audits.push(moved.audit);
  if (config.gto_tags) {
    await pushGtoTags(
      target,
      {
        config,
        stage,
        version: promoted.version,
        registered: !previousStage,
        id: promotionId(config.model, candidate.digest, stage.name, target.context),
        rerun: false
      },
      logger
    );
  }
  logger.info(`${config.model}@${stage.alias}: ${moved.previous ?? "(unset)"} → ${promoted.version}`);
  return {
    version: promoted.version,
    previous: moved.previous,
    after: moved.after,
    audits,
    alreadyPromoted: false
  };
}
export {
  runPromote
};
