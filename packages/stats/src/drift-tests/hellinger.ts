import { binnedShares, histogramCounts, sturgesBinEdges } from "../binning.ts";
import type { DriftTestDefinition } from "../drift-test-definition.ts";
import { type Shares, sharesOfCounts } from "../sorted-binning.ts";

/**
 * Evidently's `hellinger` drift test: the Hellinger distance √(1 − Σ √(p_i·q_i)) between the shares of
 * reference and current, from 0 (the same shares) to 1 (nothing in common). Categories are compared value
 * by value. Numbers always go into a histogram whose edges are `numpy.histogram_bin_edges` of their
 * distinct values (reference ∪ current) by Sturges' rule — not Jensen–Shannon's and PSI's binning, which
 * keeps one bin per value up to 20 distinct reference values and counts every row into the bin count.
 *
 * Evidently scores a column holding one number throughout as 1 (its bin width is then 0); both samples
 * filling the one bin whole is no drift, so here that is 0.
 */
export const hellinger: DriftTestDefinition<"hellinger"> = {
  id: "hellinger",
  label: "Hellinger",
  columnTypes: ["numerical", "categorical"],
  threshold: 0.1,
  direction: "distance-at-least",
  run: ({ kind, reference, current }) =>
    kind === "numerical"
      ? sortedNumericDistance(reference.slice().sort(), current.slice().sort())
      : distance(binnedShares(reference, current, kind, { fillEmpty: false })),
  runOnSample: ({ kind, reference, current }) =>
    kind === "numerical"
      ? sortedNumericDistance(reference, current)
      : distance({ reference: sharesOfCounts(reference), current: sharesOfCounts(current) }),
};

function sortedNumericDistance(reference: Float64Array, current: Float64Array) {
  const edges = sturgesBinEdges(distinctOfSorted(reference, current), new Float64Array(0));
  return distance({
    reference: histogramCounts(reference, edges).map((c) => c / reference.length),
    current: histogramCounts(current, edges).map((c) => c / current.length),
  });
}

/**
 * √(½ Σ (√p_i − √q_i)²): the same as √(1 − Σ √(p_i·q_i)) when both shares sum to 1, without the
 * cancellation that leaves ~1e-8 for samples that do not differ.
 */
function distance({ reference, current }: Shares) {
  let sum = 0;
  for (let i = 0; i < reference.length; i++) {
    const d = Math.sqrt(reference[i]!) - Math.sqrt(current[i]!);
    sum += d * d;
  }
  return { statistic: Math.sqrt(Math.min(1, sum / 2)) };
}

/** The distinct values of two sorted arrays together, in order. */
function distinctOfSorted(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const v = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    while (i < a.length && a[i] === v) i++;
    while (j < b.length && b[j] === v) j++;
    out[n++] = v;
  }
  return out.subarray(0, n);
}
