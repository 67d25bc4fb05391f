import type { CalibrationBin } from "../calibration.ts";
import { loadFixture } from "./fixtures.ts";

export interface ClassificationCase {
  name: string;
  labels: number[];
  scores: number[];
  /** scores ≥ 0.5 as 0/1. */
  predictions: number[];
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  rocAuc: number | null;
  averagePrecision: number | null;
  logLoss: number;
  brier: number;
  ece: number;
  calibrationBins: Pick<CalibrationBin, "count" | "meanPredicted" | "fractionPositive">[];
}

export interface RegressionCase {
  name: string;
  actual: number[];
  predicted: number[];
  mae: number;
  mse: number;
  rmse: number;
  mape: number;
  r2: number;
  maxError: number;
}

/** Reference values from textbook definitions (fixtures/metrics.json). */
export const metricCases = loadFixture<{
  classification: ClassificationCase[];
  regression: RegressionCase[];
}>("metrics.json");
