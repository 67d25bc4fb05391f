import { ConfigError } from "@mlops/core";

/** A column of numbers: a `number[]`, a `Float64Array`, or any other array-like of numbers. */
export type Numbers = ArrayLike<number>;

/** A numeric column that may hold missing values (`null`, `NaN`). */
export type NullableNumbers = ArrayLike<number | null | undefined>;

/** A categorical column: each value is a category; `null`/`undefined`/`NaN` are missing. */
export type Categories = ArrayLike<string | number | boolean | null | undefined>;

/** A category value after missing values are dropped. */
export type Category = string | number | boolean;

/**
 * The finite values of a column, in order. Missing (`null`, `undefined`, `NaN`) and infinite values are
 * dropped, as Evidently does before any drift test (it maps ±inf to NaN and drops NaN).
 */
export function finiteValues(values: NullableNumbers): Float64Array {
  let kept = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) kept++;
  const out = new Float64Array(kept);
  let j = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === "number" && Number.isFinite(v)) out[j++] = v;
  }
  return out;
}

/** The present categories of a column, in order (missing values and `NaN` dropped). */
export function presentCategories(values: Categories): Category[] {
  const out: Category[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || (typeof v === "number" && Number.isNaN(v))) continue;
    out.push(v);
  }
  return out;
}

/** Throws a ConfigError naming both columns when their lengths differ. */
export function assertSameLength(
  what: string,
  a: { name: string; values: ArrayLike<unknown> },
  b: typeof a,
): void {
  if (a.values.length === b.values.length) return;
  throw new ConfigError(
    `${what}: ${a.name} has ${a.values.length} rows but ${b.name} has ${b.values.length}`,
    { hint: `Score every row once: ${a.name} and ${b.name} must be aligned row by row.` },
  );
}

/** Throws a ConfigError when a label column holds anything but 0 and 1. */
export function assertBinaryLabels(name: string, labels: Numbers): void {
  for (let i = 0; i < labels.length; i++) {
    const v = labels[i];
    if (v !== 0 && v !== 1) {
      throw new ConfigError(`${name}[${i}] is ${String(v)}; binary metrics need labels 0 or 1`, {
        hint: "Encode the positive class as 1 and every other class as 0.",
      });
    }
  }
}

/** Throws a ConfigError when a probability column holds values outside [0, 1]. */
export function assertProbabilities(name: string, probabilities: Numbers): void {
  for (let i = 0; i < probabilities.length; i++) {
    const v = probabilities[i]!;
    if (!(v >= 0 && v <= 1)) {
      throw new ConfigError(`${name}[${i}] is ${String(v)}; probabilities must lie in [0, 1]`, {
        hint: "Pass the predicted probability of the positive class, not a raw score or logit.",
      });
    }
  }
}
