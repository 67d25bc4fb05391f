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
  adoptionNote,
  type DeployConfig,
  DeployConfigSchema,
  type DeploymentRecord,
  deploymentId,
  deployStatePath,
  openRegistry,
  planRollout,
  type RegistryTarget,
  type RolloutStep,
  recordedRefusals,
  registryServing,
  type DeployState as SavedDeployState,
  type ServingState,
  type VersionInfo,
} from "@mlops/registry";
import { auditActor } from "../audit-actor.ts";
import { type AuditFields, auditFields, recordOutcome } from "./deployment-record.ts";
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
import { type GitHubServing, servingDisagreement } from "./serving-check.ts";
import { requiredStage, stageCheck, stageRefusal } from "./stage-check.ts";

export interface DeployOptions {
  config: string;
  /** Deploy this version instead of the alias's. */
  version?: string;
  /** Where rendered manifests go, one folder per step. */
  outDir?: string;
  resultsDir?: string;
  reason?: string;
  /** The promote policy that maps environments to aliases; default: promote.yml beside the config. */
  promoteConfig?: string;
  /** Deploy a version that does not hold the environment's alias; needs a reason. */
  overrideStageCheck?: boolean;
  /** What the cluster serves, when the registry and GitHub's deployments disagree and a person checked. */
  servingVersion?: string;
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
  /** Set when this deployment had finished before (a rerun): nothing was applied or written. */
  alreadyDeployed?: boolean;
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
  if (options.overrideStageCheck && !options.reason?.trim()) {
    throw new ConfigError("override-stage-check needs a reason: it is recorded in the audit log", {
      location: { file: "inputs", path: "reason" },
    });
  }
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
      configFile,
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
  configFile: string;
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

/**
 * Refuses a version whose recorded gates did not pass, that does not hold the environment's alias, or
 * whose bytes (or the rollback target's) are not the registered ones; otherwise rolls it out and
 * records the outcome with what now serves.
 */
async function deploy(config: DeployConfig, options: DeployOptions, s: DeployState): Promise<void> {
  const { target, envelope, result, logger } = s;
  const { versions, load, location } = versionLoader(config, options, target);
  const aliases = await target.registry.aliases(config.model);
  const version = options.version ?? aliases[config.alias];
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
  const id = deploymentId(
    { model: config.model, version, environment: config.environment },
    target.context,
    randomUUID,
  );
  const registry = await registryServing(target.files, config.model, config.environment);
  if (registry.state?.deployment.id === id) return finishedEarlier(registry.state, s);

  // An adopted version predates the gates: it deploys, and every account of the deploy says so.
  const adopted = record.adopted && !record.evidence ? adoptionNote(record.adopted) : undefined;
  const refusals = adopted ? [] : recordedRefusals(record.evidence, digest);
  envelope.checks.push(gatesCheck(refusals, record.evidence?.gates.length ?? 0, adopted));
  if (refusals.length > 0) return refuse(refusals, s);
  const required = await requiredStage(config, {
    deployConfig: s.configFile,
    promoteConfig: options.promoteConfig,
  });
  const wrongStage = stageRefusal(version, config.environment, required, aliases);
  const override = options.overrideStageCheck ? options.reason?.trim() : undefined;
  envelope.checks.push(stageCheck(required, wrongStage, override));
  if (wrongStage && !override) return refuse([wrongStage], s);
  if (wrongStage) logger.warn(`stage check overridden (${override}): ${wrongStage}`);
  // Before anything is applied: what the cluster pulls must be the bytes the gates were recorded for.
  const bytes = await target.checkArtifact({ ...record, model: config.model });
  const tampered = artifactRefusal(bytes, digest);
  envelope.checks.push(artifactCheck(tampered, digest, bytes));
  if (tampered) return refuse([tampered], s);

  const stageOverridden = wrongStage !== undefined;
  const github = await s.deployment.latestServing();
  if (github?.deployment === id) {
    const found = { id, version, digest, github, registry, stageOverridden };
    return recordRolledOutEarlier(config, options, found, s);
  }
  const stateFile = target.files.describe(deployStatePath(config.model, config.environment));
  const before = await servingBefore(config, options, { ...registry, file: stateFile }, github, s);
  if (before.refusal) return refuse([before.refusal], s);
  const previous = before.previous;
  if (previous) {
    // A rollback applies these bytes with no time to check them: they are checked now, as the new version's are.
    const back = await load(previous.version);
    const backBytes = await target.checkArtifact({ ...back, model: config.model });
    const backTampered = artifactRefusal(backBytes, back.digest);
    envelope.checks.push(artifactCheck(backTampered, back.digest, backBytes, previous.version));
    if (backTampered) return refuse([`rollback target ${previous.version}: ${backTampered}`], s);
    result.previous = previous.version;
  }
  const plan = planRollout(config.strategy, version, previous);
  const { steps } = plan;
  const note = [adopted, plan.note].filter(Boolean).join("; ") || undefined;
  const track = steps.at(-1)!.probe.track;
  await s.deployment.start(version, digest, { deployment: id, track });
  logger.info(
    `deploying ${config.model} ${version} to ${config.environment}: ${steps.map((x) => x.label).join(" → ")}${note ? ` (${note})` : ""}`,
  );
  const outDir = path.resolve(s.cwd, options.outDir || ".mlops/deploy");
  const rollout = await rollOut(config, steps, versions, outDir, s);
  const common = auditFields(
    config,
    options,
    { id, stageOverridden, actor: await auditActor(s.target.context, s.cwd, s.env) },
    s,
  );
  const servingOf = (v: { version: string; track: string }): ServingState => ({
    version: v.version,
    digest: versions.get(v.version)!.digest,
    track: v.track,
  });
  if (!rollout.failure) {
    // A shadow copy takes no traffic: what served before still does.
    const serving = track === "shadow" ? (previous ? servingOf(previous) : null) : { version, digest, track };
    const records = [
      { ...common, action: "deploy" as const, version, digest, track, previous: previous?.version ?? null },
    ];
    const outcome = { serving, outcome: "deployed" as const, records };
    const live = `${config.model} ${version} is live (${config.strategy.type})`;
    await recordOutcome(config, { id, version, ...outcome }, registry.serving, s, () =>
      s.deployment.finish("success", live),
    );
    await s.deployment.finish("success", live);
  } else {
    const failure = { version, digest, failure: rollout.failure, previous };
    const failed = await rollBack(config, failure, { versions, outDir, common }, s);
    rollout.rows.push(...failed.rows);
    const outcome = {
      serving: failed.serving ? servingOf(failed.serving) : null,
      outcome: failed.serving && !failed.failedRollback ? ("rolled-back" as const) : ("failed" as const),
      records: failed.records,
    };
    const finish = () => s.deployment.finish("failure", rollout.failure!);
    await recordOutcome(config, { id, version, ...outcome }, registry.serving, s, finish);
    await finish();
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

/** A rerun of a deployment that finished: it reports the outcome the registry holds and does nothing. */
function finishedEarlier(state: SavedDeployState, { result, envelope, logger }: DeployState): void {
  const { deployment } = state;
  result.alreadyDeployed = true;
  envelope.status = deployment.outcome === "deployed" ? "pass" : "fail";
  envelope.summary = `deployment ${deployment.id} of ${state.model} ${deployment.version} to ${state.environment} finished earlier (${deployment.outcome}, ${deployment.at}): nothing applied or written`;
  logger.info(envelope.summary);
}

/**
 * A rerun of a deployment whose rollout succeeded (GitHub's deployment says so, under this run's
 * deployment id) but whose record never landed: the record is written now, and nothing is applied.
 */
async function recordRolledOutEarlier(
  config: DeployConfig,
  options: DeployOptions,
  found: {
    id: string;
    version: string;
    digest: string;
    github: GitHubServing;
    registry: { serving: { version: string } | undefined };
    stageOverridden: boolean;
  },
  s: DeployState,
): Promise<void> {
  const { id, version, digest, github, registry, stageOverridden } = found;
  const track = github.track ?? "stable";
  const previous = registry.serving?.version;
  s.logger.warn(
    `GitHub deployment ${github.id} rolled ${config.model} ${version} out under this deployment (${id}) but the registry has no record of it: recording it now, applying nothing`,
  );
  const common = auditFields(
    config,
    options,
    { id, stageOverridden, actor: await auditActor(s.target.context, s.cwd, s.env) },
    s,
  );
  const records = [
    { ...common, action: "deploy" as const, version, digest, track, previous: previous ?? null },
  ];
  const serving = { version, digest, track };
  await recordOutcome(
    config,
    { id, version, serving, outcome: "deployed", records },
    registry.serving,
    s,
    () => Promise.resolve(),
  );
  s.result.alreadyDeployed = true;
  if (previous) s.result.previous = previous;
  s.envelope.status = "pass";
  s.envelope.summary = `deployment ${id} of ${config.model} ${version} to ${config.environment} was rolled out earlier (GitHub deployment ${github.id}); its record is written now, nothing applied`;
  s.logger.info(s.envelope.summary);
}

/**
 * What serves before the rollout, which is also what a failure rolls back to: the registry's answer,
 * cross-checked with GitHub's latest successful deployment when there is a token. An explicit
 * `servingVersion` settles a disagreement a person has looked into.
 */
async function servingBefore(
  config: DeployConfig,
  options: DeployOptions,
  registry: { serving: { version: string; track: string } | undefined; at?: string; file: string },
  github: GitHubServing | undefined,
  s: DeployState,
): Promise<{ previous?: { version: string; track: string }; refusal?: string }> {
  const stated = options.servingVersion;
  if (stated) {
    const known = [registry.serving, github && { version: github.version, track: github.track ?? "stable" }];
    const track = known.find((k) => k?.version === stated)?.track ?? "stable";
    s.logger.warn(
      `serving-version: taking ${config.model} ${stated} (${track}) as what serves ${config.environment}; the registry said ${registry.serving?.version ?? "nothing"}${github ? `, GitHub's latest successful deployment ${github.version}` : ""}`,
    );
    return { previous: { version: stated, track } };
  }
  const { refusal, warning } = servingDisagreement(config.model, config.environment, registry, github);
  if (warning) s.logger.warn(warning);
  if (refusal) {
    return {
      refusal: `${refusal}; check what the cluster serves and pass serving-version with it (a failure would roll back to it)`,
    };
  }
  return registry.serving ? { previous: registry.serving } : {};
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

/**
 * Puts back what served before, if anything did, and returns the records of the failure and the
 * rollback, the rollback's row for the rollout table, and what serves once it is done.
 */
async function rollBack(
  config: DeployConfig,
  failed: {
    version: string;
    digest: string;
    failure: string;
    previous: { version: string; track: string } | undefined;
  },
  rollout: { versions: ReadonlyMap<string, VersionInfo>; outDir: string; common: AuditFields },
  s: DeployState,
): Promise<{
  rows: RolloutRow[];
  records: DeploymentRecord["records"];
  serving: { version: string; track: string } | undefined;
  failedRollback?: boolean;
}> {
  const { previous, failure } = failed;
  const { common } = rollout;
  s.logger.error(failure);
  const records: DeploymentRecord["records"] = [
    {
      ...common,
      action: "deploy",
      version: failed.version,
      digest: failed.digest,
      outcome: "failure",
      previous: previous?.version ?? null,
      message: failure,
    },
  ];
  if (!previous) return { rows: [], records, serving: undefined };
  const back = rollbackStep(previous);
  const dir = path.join(rollout.outDir, `rollback-${previous.version}`);
  const outcome = await applyStep(config, back, rollout.versions, dir, s);
  s.envelope.checks.push(rollbackCheck(previous.version, outcome));
  records.push({
    ...common,
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
  return {
    rows: [stepRow("rollback", back, outcome)],
    records,
    // A rollback that failed leaves the cluster unknown; the version that served is still the best target.
    serving: previous,
    failedRollback: !outcome.ok,
  };
}
