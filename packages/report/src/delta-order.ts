import { type Check, checkEffect } from "@mlops/core";
import type { MetricDelta } from "./metric-delta.ts";
import { orderChecks } from "./status-labels.ts";

/** A metric's change against its baseline, with the gate that judged it (if any). */
export interface DeltaPoint {
  name: string;
  unit: string | undefined;
  delta: MetricDelta;
  /** The evaluation the metric belongs to. */
  evaluation: string;
  /** The worst of the checks that cite this metric; null when no check does. */
  gate: Pick<Check, "status" | "severity"> | null;
}

/** The worst check citing `metric`, i.e. the one that decided what the metric means for the verdict. */
export function gateOf(checks: readonly Check[], metric: string): Check | null {
  return orderChecks(checks.filter((check) => check.metric === metric))[0] ?? null;
}

/** An interval that includes zero: the data cannot tell the change from no change. */
export function isNoise(delta: MetricDelta): boolean {
  return delta.ci !== undefined && delta.ci.lower <= 0 && delta.ci.upper >= 0;
}

/**
 * The size of a change in units of its interval's half-width: comparable across metrics and units
 * (about 1 is the edge of noise at the interval's level), unlike the raw change. Undefined without an interval.
 */
export function standardizedChange(delta: MetricDelta): number | undefined {
  if (!delta.ci) return undefined;
  const halfWidth = (delta.ci.upper - delta.ci.lower) / 2;
  if (!(halfWidth > 0)) return Number.POSITIVE_INFINITY;
  return Math.abs(delta.value) / halfWidth;
}

function gateRank(point: DeltaPoint): number {
  if (!point.gate) return 2;
  const effect = checkEffect(point.gate);
  return effect === "fail" || effect === "error" ? 0 : effect === "warn" ? 1 : 2;
}

/**
 * What matters first: changes whose gate blocks, then those whose gate warns, then the rest; within
 * each, the largest standardized change first, and changes without an interval after those with one
 * (largest relative change first). Equal keys keep their given order.
 */
export function orderDeltas<P extends DeltaPoint>(points: readonly P[]): P[] {
  const key = (point: P) => {
    const z = standardizedChange(point.delta);
    return {
      gate: gateRank(point),
      hasInterval: z === undefined ? 1 : 0,
      size: z ?? Math.abs(point.delta.relative ?? 0),
    };
  };
  return points
    .map((point, index) => ({ point, index, key: key(point) }))
    .sort(
      (a, b) =>
        a.key.gate - b.key.gate ||
        a.key.hasInterval - b.key.hasInterval ||
        b.key.size - a.key.size ||
        a.index - b.index,
    )
    .map((entry) => entry.point);
}

/** The first screen shows at most this many deltas: enough to see what decided, few enough to read. */
export const DECISIVE_DELTAS = 5;

/** The changes that gates judged, what matters first, at most `DECISIVE_DELTAS`. */
export function decisiveDeltas<P extends DeltaPoint>(points: readonly P[]): { shown: P[]; more: number } {
  const gated = orderDeltas(points.filter((point) => point.gate !== null));
  return { shown: gated.slice(0, DECISIVE_DELTAS), more: Math.max(0, gated.length - DECISIVE_DELTAS) };
}
