import { type Confusion, rate } from "./confusion.ts";

/**
 * AIF360's privileged/unprivileged metrics (aif360.metrics.ClassificationMetric): the privileged group
 * is one value of a sensitive column, the unprivileged group every other row. Differences are
 * unprivileged − privileged, so 0 is parity and a negative value disfavours the unprivileged.
 */
export const PRIVILEGED_METRIC_NAMES = [
  "disparate_impact",
  "statistical_parity_difference",
  "average_odds_difference",
] as const;
export type PrivilegedMetricName = (typeof PRIVILEGED_METRIC_NAMES)[number];

export function privilegedMetric(
  name: PrivilegedMetricName,
  unprivileged: Confusion,
  privileged: Confusion,
): number | null {
  const u = (r: Parameters<typeof rate>[0]) => rate(r, unprivileged);
  const p = (r: Parameters<typeof rate>[0]) => rate(r, privileged);
  switch (name) {
    case "disparate_impact": {
      const su = u("selection_rate");
      const sp = p("selection_rate");
      return su === null || sp === null || sp === 0 ? null : su / sp;
    }
    case "statistical_parity_difference": {
      const su = u("selection_rate");
      const sp = p("selection_rate");
      return su === null || sp === null ? null : su - sp;
    }
    case "average_odds_difference": {
      const [fu, fp, tu, tp] = [u("fpr"), p("fpr"), u("tpr"), p("tpr")];
      return fu === null || fp === null || tu === null || tp === null ? null : (fu - fp + (tu - tp)) / 2;
    }
  }
}

/** Sum of confusion matrices. */
export function pooled(parts: readonly Confusion[]): Confusion {
  const out = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (const c of parts) {
    out.tp += c.tp;
    out.fp += c.fp;
    out.tn += c.tn;
    out.fn += c.fn;
  }
  return out;
}
