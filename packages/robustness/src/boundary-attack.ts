import { Xoshiro128 } from "@mlops/stats";
import { attackColumns, changedCells, norm, perturbedRow, type RowSpace, rowSpace } from "./attack-space.ts";
import { numberOf } from "./detector.ts";
import type { Feature } from "./feature-spec.ts";
import { standardNormal } from "./gaussian-noise.ts";
import { type Ask, inLockstep } from "./lockstep-queries.ts";
import type { CellChange } from "./perturb-rows.ts";
import { sampleRows } from "./perturb-rows.ts";

export interface AttackOptions {
  /** Rows to attack (all attackable rows when fewer). */
  rows: number;
  /** Model queries allowed per row. */
  maxQueries: number;
  seed: number;
}

/** The smallest change found that changes the row's outcome. */
export interface Counterexample {
  fields: string[];
  /** L2 size of the change, each feature in units of its standard deviation. */
  distance: number;
  changes: CellChange[];
}

export interface RowAttack {
  row: number;
  queries: number;
  counterexample?: Counterexample;
}

/** Starting points per row: the nearest rows the model decides the other way, then random points. */
const NEAREST_STARTS = 4;
const RANDOM_STARTS = 4;
/** A boundary point is located to this share of its distance. */
const TOLERANCE = 0.002;
/** Multiples of the distance to the estimated boundary plane tried along its normal, in one round. */
const ALONG_NORMAL = [0.98, 1, 1.01, 1.03, 1.1, 1.3, 1.8];
/** Rounds without a 0.1% gain after which a row's search stops, leaving its budget unspent. */
const PATIENCE = 3;

/**
 * A decision-based attack in the manner of HopSkipJump (Chen, Jordan and Wainwright 2020): it asks the
 * model only whether a row's outcome changed. From a starting point on the other side it bisects to the
 * decision boundary, estimates the boundary's normal there from the answers at random nearby points,
 * and jumps to where the boundary plane is nearest the row, bisecting again; the step HopSkipJump takes
 * along the normal is the fallback where the plane misleads. Every row's questions of a round go to
 * the model as one batch. Only mutable numbers move, inside their bounds, integers as integers.
 */
export async function boundaryAttack(input: {
  rows: readonly (readonly string[])[];
  features: readonly Feature[];
  options: AttackOptions;
  /** Each evaluation row's original decision, to start from the nearest rows decided otherwise. */
  decisions?: ArrayLike<number>;
  /** Whether each asked row's outcome differs from the original row's. */
  changed: (asked: { row: number; fields: string[] }[]) => Promise<Uint8Array>;
}): Promise<RowAttack[]> {
  const { rows, features, options } = input;
  const columns = attackColumns(features);
  const attackable = rows.flatMap((fields, row) =>
    rowSpace(fields, row, features, columns).columns.length > 0 ? [row] : [],
  );
  const numbers = new Map(
    columns.map((c) => [c, Float64Array.from(rows, (r) => numberOf(r[c]!) ?? Number.NaN)] as const),
  );
  const rng = new Xoshiro128(options.seed);
  const targets = sampleRows(attackable.length, options.rows, rng).map((i) => attackable[i]!);
  const searches = targets.map((row) => {
    const space = rowSpace(rows[row]!, row, features, columns);
    const starts = nearestOtherwise(space, numbers, input.decisions);
    const own = rng.split();
    return (ask: Ask) =>
      searchRow({ space, fields: rows[row]!, features, ask, rng: own, max: options.maxQueries, starts });
  });
  return inLockstep(searches, (asked) =>
    input.changed(asked.flatMap((a) => a.rows.map((fields) => ({ row: targets[a.search]!, fields })))),
  );
}

/**
 * Perturbations to the nearest rows with another decision: points already across the boundary. A
 * missing number of the other row keeps the row's own.
 */
function nearestOtherwise(
  space: RowSpace,
  numbers: ReadonlyMap<number, Float64Array>,
  decisions: ArrayLike<number> | undefined,
): Float64Array[] {
  if (!decisions) return [];
  const own = decisions[space.row];
  const columns = space.columns.map((c) => numbers.get(c)!);
  const offset = (r: number, j: number) => {
    const y = columns[j]![r]!;
    return Number.isNaN(y) ? 0 : (y - space.origin[j]!) / space.scale[j]!;
  };
  const nearest: { row: number; distance: number }[] = [];
  for (let r = 0; r < decisions.length; r++) {
    if (decisions[r] === own) continue;
    let distance = 0;
    for (let j = 0; j < columns.length; j++) distance += offset(r, j) ** 2;
    if (nearest.length < NEAREST_STARTS || distance < nearest[nearest.length - 1]!.distance) {
      nearest.push({ row: r, distance });
      nearest.sort((a, b) => a.distance - b.distance);
      if (nearest.length > NEAREST_STARTS) nearest.pop();
    }
  }
  return nearest.map((n) => Float64Array.from(columns, (_, j) => offset(n.row, j)));
}

interface Point {
  fields: string[];
  delta: Float64Array;
  distance: number;
}

async function searchRow(s: {
  space: RowSpace;
  fields: readonly string[];
  features: readonly Feature[];
  ask: Ask;
  rng: Xoshiro128;
  max: number;
  starts: Float64Array[];
}): Promise<RowAttack> {
  const { space, rng } = s;
  const d = space.columns.length;
  let used = 0;
  const left = () => s.max - used;
  /** Asks about as many of the points as the budget allows; the answers come with the rows as sent. */
  const query = async (deltas: Float64Array[]) => {
    const made = deltas.slice(0, Math.max(0, left())).map((delta) => {
      const sent = perturbedRow(space, s.fields, s.features, delta);
      return { ...sent, distance: norm(sent.delta) };
    });
    used += made.length;
    const flags = await s.ask(made.map((m) => m.fields));
    return made.map((m, i) => ({ point: m as Point, flipped: flags[i] === 1 }));
  };
  const nearestFlipped = (answers: { point: Point; flipped: boolean }[]) =>
    answers
      .filter((a) => a.flipped)
      .reduce<Point | undefined>((a, b) => (a && a.distance <= b.point.distance ? a : b.point), undefined);
  /** The boundary on the ray through `p`, between multiples `lo` (same outcome) and `hi` (changed). */
  const bisect = async (p: Float64Array, lo: number, hi: number, found: Point): Promise<Point> => {
    let edge = found;
    while (hi - lo > TOLERANCE * hi && left() > 0) {
      const mid = (lo + hi) / 2;
      const [answer] = await query([scaled(p, mid)]);
      if (answer!.flipped) {
        hi = mid;
        edge = answer!.point;
      } else lo = mid;
    }
    return edge;
  };

  const box = (lower: Float64Array, upper: Float64Array, widen: number) =>
    Array.from({ length: RANDOM_STARTS }, () =>
      lower.map((l, j) => {
        const u = upper[j]!;
        const low = Math.max(space.lower[j]!, l * widen);
        const high = Math.min(space.upper[j]!, u * widen);
        return low + rng.nextFloat() * (high - low);
      }),
    );
  let start = nearestFlipped(await query([...s.starts, ...box(space.observedLower, space.observedUpper, 1)]));
  start ??= nearestFlipped(await query(box(space.observedLower, space.observedUpper, 3)));
  if (!start) return { row: space.row, queries: used };
  let best = await bisect(start.delta, 0, 1, start);

  let stalled = 0;
  for (let t = 1; stalled < PATIENCE && left() > ALONG_NORMAL.length; t++) {
    const before = best.distance;
    const probes = Math.min(2 * Math.ceil(((8 + 2 * d) * Math.sqrt(t)) / 2), left() - ALONG_NORMAL.length);
    const normal = await normalAt(best, Math.max(best.distance / Math.max(d, 4), 1e-6), probes);
    if (normal) {
      const foot = dot(best.delta, normal);
      const along = foot > 0 ? await query(ALONG_NORMAL.map((m) => scaled(normal, m * foot))) : [];
      const firstFlip = along.findIndex((a) => a.flipped);
      if (firstFlip >= 0) {
        const lo = firstFlip === 0 ? 0 : ALONG_NORMAL[firstFlip - 1]!;
        const edge = await bisect(
          normal,
          lo * foot,
          ALONG_NORMAL[firstFlip]! * foot,
          along[firstFlip]!.point,
        );
        if (edge.distance < best.distance) best = edge;
      } else {
        // The plane misleads (a curved boundary): HopSkipJump's geometric step along the normal.
        const step = best.distance / Math.sqrt(t);
        const jumped = nearestFlipped(
          await query([1, 0.5, 0.25].map((k) => added(best.delta, normal, k * step))),
        );
        if (jumped) {
          const edge = await bisect(jumped.delta, 0, 1, jumped);
          if (edge.distance < best.distance) best = edge;
        }
      }
    }
    stalled = best.distance < before * (1 - 1e-3) ? 0 : stalled + 1;
  }
  return {
    row: space.row,
    queries: used,
    counterexample: {
      fields: best.fields,
      distance: best.distance,
      changes: changedCells(s.features, s.fields, best.fields),
    },
  };

  /**
   * The boundary's normal at a point just across it, pointing away from the row: answers at pairs of
   * opposite points around it, each weighted by how its answer differs from the average (HopSkipJump's
   * baseline), summed over the directions really taken after rounding and clipping.
   */
  async function normalAt(at: Point, radius: number, probes: number): Promise<Float64Array | undefined> {
    if (probes < 2) return undefined;
    const deltas: Float64Array[] = [];
    for (let i = 0; i < probes / 2; i++) {
      const u = unit(Float64Array.from({ length: d }, () => standardNormal(rng)));
      deltas.push(added(at.delta, u, radius), added(at.delta, u, -radius));
    }
    const answers = await query(deltas);
    const mean = answers.reduce((a, b) => a + (b.flipped ? 1 : -1), 0) / answers.length;
    if (Math.abs(mean) === 1) return undefined;
    const sum = new Float64Array(d);
    for (const { point, flipped } of answers) {
      const moved = point.delta.map((x, j) => x - at.delta[j]!);
      const length = norm(moved);
      if (length === 0) continue;
      const weight = ((flipped ? 1 : -1) - mean) / length;
      for (let j = 0; j < d; j++) sum[j]! += weight * moved[j]!;
    }
    return norm(sum) > 0 ? unit(sum) : undefined;
  }
}

function scaled(v: Float64Array, k: number): Float64Array {
  return v.map((x) => x * k);
}

function added(v: Float64Array, w: Float64Array, k: number): Float64Array {
  return v.map((x, j) => x + k * w[j]!);
}

function dot(v: Float64Array, w: Float64Array): number {
  let s = 0;
  for (let j = 0; j < v.length; j++) s += v[j]! * w[j]!;
  return s;
}

function unit(v: Float64Array): Float64Array {
  return scaled(v, 1 / norm(v));
}
