import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  auditActor
} from "./chunk-2VKV5STD.js";
import {
  DeployConfigSchema,
  PromoteConfigSchema,
  adoptionNote,
  checkHealth,
  commitDeployment,
  deployStatePath,
  deploymentId,
  holdCanary,
  openRegistry,
  parseDuration,
  planRollout,
  processFailure,
  recordedRefusals,
  registryServing,
  renderStep,
  runProcess,
  splitCommand
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
  writeEnvelope
} from "./chunk-XSUZOP4V.js";
import "./chunk-G4QNM2E2.js";
import "./chunk-PYTCQQ7B.js";
import "./chunk-FJY5M3V4.js";
import "./chunk-33725BPV.js";
import {
  ConfigError,
  RuntimeFailure,
  formatError
} from "./chunk-CYLWIE3E.js";
import "./chunk-SFHOJSAM.js";

// packages/commands/src/deploy/deploy-command.ts
import { randomUUID } from "node:crypto";
import path3 from "node:path";

// packages/commands/src/deploy/deployment-record.ts
import { setTimeout as sleep } from "node:timers/promises";
function auditFields(config, options, deployment, s) {
  const { context } = s.target;
  const reason = options.reason?.trim() || `deploy ${config.alias} to ${config.environment}`;
  const links = {};
  if (context.runUrl) links.run = context.runUrl;
  if (s.deployment.url) links.deployment = s.deployment.url;
  return {
    at: s.now().toISOString(),
    model: config.model,
    environment: config.environment,
    strategy: config.strategy.type,
    actor: deployment.actor,
    reason,
    links,
    deployment: deployment.id,
    ...deployment.stageOverridden ? { stageOverridden: true } : {}
  };
}
var WRITE_ATTEMPTS = 4;
async function recordOutcome(config, outcome, registrySays, s, finishDeployment) {
  const { id, version, serving } = outcome;
  const { runUrl } = s.target.context;
  const record = {
    state: {
      schemaVersion: 1,
      model: config.model,
      environment: config.environment,
      serving,
      deployment: {
        id,
        version,
        outcome: outcome.outcome,
        strategy: config.strategy.type,
        ...runUrl ? { run: runUrl } : {},
        at: s.now().toISOString()
      }
    },
    records: outcome.records,
    message: `deploy: ${config.model} ${version} to ${config.environment} (${outcome.outcome})`
  };
  for (let attempt = 1; ; attempt++) {
    try {
      const { committed } = await commitDeployment(s.target.files, record);
      if (!committed) s.logger.info(`deployment ${id} was already recorded: nothing written`);
      return;
    } catch (e) {
      const why = formatError(e);
      if (attempt < WRITE_ATTEMPTS && !(e instanceof ConfigError)) {
        s.logger.warn(`recording deployment ${id} failed (attempt ${attempt} of ${WRITE_ATTEMPTS}): ${why}`);
        await sleep(Math.min(2e3, 200 * 2 ** attempt) * (0.5 + Math.random()));
        continue;
      }
      await finishDeployment().catch((x) => s.logger.warn(formatError(x)));
      const cluster = serving ? `${serving.version} (${serving.track})` : "nothing";
      throw new RuntimeFailure(
        `the cluster now serves ${config.model} ${cluster} in ${config.environment}, but the registry says ${registrySays?.version ?? "nothing"}: recording deployment ${id} failed after ${attempt} attempts: ${why}`,
        {
          hint: "rerun this job to write the record (nothing is applied again); until then another deploy refuses to start, unless serving-version says what serves"
        }
      );
    }
  }
}

// packages/commands/src/deploy/deployment-tracker.ts
var DeploymentTracker = class {
  url;
  #id;
  #finished = false;
  #target;
  #config;
  #logger;
  constructor(target, config, logger) {
    this.#target = target;
    this.#config = config;
    this.#logger = logger;
  }
  /**
   * The environment's latest successful deployment of this model that took traffic (a shadow copy
   * never serves); undefined without a token, or when there is none.
   */
  async latestServing() {
    const github = this.#target.github;
    if (!github) return void 0;
    const { latestSuccessfulDeployment } = await import("./src-UJVENJLY.js");
    const found = await latestSuccessfulDeployment(github.octokit, {
      owner: github.owner,
      repo: github.repo,
      environment: this.#config.environment
    });
    const p = found?.payload;
    if (!found || p?.["model"] !== this.#config.model || typeof p["version"] !== "string") return void 0;
    if (p["track"] === "shadow") return void 0;
    const track = typeof p["track"] === "string" ? p["track"] : void 0;
    const deployment = typeof p["deployment"] === "string" ? p["deployment"] : void 0;
    return { id: found.id, createdAt: found.createdAt, version: p["version"], track, deployment };
  }
  /** `deployment` is the idempotency key; `track` where the version ends up, which tells a shadow copy apart. */
  async start(version, digest, ids) {
    const github = this.#target.github;
    if (!github) return;
    const { createDeployment } = await import("./src-UJVENJLY.js");
    const created = await createDeployment(github.octokit, {
      owner: github.owner,
      repo: github.repo,
      ref: this.#target.context.sha ?? github.branch,
      environment: this.#config.environment,
      description: `${this.#config.model} ${version} (${this.#config.strategy.type})`,
      payload: {
        model: this.#config.model,
        version,
        digest,
        strategy: this.#config.strategy.type,
        track: ids.track,
        deployment: ids.deployment
      }
    });
    this.#id = created.id;
    this.url = created.url;
    this.#logger.info(`GitHub deployment ${created.id} to ${this.#config.environment}`);
    await this.progress("rollout started");
  }
  progress(description) {
    return this.#status("in_progress", description);
  }
  /** The first outcome stands: a run that fails after it reported success leaves what the cluster runs. */
  async finish(state, description) {
    if (this.#finished) return;
    await this.#status(state, description);
    this.#finished = true;
  }
  async #status(state, description) {
    const github = this.#target.github;
    if (!github || this.#id === void 0) return;
    const { setDeploymentStatus } = await import("./src-UJVENJLY.js");
    await setDeploymentStatus(github.octokit, {
      owner: github.owner,
      repo: github.repo,
      deploymentId: this.#id,
      state,
      description,
      ...this.#target.context.runUrl ? { logUrl: this.#target.context.runUrl } : {},
      ...state === "success" && this.#config.environment_url ? { environmentUrl: this.#config.environment_url } : {}
    });
  }
};

// packages/commands/src/deploy/rollout-record.ts
var weights = (backends) => backends.map((b) => `${b.track} ${b.version} ${b.mirror ? "mirror" : `${b.weight}%`}`).join(", ");
var slug = (s) => s.toLowerCase().replace(/[^a-z0-9.]+/g, "-").replace(/^-|-$/g, "");
var stepRow = (step, s, outcome) => [
  step,
  s.label,
  weights(s.backends),
  outcome.ok ? "healthy" : "failed",
  outcome.detail
];
var stepCheck = (index, step, outcome) => ({
  id: `deploy:step-${index}`,
  title: `Step ${index}: ${step.label}`,
  status: outcome.ok ? "pass" : "fail",
  severity: "fail",
  observed: outcome.detail,
  expected: "applied and healthy"
});
var gatesCheck = (refusals, gates, adopted) => ({
  id: "deploy:gates",
  title: "Every required gate passed for this artifact",
  status: refusals.length === 0 ? "pass" : "fail",
  severity: "fail",
  observed: adopted ?? (refusals.length === 0 ? `${gates} gates passed` : refusals[0]),
  expected: "recorded evidence with every fail-severity gate passing, or an adopted version"
});
function artifactRefusal(check, digest) {
  switch (check.verdict) {
    case "verified":
      return void 0;
    case "mismatch":
      return `artifact digest mismatch: ${check.from} has ${check.actual}, the registry records ${digest}`;
    case "unreachable":
      return `${check.reason}; keep a copy in the repository's registry folder (promote with artifacts: registry), or pass github-token so that it is downloaded`;
  }
}
var artifactCheck = (refusal, digest, check, rollbackTarget) => ({
  id: rollbackTarget ? "deploy:rollback-artifact" : "deploy:artifact",
  title: rollbackTarget ? `The rollback target ${rollbackTarget}'s bytes match the registry's digest` : "The artifact's bytes match the registry's digest",
  status: refusal === void 0 ? "pass" : "fail",
  severity: "fail",
  observed: check.verdict === "verified" ? `${digest}, re-hashed from ${check.from}` : refusal,
  expected: digest
});
var rollbackStep = (previous) => ({
  label: `rollback to ${previous.version}`,
  backends: [{ track: previous.track, version: previous.version, weight: 100 }],
  probe: { track: previous.track, version: previous.version, weight: 100 }
});
var rollbackCheck = (version, outcome) => ({
  id: "deploy:rollback",
  title: `Rolled back to ${version}`,
  status: outcome.ok ? "pass" : "error",
  severity: "fail",
  observed: outcome.detail,
  expected: "applied and healthy"
});
var rolloutTable = (rows) => ({
  type: "table",
  title: "Rollout",
  columns: ["step", "what", "traffic", "health", "detail"],
  rows
});
function deploySummary(outcome) {
  const { failure, rolledBackTo, steps, note } = outcome;
  if (failure) {
    return `failed: ${failure}${rolledBackTo ? `; rolled back to ${rolledBackTo}` : note ? `; ${note}` : "; nothing to roll back to"}`;
  }
  return `deployed ${outcome.model} ${outcome.version} to ${outcome.environment} (${outcome.strategy}, ${steps} step${steps > 1 ? "s" : ""}${note ? `; ${note}` : ""})`;
}
var planNote = (note) => ({ type: "text", title: "Plan", text: note });

// packages/commands/src/deploy/rollout-step.ts
import path from "node:path";
var substitute = (text, vars) => text.replace(/\{(manifests|version|track|weight)\}/g, (whole, k) => vars[k] ?? whole);
var healthDetail = (r) => `${r.detail} (${r.attempts} probe${r.attempts > 1 ? "s" : ""})`;
async function applyStep(config, step, versions, dir, run) {
  await renderStep(config, path.resolve(run.base, config.templates), step, versions, dir);
  const vars = { manifests: dir, version: step.probe.version, track: step.probe.track };
  const apply = splitCommand(config.apply, { file: "deploy config", path: "apply" }).map(
    (a) => substitute(a, vars)
  );
  run.logger.info(`${step.label}: ${apply.join(" ")}`);
  const commandRun = { cwd: run.base, env: run.env, passEnv: config.env, signal: run.signal };
  const applied = await runProcess(apply, { ...commandRun, timeoutMs: 10 * 6e4 });
  if (applied.code !== 0) return { ok: false, detail: processFailure("apply", applied) };
  const health = config.health;
  const probe = health.url ? { url: substitute(health.url, vars) } : {
    argv: splitCommand(health.command, { file: "deploy config", path: "health.command" }).map(
      (a) => substitute(a, vars)
    ),
    ...commandRun
  };
  const r = await checkHealth(probe, {
    timeoutMs: parseDuration(health.timeout),
    intervalMs: parseDuration(health.interval),
    signal: run.signal
  });
  const strategy = config.strategy;
  if (!r.healthy || strategy.type !== "canary" || step.probe.track !== "canary") {
    return { ok: r.healthy, detail: healthDetail(r) };
  }
  const held = await holdCanary({
    pauseMs: parseDuration(strategy.pause),
    analysis: strategy.analysis,
    fill: (text) => substitute(text, { ...vars, weight: String(step.probe.weight) }),
    command: commandRun,
    ...run.signal ? { signal: run.signal } : {},
    onMeasurement: (m) => run.logger.info(`${step.label}: ${m.metric} ${m.detail}${m.ok ? "" : " ✗"}`)
  });
  return { ok: held.ok, detail: [healthDetail(r), held.detail].filter(Boolean).join("; ") };
}

// packages/commands/src/deploy/serving-check.ts
function servingDisagreement(model, environment, registry, github) {
  if (!github || github.version === registry.serving?.version) return {};
  const said = `the registry (${registry.file}) says ${registry.serving?.version ?? "nothing"} serves ${model} in ${environment}`;
  const seen = `GitHub deployment ${github.id} (${github.createdAt}) rolled out ${github.version}`;
  if (registry.at === void 0 || github.createdAt > registry.at) {
    return { refusal: `${seen} after the registry's last record: ${said}` };
  }
  return { warning: `${said}, but the latest successful ${seen}` };
}

// packages/commands/src/deploy/stage-check.ts
import { access } from "node:fs/promises";
import path2 from "node:path";
async function requiredStage(config, files) {
  const own = { alias: config.alias, source: `alias of ${files.deployConfig}` };
  const explicit = files.promoteConfig !== void 0;
  const file = files.promoteConfig ?? path2.join(path2.dirname(files.deployConfig), "promote.yml");
  if (!explicit && !await access(file).then(
    () => true,
    () => false
  ))
    return own;
  const policy = await loadConfigFile(file, PromoteConfigSchema);
  if (policy.model !== config.model) {
    if (!explicit) return own;
    throw new ConfigError(`the promote policy is for "${policy.model}", the deploy for "${config.model}"`, {
      location: { file, path: "model" }
    });
  }
  const stage = policy.stages.find((s) => s.environment === config.environment);
  return stage ? { alias: stage.alias, source: `stage "${stage.name}" of ${file}` } : own;
}
function stageRefusal(version, environment, required, aliases) {
  if (aliases[required.alias] === version) return void 0;
  const held = Object.keys(aliases).filter((a) => aliases[a] === version);
  const where = held.length > 0 ? `it holds ${held.join(", ")}` : "it holds no alias";
  const current = aliases[required.alias];
  return `version ${version} does not hold alias "${required.alias}", which ${environment} requires (${required.source}): ${where}; "${required.alias}" is ${current ?? "not set"}`;
}
var stageCheck = (required, refusal, override) => ({
  id: "deploy:stage",
  title: `The version holds alias "${required.alias}"`,
  // Overriding is the user's call, named with their reason: the check did not run its course.
  status: refusal === void 0 ? "pass" : override ? "skipped" : "fail",
  severity: "fail",
  observed: refusal === void 0 ? "holds it" : override ? `overridden (${override}): ${refusal}` : refusal,
  expected: `alias "${required.alias}" (${required.source})`
});

// packages/commands/src/deploy/deploy-command.ts
async function runDeploy(options, io) {
  const { logger } = io;
  const env = io.env ?? process.env;
  const cwd = io.cwd ?? process.cwd();
  const now = io.now ?? (() => /* @__PURE__ */ new Date());
  const configFile = path3.resolve(cwd, options.config);
  if (options.overrideStageCheck && !options.reason?.trim()) {
    throw new ConfigError("override-stage-check needs a reason: it is recorded in the audit log", {
      location: { file: "inputs", path: "reason" }
    });
  }
  const loaded = await loadConfigFile(configFile, DeployConfigSchema);
  const config = {
    ...loaded,
    ...options.alias ? { alias: options.alias } : {},
    ...options.environment ? { environment: options.environment } : {}
  };
  const base = path3.dirname(configFile);
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
  const started = now();
  const startMs = Date.now();
  const envelope = newEnvelope({
    kind: "deployment",
    title: `Deployment: ${config.model} → ${config.environment} (${config.strategy.type})`,
    subject: { type: "model", name: config.model },
    startedAt: started.toISOString(),
    details: [],
    lineage: {
      ...target.context.sha ? { gitSha: target.context.sha } : {},
      ...target.context.runUrl ? { runUrl: target.context.runUrl } : {}
    }
  });
  const result = { status: "pass", envelopePath: "", rolledBack: false, refusals: [] };
  const deployment = new DeploymentTracker(target, config, logger);
  const resultsDir = path3.resolve(cwd, options.resultsDir || DEFAULT_RESULTS_DIR);
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
      logger
    });
  } catch (e) {
    await deployment.finish("error", formatError(e)).catch((x) => logger.warn(String(x)));
    throw e;
  }
  envelope.durationMs = Date.now() - startMs;
  result.status = envelope.status;
  result.envelopePath = await writeEnvelope(resultsDir, envelope, { variant: config.environment });
  logger.info(`${envelope.status}: ${envelope.summary ?? ""}`);
  return result;
}
function versionLoader(config, options, target) {
  const versions = /* @__PURE__ */ new Map();
  const location = target.registry.location(config.model);
  const load = async (v) => {
    const found = await target.registry.version(config.model, v);
    if (!found) {
      throw new ConfigError(`version ${v} of "${config.model}" is not registered`, {
        location: { file: location, path: options.version ? "version" : `aliases.${config.alias}` }
      });
    }
    versions.set(v, { version: v, digest: found.digest, artifact: found.artifactUri });
    return found;
  };
  return { versions, load, location };
}
async function deploy(config, options, s) {
  const { target, envelope, result, logger } = s;
  const { versions, load, location } = versionLoader(config, options, target);
  const aliases = await target.registry.aliases(config.model);
  const version = options.version ?? aliases[config.alias];
  if (!version) {
    throw new ConfigError(`alias "${config.alias}" of "${config.model}" is not set: nothing to deploy`, {
      location: { file: location, path: `aliases.${config.alias}` },
      hint: "promote a version first"
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
    randomUUID
  );
  const registry = await registryServing(target.files, config.model, config.environment);
  if (registry.state?.deployment.id === id) return finishedEarlier(registry.state, s);
  const adopted = record.adopted && !record.evidence ? adoptionNote(record.adopted) : void 0;
  const refusals = adopted ? [] : recordedRefusals(record.evidence, digest);
  envelope.checks.push(gatesCheck(refusals, record.evidence?.gates.length ?? 0, adopted));
  if (refusals.length > 0) return refuse(refusals, s);
  const required = await requiredStage(config, {
    deployConfig: s.configFile,
    promoteConfig: options.promoteConfig
  });
  const wrongStage = stageRefusal(version, config.environment, required, aliases);
  const override = options.overrideStageCheck ? options.reason?.trim() : void 0;
  envelope.checks.push(stageCheck(required, wrongStage, override));
  if (wrongStage && !override) return refuse([wrongStage], s);
  if (wrongStage) logger.warn(`stage check overridden (${override}): ${wrongStage}`);
  const bytes = await target.checkArtifact({ ...record, model: config.model });
  const tampered = artifactRefusal(bytes, digest);
  envelope.checks.push(artifactCheck(tampered, digest, bytes));
  if (tampered) return refuse([tampered], s);
  const stageOverridden = wrongStage !== void 0;
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
    const back = await load(previous.version);
    const backBytes = await target.checkArtifact({ ...back, model: config.model });
    const backTampered = artifactRefusal(backBytes, back.digest);
    envelope.checks.push(artifactCheck(backTampered, back.digest, backBytes, previous.version));
    if (backTampered) return refuse([`rollback target ${previous.version}: ${backTampered}`], s);
    result.previous = previous.version;
  }
  const plan = planRollout(config.strategy, version, previous);
  const { steps } = plan;
  const note = [adopted, plan.note].filter(Boolean).join("; ") || void 0;
  const track = steps.at(-1).probe.track;
  await s.deployment.start(version, digest, { deployment: id, track });
  logger.info(
    `deploying ${config.model} ${version} to ${config.environment}: ${steps.map((x) => x.label).join(" → ")}${note ? ` (${note})` : ""}`
  );
  const outDir = path3.resolve(s.cwd, options.outDir || ".mlops/deploy");
  const rollout = await rollOut(config, steps, versions, outDir, s);
  const common = auditFields(
    config,
    options,
    { id, stageOverridden, actor: await auditActor(s.target.context, s.cwd, s.env) },
    s
  );
  const servingOf = (v) => ({
    version: v.version,
    digest: versions.get(v.version).digest,
    track: v.track
  });
  if (!rollout.failure) {
    const serving = track === "shadow" ? previous ? servingOf(previous) : null : { version, digest, track };
    const records = [
      { ...common, action: "deploy", version, digest, track, previous: previous?.version ?? null }
    ];
    const outcome = { serving, outcome: "deployed", records };
    const live = `${config.model} ${version} is live (${config.strategy.type})`;
    await recordOutcome(
      config,
      { id, version, ...outcome },
      registry.serving,
      s,
      () => s.deployment.finish("success", live)
    );
    await s.deployment.finish("success", live);
  } else {
    const failure = { version, digest, failure: rollout.failure, previous };
    const failed = await rollBack(config, failure, { versions, outDir, common }, s);
    rollout.rows.push(...failed.rows);
    const outcome = {
      serving: failed.serving ? servingOf(failed.serving) : null,
      outcome: failed.serving && !failed.failedRollback ? "rolled-back" : "failed",
      records: failed.records
    };
    const finish = () => s.deployment.finish("failure", rollout.failure);
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
    note
  });
  envelope.status = rollout.failure ? "fail" : "pass";
  envelope.details = [...note ? [planNote(note)] : [], rolloutTable(rollout.rows)];
}
function finishedEarlier(state, { result, envelope, logger }) {
  const { deployment } = state;
  result.alreadyDeployed = true;
  envelope.status = deployment.outcome === "deployed" ? "pass" : "fail";
  envelope.summary = `deployment ${deployment.id} of ${state.model} ${deployment.version} to ${state.environment} finished earlier (${deployment.outcome}, ${deployment.at}): nothing applied or written`;
  logger.info(envelope.summary);
}
async function recordRolledOutEarlier(config, options, found, s) {
  const { id, version, digest, github, registry, stageOverridden } = found;
  const track = github.track ?? "stable";
  const previous = registry.serving?.version;
  s.logger.warn(
    `GitHub deployment ${github.id} rolled ${config.model} ${version} out under this deployment (${id}) but the registry has no record of it: recording it now, applying nothing`
  );
  const common = auditFields(
    config,
    options,
    { id, stageOverridden, actor: await auditActor(s.target.context, s.cwd, s.env) },
    s
  );
  const records = [
    { ...common, action: "deploy", version, digest, track, previous: previous ?? null }
  ];
  const serving = { version, digest, track };
  await recordOutcome(
    config,
    { id, version, serving, outcome: "deployed", records },
    registry.serving,
    s,
    () => Promise.resolve()
  );
  s.result.alreadyDeployed = true;
  if (previous) s.result.previous = previous;
  s.envelope.status = "pass";
  s.envelope.summary = `deployment ${id} of ${config.model} ${version} to ${config.environment} was rolled out earlier (GitHub deployment ${github.id}); its record is written now, nothing applied`;
  s.logger.info(s.envelope.summary);
}
async function servingBefore(config, options, registry, github, s) {
  const stated = options.servingVersion;
  if (stated) {
    const known = [registry.serving, github && { version: github.version, track: github.track ?? "stable" }];
    const track = known.find((k) => k?.version === stated)?.track ?? "stable";
    s.logger.warn(
      `serving-version: taking ${config.model} ${stated} (${track}) as what serves ${config.environment}; the registry said ${registry.serving?.version ?? "nothing"}${github ? `, GitHub's latest successful deployment ${github.version}` : ""}`
    );
    return { previous: { version: stated, track } };
  }
  const { refusal, warning } = servingDisagreement(config.model, config.environment, registry, github);
  if (warning) s.logger.warn(warning);
  if (refusal) {
    return {
      refusal: `${refusal}; check what the cluster serves and pass serving-version with it (a failure would roll back to it)`
    };
  }
  return registry.serving ? { previous: registry.serving } : {};
}
function refuse(refusals, { result, envelope, logger }) {
  result.refusals = refusals;
  envelope.status = "fail";
  envelope.summary = `refused: ${refusals[0]}`;
  for (const r of refusals) logger.error(`refused: ${r}`);
}
async function rollOut(config, steps, versions, outDir, s) {
  const rows = [];
  for (const [i, step] of steps.entries()) {
    const outcome = await applyStep(
      config,
      step,
      versions,
      path3.join(outDir, `${i + 1}-${slug(step.label)}`),
      s
    );
    rows.push(stepRow(i + 1, step, outcome));
    s.envelope.checks.push(stepCheck(i + 1, step, outcome));
    if (!outcome.ok) return { rows, failure: `step ${i + 1} (${step.label}) failed: ${outcome.detail}` };
    if (i < steps.length - 1) await s.deployment.progress(`${step.label}: healthy`);
  }
  return { rows, failure: void 0 };
}
async function rollBack(config, failed, rollout, s) {
  const { previous, failure } = failed;
  const { common } = rollout;
  s.logger.error(failure);
  const records = [
    {
      ...common,
      action: "deploy",
      version: failed.version,
      digest: failed.digest,
      outcome: "failure",
      previous: previous?.version ?? null,
      message: failure
    }
  ];
  if (!previous) return { rows: [], records, serving: void 0 };
  const back = rollbackStep(previous);
  const dir = path3.join(rollout.outDir, `rollback-${previous.version}`);
  const outcome = await applyStep(config, back, rollout.versions, dir, s);
  s.envelope.checks.push(rollbackCheck(previous.version, outcome));
  records.push({
    ...common,
    action: "rollback",
    version: previous.version,
    digest: rollout.versions.get(previous.version).digest,
    track: previous.track,
    previous: failed.version,
    outcome: outcome.ok ? "success" : "failure",
    reason: `automatic rollback: ${failure}`
  });
  s.result.rolledBack = true;
  s.logger.warn(`rolled back to ${config.model} ${previous.version}: ${outcome.detail}`);
  return {
    rows: [stepRow("rollback", back, outcome)],
    records,
    // A rollback that failed leaves the cluster unknown; the version that served is still the best target.
    serving: previous,
    failedRollback: !outcome.ok
  };
}
export {
  runDeploy
};
