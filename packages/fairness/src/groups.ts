import { bandStart } from "./bins.ts";
import { CELLS, cellOf } from "./confusion.ts";

/**
 * Rows are grouped by every value of each sensitive column and by the intersection of all of them. The
 * finest groups (the intersections) are counted once, 8 cells each; every coarser group is a sum of
 * intersections, so a resample drawn within each intersection gives every partition's groups at once.
 */

export interface SensitiveValues {
  /** Column name. */
  name: string;
  /** The group label of each row (already binned for numeric columns). */
  values: readonly string[];
}

/** One way of splitting the rows: by one sensitive column, or by the intersection of all of them. */
export interface Partition {
  /** The columns, joined with " & " for an intersection. */
  key: string;
  /** Group names, e.g. `gender=f` or `gender=f & region=south`. */
  groups: string[];
  /** For each intersection (finest group), its group in this partition. */
  groupOfCell: Int32Array;
}

export interface GroupedRows {
  partitions: Partition[];
  /** Number of intersections. */
  intersections: number;
  /** CELLS counts per intersection: intersection k's cell c at k·CELLS + c. */
  counts: Float64Array;
  /** Sum of each model's scores per intersection (challenger at 2k, champion at 2k + 1). */
  scoreSums: Float64Array;
  hasScores: { challenger: boolean; champion: boolean };
}

export interface ScoredDecisions {
  labels: ArrayLike<number>;
  challenger: ArrayLike<number>;
  champion?: ArrayLike<number>;
  challengerScores?: ArrayLike<number>;
  championScores?: ArrayLike<number>;
}

export function groupRows(columns: readonly SensitiveValues[], scored: ScoredDecisions): GroupedRows {
  const n = scored.labels.length;
  const ids = new Map<string, number>();
  const parts: string[][] = [];
  const cellOfRow = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const key = columns.map((c) => `${c.name}=${c.values[i]}`).join(" & ");
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
      parts.push(columns.map((c) => `${c.name}=${c.values[i]}`));
    }
    cellOfRow[i] = id;
  }
  const k = ids.size;
  const counts = new Float64Array(k * CELLS);
  const scoreSums = new Float64Array(k * 2);
  for (let i = 0; i < n; i++) {
    const g = cellOfRow[i]!;
    counts[g * CELLS + cellOf(scored.labels[i]!, scored.challenger[i]!, scored.champion?.[i] ?? 0)]!++;
    if (scored.challengerScores) scoreSums[2 * g]! += scored.challengerScores[i]!;
    if (scored.championScores) scoreSums[2 * g + 1]! += scored.championScores[i]!;
  }
  const partitions = columns.map((c, j) => partitionBy(c.name, parts, (p) => [p[j]!]));
  if (columns.length > 1) {
    partitions.push(partitionBy(columns.map((c) => c.name).join(" & "), parts, (p) => p));
  }
  return {
    partitions,
    intersections: k,
    counts,
    scoreSums,
    hasScores: {
      challenger: scored.challengerScores !== undefined,
      champion: scored.championScores !== undefined,
    },
  };
}

function partitionBy(key: string, parts: readonly string[][], pick: (p: string[]) => string[]): Partition {
  const picked = new Map<string, string[]>();
  const names = parts.map((p) => {
    const chosen = pick(p);
    const name = chosen.join(" & ");
    picked.set(name, chosen);
    return name;
  });
  const groups = [...picked.keys()].sort((a, b) => compareParts(picked.get(a)!, picked.get(b)!));
  const index = new Map(groups.map((g, i) => [g, i]));
  return { key, groups, groupOfCell: Int32Array.from(names, (g) => index.get(g)!) };
}

/** Column by column: numeric bands in the order of their edges, other values alphabetically. */
function compareParts(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!.slice(a[i]!.indexOf("=") + 1);
    const y = b[i]!.slice(b[i]!.indexOf("=") + 1);
    const bx = bandStart(x);
    const by = bandStart(y);
    const order = bx !== undefined && by !== undefined ? bx - by : x.localeCompare(y);
    if (order !== 0) return order;
  }
  return 0;
}

/** A partition's groups' cell counts (group g's cell c at g·CELLS + c), summed over its intersections. */
export function partitionCounts(
  partition: Partition,
  counts: ArrayLike<number>,
  out?: Float64Array,
): Float64Array {
  const sums = out ?? new Float64Array(partition.groups.length * CELLS);
  sums.fill(0);
  const { groupOfCell } = partition;
  for (let k = 0; k < groupOfCell.length; k++) {
    const g = groupOfCell[k]! * CELLS;
    const from = k * CELLS;
    for (let c = 0; c < CELLS; c++) sums[g + c]! += counts[from + c]!;
  }
  return sums;
}
