import { type DriftSample, histogramCounts, sturgesBinEdges } from "@mlops/stats";

/** A column's shares in reference and current on common bins, small enough for a result file. */
export interface ColumnDistribution {
  numeric: boolean;
  bins: string[];
  reference: number[];
  current: number[];
}

/** Bins per column at most: beyond, the smallest categories are pooled. */
export const MAX_DISTRIBUTION_BINS = 30;

/**
 * The distribution a drift test compared, as Evidently draws it: numbers on the bins drift binning uses
 * (Sturges' histogram, or one bin per value when the reference has few values), categories by their
 * counts. `categories` names the categorical sample's counts, in its order.
 */
export function columnDistribution(
  sample: DriftSample,
  categories: readonly string[] = [],
): ColumnDistribution {
  if (sample.kind === "numerical") return numericDistribution(sample.reference, sample.current);
  const total = (counts: Float64Array) => counts.reduce((a, b) => a + b, 0) || 1;
  const refTotal = total(sample.reference);
  const curTotal = total(sample.current);
  return {
    numeric: false,
    ...poolSmallest(
      Array.from(sample.reference, (_, i) => categories[i] ?? `#${i + 1}`),
      Array.from(sample.reference, (n) => n / refTotal),
      Array.from(sample.current, (n) => n / curTotal),
      false,
    ),
  };
}

/** Above this many distinct reference values a numeric column is a histogram: drift binning's rule. */
const HISTOGRAM_MIN_UNIQUE = 20;

/**
 * `binnedShares` of drift binning, computed from the sorted present values the drift test already has
 * in one pass each (the general function sets and copies a million values): Sturges' histogram when the
 * reference has more than 20 distinct values, else one bar per value in either dataset.
 */
function numericDistribution(reference: Float64Array, current: Float64Array): ColumnDistribution {
  const ref = finitePart(reference);
  const cur = finitePart(current);
  if (ref.length === 0 || cur.length === 0) return { numeric: true, bins: [], reference: [], current: [] };
  if (distinctAtMost(ref, HISTOGRAM_MIN_UNIQUE)) {
    const values = countRuns(ref, cur);
    return {
      numeric: false,
      ...poolSmallest(
        values.map((v) => String(v.value)),
        values.map((v) => v.reference / ref.length),
        values.map((v) => v.current / cur.length),
        true,
      ),
    };
  }
  const edges = sturgesBinEdges(ref, cur);
  const last = edges.length - 2;
  // Sturges' rule gives ⌈log2(rows) + 1⌉ bins: within the limit below half a billion rows.
  return {
    numeric: true,
    bins: Array.from(
      { length: edges.length - 1 },
      (_, i) => `[${round(edges[i]!)}, ${round(edges[i + 1]!)}${i === last ? "]" : ")"}`,
    ),
    reference: Array.from(histogramCounts(ref, edges), (n) => round(n / ref.length)),
    current: Array.from(histogramCounts(cur, edges), (n) => round(n / cur.length)),
  };
}

/** Sorted values without the infinities at either end. */
function finitePart(sorted: Float64Array): Float64Array {
  let start = 0;
  let end = sorted.length;
  while (start < end && !Number.isFinite(sorted[start]!)) start++;
  while (end > start && !Number.isFinite(sorted[end - 1]!)) end--;
  return sorted.subarray(start, end);
}

function distinctAtMost(sorted: Float64Array, limit: number): boolean {
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
    if (distinct > limit) return false;
  }
  return true;
}

/** Each value of either sorted sample with its count in both, in value order: a merge of the two runs. */
function countRuns(
  a: Float64Array,
  b: Float64Array,
): { value: number; reference: number; current: number }[] {
  const out: { value: number; reference: number; current: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const value = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    let reference = 0;
    let current = 0;
    while (i < a.length && a[i] === value) {
      reference++;
      i++;
    }
    while (j < b.length && b[j] === value) {
      current++;
      j++;
    }
    out.push({ value, reference, current });
  }
  return out;
}

/**
 * The largest categories by their share in either dataset, the rest pooled in one bar. Values (a numeric
 * column with few of them) stay in their order on the axis; categories go largest first.
 */
function poolSmallest(
  names: string[],
  reference: number[],
  current: number[],
  inValueOrder: boolean,
): Omit<ColumnDistribution, "numeric"> {
  const order = names
    .map((_, i) => i)
    .sort((a, b) => Math.max(reference[b]!, current[b]!) - Math.max(reference[a]!, current[a]!) || a - b);
  const kept = order.length > MAX_DISTRIBUTION_BINS ? order.slice(0, MAX_DISTRIBUTION_BINS - 1) : order;
  if (inValueOrder) kept.sort((a, b) => a - b);
  const pooled = order.slice(kept.length);
  const out = {
    bins: kept.map((i) => names[i]!),
    reference: kept.map((i) => round(reference[i]!)),
    current: kept.map((i) => round(current[i]!)),
  };
  if (pooled.length > 0) {
    out.bins.push(`${pooled.length} others`);
    out.reference.push(round(pooled.reduce((a, i) => a + reference[i]!, 0)));
    out.current.push(round(pooled.reduce((a, i) => a + current[i]!, 0)));
  }
  return out;
}

/** Six significant digits: plenty for a chart, and short in the result file. */
function round(x: number): number {
  return Number(x.toPrecision(6));
}
