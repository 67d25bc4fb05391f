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

const DIRECTION_ICONS: Record<DeltaDirection, string> = {
  better: "🟢",
  worse: "🔴",
  unclear: "⚪",
  neutral: "",
};

/** An icon for better/worse/unclear and an arrow for the sign of the change, e.g. `🔴 ▼`. */
export function deltaIcon(delta: MetricDelta): string {
  const arrow = delta.value > 0 ? "▲" : delta.value < 0 ? "▼" : "＝";
  const icon = DIRECTION_ICONS[delta.direction];
  return icon ? `${icon} ${arrow}` : arrow;
}

export const DIRECTION_LEGEND: Record<Exclude<DeltaDirection, "neutral">, string> = {
  better: "🟢 better",
  worse: "🔴 worse",
  unclear: "⚪ within noise (interval includes 0)",
};
