import { randomUUID } from "node:crypto";
import path from "node:path";
import {
  type CommandIO,
  ConfigError,
  DEFAULT_RESULTS_DIR,
  type Envelope,
  formatError,
  type Logger,
  loadConfigFile,
  newEnvelope,
  type Status,
  writeEnvelope,
} from "@mlops/core";
import {
  type AuditRecord,
  adoptionNote,
  appendAuditRecord,
  type DeployConfig,
  DeployConfigSchema,
  openRegistry,
  planRollout,
  type RegistryTarget,
  type RolloutStep,
  recordedRefusals,
  servingVersion,
  type VersionInfo,
} from "@mlops/registry";
import { auditActor } from "../audit-actor.ts";
import { DeploymentTracker } from "./deployment-tracker.ts";
import {
  artifactCheck,
  artifactRefusal,
  deploySummary,
  gatesCheck,
  planNote,
  type RolloutRow,
  rollbackCheck,
  rollbackStep,
  rolloutTable,
  slug,
  stepCheck,
  stepRow,
} from "./rollout-record.ts";
import { applyStep } from "./rollout-step.ts";

export interface DeployOptions {
  config: string;
  /** Deploy this version instead of the alias's. */
  version?: string;
  /** Where rendered manifests go, one folder per step. */
  outDir?: string;
  resultsDir?: string;
  reason?: string;
  registryWrites?: "local" | "api";
  /** Overrides of the config: another registry folder, alias or environment (e.g. staging). */
  registry?: string;
  alias?: string;
  environment?: string;
  token?: string;
}

export type DeployIO = CommandIO;

export interface DeployResult {
  status: Status;
  envelopePath: string;
  version?: string;
  previous?: string;
  rolledBack: boolean;
  deploymentId?: number;
  refusals: string[];
}

/**
 * `deploy`: rolls the alias's version out step by step (rolling, canary, blue-green, shadow), applying
 * rendered manifests with the user's command and checking health after each step; on failure it rolls
 * back to what served before. Refuses a version whose recorded gates did not pass. A GitHub Deployment
 * with statuses follows the rollout; the audit log records the outcome.
 */
export async function runDeploy(options: DeployOptions, io: DeployIO): Promise<DeployResult> {
  const { logger } = io;
  const env = io.env ?? process.env;
  const cwd = io.cwd ?? process.cwd();
  const now = io.now ?? (() => new Date());
  const configFile = path.resolve(cwd, options.config);
  const loaded = await loadConfigFile(configFile, DeployConfigSchema);
  const config: DeployConfig = {
    ...loaded,
    ...(options.alias ? { alias: options.alias } : {}),
    ...(options.environment ? { environment: options.environment } : {}),
  };
  const base = path.dirname(configFile);
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
  const started = now();
  const startMs = Date.now();
  const envelope = newEnvelope({
    kind: "deployment",
    title: `Deployment: ${config.model} → ${config.environment} (${config.strategy.type})`,
    subject: { type: "model", name: config.model },
    startedAt: started.toISOString(),
    details: [],
    lineage: {
      ...(target.context.sha ? { gitSha: target.context.sha } : {}),
      ...(target.context.runUrl ? { runUrl: target.context.runUrl } : {}),
    },
  });
  const result: DeployResult = { status: "pass", envelopePath: "", rolledBack: false, refusals: [] };
  const deployment = new DeploymentTracker(target, config, logger);
  const resultsDir = path.resolve(cwd, options.resultsDir || DEFAULT_RESULTS_DIR);
  // One result per environment: a staging and a production rollout are two outcomes to report.
  io.draft?.(envelope, { resultsDir, variant: config.environment });
  try {
    await deploy(config, options, {
      target,
      envelope,
      result,
      deployment,
      base,
      cwd,
      env,
      signal: io.signal,
      now,
      logger,
    });
  } catch (e) {
    // The GitHub Deployment must not stay in progress; the runner reports the error itself.
    await deployment.finish("error", formatError(e)).catch((x: unknown) => logger.warn(String(x)));
    throw e;
  }
  envelope.durationMs = Date.now() - startMs;
  result.status = envelope.status;
  result.envelopePath = await writeEnvelope(resultsDir, envelope, { variant: config.environment });
  logger.info(`${envelope.status}: ${envelope.summary ?? ""}`);
  return result;
}

interface DeployState {
  target: RegistryTarget;
  envelope: Envelope;
  result: DeployResult;
  deployment: DeploymentTracker;
  base: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  now: () => Date;
  logger: Logger;
}

/** The versions a rollout renders, each loaded from the registry once and verified to be registered. */
function versionLoader(config: DeployConfig, options: DeployOptions, target: RegistryTarget) {
  const versions = new Map<string, VersionInfo>();
  const location = target.registry.location(config.model);
  const load = async (v: string) => {
    const found = await target.registry.version(config.model, v);
    if (!found) {
      throw new ConfigError(`version ${v} of "${config.model}" is not registered`, {
        location: { file: location, path: options.version ? "version" : `aliases.${config.alias}` },
      });
    }
    versions.set(v, { version: v, digest: found.digest, artifact: found.artifactUri });
    return found;
  };
  return { versions, load, location };
}

/** Refuses a version whose recorded gates did not pass; otherwise rolls it out and records the outcome. */
async function deploy(config: DeployConfig, options: DeployOptions, s: DeployState): Promise<void> {
  const { target, envelope, result, logger } = s;
  const { versions, load, location } = versionLoader(config, options, target);
  const version = options.version ?? (await target.registry.aliases(config.model))[config.alias];
  if (!version) {
    throw new ConfigError(`alias "${config.alias}" of "${config.model}" is not set: nothing to deploy`, {
      location: { file: location, path: `aliases.${config.alias}` },
      hint: "promote a version first",
    });
  }
  const record = await load(version);
  const digest = record.digest;
  envelope.subject.version = version;
  envelope.subject.digest = digest;
  result.version = version;

  // An adopted version predates the gates: it deploys, and every account of the deploy says so.
  const adopted = record.adopted && !record.evidence ? adoptionNote(record.adopted) : undefined;
  const refusals = adopted ? [] : recordedRefusals(record.evidence, digest);
  envelope.checks.push(gatesCheck(refusals, record.evidence?.gates.length ?? 0, adopted));
  if (refusals.length > 0) return refuse(refusals, s);
  // Before anything is applied: what the cluster pulls must be the bytes the gates were recorded for.
  const bytes = await target.checkArtifact({ ...record, model: config.model });
  const tampered = artifactRefusal(bytes, digest);
  envelope.checks.push(artifactCheck(tampered, digest, bytes));
  if (tampered) return refuse([tampered], s);

  const previous = await servingVersion(target.files, config.model, config.environment);
  if (previous) {
    await load(previous.version);
    result.previous = previous.version;
  }
  const plan = planRollout(config.strategy, version, previous);
  const { steps } = plan;
  const note = [adopted, plan.note].filter(Boolean).join("; ") || undefined;
  await s.deployment.start(version, digest);
  logger.info(
    `deploying ${config.model} ${version} to ${config.environment}: ${steps.map((x) => x.label).join(" → ")}${note ? ` (${note})` : ""}`,
  );
  const outDir = path.resolve(s.cwd, options.outDir || ".mlops/deploy");
  const rollout = await rollOut(config, steps, versions, outDir, s);
  const audit = auditWriter(config, options, s);
  if (!rollout.failure) {
    await audit({
      action: "deploy",
      version,
      digest,
      track: steps.at(-1)!.probe.track,
      previous: previous?.version ?? null,
    });
    await s.deployment.finish("success", `${config.model} ${version} is live (${config.strategy.type})`);
  } else {
    const failure = { version, digest, failure: rollout.failure, previous };
    rollout.rows.push(...(await recordFailure(config, failure, { versions, outDir, audit }, s)));
  }
  envelope.summary = deploySummary({
    model: config.model,
    version,
    environment: config.environment,
    strategy: config.strategy.type,
    steps: steps.length,
    failure: rollout.failure,
    rolledBackTo: previous?.version,
    note,
  });
  envelope.status = rollout.failure ? "fail" : "pass";
  envelope.details = [...(note ? [planNote(note)] : []), rolloutTable(rollout.rows)];
}

/** Ends the deploy before anything is applied (no GitHub Deployment is created yet), naming why. */
function refuse(refusals: string[], { result, envelope, logger }: DeployState): void {
  result.refusals = refusals;
  envelope.status = "fail";
  envelope.summary = `refused: ${refusals[0]}`;
  for (const r of refusals) logger.error(`refused: ${r}`);
}

/** Applies the steps in order, each checked healthy before the next; stops at the first that is not. */
async function rollOut(
  config: DeployConfig,
  steps: RolloutStep[],
  versions: ReadonlyMap<string, VersionInfo>,
  outDir: string,
  s: DeployState,
): Promise<{ rows: RolloutRow[]; failure: string | undefined }> {
  const rows: RolloutRow[] = [];
  for (const [i, step] of steps.entries()) {
    const outcome = await applyStep(
      config,
      step,
      versions,
      path.join(outDir, `${i + 1}-${slug(step.label)}`),
      s,
    );
    rows.push(stepRow(i + 1, step, outcome));
    s.envelope.checks.push(stepCheck(i + 1, step, outcome));
    if (!outcome.ok) return { rows, failure: `step ${i + 1} (${step.label}) failed: ${outcome.detail}` };
    if (i < steps.length - 1) await s.deployment.progress(`${step.label}: healthy`);
  }
  return { rows, failure: undefined };
}

type Audit = (fields: Partial<AuditRecord> & Pick<AuditRecord, "action" | "version">) => Promise<AuditRecord>;

/** Appends audit records that share this deploy's model, environment, strategy, actor, reason and links. */
function auditWriter(config: DeployConfig, options: DeployOptions, s: DeployState): Audit {
  const { context } = s.target;
  const reason = options.reason?.trim() || `deploy ${config.alias} to ${config.environment}`;
  const links: Record<string, string> = {};
  if (context.runUrl) links.run = context.runUrl;
  if (s.deployment.url) links.deployment = s.deployment.url;
  const actor = auditActor(context, s.cwd, s.env);
  return async (fields) =>
    appendAuditRecord(s.target.files, {
      id: randomUUID(),
      at: s.now().toISOString(),
      model: config.model,
      environment: config.environment,
      strategy: config.strategy.type,
      actor: await actor,
      reason,
      links,
      ...fields,
    });
}

/**
 * Records the failed rollout and puts back what served before, if anything did; the rollback's row
 * joins the rollout table.
 */
async function recordFailure(
  config: DeployConfig,
  failed: {
    version: string;
    digest: string;
    failure: string;
    previous: { version: string; track: string } | undefined;
  },
  rollout: { versions: ReadonlyMap<string, VersionInfo>; outDir: string; audit: Audit },
  s: DeployState,
): Promise<RolloutRow[]> {
  const { previous, failure } = failed;
  s.logger.error(failure);
  await rollout.audit({
    action: "deploy",
    version: failed.version,
    digest: failed.digest,
    outcome: "failure",
    previous: previous?.version ?? null,
    message: failure,
  });
  const rows: RolloutRow[] = [];
  if (previous) {
    const back = rollbackStep(previous);
    const dir = path.join(rollout.outDir, `rollback-${previous.version}`);
    const outcome = await applyStep(config, back, rollout.versions, dir, s);
    rows.push(stepRow("rollback", back, outcome));
    s.envelope.checks.push(rollbackCheck(previous.version, outcome));
    await rollout.audit({
      action: "rollback",
      version: previous.version,
      digest: rollout.versions.get(previous.version)!.digest,
      track: previous.track,
      previous: failed.version,
      outcome: outcome.ok ? "success" : "failure",
      reason: `automatic rollback: ${failure}`,
    });
    s.result.rolledBack = true;
    s.logger.warn(`rolled back to ${config.model} ${previous.version}: ${outcome.detail}`);
  }
  await s.deployment.finish("failure", failure);
  return rows;
}
