import {
  DELONG_INTERVAL_MIN_ROWS,
  labelsInRankOrder,
  type RankedScores,
  rankScores,
  weightedRocAuc,
  Xoshiro128,
} from "@mlops/stats";
import type { DisparityOptions } from "./disparities.ts";
import { spread } from "./disparities.ts";
import { type Compared, compared, insufficientGroups } from "./estimates.ts";
import { delongByGroup, type RankedCells, rankCells } from "./group-delong.ts";
import type { Intersections } from "./groups.ts";
import { type BinnedColumn, NormalCellSums } from "./normal-cell-sums.ts";
import {
  type BinnedMean,
  REGRESSION_DISPARITY_NAMES,
  type RegressionDisparityName,
  ROW_METRIC_NAMES,
  type RowMetricName,
  regressionDisparityOf,
  rowMetric,
  type Task,
  whyRowMetricUndefined,
} from "./row-metrics.ts";

export interface RowMetricsOptions {
  task: Task;
  method: DisparityOptions["method"];
  minGroupSize: number;
  resamples: number;
  level: number;
  seed: number;
  /**
   * From this many rows on, an intersection's binned means are resampled through its cells' normal
   * sums and a group's ROC AUC gets DeLong's interval (default `DELONG_INTERVAL_MIN_ROWS`, the
   * backtest's switch to DeLong); below it, rows are drawn.
   */
  normalFromRows?: number;
}

/** Labels and each model's probability (classification) or prediction (regression) per row. */
export interface RowPredictions {
  labels: ArrayLike<number>;
  challenger: ArrayLike<number>;
  champion?: ArrayLike<number>;
}

export interface RowGroupResult {
  name: string;
  count: number;
  sufficient: boolean;
  /** The task's metrics (`ROW_METRIC_NAMES[task]`). */
  metrics: Partial<Record<RowMetricName, Compared>>;
}

export interface RowPartitionResult {
  key: string;
  groups: RowGroupResult[];
  /** For regression: disparities of the groups' MAE and mean prediction. */
  disparities: Partial<Record<RegressionDisparityName, Compared>>;
}

export interface RowMetricsResult {
  partitions: RowPartitionResult[];
  /** For regression: each disparity at its worst over the partitions. */
  worst: Partial<Record<RegressionDisparityName, Compared & { partition?: string }>>;
  /** How many intersections had `normalFromRows` rows or more, and so were resampled through their cells' normal sums. */
  normalIntersections: number;
}

type Derived = (leaves: Float64Array) => number | null;

/**
 * Per-group row metrics (mean score, ROC AUC and ECE of a classifier; MAE, mean prediction and mean
 * residual of a regressor) for every partition, with intervals from the same stratified design as the
 * decision rates: each resample draws every intersection's rows with replacement within it, and both
 * models are evaluated on the same draws, which pairs the change. Unlike the rates these cannot be
 * resampled as 8 cell counts, so below `normalFromRows` a resample costs a pass over the rows; from it
 * on, an intersection's binned sums are drawn from their cells' moments (`NormalCellSums`) and a
 * group's ROC AUC interval is DeLong's, so the cost no longer grows with the rows.
 */
export function evaluateRowMetrics(
  grouped: Intersections,
  rows: RowPredictions,
  options: RowMetricsOptions,
): RowMetricsResult {
  const n = rows.labels.length;
  const models = rows.champion ? [rows.challenger, rows.champion] : [rows.challenger];
  const names = ROW_METRIC_NAMES[options.task];
  const labels = Float64Array.from(rows.labels);
  const byIntersection = rowsByIntersection(grouped);
  const { intersections } = grouped;
  const normalFrom = options.normalFromRows ?? DELONG_INTERVAL_MIN_ROWS;
  const sizeOf = (k: number) => byIntersection.starts[k + 1]! - byIntersection.starts[k]!;
  const allCells = Int32Array.from({ length: intersections }, (_, k) => k);
  const drawnCells = allCells.filter((k) => sizeOf(k) < normalFrom);
  const normalCells = allCells.filter((k) => sizeOf(k) >= normalFrom);

  // Per binned metric, each model's row values and bins, and per resample the intersections' bin sums.
  const binned = new Map<RowMetricName, BinnedInput>();
  const binnedInput = (name: RowMetricName, spec: BinnedMean): BinnedInput => {
    let input = binned.get(name);
    if (!input) {
      const columns = models.map((p) => {
        const value = new Float64Array(n);
        for (let i = 0; i < n; i++) value[i] = spec.value(labels[i]!, p[i]!);
        const binOf = spec.binOf;
        if (!binOf) return { value, bin: undefined };
        const bin = new Uint8Array(n);
        for (let i = 0; i < n; i++) bin[i] = binOf(p[i]!);
        return { value, bin };
      });
      input = {
        spec,
        columns,
        sums: models.map(() => new Float64Array(intersections * spec.bins)),
        normal: new NormalCellSums(normalCells, byIntersection, columns, spec.bins),
      };
      binned.set(name, input);
    }
    return input;
  };

  const leaves: Leaf[] = [];
  /** A metric of one model on the rows of the given intersections (count rows in all). */
  const leafOf = (cells: Int32Array, count: number, m: number, name: RowMetricName): number => {
    const spec = rowMetric(name);
    if (spec.kind === "binned-mean") {
      const input = binnedInput(name, spec);
      leaves.push(() => binnedMean(input, m, cells, count));
    } else {
      const ranked = rankedRows(byIntersection, cells, labels, models[m]!);
      leaves.push((weights) => weightedRocAuc(ranked.labels, ranked.ranked, weights));
    }
    return leaves.length - 1;
  };
  const overallIds = new Map<RowMetricName, number[]>();
  const overall = (metric: RowMetricName): number[] => {
    let ids = overallIds.get(metric);
    if (!ids) {
      ids = models.map((_, m) => leafOf(allCells, n, m, metric));
      overallIds.set(metric, ids);
    }
    return ids;
  };

  // Ranked once for every large group's DeLong interval, and only when there is one.
  let rankedModels: RankedCells[] | undefined;
  const delongOf = (p: Intersections["partitions"][number]) => {
    rankedModels ??= models.map((scores) => rankCells(labels, scores, grouped.intersectionOfRow));
    return delongByGroup(rankedModels, p.groupOfCell, p.groups.length, options.level);
  };
  const partitions = grouped.partitions.map((p) => {
    const counts = p.groups.map((_, g) => {
      let count = 0;
      for (let k = 0; k < intersections; k++) if (p.groupOfCell[k] === g) count += sizeOf(k);
      return count;
    });
    const delong =
      names.includes("roc_auc" as never) && counts.some((c) => c >= normalFrom) ? delongOf(p) : undefined;
    const groups = p.groups.map((name, g) => {
      const cells = Int32Array.from(Array.from(p.groupOfCell.keys()).filter((k) => p.groupOfCell[k] === g));
      const count = counts[g]!;
      const aucByDeLong =
        delong && count >= normalFrom
          ? (delong[g] ?? withoutInterval(models.length, whyNoDeLongInterval))
          : undefined;
      const ids = Object.fromEntries(
        names
          .filter((metric) => !(aucByDeLong && metric === "roc_auc"))
          .map((metric) => [metric, models.map((_, m) => leafOf(cells, count, m, metric))]),
      );
      return { name, count, sufficient: count >= options.minGroupSize, ids, aucByDeLong };
    });
    return { key: p.key, groups };
  });

  // Every leaf exists before the first derived statistic, whose ids follow the leaves'.
  if (options.task === "regression")
    for (const metric of ["mae", "mean_prediction"] as const) overall(metric);
  const derived: Derived[] = [];
  const derive = (f: Derived) => leaves.length + derived.push(f) - 1;
  const disparityIds =
    options.task === "regression"
      ? partitions.map((p) => {
          const insufficient = p.groups.filter((g) => !g.sufficient);
          return Object.fromEntries(
            REGRESSION_DISPARITY_NAMES.map((d) => {
              const { metric, kind } = regressionDisparityOf(d);
              const all = overall(metric);
              const ids = models.map((_, m) =>
                derive((v) => {
                  const values = p.groups.map((g) => finite(v[g.ids[metric]![m]!]!));
                  if (kind === "ratio" && values.some((x) => x !== null && x < 0)) return null;
                  return spread(values, finite(v[all[m]!]!), kind, options.method);
                }),
              );
              const why =
                insufficient.length > 0
                  ? insufficientGroups(insufficient, options.minGroupSize)
                  : kind === "ratio"
                    ? `${d} is undefined: a ratio needs non-negative group values with a positive largest`
                    : `${d} is undefined: a group's ${metric} is undefined`;
              return [d, { ids, why, blocked: insufficient.length > 0 }];
            }),
          );
        })
      : [];
  const worstIds = Object.fromEntries(
    options.task === "regression"
      ? REGRESSION_DISPARITY_NAMES.map((d) => {
          const blocked = disparityIds.some((p) => p[d]!.blocked);
          const ratio = regressionDisparityOf(d).kind === "ratio";
          const ids = models.map((_, m) =>
            derive((v) => {
              if (blocked) return null;
              let out: number | null = null;
              for (const p of disparityIds) {
                // Derived statistics are evaluated in order, so each partition's is already in v.
                const x = finite(v[p[d]!.ids[m]!]!);
                if (x === null) return null;
                if (out === null || (ratio ? x < out : x > out)) out = x;
              }
              return out;
            }),
          );
          return [d, ids];
        })
      : [],
  );

  /** Every leaf and derived statistic, with the binned sums already in place for these weights. */
  const evaluate = (weights: Uint32Array): Float64Array => {
    const values = new Float64Array(leaves.length + derived.length);
    for (let l = 0; l < leaves.length; l++) values[l] = leaves[l]!(weights) ?? Number.NaN;
    for (let d = 0; d < derived.length; d++) values[leaves.length + d] = derived[d]!(values) ?? Number.NaN;
    return values;
  };
  const ones = new Uint32Array(n).fill(1);
  for (const input of binned.values()) sumByIntersection(input, ones, byIntersection, allCells);
  const estimates = Array.from(evaluate(ones), (x) => (Number.isNaN(x) ? null : x));
  const replicates = estimates.map(() => new Float64Array(options.resamples));
  const rng = new Xoshiro128(options.seed);
  const weights = new Uint32Array(n);
  for (let r = 0; r < options.resamples; r++) {
    drawWithinIntersections(byIntersection, drawnCells, rng, weights);
    for (const input of binned.values()) {
      sumByIntersection(input, weights, byIntersection, drawnCells);
      input.normal.addResample(rng, input.sums);
    }
    const values = evaluate(weights);
    for (let s = 0; s < values.length; s++) replicates[s]![r] = values[s]!;
  }
  const compare = (ids: readonly number[], why: string, blocked = false) =>
    compared(ids, why, blocked, estimates, replicates, options.level);

  return {
    normalIntersections: normalCells.length,
    partitions: partitions.map((p, pi) => ({
      key: p.key,
      groups: p.groups.map((g) => ({
        name: g.name,
        count: g.count,
        sufficient: g.sufficient,
        metrics: Object.fromEntries(
          names.map((m) => [
            m,
            m === "roc_auc" && g.aucByDeLong ? g.aucByDeLong : compare(g.ids[m]!, whyRowMetricUndefined(m)),
          ]),
        ),
      })),
      disparities: Object.fromEntries(
        Object.entries(disparityIds[pi] ?? {}).map(([d, { ids, why, blocked }]) => [
          d,
          compare(ids, why, blocked),
        ]),
      ),
    })),
    worst: Object.fromEntries(
      Object.entries(worstIds).map(([d, ids]) => {
        const name = d as RegressionDisparityName;
        const perPartition = disparityIds.map((p) => p[name]!);
        const why = perPartition.find((p) => p.blocked || estimates[p.ids[0]!] === null)?.why ?? "";
        const at = partitions.findIndex(
          (_, pi) => estimates[perPartition[pi]!.ids[0]!] === estimates[ids[0]!],
        );
        return [
          d,
          {
            ...compare(ids, why),
            ...(at >= 0 && estimates[ids[0]!] !== null ? { partition: partitions[at]!.key } : {}),
          },
        ];
      }),
    ),
  };
}

function finite(x: number): number | null {
  return Number.isNaN(x) ? null : x;
}

/** Row indices ordered by intersection, with each intersection's start (and a final end). */
function rowsByIntersection(grouped: Intersections): { order: Int32Array; starts: Int32Array } {
  const { intersectionOfRow, intersections } = grouped;
  const starts = new Int32Array(intersections + 1);
  for (const k of intersectionOfRow) starts[k + 1]!++;
  for (let k = 0; k < intersections; k++) starts[k + 1]! += starts[k]!;
  const next = starts.slice(0, intersections);
  const order = new Int32Array(intersectionOfRow.length);
  intersectionOfRow.forEach((k, i) => {
    order[next[k]!++] = i;
  });
  return { order, starts };
}

interface BinnedInput {
  spec: BinnedMean;
  /** Per model. */
  columns: BinnedColumn[];
  /** Per model, Σ w·value per intersection and bin (intersection k's bin b at k·bins + b). */
  sums: Float64Array[];
  /** The resampled sums of the intersections from `normalFromRows` rows on. */
  normal: NormalCellSums;
}

type Leaf = (weights: Uint32Array) => number | null;

/** Zeroes every model's sums and adds up the weighted values of the given intersections' rows. */
function sumByIntersection(
  input: BinnedInput,
  weights: Uint32Array,
  { order, starts }: { order: Int32Array; starts: Int32Array },
  cells: Int32Array,
): void {
  const bins = input.spec.bins;
  input.columns.forEach(({ value, bin }, m) => {
    const sums = input.sums[m]!;
    sums.fill(0);
    for (const k of cells) {
      for (let j = starts[k]!; j < starts[k + 1]!; j++) {
        const i = order[j]!;
        const w = weights[i]!;
        if (w !== 0) sums[k * bins + (bin ? bin[i]! : 0)]! += w * value[i]!;
      }
    }
  });
}

/** The binned mean over the given intersections, whose draws always number `count` (the design is stratified). */
function binnedMean(input: BinnedInput, m: number, cells: Int32Array, count: number): number | null {
  if (count === 0) return null;
  const { bins, absolute } = input.spec;
  const sums = input.sums[m]!;
  let out = 0;
  for (let b = 0; b < bins; b++) {
    let sum = 0;
    for (const k of cells) sum += sums[k * bins + b]!;
    out += absolute ? Math.abs(sum) : sum;
  }
  return out / count;
}

/** A group's rows in ascending order of one model's predictions (as row indices), and their labels. */
interface RankedRows {
  ranked: RankedScores;
  labels: Uint8Array;
}

function rankedRows(
  { order, starts }: { order: Int32Array; starts: Int32Array },
  cells: Int32Array,
  labels: Float64Array,
  predictions: ArrayLike<number>,
): RankedRows {
  let size = 0;
  for (const k of cells) size += starts[k + 1]! - starts[k]!;
  const members = new Int32Array(size);
  let at = 0;
  for (const k of cells) {
    members.set(order.subarray(starts[k]!, starts[k + 1]!), at);
    at += starts[k + 1]! - starts[k]!;
  }
  const scores = new Float64Array(size);
  const memberLabels = new Float64Array(size);
  for (let j = 0; j < size; j++) {
    scores[j] = predictions[members[j]!]!;
    memberLabels[j] = labels[members[j]!]!;
  }
  const local = rankScores("predictions", scores);
  // Ranked by row index, so that a resample's draw counts per row serve as the weights directly.
  const rows = new Uint32Array(size);
  for (let j = 0; j < size; j++) rows[j] = members[local.order[j]!]!;
  return {
    ranked: { order: rows, groupEnds: local.groupEnds },
    labels: labelsInRankOrder(memberLabels, local),
  };
}

/**
 * One stratified resample as draw counts per row of the given intersections: each intersection's size in
 * draws from its own rows. Other rows' counts are left as they are (nothing reads them).
 */
function drawWithinIntersections(
  { order, starts }: { order: Int32Array; starts: Int32Array },
  cells: Int32Array,
  rng: Xoshiro128,
  weights: Uint32Array,
): void {
  for (const k of cells) {
    const start = starts[k]!;
    const size = starts[k + 1]! - start;
    for (let j = start; j < start + size; j++) weights[order[j]!] = 0;
    if (size === 1) weights[order[start]!] = 1;
    if (size <= 1) continue;
    // rng.nextBelow(size), with its mask worked out once per intersection rather than per draw.
    const mask = size > 0x80000000 ? 0xffffffff : 2 ** Math.ceil(Math.log2(size)) - 1;
    for (let j = 0; j < size; j++) {
      let x = size;
      while (x >= size) x = (rng.nextUint32() & mask) >>> 0;
      weights[order[start + x]!]!++;
    }
  }
}

const whyNoDeLongInterval =
  "roc_auc has no DeLong interval: the group has fewer than two rows of a label class";

function withoutInterval(models: number, why: string): Compared {
  const none = { value: null, unavailable: why };
  return models > 1 ? { challenger: none, champion: none } : { challenger: none };
}
