import { quantileSorted } from "@mlops/stats";

/** A value with its bootstrap interval, or why there is none. */
export interface Estimate {
  value: number | null;
  unavailable?: string;
  ci?: { lower: number; upper: number };
}

/** The challenger's value, and with a champion the champion's and the paired change. */
export interface Compared {
  challenger: Estimate;
  champion?: Estimate;
  delta?: Estimate;
}

/**
 * A statistic's estimate for each model with its percentile interval, and with a champion the paired
 * change: `ids` index the statistics (challenger first), whose replicates come from the same resamples
 * (NaN where a resample left the statistic undefined). `blocked` withholds the value, e.g. when a group
 * is too small to judge, with `why` as the reason.
 */
export function compared(
  ids: readonly number[],
  why: string,
  blocked: boolean,
  estimates: readonly (number | null)[],
  replicates: readonly Float64Array[],
  level: number,
): Compared {
  const one = (id: number): Estimate => {
    const value = estimates[id]!;
    if (blocked || value === null) return { value: null, unavailable: why };
    return { value, ...interval(replicates[id]!, level) };
  };
  const [challenger, champion] = ids;
  if (champion === undefined) return { challenger: one(challenger!) };
  const a = one(challenger!);
  const b = one(champion);
  if (a.value === null || b.value === null) return { challenger: a, champion: b };
  const diff = replicates[challenger!]!.map((x, r) => x - replicates[champion]![r]!);
  return { challenger: a, champion: b, delta: { value: a.value - b.value, ...interval(diff, level) } };
}

/** Percentile interval of the replicates, or why there is none. */
function interval(replicates: Float64Array, level: number): Pick<Estimate, "ci" | "unavailable"> {
  let undefinedIn = 0;
  for (const x of replicates) if (Number.isNaN(x)) undefinedIn++;
  if (undefinedIn > 0) {
    return {
      unavailable: `no interval: undefined in ${undefinedIn} of ${replicates.length} resamples (too few rows)`,
    };
  }
  const sorted = Float64Array.from(replicates).sort();
  return {
    ci: {
      lower: quantileSorted(sorted, (1 - level) / 2)!,
      upper: quantileSorted(sorted, (1 + level) / 2)!,
    },
  };
}

/** Why a disparity over groups below min_group_size is left undecided. */
export function insufficientGroups(
  groups: readonly { name: string; count: number }[],
  minGroupSize: number,
): string {
  return `${groups.length} group(s) below min_group_size ${minGroupSize}: ${groups
    .map((g) => `${g.name} (n=${g.count})`)
    .join(", ")}`;
}
