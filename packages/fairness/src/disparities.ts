import { type Confusion, type RateName, rate } from "./confusion.ts";

/**
 * Fairlearn's disparity metrics (fairlearn.metrics), with its definitions:
 * - a difference is max − min of the group values (`between_groups`), or the largest |group − overall|
 *   (`to_overall`);
 * - a ratio is min / max of the group values (`between_groups`), or the smallest of
 *   min(group/overall, overall/group) (`to_overall`);
 * - demographic parity is on the selection rate, equal opportunity on the TPR, and equalized odds on both
 *   TPR and FPR, aggregated by the worse of the two (`worst_case`: larger difference, smaller ratio) or
 *   their mean;
 * - predictive parity is on the precision, and the error-rate and false-negative-rate differences on
 *   1 − accuracy and the FNR (Fairlearn's `make_derived_metric(metric, transform="difference")` of
 *   precision_score, error rate and false_negative_rate).
 */

export const DISPARITY_NAMES = [
  "demographic_parity_difference",
  "demographic_parity_ratio",
  "equalized_odds_difference",
  "equalized_odds_ratio",
  "equal_opportunity_difference",
  "equal_opportunity_ratio",
  "predictive_parity_difference",
  "error_rate_difference",
  "false_negative_rate_difference",
] as const;
export type DisparityName = (typeof DISPARITY_NAMES)[number];

export interface DisparityOptions {
  method: "between_groups" | "to_overall";
  agg: "worst_case" | "mean";
}

export function isRatio(name: DisparityName): boolean {
  return name.endsWith("_ratio");
}

const RATES_OF: Record<DisparityName, readonly RateName[]> = {
  demographic_parity_difference: ["selection_rate"],
  demographic_parity_ratio: ["selection_rate"],
  equalized_odds_difference: ["tpr", "fpr"],
  equalized_odds_ratio: ["tpr", "fpr"],
  equal_opportunity_difference: ["tpr"],
  equal_opportunity_ratio: ["tpr"],
  predictive_parity_difference: ["precision"],
  error_rate_difference: ["error_rate"],
  false_negative_rate_difference: ["fnr"],
};

/** The group rates a disparity is computed from. */
export function ratesOf(name: DisparityName): readonly RateName[] {
  return RATES_OF[name];
}

/** Difference or ratio of one rate across groups; null when a group's rate or the ratio is undefined. */
export function spread(
  values: readonly (number | null)[],
  overall: number | null,
  kind: "difference" | "ratio",
  method: DisparityOptions["method"],
): number | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v === null) return null;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (values.length === 0) return null;
  if (method === "between_groups") {
    if (kind === "difference") return max - min;
    return max === 0 ? null : min / max;
  }
  if (overall === null) return null;
  if (kind === "difference") return Math.max(max - overall, overall - min);
  if (overall === 0 || min === 0) return overall === 0 && max === 0 ? null : 0;
  return Math.min(min / overall, overall / max);
}

/** One disparity over groups given by their confusion matrices, and the overall matrix. */
export function disparity(
  name: DisparityName,
  groups: readonly Confusion[],
  overall: Confusion,
  options: DisparityOptions,
): number | null {
  const kind = isRatio(name) ? "ratio" : "difference";
  const parts: number[] = [];
  for (const r of RATES_OF[name]) {
    const value = spread(
      groups.map((g) => rate(r, g)),
      rate(r, overall),
      kind,
      options.method,
    );
    if (value === null) return null;
    parts.push(value);
  }
  if (parts.length === 1) return parts[0]!;
  if (options.agg === "mean") return parts.reduce((a, b) => a + b, 0) / parts.length;
  return kind === "ratio" ? Math.min(...parts) : Math.max(...parts);
}
