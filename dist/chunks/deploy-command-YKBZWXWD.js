import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  DeployConfigSchema,
  appendAuditRecord,
  checkHealth,
  openRegistry,
  parseDuration,
  planRollout,
  readAuditLog,
  recordedRefusals,
  renderStep,
  runProcess,
  splitCommand
} from "./chunk-GW25ODXF.js";
import {
  DEFAULT_RESULTS_DIR,
  writeEnvelope
} from "./chunk-SNH6PZKR.js";
import {
  newEnvelope
} from "./chunk-72VR2ETG.js";
import {
  loadConfigFile
} from "./chunk-4PMVCHUS.js";
import "./chunk-XR2IEJ4Y.js";
import {
  ConfigError,
  formatError
} from "./chunk-H53TV354.js";
import "./chunk-SFHOJSAM.js";

// packages/commands/src/deploy/deploy-command.ts
import { randomUUID } from "node:crypto";
import path from "node:path";
async function runDeploy(options, io) {
  const { logger } = io;
  const env = io.env ?? process.env;
  const cwd = io.cwd ?? process.cwd();
  const now = io.now ?? (() => /* @__PURE__ */ new Date());
  const configFile = path.resolve(cwd, options.config);
  const loaded = await loadConfigFile(configFile, DeployConfigSchema);
  const config = {
    ...loaded,
    ...options.alias ? { alias: options.alias } : {},
    ...options.environment ? { environment: options.environment } : {}
  };
  const base = path.dirname(configFile);
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
  const resultsDir = path.resolve(cwd, options.resultsDir || DEFAULT_RESULTS_DIR);
  io.draft?.(envelope, { resultsDir, variant: config.environment });
  try {
    const { registry } = target;
    await deploy(config, options, {
      target,
      registry,
      envelope,
      result,
      deployment,
      base,
      cwd,
      env,
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
async function deploy(config, options, s) {
  const { target, registry, envelope, result, logger } = s;
  const { files } = target;
  const location = registry.location(config.model);
  const version = options.version ?? (await registry.aliases(config.model))[config.alias];
  if (!version) {
    throw new ConfigError(`alias "${config.alias}" of "${config.model}" is not set: nothing to deploy`, {
      location: { file: location, path: `aliases.${config.alias}` },
      hint: "promote a version first"
    });
  }
  const versions = /* @__PURE__ */ new Map();
  const load = async (v) => {
    const found = await registry.version(config.model, v);
    if (!found) {
      throw new ConfigError(`version ${v} of "${config.model}" is not registered`, {
        location: { file: location, path: options.version ? "version" : `aliases.${config.alias}` }
      });
    }
    versions.set(v, { version: v, digest: found.digest, artifact: found.artifactUri });
    return found;
  };
  const record = await load(version);
  const digest = record.digest;
  envelope.subject.version = version;
  envelope.subject.digest = digest;
  result.version = version;
  const refusals = recordedRefusals(record.evidence, digest);
  envelope.checks.push({
    id: "deploy:gates",
    title: "Every required gate passed for this artifact",
    status: refusals.length === 0 ? "pass" : "fail",
    severity: "fail",
    observed: refusals.length === 0 ? `${record.evidence?.gates.length ?? 0} gates passed` : refusals[0],
    expected: "recorded evidence with every fail-severity gate passing"
  });
  if (refusals.length > 0) {
    result.refusals = refusals;
    envelope.status = "fail";
    envelope.summary = `refused: ${refusals[0]}`;
    for (const r of refusals) logger.error(`refused: ${r}`);
    return;
  }
  const history = await readAuditLog(files, config.model);
  const serving = history.filter(
    (r) => r.environment === config.environment && (r.action === "deploy" || r.action === "rollback") && r.outcome === "success" && r.track !== "shadow"
  ).at(-1);
  const previous = serving ? { version: serving.version, track: serving.track ?? "stable" } : void 0;
  if (previous) {
    await load(previous.version);
    result.previous = previous.version;
  }
  const steps = planRollout(config.strategy, version, previous);
  await s.deployment.start(version, digest);
  logger.info(
    `deploying ${config.model} ${version} to ${config.environment}: ${steps.map((x) => x.label).join(" → ")}`
  );
  const rows = [];
  const outDir = path.resolve(s.cwd, options.outDir || ".mlops/deploy");
  let failure;
  for (const [i, step] of steps.entries()) {
    const outcome = await applyStep(
      config,
      step,
      versions,
      path.join(outDir, `${i + 1}-${slug(step.label)}`),
      s
    );
    rows.push([i + 1, step.label, weights(step.backends), outcome.ok ? "healthy" : "failed", outcome.detail]);
    envelope.checks.push({
      id: `deploy:step-${i + 1}`,
      title: `Step ${i + 1}: ${step.label}`,
      status: outcome.ok ? "pass" : "fail",
      severity: "fail",
      observed: outcome.detail,
      expected: "applied and healthy"
    });
    if (!outcome.ok) {
      failure = `step ${i + 1} (${step.label}) failed: ${outcome.detail}`;
      break;
    }
    if (i < steps.length - 1) await s.deployment.progress(`${step.label}: healthy`);
  }
  const final = steps.at(-1);
  const reason = options.reason?.trim() || `deploy ${config.alias} to ${config.environment}`;
  const actor = target.context.actor ?? "unknown";
  const links = {};
  if (target.context.runUrl) links.run = target.context.runUrl;
  if (s.deployment.url) links.deployment = s.deployment.url;
  const audit = (fields) => appendAuditRecord(files, {
    id: randomUUID(),
    at: s.now().toISOString(),
    model: config.model,
    environment: config.environment,
    strategy: config.strategy.type,
    actor,
    reason,
    links,
    ...fields
  });
  if (!failure) {
    await audit({
      action: "deploy",
      version,
      digest,
      track: final.probe.track,
      previous: previous?.version ?? null
    });
    await s.deployment.finish("success", `${config.model} ${version} is live (${config.strategy.type})`);
    envelope.summary = `deployed ${config.model} ${version} to ${config.environment} (${config.strategy.type}, ${steps.length} step${steps.length > 1 ? "s" : ""})`;
  } else {
    logger.error(failure);
    await audit({
      action: "deploy",
      version,
      digest,
      outcome: "failure",
      previous: previous?.version ?? null,
      message: failure
    });
    if (previous) {
      const back = {
        label: `rollback to ${previous.version}`,
        backends: [{ track: previous.track, version: previous.version, weight: 100 }],
        probe: { track: previous.track, version: previous.version, weight: 100 }
      };
      const outcome = await applyStep(
        config,
        back,
        versions,
        path.join(outDir, `rollback-${previous.version}`),
        s
      );
      rows.push([
        "rollback",
        back.label,
        weights(back.backends),
        outcome.ok ? "healthy" : "failed",
        outcome.detail
      ]);
      envelope.checks.push({
        id: "deploy:rollback",
        title: `Rolled back to ${previous.version}`,
        status: outcome.ok ? "pass" : "error",
        severity: "fail",
        observed: outcome.detail,
        expected: "applied and healthy"
      });
      await audit({
        action: "rollback",
        version: previous.version,
        digest: versions.get(previous.version).digest,
        track: previous.track,
        previous: version,
        outcome: outcome.ok ? "success" : "failure",
        reason: `automatic rollback: ${failure}`
      });
      result.rolledBack = true;
      logger.warn(`rolled back to ${config.model} ${previous.version}: ${outcome.detail}`);
    }
    await s.deployment.finish("failure", failure);
    envelope.summary = `failed: ${failure}${previous ? `; rolled back to ${previous.version}` : "; nothing to roll back to"}`;
  }
  envelope.status = failure ? "fail" : "pass";
  envelope.details = [
    {
      type: "table",
      title: "Rollout",
      columns: ["step", "what", "traffic", "health", "detail"],
      rows
    }
  ];
}
async function applyStep(config, step, versions, dir, s) {
  await renderStep(config, path.resolve(s.base, config.templates), step, versions, dir);
  const vars = { manifests: dir, version: step.probe.version, track: step.probe.track };
  const apply = splitCommand(config.apply, { file: "deploy config", path: "apply" }).map(
    (a) => substitute(a, vars)
  );
  s.logger.info(`${step.label}: ${apply.join(" ")}`);
  const applied = await runProcess(apply, { cwd: s.base, env: s.env, timeoutMs: 10 * 6e4 });
  if (applied.code !== 0) {
    return {
      ok: false,
      detail: `apply ${applied.timedOut ? "timed out" : `exited ${applied.code}`}${applied.output.trim() ? `: ${applied.output.trim().split("\n").at(-1)}` : ""}`
    };
  }
  const health = config.health;
  const probe = health.url ? { url: substitute(health.url, vars) } : {
    argv: splitCommand(health.command, { file: "deploy config", path: "health.command" }).map(
      (a) => substitute(a, vars)
    ),
    cwd: s.base,
    env: s.env
  };
  const r = await checkHealth(probe, {
    timeoutMs: parseDuration(health.timeout),
    intervalMs: parseDuration(health.interval)
  });
  return { ok: r.healthy, detail: `${r.detail} (${r.attempts} probe${r.attempts > 1 ? "s" : ""})` };
}
var substitute = (text, vars) => text.replace(/\{(manifests|version|track)\}/g, (_, k) => vars[k]);
var slug = (s) => s.toLowerCase().replace(/[^a-z0-9.]+/g, "-").replace(/^-|-$/g, "");
var weights = (backends) => backends.map((b) => `${b.track} ${b.version} ${b.mirror ? "mirror" : `${b.weight}%`}`).join(", ");
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
    const { createDeployment } = await import("./src-MAYKHHQM.js");
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
    const { setDeploymentStatus } = await import("./src-MAYKHHQM.js");
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
export {
  runDeploy
};
