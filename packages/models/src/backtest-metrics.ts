import type { Interval, Metric } from "@mlops/core";
import {
  type BootstrapOptions,
  DEFAULT_LEVEL,
  DEFAULT_RESAMPLES,
  DELONG_INTERVAL_MIN_ROWS,
  delongTest,
  discordantPairs,
  type MetricName,
  mcnemarExact,
  metricDefinition,
  NEWCOMBE_METHOD,
  type PairedCounts,
  pairedMetricBootstrap,
  pairedProportionInterval,
} from "@mlops/stats";
import type { Predictions, Task } from "./predictions.ts";

export const CLASSIFICATION_METRICS: MetricName[] = [
  "accuracy_score",
  "precision_score",
  "recall_score",
  "f1_score",
  "roc_auc",
  "precision_recall_auc",
  "log_loss",
  "brier_score",
  "expected_calibration_error",
];
export const REGRESSION_METRICS: MetricName[] = [
  "mean_absolute_error",
  "root_mean_squared_error",
  "mean_absolute_percentage_error",
  "r2_score",
];

export const defaultMetrics = (task: Task) =>
  task === "classification" ? CLASSIFICATION_METRICS : REGRESSION_METRICS;
export const defaultPrimaryMetric = (task: Task): MetricName =>
  task === "classification" ? "roc_auc" : "root_mean_squared_error";

/** The column of predictions a metric needs, or `undefined` when the model did not provide it. */
export function predictionFor(
  metric: MetricName,
  p: Predictions,
  threshold: number,
): ArrayLike<number> | undefined {
  switch (metricDefinition(metric).prediction) {
    case "label": {
      if (p.label) return p.label;
      if (!p.probability) return undefined;
      const label = new Float64Array(p.probability.length);
      for (let i = 0; i < label.length; i++) label[i] = p.probability[i]! >= threshold ? 1 : 0;
      return label;
    }
    case "probability":
    case "score":
      return p.probability;
    case "value":
      return p.value;
  }
}

export interface CompareOptions {
  threshold: number;
  bootstrap: Required<BootstrapOptions>;
  baselineLabel?: string;
}

export function intervalMethod(b: Required<BootstrapOptions>): string {
  return `paired bootstrap, percentile, ${b.resamples} resamples, seed ${b.seed}`;
}

/**
 * Below this many rows an accuracy delta gets Newcombe's paired score interval instead of the percentile
 * bootstrap. Simulated coverage of the 95% bootstrap on six designs, 2,000 datasets each
 * (`packages/stats/bench/paired-proportion-coverage.bench.ts`): lowest 64% at 20 rows, 91.6% at 50,
 * 95.4% at 100, 95.3% at 200; Newcombe's lowest is 95.0–96.0% at every size. The bootstrap undercovers
 * when few rows are discordant, so the switch leaves a margin above the measured crossover.
 */
export const PROPORTION_BOOTSTRAP_MIN_ROWS = 200;

export const NEWCOMBE_ACCURACY_METHOD = `${NEWCOMBE_METHOD}, below ${PROPORTION_BOOTSTRAP_MIN_ROWS} rows`;

export { DELONG_INTERVAL_MIN_ROWS };

export const DELONG_INTERVAL_METHOD = `DeLong, normal approximation, from ${DELONG_INTERVAL_MIN_ROWS} rows`;

/** Rows both models get right, only the candidate, only the baseline, neither: accuracy's paired table. */
function correctnessCells(actual: Float64Array, candidate: ArrayLike<number>, baseline: ArrayLike<number>) {
  const cells: PairedCounts = { both: 0, onlyFirst: 0, onlySecond: 0, neither: 0 };
  for (let i = 0; i < actual.length; i++) {
    const c = candidate[i] === actual[i];
    const b = baseline[i] === actual[i];
    if (c && b) cells.both++;
    else if (c) cells.onlyFirst++;
    else if (b) cells.onlySecond++;
    else cells.neither++;
  }
  return cells;
}

/**
 * The delta's interval: Newcombe's for accuracy on few rows, DeLong's for ROC AUC on many, else the
 * paired bootstrap.
 */
async function deltaInterval(
  name: MetricName,
  actual: Float64Array,
  candidate: ArrayLike<number>,
  baseline: ArrayLike<number>,
  bootstrap: Required<BootstrapOptions>,
): Promise<Interval | undefined> {
  if (name === "accuracy_score" && actual.length < PROPORTION_BOOTSTRAP_MIN_ROWS) {
    const interval = pairedProportionInterval(correctnessCells(actual, candidate, baseline), bootstrap.level);
    return interval
      ? {
          lower: interval.lower,
          upper: interval.upper,
          level: interval.level,
          method: NEWCOMBE_ACCURACY_METHOD,
        }
      : undefined;
  }
  if (name === "roc_auc" && actual.length >= DELONG_INTERVAL_MIN_ROWS) {
    const delong = delongTest(actual, candidate, baseline, { level: bootstrap.level });
    return delong ? { ...delong.ci, method: DELONG_INTERVAL_METHOD } : undefined;
  }
  const interval = await pairedMetricBootstrap(name, { actual, candidate, baseline }, bootstrap);
  return interval
    ? {
        lower: interval.lower,
        upper: interval.upper,
        level: interval.level,
        method: intervalMethod(bootstrap),
      }
    : undefined;
}

/**
 * Every metric for the challenger and, when there is one, the champion on the same rows, with the
 * delta and its paired interval: the bootstrap (both models' metric computed on the same resample),
 * Newcombe's score interval for accuracy on fewer than `PROPORTION_BOOTSTRAP_MIN_ROWS` rows, or
 * DeLong's for ROC AUC on `DELONG_INTERVAL_MIN_ROWS` rows or more.
 */
export async function compareMetrics(
  names: readonly MetricName[],
  actual: Float64Array,
  challenger: Predictions,
  champion: Predictions | undefined,
  options: CompareOptions,
): Promise<Record<string, Metric>> {
  const out: Record<string, Metric> = {};
  for (const name of names) {
    const def = metricDefinition(name);
    const candidate = predictionFor(name, challenger, options.threshold);
    if (!candidate) continue;
    const value = def.compute(actual, candidate);
    const metric: Metric = { value, n: actual.length, greaterIsBetter: def.greaterIsBetter };
    if (champion) {
      const baseline = predictionFor(name, champion, options.threshold);
      if (baseline) {
        const baseValue = def.compute(actual, baseline);
        metric.baseline = {
          value: baseValue,
          ...(options.baselineLabel ? { label: options.baselineLabel } : {}),
        };
        if (value !== null && baseValue !== null) {
          metric.delta = { value: value - baseValue };
          const ci = await deltaInterval(name, actual, candidate, baseline, options.bootstrap);
          if (ci) metric.delta.ci = ci;
        }
      }
    }
    out[name] = metric;
  }
  return out;
}

export interface SignificanceTests {
  mcnemar?: { b: number; c: number; pValue: number };
  delong?: {
    difference: number;
    z: number;
    pValue: number;
    ci: { lower: number; upper: number; level: number };
  };
}

/** McNemar's exact test on the 0/1 predictions and DeLong's test on the scores, when both exist. */
export function significanceTests(
  actual: Float64Array,
  challenger: Predictions,
  champion: Predictions,
  threshold: number,
  level = DEFAULT_LEVEL,
): SignificanceTests {
  const out: SignificanceTests = {};
  const a = predictionFor("accuracy_score", challenger, threshold);
  const b = predictionFor("accuracy_score", champion, threshold);
  if (a && b) {
    const { b: won, c: lost } = discordantPairs(actual, a, b);
    out.mcnemar = { b: won, c: lost, pValue: mcnemarExact(won, lost).pValue };
  }
  if (challenger.probability && champion.probability) {
    const d = delongTest(actual, challenger.probability, champion.probability, { level });
    if (d) out.delong = { difference: d.difference, z: d.z, pValue: d.pValue, ci: d.ci };
  }
  return out;
}

export const DEFAULT_BOOTSTRAP: Required<BootstrapOptions> = {
  resamples: DEFAULT_RESAMPLES,
  level: DEFAULT_LEVEL,
  seed: 0,
};
