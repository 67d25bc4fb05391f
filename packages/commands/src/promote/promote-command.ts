import path from "node:path";
import {
  type CommandIO,
  DEFAULT_RESULTS_DIR,
  type Envelope,
  newEnvelope,
  type Status,
  statusFromChecks,
  writeEnvelope,
} from "@mlops/core";
import { type AuditRecord, openRegistry, type RegistryTarget } from "@mlops/registry";
import { auditActor } from "../audit-actor.ts";
import { environmentApprovals } from "./environment-approvals.ts";
import { pushGtoTags } from "./gto-tags.ts";
import { type Candidate, newArtifactCandidate, registeredCandidate } from "./promotion-candidate.ts";
import { promotionDetails } from "./promotion-details.ts";
import { promotionLinks } from "./promotion-links.ts";
import { loadPromotionPolicy, type PromotionPolicy } from "./promotion-policy.ts";
import { approvalDecision } from "./promotion-refusals.ts";
import { promotionSummary } from "./promotion-summary.ts";
import {
  type AuditContext,
  commitWholePromotion,
  moveStageAlias,
  promotionId,
  registerArtifact,
} from "./promotion-writes.ts";

export interface PromoteOptions {
  /** The promotion policy (promote.yml). */
  config: string;
  /** Stage to promote to; default the first. */
  stage?: string;
  /** The challenger's artifact file (first stage; at later stages it is checked against the registry). */
  model?: string;
  /** Explicit version to register (first stage) or to move up (later stages). */
  version?: string;
  /** Where the evaluation results for the artifact are (the PR run's artifact, downloaded). */
  evidence?: string;
  resultsDir?: string;
  dryRun?: boolean;
  reason?: string;
  pullRequest?: number;
  reportUrl?: string;
  registryWrites?: "local" | "api";
  /** Use this registry folder instead of the policy's (e.g. a scratch copy). */
  registry?: string;
  token?: string;
}

export type PromoteIO = CommandIO;

export interface PromoteResult {
  status: Status;
  envelopePath: string;
  version?: string;
  previous?: string;
  alias: string;
  /** Why the promotion was refused; empty when it went ahead (or would, in a dry run). */
  refusals: string[];
  /** Set when this run wrote nothing because the promotion had landed before (a rerun). */
  alreadyPromoted?: boolean;
  /** A dry run of a stage behind this GitHub Environment, whose approval it cannot see. */
  awaitsApproval?: string;
}

/**
 * `promote`: verifies that every required gate passed for exactly this artifact, registers it, moves
 * the stage's alias and appends the audit record — or refuses, naming the gate. Writes one envelope
 * of kind `promotion` with the registry before and after and the evidence.
 */
export async function runPromote(options: PromoteOptions, io: PromoteIO): Promise<PromoteResult> {
  const { logger } = io;
  const cwd = io.cwd ?? process.cwd();
  const now = io.now ?? (() => new Date());
  const env = io.env ?? process.env;
  const configFile = path.resolve(cwd, options.config);
  const policy = await loadPromotionPolicy(configFile, options.stage);
  const { config, stage } = policy;
  const started = now();
  const startMs = Date.now();
  const target = await openRegistry({
    configFile,
    registry: config.registry,
    override: options.registry,
    writes: options.registryWrites,
    ...(options.token ? { token: options.token } : {}),
    env,
    cwd,
    logger,
  });
  const { context } = target;
  const envelope = newEnvelope({
    kind: "promotion",
    title: `Promotion: ${config.model} → ${stage.name} (${stage.alias})`,
    subject: { type: "model", name: config.model },
    startedAt: started.toISOString(),
    details: [],
    lineage: {
      ...(context.sha ? { gitSha: context.sha } : {}),
      ...(context.runUrl ? { runUrl: context.runUrl } : {}),
    },
  });
  const resultsDir = path.resolve(cwd, options.resultsDir || DEFAULT_RESULTS_DIR);
  // One result per stage: promoting to staging and then to production are two decisions to report.
  io.draft?.(envelope, { resultsDir, variant: stage.name });
  const result = await promote(policy, options, { target, envelope, now, cwd, env, logger, configFile });
  envelope.status = result.refusals.length > 0 ? "fail" : statusFromChecks(envelope.checks);
  envelope.summary = promotionSummary({
    ...result,
    dryRun: options.dryRun === true,
    model: config.model,
    stage,
  });
  envelope.durationMs = Date.now() - startMs;
  result.status = envelope.status;
  result.envelopePath = await writeEnvelope(resultsDir, envelope, { variant: stage.name });
  logger.info(`${envelope.status}: ${envelope.summary ?? ""}`);
  return result;
}

interface PromoteState {
  target: RegistryTarget;
  envelope: Envelope;
  now: () => Date;
  cwd: string;
  env: NodeJS.ProcessEnv;
  logger: CommandIO["logger"];
  configFile: string;
}

/** Decides on the candidate of the policy's stage, then writes unless refused or a dry run. */
async function promote(
  policy: PromotionPolicy,
  options: PromoteOptions,
  s: PromoteState,
): Promise<PromoteResult> {
  const { config, stage, previousStage } = policy;
  const { registry } = s.target;
  const { envelope } = s;
  const before = await registry.aliases(config.model);
  const candidate = previousStage
    ? await registeredCandidate({ config, previousStage, before }, options, registry, s.cwd)
    : await newArtifactCandidate(config, options, registry, s.cwd, s.logger);
  envelope.subject.digest = candidate.digest as `sha256:${string}`;
  if (candidate.version) envelope.subject.version = candidate.version;
  const approvals = stage.environment ? await environmentApprovals(s.target, stage.environment) : [];
  if (stage.environment) {
    const decision = approvalDecision(
      { ...stage, environment: stage.environment },
      approvals,
      options.dryRun === true,
    );
    candidate.checks.push(decision.check);
    candidate.refusals.push(...decision.refusals);
  }
  envelope.checks = candidate.checks;
  const result: PromoteResult = {
    status: "pass",
    envelopePath: "",
    alias: stage.alias,
    refusals: candidate.refusals,
  };
  if (options.dryRun && stage.environment && approvals.length === 0) {
    result.awaitsApproval = stage.environment;
  }
  if (candidate.refusals.length > 0 || options.dryRun) {
    result.version = candidate.version ?? (await registry.nextVersion(config.model));
    envelope.subject.version = result.version;
    result.previous = before[stage.alias];
    envelope.details = promotionDetails(before, before, candidate.evidence, undefined);
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

/** Validated: registers (first stage), moves the alias, tags — each step safe to rerun. */
async function writePromotion(
  policy: PromotionPolicy,
  candidate: Candidate,
  options: PromoteOptions,
  s: PromoteState & { approvals: { user: string; environment: string }[] },
) {
  const { config, stage, previousStage } = policy;
  const { target, logger } = s;
  const audit: AuditContext = {
    at: s.now().toISOString(),
    actor: await auditActor(target.context, s.cwd, s.env),
    reason: options.reason?.trim() || `promote ${config.model} to ${stage.name}`,
    links: promotionLinks(target.context, options.pullRequest, options.reportUrl),
  };
  if (target.registry.promote) {
    const outcome = await commitWholePromotion(policy, candidate, target, {
      ...audit,
      approvals: s.approvals,
      configFile: s.configFile,
      now: s.now,
    });
    const alreadyPromoted = outcome.landed !== "now";
    logger.info(
      alreadyPromoted
        ? `${config.model} ${outcome.version} was already promoted to ${stage.name}: nothing written`
        : `${config.model}@${stage.alias}: ${outcome.previous ?? "(unset)"} → ${outcome.version} in one commit`,
    );
    // Not when another promotion put the alias there: its run tagged it. A rerun of this promotion
    // (its receipt found) pushes what a run killed after the commit did not.
    if (config.gto_tags && outcome.landed !== "already") {
      await pushGtoTags(
        target,
        {
          config,
          stage,
          version: outcome.version,
          registered: outcome.audits.some((a) => a.action === "register"),
          id: promotionId(config.model, candidate.digest, stage.name, target.context),
          rerun: outcome.landed === "earlier",
        },
        logger,
      );
    }
    return { ...outcome, alreadyPromoted };
  }
  const audits: AuditRecord[] = [];
  let version = candidate.version;
  if (candidate.artifactPath) {
    const registered = await registerArtifact(
      config,
      { ...candidate, artifactPath: candidate.artifactPath },
      target,
      { ...audit, configFile: s.configFile, now: s.now },
    );
    version = registered.version;
    logger.info(`${registered.audit ? "registered" : "already registered as"} ${config.model} ${version}`);
    if (registered.audit) audits.push(registered.audit);
  }
  const promoted = { ...candidate, version: version! };
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
        rerun: false,
      },
      logger,
    );
  }
  logger.info(`${config.model}@${stage.alias}: ${moved.previous ?? "(unset)"} → ${promoted.version}`);
  return {
    version: promoted.version,
    previous: moved.previous,
    after: moved.after,
    audits,
    alreadyPromoted: false,
  };
}
