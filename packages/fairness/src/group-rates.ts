import { CELLS, confusionOf, type RateName, rate } from "./confusion.ts";
import { type GroupedRows, partitionCounts } from "./groups.ts";

/** The challenger's rates per group of every partition, without intervals: what a threshold sweep lists. */
export function groupRates(
  grouped: GroupedRows,
  names: readonly RateName[],
): { partition: string; group: string; rates: (number | null)[] }[] {
  return grouped.partitions.flatMap((p) => {
    const sums = partitionCounts(p, grouped.counts);
    return p.groups.map((group, g) => {
      const c = confusionOf(sums, g * CELLS, "challenger");
      return { partition: p.key, group, rates: names.map((r) => rate(r, c)) };
    });
  });
}
