import { setTimeout as sleep } from "node:timers/promises";
import { bodyExcerpt, withoutUrlCredentials } from "@mlops/core";
import { type CanaryAnalysis, type CanaryMetric, parseDuration } from "./deploy-config.ts";
import { type ProcessOptions, processFailure, runProcess, splitCommand } from "./run-process.ts";

export interface Measurement {
  metric: string;
  /** Undefined when the metric could not be measured (which counts as out of bounds). */
  value: number | undefined;
  ok: boolean;
  /** "0.034, above max 0.01", "http://…/query answered 503". */
  detail: string;
}

export interface CanaryVerdict {
  ok: boolean;
  detail: string;
  measurements: Measurement[];
}

export interface CanaryHold {
  pauseMs: number;
  analysis: CanaryAnalysis | undefined;
  /** Fills {version}, {track} and {weight} in a metric's URL or command. */
  fill: (text: string) => string;
  /** How metric commands run: the deploy's cwd, environment and `env:`. */
  command: Omit<ProcessOptions, "timeoutMs" | "signal">;
  signal?: AbortSignal;
  onMeasurement?: (m: Measurement) => void;
}

/** A measurement that hangs must not hold the rollout: each gets at most this long. */
const MEASURE_TIMEOUT_MS = 30_000;

/**
 * Holds a canary step for its pause and decides it on its metrics, as Argo Rollouts' and Flagger's
 * analysis do: every metric is measured right away and then every interval until the pause is over (at
 * least once); a metric out of bounds (or not measurable) more often than its failure_limit fails the
 * step at once, so a bad canary serves no longer than it takes to see it is bad.
 */
export async function holdCanary(hold: CanaryHold): Promise<CanaryVerdict> {
  const started = Date.now();
  const measurements: Measurement[] = [];
  const { analysis, signal } = hold;
  if (!analysis) {
    if (hold.pauseMs > 0) await sleep(hold.pauseMs, undefined, { signal }).catch(() => {});
    if (signal?.aborted) return { ok: false, detail: "cancelled during the pause", measurements };
    return { ok: true, detail: hold.pauseMs > 0 ? `held ${formatMs(hold.pauseMs)}` : "", measurements };
  }
  const intervalMs = parseDuration(analysis.interval);
  const failures = new Map<string, number>();
  for (;;) {
    for (const metric of analysis.metrics) {
      const m = await measure(metric, hold);
      measurements.push(m);
      hold.onMeasurement?.(m);
      if (m.ok) continue;
      const failed = (failures.get(metric.name) ?? 0) + 1;
      failures.set(metric.name, failed);
      if (failed > metric.failure_limit) {
        const taken = measurements.filter((x) => x.metric === metric.name).length;
        return {
          ok: false,
          detail: `${metric.name} ${m.detail} (${failed} of ${taken} measurements failed; failure_limit ${metric.failure_limit})`,
          measurements,
        };
      }
    }
    if (signal?.aborted) return { ok: false, detail: "cancelled during the analysis", measurements };
    if (Date.now() + intervalMs > started + hold.pauseMs) break;
    await sleep(intervalMs, undefined, { signal }).catch(() => {});
  }
  const summary = analysis.metrics.map((metric) => {
    const values = measurements.filter((x) => x.metric === metric.name);
    const worst = values.at(-1);
    return `${metric.name} ${worst?.value ?? "—"} within ${bounds(metric)} (${values.length} measured)`;
  });
  return { ok: true, detail: summary.join("; "), measurements };
}

async function measure(metric: CanaryMetric, hold: CanaryHold): Promise<Measurement> {
  const read = await readMetric(metric, hold);
  if ("problem" in read) return { metric: metric.name, value: undefined, ok: false, detail: read.problem };
  const value = metric.path === undefined ? Number(read.text.trim()) : atPath(read.text, metric.path);
  if (value === undefined || !Number.isFinite(value)) {
    const where = metric.path === undefined ? "" : ` at ${metric.path}`;
    return {
      metric: metric.name,
      value: undefined,
      ok: false,
      detail: `gave no number${where}: ${bodyExcerpt(read.text, 120)}`,
    };
  }
  if (metric.max !== undefined && value > metric.max)
    return { metric: metric.name, value, ok: false, detail: `= ${value}, above max ${metric.max}` };
  if (metric.min !== undefined && value < metric.min)
    return { metric: metric.name, value, ok: false, detail: `= ${value}, below min ${metric.min}` };
  return { metric: metric.name, value, ok: true, detail: `= ${value}` };
}

async function readMetric(
  metric: CanaryMetric,
  hold: CanaryHold,
): Promise<{ text: string } | { problem: string }> {
  if (metric.url !== undefined) {
    const { url, headers } = withoutUrlCredentials(hold.fill(metric.url));
    try {
      const signals = [AbortSignal.timeout(MEASURE_TIMEOUT_MS), ...(hold.signal ? [hold.signal] : [])];
      const response = await fetch(url, { headers, signal: AbortSignal.any(signals) });
      const text = await response.text();
      return response.ok
        ? { text }
        : { problem: `could not be measured: ${url} answered ${response.status}` };
    } catch (e) {
      return { problem: `could not be measured: ${url}: ${(e as Error).message}` };
    }
  }
  const argv = splitCommand(metric.command!, {
    file: "deploy config",
    path: "strategy.analysis.metrics",
  }).map(hold.fill);
  const run = await runProcess(argv, { ...hold.command, timeoutMs: MEASURE_TIMEOUT_MS, signal: hold.signal });
  if (run.code !== 0) return { problem: `could not be measured: ${processFailure("its command", run)}` };
  return { text: run.output };
}

/** `data.result.0.value.1` in a JSON text, as a number (Prometheus answers numbers as strings). */
function atPath(text: string, path: string): number | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  for (const key of path.split(".")) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return typeof value === "number" || (typeof value === "string" && value.trim() !== "")
    ? Number(value)
    : undefined;
}

const bounds = (m: CanaryMetric) =>
  [m.min !== undefined ? `min ${m.min}` : "", m.max !== undefined ? `max ${m.max}` : ""]
    .filter(Boolean)
    .join(", ");

function formatMs(ms: number): string {
  return ms >= 60_000 ? `${ms / 60_000} min` : ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`;
}
