import { Xoshiro128 } from "@mlops/stats";
import type { DetectorDefinition, DetectorOptions } from "./detector.ts";
import type { Feature } from "./feature-spec.ts";

export interface CellChange {
  column: string;
  from: string;
  to: string;
}

/** A perturbed copy of one evaluation row. */
export interface PerturbedCase {
  /** The row's index in the evaluation data. */
  row: number;
  /** The model's features, in the order of `features`, with the perturbation applied. */
  fields: string[];
  changes: CellChange[];
}

/** Up to `size` distinct row indexes out of `rows`, in ascending order (a seeded partial shuffle). */
export function sampleRows(rows: number, size: number, rng: Xoshiro128): number[] {
  if (size >= rows) return Array.from({ length: rows }, (_, i) => i);
  const pool = Array.from({ length: rows }, (_, i) => i);
  for (let i = 0; i < size; i++) {
    const j = i + rng.nextBelow(rows - i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, size).sort((a, b) => a - b);
}

/**
 * The detector applied to a seeded sample of rows. Immutable features are never touched; a row the
 * detector cannot change (its applicable values all missing, say) is left out, so the fail rate counts
 * only rows that were perturbed.
 */
export function perturbRows(
  rows: readonly (readonly string[])[],
  features: readonly Feature[],
  detector: DetectorDefinition,
  options: DetectorOptions,
): PerturbedCase[] {
  const rng = new Xoshiro128(options.seed);
  const sample = sampleRows(rows.length, options.sample, rng);
  const targets = features.flatMap((f, i) => (!f.immutable && detector.appliesTo(f) ? [i] : []));
  if (targets.length === 0) return [];
  const cases: PerturbedCase[] = [];
  for (const row of sample) {
    const fields = [...rows[row]!];
    const changes: CellChange[] = [];
    const change = (i: number) => {
      const feature = features[i]!;
      const to = detector.perturb(fields[i]!, feature, rng, options);
      if (to === undefined || to === fields[i]) return;
      changes.push({ column: feature.name, from: fields[i]!, to });
      fields[i] = to;
    };
    if (detector.scope === "every") {
      for (const i of targets) change(i);
    } else {
      const changeable = targets.filter((i) => {
        const probe = new Xoshiro128(0);
        return detector.perturb(fields[i]!, features[i]!, probe, options) !== undefined;
      });
      if (changeable.length > 0) change(changeable[rng.nextBelow(changeable.length)]!);
    }
    if (changes.length > 0) cases.push({ row, fields, changes });
  }
  return cases;
}
