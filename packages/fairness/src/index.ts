export { binLabel } from "./bins.ts";
export type { Confusion, Model, RateName } from "./confusion.ts";
export { CELLS, confusionOf, RATE_NAMES, rate } from "./confusion.ts";
export type { CounterfactualFlips } from "./counterfactual-flips.ts";
export { counterfactualFlips } from "./counterfactual-flips.ts";
export type { DisparityName, DisparityOptions } from "./disparities.ts";
export { DISPARITY_NAMES, disparity, isRatio } from "./disparities.ts";
export type {
  Compared,
  Estimate,
  FairnessOptions,
  FairnessResult,
  GroupResult,
  PartitionResult,
} from "./fairness-evaluation.ts";
export { evaluateFairness } from "./fairness-evaluation.ts";
export { groupRates } from "./group-rates.ts";
export type { GroupScoreMetrics } from "./group-score-metrics.ts";
export { groupScoreMetrics } from "./group-score-metrics.ts";
export type { GroupVsRest } from "./group-vs-rest.ts";
export { groupsVsRest } from "./group-vs-rest.ts";
export type { GroupedRows, Partition, ScoredDecisions, SensitiveValues } from "./groups.ts";
export { groupRows } from "./groups.ts";
export type { PrivilegedMetricName } from "./privileged.ts";
export { PRIVILEGED_METRIC_NAMES } from "./privileged.ts";
