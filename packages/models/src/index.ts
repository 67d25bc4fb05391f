export type { CompareOptions, SignificanceTests } from "./backtest-metrics.ts";
export {
  CLASSIFICATION_METRICS,
  compareMetrics,
  DELONG_INTERVAL_METHOD,
  DELONG_INTERVAL_MIN_ROWS,
  defaultMetrics,
  defaultPrimaryMetric,
  intervalMethod,
  NEWCOMBE_ACCURACY_METHOD,
  PROPORTION_BOOTSTRAP_MIN_ROWS,
  predictionFor,
  REGRESSION_METRICS,
  significanceTests,
} from "./backtest-metrics.ts";
export { classifierViews } from "./classifier-views.ts";
export { withColumnValue } from "./counterfactual-dataset.ts";
export type { Dataset } from "./dataset.ts";
export { columnIndex, readDataset } from "./dataset.ts";
export type { EvaluateBiasConfig } from "./evaluate-bias-config.ts";
export { EvaluateBiasConfigSchema } from "./evaluate-bias-config.ts";
export { modelsSchemas } from "./models-schemas.ts";
export type { Predictions, Task } from "./predictions.ts";
export { parsePredictionsText, predictionsFromItems } from "./predictions.ts";
export { predictionsFileGivesProbability } from "./predictions-scorer.ts";
export { rowsDataset } from "./rows-dataset.ts";
export type { ScoreRequest } from "./scorer.ts";
export { score } from "./scorer.ts";
export type { PredictionsScorerConfig, ScorerConfig } from "./scorer-config.ts";
export { ScorerSchema } from "./scorer-config.ts";
export type { TrainValidateConfig } from "./train-validate-config.ts";
export {
  BootstrapSchema,
  ChallengerSchema,
  ChampionSchema,
  ModelNameSchema,
  SharedScorerSchema,
  TrainValidateConfigSchema,
} from "./train-validate-config.ts";
export type { TrainConfig, TrainingIO, TrainingResult } from "./training-run.ts";
export { runTraining, TrainSchema } from "./training-run.ts";
export type { TimeWindow, WindowsConfig } from "./walk-forward.ts";
export { walkForwardWindows } from "./walk-forward.ts";
