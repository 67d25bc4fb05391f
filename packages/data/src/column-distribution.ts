import { binnedShares, type DriftSample } from "@mlops/stats";

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
  if (sample.kind === "numerical") {
    const binned = binnedShares(sample.reference, sample.current, "numerical", { fillEmpty: false });
    const reference = Array.from(binned.reference);
    const current = Array.from(binned.current);
    const histogram = binned.bins.length > 0 && binned.bins[0]!.low !== undefined;
    if (!histogram)
      return {
        numeric: false,
        ...poolSmallest(
          binned.bins.map((b) => b.label),
          reference,
          current,
          true,
        ),
      };
    // Sturges' rule gives ⌈log2(rows) + 1⌉ bins: within the limit below half a billion rows.
    const last = binned.bins.length - 1;
    return {
      numeric: true,
      bins: binned.bins.map((b, i) => `[${round(b.low!)}, ${round(b.high!)}${i === last ? "]" : ")"}`),
      reference: reference.map(round),
      current: current.map(round),
    };
  }
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
