import path from "node:path";
import type { Logger } from "@mlops/core";
import {
  checkHealth,
  type DeployConfig,
  holdCanary,
  parseDuration,
  processFailure,
  type RolloutStep,
  renderStep,
  runProcess,
  splitCommand,
  type VersionInfo,
} from "@mlops/registry";
import type { StepOutcome } from "./rollout-record.ts";

/** Fills `{manifests}`, `{version}`, `{track}` and `{weight}` in the apply, health and metric commands. */
export const substitute = (text: string, vars: Record<string, string>) =>
  text.replace(/\{(manifests|version|track|weight)\}/g, (whole, k: string) => vars[k] ?? whole);

export const healthDetail = (r: { detail: string; attempts: number }) =>
  `${r.detail} (${r.attempts} probe${r.attempts > 1 ? "s" : ""})`;

/** Renders the step's manifests into `dir`, applies them with the user's command, then probes health. */
export async function applyStep(
  config: DeployConfig,
  step: RolloutStep,
  versions: ReadonlyMap<string, VersionInfo>,
  dir: string,
  run: { base: string; env: NodeJS.ProcessEnv; signal?: AbortSignal; logger: Logger },
): Promise<StepOutcome> {
  await renderStep(config, path.resolve(run.base, config.templates), step, versions, dir);
  const vars = { manifests: dir, version: step.probe.version, track: step.probe.track };
  const apply = splitCommand(config.apply, { file: "deploy config", path: "apply" }).map((a) =>
    substitute(a, vars),
  );
  run.logger.info(`${step.label}: ${apply.join(" ")}`);
  const commandRun = { cwd: run.base, env: run.env, passEnv: config.env, signal: run.signal };
  const applied = await runProcess(apply, { ...commandRun, timeoutMs: 10 * 60_000 });
  if (applied.code !== 0) return { ok: false, detail: processFailure("apply", applied) };
  const health = config.health;
  const probe = health.url
    ? { url: substitute(health.url, vars) }
    : {
        argv: splitCommand(health.command!, { file: "deploy config", path: "health.command" }).map((a) =>
          substitute(a, vars),
        ),
        ...commandRun,
      };
  const r = await checkHealth(probe, {
    timeoutMs: parseDuration(health.timeout),
    intervalMs: parseDuration(health.interval),
    signal: run.signal,
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
    ...(run.signal ? { signal: run.signal } : {}),
    onMeasurement: (m) => run.logger.info(`${step.label}: ${m.metric} ${m.detail}${m.ok ? "" : " ✗"}`),
  });
  return { ok: held.ok, detail: [healthDetail(r), held.detail].filter(Boolean).join("; ") };
}
