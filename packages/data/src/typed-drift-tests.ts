import {
  type DriftMethod,
  type DriftResult,
  driftTest,
  histogramCounts,
  jensenShannonDistance,
  ksTwoSample,
  sturgesBinEdges,
  wassersteinDistance,
} from "@mlops/stats";

/**
 * The drift tests a large reference gets by default (Evidently's: normed Wasserstein for numbers,
 * Jensen–Shannon for categories and few-valued numbers) and KS, run on what the scan keeps: typed arrays
 * and category counts. `driftTest` computes the same from any array-like, but first copies the column
 * value by value into a plain array, boxing every number: for a million rows that costs more time and
 * memory than the test. Each path here returns what `driftTest` returns for the same values (the tests
 * hold it to that); other methods go to `driftTest` itself.
 */
export type DriftSample =
  /** Present values, sorted. */
  | { kind: "numerical"; reference: Float64Array; current: Float64Array }
  /** Counts per category, in the order `binnedShares` uses: the reference's as first seen, then the current's. */
  | { kind: "categorical"; reference: Float64Array; current: Float64Array };

export function typedDriftTest(method: DriftMethod, sample: DriftSample, threshold?: number): DriftResult {
  const { kind, reference, current } = sample;
  const fast =
    (kind === "numerical" && (method === "ks" || method === "wasserstein")) || method === "jensenshannon";
  if (!fast) {
    const values = kind === "numerical" ? sample : { reference: expand(reference), current: expand(current) };
    return driftTest(method, values.reference, values.current, {
      columnType: kind,
      ...(threshold ? { threshold } : {}),
    });
  }
  const empty =
    kind === "numerical"
      ? reference.length === 0 || current.length === 0
      : !hasPresent(reference) || !hasPresent(current);
  if (method === "ks") {
    const t = threshold ?? 0.05;
    const { statistic, pValue } = empty ? { statistic: 0, pValue: 1 } : ksTwoSample(reference, current);
    const drifted = !empty && pValue <= t;
    return {
      method,
      statistic,
      pValue,
      threshold: t,
      direction: "p-value-at-most",
      drifted,
      inconclusive: empty,
    };
  }
  const t = threshold ?? 0.1;
  let statistic = 0;
  if (!empty) {
    if (method === "wasserstein") {
      statistic = wassersteinDistance(reference, current) / Math.max(populationStd(reference), 0.001);
    } else {
      const shares =
        kind === "numerical"
          ? numericShares(reference, current)
          : { reference: shareOf(reference), current: shareOf(current) };
      statistic = jensenShannonDistance(shares.reference, shares.current);
    }
  }
  return {
    method,
    statistic,
    threshold: t,
    direction: "distance-at-least",
    drifted: !empty && statistic >= t,
    inconclusive: empty,
  };
}

/** Category codes repeated by their counts: the same categories, for tests that want the values. */
export function expand(counts: Float64Array): Float64Array {
  let n = 0;
  for (const c of counts) n += c;
  const out = new Float64Array(n);
  let at = 0;
  counts.forEach((c, code) => {
    out.fill(code, at, at + c);
    at += c;
  });
  return out;
}

function shareOf(counts: Float64Array): Float64Array {
  let total = 0;
  for (const c of counts) total += c;
  return counts.map((c) => c / total);
}

function hasPresent(counts: Float64Array): boolean {
  for (let i = 0; i < counts.length; i++) if (counts[i]! > 0) return true;
  return false;
}

/** numpy's `std` (ddof 0), the Wasserstein distance's norm. */
function populationStd(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  const mean = sum / values.length;
  let squares = 0;
  for (let i = 0; i < values.length; i++) squares += (values[i]! - mean) ** 2;
  return Math.sqrt(squares / values.length);
}

interface Shares {
  reference: Float64Array;
  current: Float64Array;
}

/**
 * `binnedShares` for sorted numbers: more than 20 distinct reference values are binned by Sturges' rule
 * over both samples, fewer get a bin per value (the reference's in order, then the current's new ones).
 */
function numericShares(reference: Float64Array, current: Float64Array): Shares {
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
