import type { Interval, Metric } from "@mlops/core";

/**
 * better/worse: the change has a preferred direction and its interval (when there is one) excludes zero;
 * unclear: the interval includes zero, so the data cannot tell the change from noise;
 * neutral: the metric has no preferred direction, or did not change.
 */
export type DeltaDirection = "better" | "worse" | "unclear" | "neutral";

export interface MetricDelta {
  value: number;
  ci: Interval | undefined;
  direction: DeltaDirection;
  /** The change relative to the baseline's magnitude; undefined when the baseline is zero or missing. */
  relative: number | undefined;
}

/** The metric's change against its baseline: the reported delta, else value − baseline. */
export function metricDelta(metric: Metric): MetricDelta | undefined {
  const baseline = metric.baseline?.value ?? null;
  const value =
    metric.delta?.value ?? (metric.value !== null && baseline !== null ? metric.value - baseline : undefined);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const ci = metric.delta?.ci;
  return {
    value,
    ci,
    direction: deltaDirection(value, ci, metric.greaterIsBetter),
    relative: baseline !== null && baseline !== 0 ? value / Math.abs(baseline) : undefined,
  };
}

function deltaDirection(
  value: number,
  ci: Interval | undefined,
  greaterIsBetter: boolean | undefined,
): DeltaDirection {
  if (greaterIsBetter === undefined || value === 0) return "neutral";
  if (ci && ci.lower <= 0 && ci.upper >= 0) return "unclear";
  return value > 0 === greaterIsBetter ? "better" : "worse";
}

/** Every direction has a word, so the icon is never the only cue (screen readers, fonts without emoji). */
const DIRECTION_LABELS: Record<DeltaDirection, string> = {
  better: "🟢 better",
  worse: "🔴 worse",
  unclear: "⚪ noise",
  neutral: "",
};

/** `🟢 better`, `🔴 worse`, `⚪ noise`, or nothing when the metric has no preferred direction. */
export function deltaLabel(delta: MetricDelta): string {
  return DIRECTION_LABELS[delta.direction];
}

export const NOISE_NOTE = "noise: the interval includes 0, so the data cannot tell the change from none";
