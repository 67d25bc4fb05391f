import { binomialCdf } from "./binomial-distribution.ts";
import { chiSquareSf } from "./chi-square-distribution.ts";
import type { Numbers } from "./numeric-input.ts";
import { assertBinaryLabels, assertSameLength } from "./numeric-input.ts";

export interface McNemarResult {
  /** Rows the candidate got right and the baseline wrong. */
  b: number;
  /** Rows the candidate got wrong and the baseline right. */
  c: number;
  statistic: number;
  /** Two-sided p-value. */
  pValue: number;
}

/** The discordant pairs of two classifiers' 0/1 predictions on the same labelled rows. */
export function discordantPairs(
  labels: Numbers,
  candidate: Numbers,
  baseline: Numbers,
): { b: number; c: number } {
  assertSameLength("McNemar", { name: "labels", values: labels }, { name: "candidate", values: candidate });
  assertSameLength("McNemar", { name: "labels", values: labels }, { name: "baseline", values: baseline });
  assertBinaryLabels("labels", labels);
  assertBinaryLabels("candidate", candidate);
  assertBinaryLabels("baseline", baseline);
  let b = 0;
  let c = 0;
  for (let i = 0; i < labels.length; i++) {
    const candidateRight = candidate[i] === labels[i];
    const baselineRight = baseline[i] === labels[i];
    if (candidateRight && !baselineRight) b++;
    else if (!candidateRight && baselineRight) c++;
  }
  return { b, c };
}

function checkCounts(b: number, c: number): void {
  if (!(Number.isInteger(b) && Number.isInteger(c) && b >= 0 && c >= 0)) {
    throw new RangeError(`McNemar needs non-negative integer counts, got b=${b}, c=${c}`);
  }
}

/**
 * McNemar's exact test: under H0 the b + c discordant pairs split Binomial(b + c, 1/2), and the
 * two-sided p-value is min(1, 2·P(X ≤ min(b, c))), the same as `scipy.stats.binomtest(b, b + c).pvalue`
 * and statsmodels' `mcnemar(exact=True)`. The statistic is min(b, c), as statsmodels reports it.
 * No discordant pairs (b = c = 0) gives p-value 1.
 */
export function mcnemarExact(b: number, c: number): McNemarResult {
  checkCounts(b, c);
  const n = b + c;
  const k = Math.min(b, c);
  if (n === 0 || 2 * k === n) return { b, c, statistic: k, pValue: 1 };
  return { b, c, statistic: k, pValue: Math.min(1, 2 * binomialCdf(k, n, 0.5)) };
}

/**
 * McNemar's chi-square test with Edwards' continuity correction: (|b − c| − 1)²/(b + c) on 1 degree of
 * freedom, as statsmodels (`exact=False, correction=True`), mlxtend and R's `mcnemar.test` compute it —
 * including their quirk that b = c gives 1/(b + c) rather than 0. No discordant pairs gives statistic 0
 * and p-value 1.
 */
export function mcnemarChiSquare(b: number, c: number): McNemarResult {
  checkCounts(b, c);
  const n = b + c;
  if (n === 0) return { b, c, statistic: 0, pValue: 1 };
  const statistic = (Math.abs(b - c) - 1) ** 2 / n;
  return { b, c, statistic, pValue: chiSquareSf(statistic, 1) };
}
