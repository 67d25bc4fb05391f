import { ConfigError, createProgress, type Envelope } from "@mlops/core";
import {
  type CompareOptions,
  classifierViews,
  compareMetrics,
  type Dataset,
  defaultMetrics,
  defaultPrimaryMetric,
  type TrainValidateConfig,
} from "@mlops/models";
import type { ResolvedVersion } from "@mlops/registry";
import type { MetricName } from "@mlops/stats";
import type { ComparisonPart, ScoredRows } from "./scored-rows.ts";
import { segmentComparison } from "./segments.ts";
import { significanceComparison } from "./significance.ts";
import { rowTimes, walkForwardComparison } from "./walk-forward.ts";

/** The metric segments, windows and the summary line speak of. */
export const primaryMetric = (config: TrainValidateConfig) =>
  (config.backtest.primary_metric as MetricName | undefined) ?? defaultPrimaryMetric(config.task);

function walkForward(
  config: TrainValidateConfig,
  dataset: Dataset,
  scored: ScoredRows,
): ComparisonPart | undefined {
  const { windows, threshold } = config.backtest;
  if (!windows) return undefined;
  const column = config.data.time;
  if (!column) {
    throw new ConfigError("backtest.windows needs data.time, the date column", {
      location: { file: "train-validate config", path: "data.time" },
    });
  }
  const [times] = dataset.columnValues([column]);
  return walkForwardComparison(
    scored,
    rowTimes(times!, column, dataset),
    windows,
    primaryMetric(config),
    threshold,
  );
}

const FIRST_MODEL: ComparisonPart = {
  metrics: {},
  details: [
    {
      type: "text",
      title: "First model",
      text: "There is no champion in the registry yet, so this is the first model: metrics have no baseline and only absolute gates apply.",
    },
  ],
};

/** Curves, calibration and confusion matrices of both models, for the report to draw side by side. */
function views(scored: ScoredRows, threshold: number, champion: ResolvedVersion | undefined) {
  const models = [{ name: "challenger", predictions: scored.challenger }];
  if (scored.champion)
    models.push({ name: `champion ${champion?.version ?? ""}`.trim(), predictions: scored.champion });
  return classifierViews(scored.actual, models, threshold);
}

/**
 * Compares the challenger with the champion metric by metric (with a classifier's curves and matrices),
 * then adds significance tests, segments and walk-forward windows as configured, into the envelope's
 * metrics and details in that order.
 */
export async function compareBacktest(
  envelope: Envelope,
  config: TrainValidateConfig,
  dataset: Dataset,
  scored: ScoredRows,
  champion: ResolvedVersion | undefined,
): Promise<void> {
  const bt = config.backtest;
  const options: CompareOptions = {
    threshold: bt.threshold,
    bootstrap: bt.bootstrap,
    baselineLabel: champion ? `champion ${champion.version}` : undefined,
  };
  const names = (bt.metrics as MetricName[] | undefined) ?? defaultMetrics(config.task);
  const segments = { columns: bt.segments, maxValues: bt.max_segment_values };
  const { champion: baseline } = scored;
  // One step per metric, then each kind of test: on a large backtest every step takes seconds.
  const steps: (() => ComparisonPart | undefined | Promise<ComparisonPart | undefined>)[] = [
    ...names.map((name) => async () => ({
      metrics: await compareMetrics([name], scored.actual, scored.challenger, baseline, options),
      details: [],
    })),
    () =>
      config.task === "classification"
        ? { metrics: {}, details: views(scored, bt.threshold, champion) }
        : undefined,
    () => (baseline ? significanceComparison({ ...scored, champion: baseline }, bt) : undefined),
    () =>
      bt.segments.length > 0
        ? segmentComparison(
            scored,
            { ...segments, values: dataset.columnValues(bt.segments) },
            primaryMetric(config),
            options,
          )
        : undefined,
    () => walkForward(config, dataset, scored),
    () => (baseline ? undefined : FIRST_MODEL),
  ];
  const progress = createProgress({
    label: "metrics, intervals and tests",
    total: steps.length,
    intervalMs: 2_000,
  });
  for (const step of steps) {
    const part = await step();
    progress.tick();
    if (!part) continue;
    Object.assign(envelope.metrics, part.metrics);
    envelope.details!.push(...part.details);
  }
  progress.done();
}
