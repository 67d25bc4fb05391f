import { sampleMultinomial, Xoshiro128 } from "@mlops/stats";
import {
  CELLS,
  type Confusion,
  confusionOf,
  type Model,
  RATE_NAMES,
  type RateName,
  rate,
  whyUndefined,
} from "./confusion.ts";
import {
  DISPARITY_NAMES,
  type DisparityName,
  type DisparityOptions,
  disparity,
  isRatio,
  ratesOf,
} from "./disparities.ts";
import { type Compared, compared, insufficientGroups } from "./estimates.ts";
import { type GroupedRows, type Partition, partitionCounts } from "./groups.ts";
import {
  PRIVILEGED_METRIC_NAMES,
  type PrivilegedMetricName,
  pooled,
  privilegedMetric,
} from "./privileged.ts";

export interface FairnessOptions extends DisparityOptions {
  /** Groups with fewer rows are insufficient data: kept in the table, and disparities over them undecided. */
  minGroupSize: number;
  resamples: number;
  level: number;
  seed: number;
  /** Whether the rows carry the champion's decisions too. */
  champion: boolean;
  /** AIF360's privileged groups: a value of a sensitive column, against all other rows. */
  privileged?: readonly { column: string; value: string }[];
}

export interface GroupResult {
  name: string;
  count: number;
  sufficient: boolean;
  rates: Record<RateName, Compared>;
}

export interface PartitionResult {
  key: string;
  groups: GroupResult[];
  disparities: Record<DisparityName, Compared>;
}

export interface PrivilegedResult {
  column: string;
  /** The privileged group's name, e.g. `sex=m`. */
  group: string;
  metrics: Record<PrivilegedMetricName, Compared>;
}

export interface FairnessResult {
  partitions: PartitionResult[];
  privileged: PrivilegedResult[];
  /** Each disparity at its worst over the partitions (largest difference, smallest ratio). */
  worst: Record<DisparityName, Compared & { partition?: string }>;
}

/** The counts a statistic sees: each partition's group cells, and all rows' cells. */
interface Counts {
  parts: Float64Array[];
  overall: Float64Array;
}

/** A statistic of the counts; `earlier` holds the statistics tracked before it on the same counts (NaN where undefined). */
type Statistic = (counts: Counts, earlier: Float64Array) => number | null;

/**
 * Per-group rates and Fairlearn's disparities for every partition, each with a stratified bootstrap
 * interval: a resample draws each intersection's rows with replacement within that intersection (one
 * multinomial draw over its 8 cells), so group sizes stay as observed. The champion's values and the
 * change come from the same resamples, which pairs them.
 */
export function evaluateFairness(grouped: GroupedRows, options: FairnessOptions): FairnessResult {
  const models: Model[] = options.champion ? ["challenger", "champion"] : ["challenger"];
  const estimateCounts = countsOf(grouped, grouped.counts);
  const tracked: Statistic[] = [];
  const track = (s: Statistic) => tracked.push(s) - 1;

  const partitions = grouped.partitions.map((p, pi) => {
    const sums = estimateCounts.parts[pi]!;
    const groups = p.groups.map((name, g) => {
      const count = sumCells(sums, g * CELLS);
      const rates = Object.fromEntries(
        RATE_NAMES.map((r) => {
          const ids = models.map((m) => track((c) => rate(r, confusionOf(c.parts[pi]!, g * CELLS, m))));
          return [r, { ids, why: whyUndefined(r) }];
        }),
      );
      return { name, count, sufficient: count >= options.minGroupSize, rates };
    });
    const insufficient = groups.filter((g) => !g.sufficient);
    const disparities = Object.fromEntries(
      DISPARITY_NAMES.map((d) => {
        const ids = models.map((m) =>
          track((c) =>
            disparity(d, groupConfusions(c.parts[pi]!, p, m), confusionOf(c.overall, 0, m), options),
          ),
        );
        const why =
          insufficient.length > 0
            ? insufficientGroups(insufficient, options.minGroupSize)
            : disparityUndefined(d, p, sums, estimateCounts.overall);
        return [d, { ids, why, blocked: insufficient.length > 0 }];
      }),
    );
    return { key: p.key, groups, disparities };
  });

  const worst = Object.fromEntries(
    DISPARITY_NAMES.map((d) => {
      const perModel = models.map((_, mi) => partitions.map((p) => p.disparities[d]!.ids[mi]!));
      const blocked = partitions.filter((p) => p.disparities[d]!.blocked).map((p) => p.key);
      const ids = perModel.map((members) =>
        track((_, earlier) => {
          if (blocked.length > 0) return null;
          let out: number | null = null;
          for (const id of members) {
            const v = earlier[id]!;
            if (Number.isNaN(v)) return null;
            if (out === null || (isRatio(d) ? v < out : v > out)) out = v;
          }
          return out;
        }),
      );
      return [d, ids] as const;
    }),
  );

  const privileged = (options.privileged ?? []).map(({ column, value }) => {
    const pi = grouped.partitions.findIndex((p) => p.key === column);
    const group = `${column}=${value}`;
    const g = grouped.partitions[pi]?.groups.indexOf(group) ?? -1;
    if (g < 0) throw new RangeError(`no group ${group} among the sensitive columns' groups`);
    const sizes = partitions[pi]!.groups.map((x) => x.count);
    const privilegedRows = sizes[g]!;
    const otherRows = sizes.reduce((a, b) => a + b, 0) - privilegedRows;
    const small = Math.min(privilegedRows, otherRows) < options.minGroupSize;
    const metrics = PRIVILEGED_METRIC_NAMES.map((name) => {
      const ids = models.map((m) =>
        track((c) => {
          const all = groupConfusions(c.parts[pi]!, grouped.partitions[pi]!, m);
          return privilegedMetric(name, pooled(all.filter((_, i) => i !== g)), all[g]!);
        }),
      );
      const why = small
        ? `the privileged group (n=${privilegedRows}) or the rest (n=${otherRows}) is below min_group_size ${options.minGroupSize}`
        : `${name} is undefined: a rate it needs has no rows to divide by (privileged n=${privilegedRows}, unprivileged n=${otherRows})`;
      return [name, { ids, why, blocked: small }] as const;
    });
    return { column, group, metrics };
  });

  const replicates = bootstrap(grouped, tracked, options);
  const estimates = Array.from(evaluateAll(tracked, estimateCounts, new Float64Array(tracked.length)), (x) =>
    Number.isNaN(x) ? null : x,
  );
  const compare = (ids: readonly number[], why: string, blocked = false): Compared =>
    compared(ids, why, blocked, estimates, replicates, options.level);

  return {
    partitions: partitions.map((p) => ({
      key: p.key,
      groups: p.groups.map((g) => ({
        name: g.name,
        count: g.count,
        sufficient: g.sufficient,
        rates: Object.fromEntries(
          RATE_NAMES.map((r) => [r, compare(g.rates[r]!.ids, g.rates[r]!.why)]),
        ) as Record<RateName, Compared>,
      })),
      disparities: Object.fromEntries(
        DISPARITY_NAMES.map((d) => {
          const { ids, why, blocked } = p.disparities[d]!;
          return [d, compare(ids, why, blocked)];
        }),
      ) as Record<DisparityName, Compared>,
    })),
    privileged: privileged.map(({ column, group, metrics }) => ({
      column,
      group,
      metrics: Object.fromEntries(
        metrics.map(([name, { ids, why, blocked }]) => [name, compare(ids, why, blocked)]),
      ) as Record<PrivilegedMetricName, Compared>,
    })),
    worst: Object.fromEntries(
      DISPARITY_NAMES.map((d) => {
        const ids = worst[d]!;
        const unavailableIn = partitions.filter(
          (p) => p.disparities[d]!.blocked || estimates[p.disparities[d]!.ids[0]!] === null,
        );
        const why = `undefined for ${unavailableIn.map((p) => p.key).join(", ")}: ${unavailableIn
          .map((p) => p.disparities[d]!.why)
          .join("; ")}`;
        const at = partitions.find((p) => estimates[p.disparities[d]!.ids[0]!] === estimates[ids[0]!]);
        return [
          d,
          { ...compare(ids, why), ...(at && estimates[ids[0]!] !== null ? { partition: at.key } : {}) },
        ];
      }),
    ) as FairnessResult["worst"],
  };
}

function countsOf(grouped: GroupedRows, cells: Float64Array, into?: Counts): Counts {
  const parts = grouped.partitions.map((p, i) => partitionCounts(p, cells, into?.parts[i]));
  const overall = into?.overall ?? new Float64Array(CELLS);
  overall.fill(0);
  for (let i = 0; i < cells.length; i++) overall[i % CELLS]! += cells[i]!;
  return { parts, overall };
}

function sumCells(cells: ArrayLike<number>, offset: number): number {
  let n = 0;
  for (let c = 0; c < CELLS; c++) n += cells[offset + c]!;
  return n;
}

function groupConfusions(sums: Float64Array, p: Partition, model: Model): Confusion[] {
  return p.groups.map((_, g) => confusionOf(sums, g * CELLS, model));
}

/** Why a disparity is undefined on the full sample: the first group whose rate is, or a zero maximum. */
function disparityUndefined(
  d: DisparityName,
  p: Partition,
  sums: Float64Array,
  overall: Float64Array,
): string {
  for (const r of ratesOf(d)) {
    for (let g = 0; g < p.groups.length; g++) {
      if (rate(r, confusionOf(sums, g * CELLS, "challenger")) === null)
        return `${whyUndefined(r).replace("the group", p.groups[g]!)}`;
    }
    if (rate(r, confusionOf(overall, 0, "challenger")) === null)
      return whyUndefined(r).replace("the group", "the data");
  }
  return `every group's ${ratesOf(d).join(" and ")} is 0, so the ratio is 0/0`;
}

/** Replicates of every statistic: `resamples` per statistic, NaN where it was undefined. */
function bootstrap(
  grouped: GroupedRows,
  tracked: readonly Statistic[],
  options: FairnessOptions,
): Float64Array[] {
  const { resamples } = options;
  const out = tracked.map(() => new Float64Array(resamples));
  const values = new Float64Array(tracked.length);
  const rng = new Xoshiro128(options.seed);
  const { counts, intersections } = grouped;
  const drawn = new Float64Array(counts.length);
  const sizes = Float64Array.from({ length: intersections }, (_, k) => sumCells(counts, k * CELLS));
  const into = countsOf(grouped, drawn);
  for (let r = 0; r < resamples; r++) {
    for (let k = 0; k < intersections; k++) {
      sampleMultinomial(rng, sizes[k]!, counts.subarray(k * CELLS, (k + 1) * CELLS), drawn, k * CELLS);
    }
    countsOf(grouped, drawn, into);
    evaluateAll(tracked, into, values);
    for (let s = 0; s < tracked.length; s++) out[s]![r] = values[s]!;
  }
  return out;
}

/** Every statistic in order into `values` (NaN where undefined), each seeing those before it. */
function evaluateAll(tracked: readonly Statistic[], counts: Counts, values: Float64Array): Float64Array {
  for (let s = 0; s < tracked.length; s++) values[s] = tracked[s]!(counts, values) ?? Number.NaN;
  return values;
}
