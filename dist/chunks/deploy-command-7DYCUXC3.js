import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  auditActor
} from "./chunk-2VKV5STD.js";
import {
  DeployConfigSchema,
  adoptionNote,
  appendAuditRecord,
  checkHealth,
  holdCanary,
  openRegistry,
  parseDuration,
  planRollout,
  processFailure,
  recordedRefusals,
  renderStep,
  runProcess,
  servingVersion,
  splitCommand
} from "./chunk-N4SV6TO6.js";
import "./chunk-SXOIBMAW.js";
import "./chunk-V2FYCGCD.js";
import {
  loadConfigFile
} from "./chunk-APGX6RG2.js";
import "./chunk-4IFPBSRH.js";
import {
  DEFAULT_RESULTS_DIR,
  newEnvelope,
  writeEnvelope
} from "./chunk-EOMVTV7Q.js";
import "./chunk-4SSRUAK6.js";
import "./chunk-S3SELVUN.js";
import "./chunk-XR2IEJ4Y.js";
import "./chunk-PYTCQQ7B.js";
import {
  ConfigError,
  formatError
} from "./chunk-CYLWIE3E.js";
import "./chunk-SFHOJSAM.js";

// packages/commands/src/deploy/deploy-command.ts
import { randomUUID } from "node:crypto";
import path2 from "node:path";

// packages/commands/src/deploy/deployment-tracker.ts
var DeploymentTracker = class {
  url;
  #id;
  #target;
  #config;
  #logger;
  constructor(target, config, logger) {
    this.#target = target;
    this.#config = config;
    this.#logger = logger;
  }
  async start(version, digest) {
    const github = this.#target.github;
    if (!github) return;
    const { createDeployment } = await import("./src-EKEKYOAC.js");
    const created = await createDeployment(github.octokit, {
      owner: github.owner,
      repo: github.repo,
      ref: this.#target.context.sha ?? github.branch,
      environment: this.#config.environment,
      description: `${this.#config.model} ${version} (${this.#config.strategy.type})`,
      payload: { model: this.#config.model, version, digest, strategy: this.#config.strategy.type }
    });
    this.#id = created.id;
    this.url = created.url;
    this.#logger.info(`GitHub deployment ${created.id} to ${this.#config.environment}`);
    await this.progress("rollout started");
  }
  progress(description) {
    return this.#status("in_progress", description);
  }
  finish(state, description) {
    return this.#status(state, description);
  }
  async #status(state, description) {
    const github = this.#target.github;
    if (!github || this.#id === void 0) return;
    const { setDeploymentStatus } = await import("./src-EKEKYOAC.js");
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
var artifactCheck = (refusal, digest, check) => ({
  id: "deploy:artifact",
  title: "The artifact's bytes match the registry's digest",
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

// packages/commands/src/deploy/deploy-command.ts
async function runDeploy(options, io) {
  const { logger } = io;
  const env = io.env ?? process.env;
  const cwd = io.cwd ?? process.cwd();
  const now = io.now ?? (() => /* @__PURE__ */ new Date());
  const configFile = path2.resolve(cwd, options.config);
  const loaded = await loadConfigFile(configFile, DeployConfigSchema);
  const config = {
    ...loaded,
    ...options.alias ? { alias: options.alias } : {},
    ...options.environment ? { environment: options.environment } : {}
  };
  const base = path2.dirname(configFile);
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
  const resultsDir = path2.resolve(cwd, options.resultsDir || DEFAULT_RESULTS_DIR);
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
  const version = options.version ?? (await target.registry.aliases(config.model))[config.alias];
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
  const adopted = record.adopted && !record.evidence ? adoptionNote(record.adopted) : void 0;
  const refusals = adopted ? [] : recordedRefusals(record.evidence, digest);
  envelope.checks.push(gatesCheck(refusals, record.evidence?.gates.length ?? 0, adopted));
  if (refusals.length > 0) return refuse(refusals, s);
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
  const note = [adopted, plan.note].filter(Boolean).join("; ") || void 0;
  await s.deployment.start(version, digest);
  logger.info(
    `deploying ${config.model} ${version} to ${config.environment}: ${steps.map((x) => x.label).join(" → ")}${note ? ` (${note})` : ""}`
  );
  const outDir = path2.resolve(s.cwd, options.outDir || ".mlops/deploy");
  const rollout = await rollOut(config, steps, versions, outDir, s);
  const audit = auditWriter(config, options, s);
  if (!rollout.failure) {
    await audit({
      action: "deploy",
      version,
      digest,
      track: steps.at(-1).probe.track,
      previous: previous?.version ?? null
    });
    await s.deployment.finish("success", `${config.model} ${version} is live (${config.strategy.type})`);
  } else {
    const failure = { version, digest, failure: rollout.failure, previous };
    rollout.rows.push(...await recordFailure(config, failure, { versions, outDir, audit }, s));
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
      path2.join(outDir, `${i + 1}-${slug(step.label)}`),
      s
    );
    rows.push(stepRow(i + 1, step, outcome));
    s.envelope.checks.push(stepCheck(i + 1, step, outcome));
    if (!outcome.ok) return { rows, failure: `step ${i + 1} (${step.label}) failed: ${outcome.detail}` };
    if (i < steps.length - 1) await s.deployment.progress(`${step.label}: healthy`);
  }
  return { rows, failure: void 0 };
}
function auditWriter(config, options, s) {
  const { context } = s.target;
  const reason = options.reason?.trim() || `deploy ${config.alias} to ${config.environment}`;
  const links = {};
  if (context.runUrl) links.run = context.runUrl;
  if (s.deployment.url) links.deployment = s.deployment.url;
  const actor = auditActor(context, s.cwd, s.env);
  return async (fields) => appendAuditRecord(s.target.files, {
    id: randomUUID(),
    at: s.now().toISOString(),
    model: config.model,
    environment: config.environment,
    strategy: config.strategy.type,
    actor: await actor,
    reason,
    links,
    ...fields
  });
}
async function recordFailure(config, failed, rollout, s) {
  const { previous, failure } = failed;
  s.logger.error(failure);
  await rollout.audit({
    action: "deploy",
    version: failed.version,
    digest: failed.digest,
    outcome: "failure",
    previous: previous?.version ?? null,
    message: failure
  });
  const rows = [];
  if (previous) {
    const back = rollbackStep(previous);
    const dir = path2.join(rollout.outDir, `rollback-${previous.version}`);
    const outcome = await applyStep(config, back, rollout.versions, dir, s);
    rows.push(stepRow("rollback", back, outcome));
    s.envelope.checks.push(rollbackCheck(previous.version, outcome));
    await rollout.audit({
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
  }
  await s.deployment.finish("failure", failure);
  return rows;
}
export {
  runDeploy
};
