import type { DeltaPoint } from "./delta-order.ts";
import { FRACTION_UNITS } from "./format.ts";

/**
 * Metrics in the same family share a scale: changes in different units cannot be compared by length.
 * Fractions are one family whatever their unit is called, since they all read as percentage points.
 */
export function scaleFamily(unit: string | undefined): string {
  if (unit !== undefined && FRACTION_UNITS.has(unit)) return "fraction";
  return unit ?? "";
}

/**
 * For each family, the largest distance from zero that a point or interval end reaches, so that every
 * row of a family is drawn on one scale centred on zero: a tiny change looks tiny next to a large one
 * of its family, instead of filling its own row.
 */
export function familyReach(points: readonly DeltaPoint[]): (point: DeltaPoint) => number {
  const reach = new Map<string, number>();
  for (const { unit, delta } of points) {
    const family = scaleFamily(unit);
    const far = Math.max(
      Math.abs(delta.value),
      Math.abs(delta.ci?.lower ?? 0),
      Math.abs(delta.ci?.upper ?? 0),
    );
    reach.set(family, Math.max(reach.get(family) ?? 0, Number.isFinite(far) ? far : 0));
  }
  return (point) => reach.get(scaleFamily(point.unit)) || 1;
}
