export { binLabel } from "./bins.ts";
export type { Confusion, Model, RateName } from "./confusion.ts";
export { CELLS, confusionOf, RATE_NAMES, rate } from "./confusion.ts";
export type { CounterfactualFlips } from "./counterfactual-flips.ts";
export { counterfactualFlips } from "./counterfactual-flips.ts";
export type { DisparityName, DisparityOptions } from "./disparities.ts";
export { DISPARITY_NAMES, disparity, isRatio } from "./disparities.ts";
export type { Compared, Estimate } from "./estimates.ts";
export type {
  FairnessOptions,
  FairnessResult,
  GroupResult,
  PartitionResult,
} from "./fairness-evaluation.ts";
export { evaluateFairness } from "./fairness-evaluation.ts";
export { groupRates } from "./group-rates.ts";
export type {
  RowGroupResult,
  RowMetricsOptions,
  RowMetricsResult,
  RowPartitionResult,
  RowPredictions,
} from "./group-row-metrics.ts";
export { evaluateRowMetrics } from "./group-row-metrics.ts";
export type { GroupVsRest } from "./group-vs-rest.ts";
export { groupsVsRest } from "./group-vs-rest.ts";
export type { GroupedRows, Intersections, Partition, ScoredDecisions, SensitiveValues } from "./groups.ts";
export { groupRows, intersectionsOf } from "./groups.ts";
export type { PrivilegedMetricName } from "./privileged.ts";
export { PRIVILEGED_METRIC_NAMES } from "./privileged.ts";
export type { RegressionDisparityName, RowMetricName, Task } from "./row-metrics.ts";
export { REGRESSION_DISPARITY_NAMES, ROW_METRIC_NAMES } from "./row-metrics.ts";
