import path from "node:path";
import type { Logger } from "@mlops/core";
import {
  checkHealth,
  type DeployConfig,
  parseDuration,
  type RolloutStep,
  renderStep,
  runProcess,
  splitCommand,
  type VersionInfo,
} from "@mlops/registry";
import type { StepOutcome } from "./rollout-record.ts";

/** Fills `{manifests}`, `{version}` and `{track}` in the apply and health commands. */
export const substitute = (text: string, vars: Record<string, string>) =>
  text.replace(/\{(manifests|version|track)\}/g, (_, k: string) => vars[k]!);

/** Why apply failed, with the last line it printed (usually the error). */
export function applyFailure(applied: { code: number | null; timedOut: boolean; output: string }): string {
  const output = applied.output.trim();
  return `apply ${applied.timedOut ? "timed out" : `exited ${applied.code}`}${output ? `: ${output.split("\n").at(-1)}` : ""}`;
}

export const healthDetail = (r: { detail: string; attempts: number }) =>
  `${r.detail} (${r.attempts} probe${r.attempts > 1 ? "s" : ""})`;

/** Renders the step's manifests into `dir`, applies them with the user's command, then probes health. */
export async function applyStep(
  config: DeployConfig,
  step: RolloutStep,
  versions: ReadonlyMap<string, VersionInfo>,
  dir: string,
  run: { base: string; env: NodeJS.ProcessEnv; logger: Logger },
): Promise<StepOutcome> {
  await renderStep(config, path.resolve(run.base, config.templates), step, versions, dir);
  const vars = { manifests: dir, version: step.probe.version, track: step.probe.track };
  const apply = splitCommand(config.apply, { file: "deploy config", path: "apply" }).map((a) =>
    substitute(a, vars),
  );
  run.logger.info(`${step.label}: ${apply.join(" ")}`);
  const applied = await runProcess(apply, { cwd: run.base, env: run.env, timeoutMs: 10 * 60_000 });
  if (applied.code !== 0) return { ok: false, detail: applyFailure(applied) };
  const health = config.health;
  const probe = health.url
    ? { url: substitute(health.url, vars) }
    : {
        argv: splitCommand(health.command!, { file: "deploy config", path: "health.command" }).map((a) =>
          substitute(a, vars),
        ),
        cwd: run.base,
        env: run.env,
      };
  const r = await checkHealth(probe, {
    timeoutMs: parseDuration(health.timeout),
    intervalMs: parseDuration(health.interval),
  });
  return { ok: r.healthy, detail: healthDetail(r) };
}
