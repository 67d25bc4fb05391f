export { benjaminiHochberg } from "./benjamini-hochberg.ts";
export type { BinnedShares, ColumnType } from "./binning.ts";
export { binnedShares, histogramCounts, sturgesBinEdges } from "./binning.ts";
export { binomialCdf } from "./binomial-distribution.ts";
export { sampleMultinomial } from "./binomial-sampler.ts";
export type { CalibrationBin } from "./calibration.ts";
export {
  calibrationBinOf,
  calibrationBins,
  calibrationEdges,
  DEFAULT_CALIBRATION_BINS,
  expectedCalibrationError,
} from "./calibration.ts";
export { chiSquareSf } from "./chi-square-distribution.ts";
export type { ChiSquareResult } from "./chi-square-test.ts";
export { chiSquareTest } from "./chi-square-test.ts";
export type { ConfusionCounts } from "./classification-metrics.ts";
export { accuracy, confusionCounts, f1Score, precision, recall } from "./classification-metrics.ts";
export type { KappaResult } from "./cohens-kappa.ts";
export { cohensKappa, KAPPA_INTERVAL_METHOD } from "./cohens-kappa.ts";
export type { DeLongResult } from "./delong.ts";
export { DELONG_INTERVAL_MIN_ROWS, delongTest } from "./delong.ts";
export type { DriftResult } from "./drift-decision.ts";
export { driftTestOnSample } from "./drift-sample-test.ts";
export type { DriftTestChoice } from "./drift-test.ts";
export { chooseDriftTest, driftTest, uniqueCount } from "./drift-test.ts";
export type {
  DriftDirection,
  DriftSample,
  DriftScore,
  DriftTestDefinition,
  PresentValues,
} from "./drift-test-definition.ts";
export type { DriftMethod } from "./drift-test-registry.ts";
export { DRIFT_METHODS, DRIFT_TESTS, driftTestDefinition, driftTestLabel } from "./drift-test-registry.ts";
export { jensenShannonDistance } from "./jensen-shannon.ts";
export { kolmogorovSf, smirnovSf } from "./kolmogorov-distribution.ts";
export type { KsMethod, KsResult } from "./ks-test.ts";
export { ksTwoSample } from "./ks-test.ts";
export type { McNemarResult } from "./mcnemar.ts";
export { discordantPairs, mcnemarChiSquare, mcnemarExact } from "./mcnemar.ts";
export type { MetricDefinition, MetricName, PredictionKind } from "./metric-registry.ts";
export { computeMetric, isMetricName, METRIC_NAMES, METRICS, metricDefinition } from "./metric-registry.ts";
export { normalCdf, normalQuantile, normalSf, twoSidedNormalPValue } from "./normal-distribution.ts";
export type { Categories, Category, NullableNumbers, Numbers } from "./numeric-input.ts";
export type { BootstrapInterval, BootstrapOptions } from "./paired-bootstrap.ts";
export { DEFAULT_LEVEL, DEFAULT_RESAMPLES, pairedBootstrap } from "./paired-bootstrap.ts";
export { pairedCellBootstrap } from "./paired-cell-bootstrap.ts";
export type { PairedPredictions } from "./paired-delta-resampler.ts";
export { pairedMeanBootstrap, pairedMeansBootstrap } from "./paired-mean-bootstrap.ts";
export { pairedMetricBootstrap } from "./paired-metric-bootstrap.ts";
export type { PairedCounts, PairedProportionInterval } from "./paired-proportion-interval.ts";
export { NEWCOMBE_METHOD, pairedProportionInterval } from "./paired-proportion-interval.ts";
export { brierScore, logLoss } from "./probability-metrics.ts";
export { populationStabilityIndex } from "./psi.ts";
export { quantileSorted, quantiles } from "./quantile.ts";
export { digitStarts } from "./radix-order.ts";
export type { RankedScores } from "./ranked-scores.ts";
export { rankScores } from "./ranked-scores.ts";
export { averagePrecision, labelsInRankOrder, rocAuc, weightedRocAuc } from "./ranking-metrics.ts";
export {
  maxError,
  meanAbsoluteError,
  meanAbsolutePercentageError,
  meanSquaredError,
  r2Score,
  rootMeanSquaredError,
} from "./regression-metrics.ts";
export { RESAMPLE_WORKER_MIN_ROWS } from "./resample-worker.ts";
export { twoProportionZTest } from "./two-proportion-z-test.ts";
export { normedWassersteinDistance, wassersteinDistance } from "./wasserstein.ts";
export { wilsonScoreInterval } from "./wilson-score.ts";
export { Xoshiro128 } from "./xoshiro128.ts";
export type { ZTestResult } from "./z-test.ts";
export { zTest } from "./z-test.ts";
