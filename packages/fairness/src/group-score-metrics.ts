import { expectedCalibrationError, rocAuc } from "@mlops/stats";
import type { SensitiveValues } from "./groups.ts";

export interface GroupScoreMetrics {
  /** null when the group has only one class (ROC AUC) or no rows. */
  rocAuc: number | null;
  ece: number | null;
}

/**
 * ROC AUC and expected calibration error of the scores within each group, for every partition (each
 * column, and the intersection when there are several), keyed by partition and group name as
 * `groupRows` names them. These need the rows themselves, not the 8 cell counts, so they are computed
 * once, without intervals.
 */
export function groupScoreMetrics(
  columns: readonly SensitiveValues[],
  labels: ArrayLike<number>,
  scores: ArrayLike<number>,
): Map<string, Map<string, GroupScoreMetrics>> {
  const partitions = columns.map((c) => ({ key: c.name, nameOf: (i: number) => `${c.name}=${c.values[i]}` }));
  if (columns.length > 1) {
    partitions.push({
      key: columns.map((c) => c.name).join(" & "),
      nameOf: (i) => columns.map((c) => `${c.name}=${c.values[i]}`).join(" & "),
    });
  }
  const out = new Map<string, Map<string, GroupScoreMetrics>>();
  for (const p of partitions) {
    const rows = new Map<string, number[]>();
    for (let i = 0; i < labels.length; i++) {
      const name = p.nameOf(i);
      const list = rows.get(name);
      if (list) list.push(i);
      else rows.set(name, [i]);
    }
    const byGroup = new Map<string, GroupScoreMetrics>();
    for (const [name, list] of rows) {
      const y = Float64Array.from(list, (i) => labels[i]!);
      const s = Float64Array.from(list, (i) => scores[i]!);
      byGroup.set(name, { rocAuc: rocAuc(y, s), ece: expectedCalibrationError(y, s) });
    }
    out.set(p.key, byGroup);
  }
  return out;
}
