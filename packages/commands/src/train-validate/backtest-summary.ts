import type { Metric } from "@mlops/core";
import { round } from "./scored-rows.ts";

/** The primary metric with its change against the champion and that change's interval. */
export function backtestSummary(
  primary: string,
  metric: Metric | undefined,
  championVersion: string | undefined,
): string {
  if (!metric || metric.value === null)
    return championVersion ? `vs champion ${championVersion}` : "first model (no champion)";
  const value = `${primary} ${round(metric.value)}`;
  if (!championVersion || !metric.delta) return `${value}; first model (no champion)`;
  const { delta } = metric;
  const ci = delta.ci ? ` [${round(delta.ci.lower)}, ${round(delta.ci.upper)}]` : "";
  return `${value}, Δ ${delta.value >= 0 ? "+" : ""}${round(delta.value)}${ci} vs champion ${championVersion}`;
}
