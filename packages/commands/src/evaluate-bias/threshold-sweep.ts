import { type Detail, fmt } from "@mlops/core";
import { groupRates, groupRows, type SensitiveValues } from "@mlops/fairness";

/**
 * Selection rate, TPR and FPR of every group of each sensitive column at each threshold, so that a
 * reader sees how moving the threshold trades the groups' rates against each other.
 */
export function thresholdSweep(
  sensitive: readonly SensitiveValues[],
  labels: ArrayLike<number>,
  scores: ArrayLike<number>,
  thresholds: readonly number[],
): Detail {
  const rows: (string | number)[][] = [];
  const decisions = new Uint8Array(labels.length);
  for (const t of thresholds) {
    for (let i = 0; i < decisions.length; i++) decisions[i] = scores[i]! >= t ? 1 : 0;
    for (const column of sensitive) {
      const grouped = groupRows([column], { labels, challenger: decisions });
      for (const g of groupRates(grouped, ["selection_rate", "tpr", "fpr"])) {
        rows.push([t, g.group, ...g.rates.map((r) => (r === null ? "n/a" : fmt(r)))]);
      }
    }
  }
  return {
    type: "table",
    title: "Threshold sweep",
    columns: ["threshold", "group", "selection rate", "TPR", "FPR"],
    rows,
  };
}
