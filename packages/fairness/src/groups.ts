import { bandStart } from "./bins.ts";
import { CELLS, cellOf } from "./confusion.ts";

/**
 * Rows are grouped by every value of each sensitive column, by the intersection of all of them, and with
 * three or more columns by every pair of columns too. The finest groups (the full intersections) are
 * counted once, 8 cells each; every coarser group is a sum of intersections, so a resample drawn within
 * each intersection gives every partition's groups at once.
 */

export interface SensitiveValues {
  /** Column name. */
  name: string;
  /** The group label of each row (already binned for numeric columns). */
  values: readonly string[];
}

/** One way of splitting the rows: by one sensitive column, or by the intersection of several. */
export interface Partition {
  /** The columns, joined with " & " for an intersection. */
  key: string;
  /** Group names, e.g. `gender=f` or `gender=f & region=south`. */
  groups: string[];
  /** For each intersection (finest group), its group in this partition. */
  groupOfCell: Int32Array;
}

/** The rows' partitions, and which full intersection (finest group) each row is in. */
export interface Intersections {
  partitions: Partition[];
  /** Number of full intersections. */
  intersections: number;
  intersectionOfRow: Int32Array;
}

export interface GroupedRows extends Intersections {
  /** CELLS counts per intersection: intersection k's cell c at k·CELLS + c. */
  counts: Float64Array;
}

export interface ScoredDecisions {
  labels: ArrayLike<number>;
  challenger: ArrayLike<number>;
  champion?: ArrayLike<number>;
}

export function groupRows(columns: readonly SensitiveValues[], scored: ScoredDecisions): GroupedRows {
  const grouped = intersectionsOf(columns, scored.labels.length);
  const counts = new Float64Array(grouped.intersections * CELLS);
  const { intersectionOfRow } = grouped;
  for (let i = 0; i < intersectionOfRow.length; i++) {
    const cell = cellOf(scored.labels[i]!, scored.challenger[i]!, scored.champion?.[i] ?? 0);
    counts[intersectionOfRow[i]! * CELLS + cell]!++;
  }
  return { ...grouped, counts };
}

export function intersectionsOf(columns: readonly SensitiveValues[], n: number): Intersections {
  const ids = new Map<string, number>();
  const parts: string[][] = [];
  const intersectionOfRow = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const key = columns.map((c) => `${c.name}=${c.values[i]}`).join(" & ");
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
      parts.push(columns.map((c) => `${c.name}=${c.values[i]}`));
    }
    intersectionOfRow[i] = id;
  }
  const partitions = columnSets(columns.length).map((set) =>
    partitionBy(set.map((j) => columns[j]!.name).join(" & "), parts, (p) => set.map((j) => p[j]!)),
  );
  return { partitions, intersections: ids.size, intersectionOfRow };
}

/**
 * The column sets rows are grouped by: each column alone, then with three or more columns every pair
 * (a disparity that lives in two attributes shows there even when the full intersection is too thin to
 * judge), then all columns together.
 */
function columnSets(columns: number): number[][] {
  const sets = Array.from({ length: columns }, (_, j) => [j]);
  if (columns >= 3) {
    for (let a = 0; a < columns; a++) for (let b = a + 1; b < columns; b++) sets.push([a, b]);
  }
  if (columns >= 2) sets.push(Array.from({ length: columns }, (_, j) => j));
  return sets;
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
