import { type PairedProportionInterval, pairedProportionInterval, wilsonScoreInterval } from "@mlops/stats";

export const FAIL_RATE_METHOD = "Wilson score";

export interface FailRate {
  failures: number;
  n: number;
  /** null when no row was perturbed. */
  rate: number | null;
  ci: { lower: number; upper: number } | null;
}

export function failRate(failed: Uint8Array, level: number): FailRate {
  const failures = failed.reduce((a, b) => a + b, 0);
  const n = failed.length;
  return { failures, n, rate: n === 0 ? null : failures / n, ci: wilsonScoreInterval(failures, n, level) };
}

/**
 * Challenger's fail rate minus the champion's on the same perturbed rows: the paired 2×2 table of
 * failures (McNemar's discordant pairs carry the difference) with Newcombe's interval.
 */
export function failRateChange(
  challenger: Uint8Array,
  champion: Uint8Array,
  level: number,
): PairedProportionInterval | null {
  if (challenger.length !== champion.length) throw new RangeError("the two models scored different rows");
  const counts = { both: 0, onlyFirst: 0, onlySecond: 0, neither: 0 };
  for (let i = 0; i < challenger.length; i++) {
    if (challenger[i] && champion[i]) counts.both++;
    else if (challenger[i]) counts.onlyFirst++;
    else if (champion[i]) counts.onlySecond++;
    else counts.neither++;
  }
  return pairedProportionInterval(counts, level);
}
