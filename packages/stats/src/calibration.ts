import type { Numbers } from "./numeric-input.ts";
import { assertBinaryLabels, assertProbabilities, assertSameLength } from "./numeric-input.ts";

export interface CalibrationBin {
  /** Bin range (low, high]; the first bin also holds 0. */
  low: number;
  high: number;
  /** Rows (or total weight) in the bin. */
  count: number;
  /** Mean predicted probability in the bin; `null` when empty. */
  meanPredicted: number | null;
  /** Share of positive labels in the bin; `null` when empty. */
  fractionPositive: number | null;
}

/** The default number of equal-width bins, as in most calibration literature and sklearn's `calibration_curve`. */
export const DEFAULT_CALIBRATION_BINS = 10;

/**
 * Reliability-diagram bins: `bins` equal-width bins over [0, 1] with edges numpy.linspace(0, 1, bins + 1),
 * each (low, high] with 0 in the first, exactly as sklearn's `calibration_curve(strategy="uniform")`
 * assigns rows. Empty bins are kept (count 0, means `null`) so charts keep their axis.
 */
export function calibrationBins(
  labels: Numbers,
  probabilities: Numbers,
  bins: number = DEFAULT_CALIBRATION_BINS,
): CalibrationBin[] {
  assertSameLength(
    "calibration",
    { name: "labels", values: labels },
    { name: "probabilities", values: probabilities },
  );
  assertBinaryLabels("labels", labels);
  assertProbabilities("probabilities", probabilities);
  return weightedCalibrationBins(labels, probabilities, bins);
}

/**
 * Expected calibration error: Σ_b (n_b/n)·|fraction of positives in b − mean probability in b| over
 * `bins` equal-width bins (default 10, assigned as `calibrationBins` does). 0 for a perfectly calibrated
 * model; `null` for empty input.
 */
export function expectedCalibrationError(
  labels: Numbers,
  probabilities: Numbers,
  bins: number = DEFAULT_CALIBRATION_BINS,
): number | null {
  return eceFromBins(calibrationBins(labels, probabilities, bins));
}

export function eceFromBins(bins: readonly CalibrationBin[]): number | null {
  let total = 0;
  for (const b of bins) total += b.count;
  if (total === 0) return null;
  let ece = 0;
  for (const b of bins) {
    if (b.count > 0) ece += (b.count / total) * Math.abs(b.fractionPositive! - b.meanPredicted!);
  }
  return ece;
}

/** numpy.linspace(0, 1, bins + 1): i·step, with the last edge exactly 1. */
export function calibrationEdges(bins: number): number[] {
  if (!(Number.isInteger(bins) && bins >= 1))
    throw new RangeError(`calibration needs at least one bin, got ${bins}`);
  const step = 1 / bins;
  return Array.from({ length: bins + 1 }, (_, i) => (i === bins ? 1 : i * step));
}

/** The bin of probability p: searchsorted(edges[1:-1], p, side="left"), the inner edges strictly below p. */
export function calibrationBinOf(p: number, edges: readonly number[]): number {
  const bins = edges.length - 1;
  let bin = Math.min(bins - 1, Math.max(0, Math.ceil(p * bins) - 1));
  while (bin > 0 && edges[bin]! >= p) bin--;
  while (bin < bins - 1 && edges[bin + 1]! < p) bin++;
  return bin;
}

/** Calibration bins with row weights (bootstrap draw counts); `weights` absent means 1 each. Inputs unchecked. */
export function weightedCalibrationBins(
  labels: Numbers,
  probabilities: Numbers,
  bins: number,
  weights?: ArrayLike<number>,
): CalibrationBin[] {
  const edges = calibrationEdges(bins);
  const count = new Float64Array(bins);
  const sumPredicted = new Float64Array(bins);
  const sumPositive = new Float64Array(bins);
  for (let i = 0; i < labels.length; i++) {
    const w = weights ? weights[i]! : 1;
    if (w === 0) continue;
    const p = probabilities[i]!;
    const bin = calibrationBinOf(p, edges);
    count[bin]! += w;
    sumPredicted[bin]! += w * p;
    sumPositive[bin]! += w * labels[i]!;
  }
  return Array.from({ length: bins }, (_, b) => ({
    low: edges[b]!,
    high: edges[b + 1]!,
    count: count[b]!,
    meanPredicted: count[b]! > 0 ? sumPredicted[b]! / count[b]! : null,
    fractionPositive: count[b]! > 0 ? sumPositive[b]! / count[b]! : null,
  }));
}
