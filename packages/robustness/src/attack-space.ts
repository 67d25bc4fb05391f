import { isNumeric, numberCell, numberOf } from "./detector.ts";
import { type Feature, isMissing } from "./feature-spec.ts";
import type { CellChange } from "./perturb-rows.ts";

/**
 * The space the attack searches around one row: a perturbation vector over the row's mutable numbers,
 * each in units of its feature's standard deviation, so that one budget fits income and age alike.
 * Categories and immutable or missing cells are left out and keep the row's values.
 */
export interface RowSpace {
  row: number;
  /** Feature indexes the attack moves, one per dimension. */
  columns: number[];
  origin: Float64Array;
  scale: Float64Array;
  /** Per dimension, the perturbation range that keeps the value inside the declared bounds. */
  lower: Float64Array;
  upper: Float64Array;
  /** Per dimension, the range of the observed values (inside the bounds), where random starts are drawn. */
  observedLower: Float64Array;
  observedUpper: Float64Array;
}

/** The features the attack may move: mutable numbers with some spread. */
export function attackColumns(features: readonly Feature[]): number[] {
  return features.flatMap((f, i) => (!f.immutable && isNumeric(f) && scaleOf(f) > 0 ? [i] : []));
}

function scaleOf(f: Feature): number {
  if (f.sd > 0) return f.sd;
  return f.observed ? f.observed.high - f.observed.low : 0;
}

export function rowSpace(
  fields: readonly string[],
  row: number,
  features: readonly Feature[],
  columns: readonly number[],
): RowSpace {
  const moving = columns.filter((c) => !isMissing(fields[c]!) && numberOf(fields[c]!) !== undefined);
  const d = moving.length;
  const space: RowSpace = {
    row,
    columns: moving,
    origin: new Float64Array(d),
    scale: new Float64Array(d),
    lower: new Float64Array(d),
    upper: new Float64Array(d),
    observedLower: new Float64Array(d),
    observedUpper: new Float64Array(d),
  };
  moving.forEach((c, j) => {
    const f = features[c]!;
    const x = numberOf(fields[c]!)!;
    const s = scaleOf(f);
    space.origin[j] = x;
    space.scale[j] = s;
    // A value already outside its declared range widens the range to itself, as the detectors do.
    const low = f.min === undefined ? -Infinity : Math.min(f.min, x);
    const high = f.max === undefined ? Infinity : Math.max(f.max, x);
    space.lower[j] = (low - x) / s;
    space.upper[j] = (high - x) / s;
    space.observedLower[j] = (Math.max(low, Math.min(f.observed?.low ?? x, x)) - x) / s;
    space.observedUpper[j] = (Math.min(high, Math.max(f.observed?.high ?? x, x)) - x) / s;
  });
  return space;
}

/**
 * The row the model would be asked about for a perturbation, and the perturbation it really is: values
 * clipped to their bounds, integers rounded, numbers written as the detectors write them.
 */
export function perturbedRow(
  space: RowSpace,
  fields: readonly string[],
  features: readonly Feature[],
  delta: Float64Array,
): { fields: string[]; delta: Float64Array } {
  const out = [...fields];
  const sent = new Float64Array(delta.length);
  space.columns.forEach((c, j) => {
    const x = space.origin[j]!;
    const cell = numberCell(x + delta[j]! * space.scale[j]!, features[c]!, x, false);
    out[c] = cell;
    sent[j] = (Number(cell) - x) / space.scale[j]!;
  });
  return { fields: out, delta: sent };
}

export function norm(v: Float64Array): number {
  let s = 0;
  for (const x of v) s += x * x;
  return Math.sqrt(s);
}

/** The cells a counterexample changes, column by column. */
export function changedCells(
  features: readonly Feature[],
  from: readonly string[],
  to: readonly string[],
): CellChange[] {
  return features.flatMap((f, c) =>
    from[c] === to[c] ? [] : [{ column: f.name, from: from[c]!, to: to[c]! }],
  );
}
