import { countCategories, unionOfCategories } from "./category-counts.ts";
import type { Categories, Category } from "./numeric-input.ts";
import { finiteValues } from "./numeric-input.ts";

export type ColumnType = "numerical" | "categorical";

export interface BinnedShares {
  /** Bin labels: `[low, high)` ranges (the last one closed) for histogram bins, else the categories. */
  bins: { label: string; low?: number; high?: number; category?: Category }[];
  /** Share of the reference in each bin. */
  reference: Float64Array;
  /** Share of the current sample in each bin. */
  current: Float64Array;
}

/**
 * Numeric columns with more unique reference values than this are binned as a histogram; Evidently's
 * `n_bins` argument is ignored (evidently#1400), so this threshold and Sturges' rule fix the bins.
 */
const HISTOGRAM_MIN_UNIQUE = 20;

/**
 * Evidently's `get_binned_data`: the shares of reference and current in common bins.
 *
 * - A numerical column whose reference has more than 20 unique values is binned as a histogram over
 *   `numpy.histogram_bin_edges(reference ∪ current, bins="sturges")`: ⌈range / width⌉ equal bins with
 *   width = range / (log2(n) + 1), n the pooled size; bins are half-open `[e_i, e_i+1)`, the last one
 *   closed. Values are doubles, so numpy's widening of bins to 1 for integer-typed arrays does not apply
 *   (it matters only for integer columns over 2^19 rows spanning fewer than log2(n) + 1 values).
 * - Otherwise (categorical, or at most 20 unique reference values) there is one bin per value present in
 *   either sample.
 * - Shares are counts divided by the sample size. With `fillEmpty` (PSI uses it, Jensen–Shannon does not)
 *   each sample's empty bins get share 1e-4, or (smallest non-zero share)/10^6 when that smallest share
 *   is itself ≤ 1e-4, so logarithms of shares stay finite. The two samples are filled independently.
 *
 * Missing values are dropped (and infinite values, for numerical columns). Either sample empty: no bins.
 */
export function binnedShares(
  reference: Categories,
  current: Categories,
  columnType: ColumnType,
  options: { fillEmpty: boolean },
): BinnedShares {
  let result: BinnedShares;
  if (columnType === "numerical") {
    const ref = finiteValues(numbersOnly(reference));
    const cur = finiteValues(numbersOnly(current));
    if (ref.length === 0 || cur.length === 0) return noBins();
    result = new Set(ref).size > HISTOGRAM_MIN_UNIQUE ? histogramShares(ref, cur) : categoryShares(ref, cur);
  } else {
    result = categoryShares(reference, current);
  }
  if (result.bins.length === 0) return result;
  if (options.fillEmpty) {
    fillEmptyBins(result.reference);
    fillEmptyBins(result.current);
  }
  return result;
}

function noBins(): BinnedShares {
  return { bins: [], reference: new Float64Array(0), current: new Float64Array(0) };
}

/** The numbers of a column declared numerical; anything else counts as missing. */
function numbersOnly(values: Categories): (number | null)[] {
  return Array.from(values, (v) => (typeof v === "number" ? v : null));
}

function categoryShares(reference: Categories, current: Categories): BinnedShares {
  const ref = countCategories(reference);
  const cur = countCategories(current);
  if (ref.total === 0 || cur.total === 0) return noBins();
  const keys = unionOfCategories(ref, cur);
  return {
    bins: keys.map((category) => ({ label: String(category), category })),
    reference: Float64Array.from(keys, (k) => (ref.counts.get(k) ?? 0) / ref.total),
    current: Float64Array.from(keys, (k) => (cur.counts.get(k) ?? 0) / cur.total),
  };
}

function histogramShares(reference: Float64Array, current: Float64Array): BinnedShares {
  const edges = sturgesBinEdges(reference, current);
  const refCounts = histogramCounts(reference, edges);
  const curCounts = histogramCounts(current, edges);
  const bins: BinnedShares["bins"] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const low = edges[i]!;
    const high = edges[i + 1]!;
    bins.push({ label: `[${low}, ${high}${i + 2 === edges.length ? "]" : ")"}`, low, high });
  }
  return {
    bins,
    reference: refCounts.map((c) => c / reference.length),
    current: curCounts.map((c) => c / current.length),
  };
}

/** `numpy.histogram_bin_edges(concat(a, b), bins="sturges")` for non-empty finite input. */
export function sturgesBinEdges(a: Float64Array, b: Float64Array): Float64Array {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const sample of [a, b]) {
    for (const v of sample) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  const size = a.length + b.length;
  let first = min;
  let last = max;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const width = (max - min) / (Math.log2(size) + 1);
  const count = width ? Math.ceil((last - first) / width) : 1;
  // numpy.linspace: start + i·step, with the stop placed exactly.
  const step = (last - first) / count;
  const edges = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) edges[i] = i * step + first;
  edges[count] = last;
  return edges;
}

/** numpy.histogram counts for explicit edges: [e_i, e_i+1), the last bin closed. */
export function histogramCounts(values: Float64Array, edges: Float64Array): Float64Array {
  const bins = edges.length - 1;
  const counts = new Float64Array(bins);
  const last = edges[bins]!;
  for (const v of values) {
    if (v < edges[0]! || v > last) continue;
    if (v === last) {
      counts[bins - 1]!++;
      continue;
    }
    // The last edge e_k ≤ v, found by binary search.
    let lo = 0;
    let hi = bins;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (edges[mid]! <= v) lo = mid;
      else hi = mid;
    }
    counts[lo]!++;
  }
  return counts;
}

function fillEmptyBins(shares: Float64Array): void {
  let smallest = Number.POSITIVE_INFINITY;
  for (const s of shares) if (s !== 0 && s < smallest) smallest = s;
  if (smallest === Number.POSITIVE_INFINITY) return;
  const fill = smallest <= 0.0001 ? smallest / 10 ** 6 : 0.0001;
  for (let i = 0; i < shares.length; i++) if (shares[i] === 0) shares[i] = fill;
}
