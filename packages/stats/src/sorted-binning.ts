import { histogramCounts, sturgesBinEdges } from "./binning.ts";

export interface Shares {
  reference: Float64Array;
  current: Float64Array;
}

/**
 * `binnedShares` for sorted numbers: more than 20 distinct reference values are binned by Sturges' rule
 * over both samples, fewer get a bin per value (the reference's in order, then the current's new ones).
 */
export function sortedNumericShares(reference: Float64Array, current: Float64Array): Shares {
  const refDistinct = distinctSorted(reference, 21);
  if (refDistinct.values.length > 20) {
    const edges = sturgesBinEdges(reference, current);
    return {
      reference: histogramCounts(reference, edges).map((c) => c / reference.length),
      current: histogramCounts(current, edges).map((c) => c / current.length),
    };
  }
  const curDistinct = distinctSorted(current, Number.POSITIVE_INFINITY);
  const index = new Map<number, number>();
  for (const v of refDistinct.values) index.set(v, index.size);
  for (const v of curDistinct.values) if (!index.has(v)) index.set(v, index.size);
  const shares = (d: { values: number[]; counts: number[] }, n: number) => {
    const out = new Float64Array(index.size);
    d.values.forEach((v, i) => {
      out[index.get(v)!] = d.counts[i]! / n;
    });
    return out;
  };
  return { reference: shares(refDistinct, reference.length), current: shares(curDistinct, current.length) };
}

/** Each category's share of a sample given as counts per category. */
export function sharesOfCounts(counts: Float64Array): Float64Array {
  let total = 0;
  for (const c of counts) total += c;
  return counts.map((c) => c / total);
}

/** Distinct values of a sorted array with their counts, up to `limit` of them. */
function distinctSorted(sorted: Float64Array, limit: number): { values: number[]; counts: number[] } {
  const values: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < sorted.length; ) {
    const v = sorted[i]!;
    let j = i + 1;
    while (j < sorted.length && sorted[j] === v) j++;
    values.push(v);
    counts.push(j - i);
    if (values.length >= limit) break;
    i = j;
  }
  return { values, counts };
}
