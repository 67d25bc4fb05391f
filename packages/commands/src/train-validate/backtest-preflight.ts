import path from "node:path";
import {
  ConfigError,
  comparesWithBaseline,
  configLocator,
  misspeltName,
  type SourceLocation,
  throwConfigErrors,
  unknownGateMetrics,
} from "@mlops/core";
import { readHeader } from "@mlops/data";
import {
  defaultMetrics,
  predictionsFileGivesProbability,
  type ScorerConfig,
  type TrainValidateConfig,
} from "@mlops/models";
import { isMetricName, metricDefinition } from "@mlops/stats";
import { primaryMetric } from "./backtest-comparison.ts";

type Locate = (path: readonly PropertyKey[]) => SourceLocation;

/**
 * Checks the config against what it will meet, before anything is trained or scored: gate metrics
 * against the metrics this backtest produces, the configured columns against the data's header, and
 * metrics that need probabilities against predictions files that give labels only. Every problem is
 * reported at once, each located in the config file.
 */
export async function checkBacktestConfig(
  config: TrainValidateConfig,
  configFile: string,
  challengerScorer: ScorerConfig,
): Promise<void> {
  const locate = await configLocator(configFile);
  const base = path.dirname(configFile);
  const metrics = backtestMetrics(config);
  const errors = [
    ...unknownGateMetrics(config.gates, { what: "the backtest", ...metrics }, locate),
    ...(await columnErrors(config, path.resolve(base, config.data.path), locate)),
    ...(await probabilityErrors(config, base, challengerScorer, locate)),
  ];
  throwConfigErrors(errors);
}

/**
 * The metric names the backtest can put in its envelope: the task's (or the configured) metrics, the
 * significance tests' p-values, the walk-forward win rate, and the primary metric per segment value
 * (`roc_auc[contract=monthly]`), whose values only the data knows.
 */
export function backtestMetrics(config: TrainValidateConfig) {
  const bt = config.backtest;
  const primary = primaryMetric(config);
  const known: string[] = [
    ...(bt.metrics ?? defaultMetrics(config.task)),
    ...(config.task === "classification" ? ["mcnemar_p_value", "delong_p_value"] : []),
    ...(bt.windows ? ["window_win_rate"] : []),
    ...bt.segments.map((column) => `${primary}[${column}=<value>]`),
  ];
  const produces = (metric: string) =>
    known.includes(metric) ||
    bt.segments.some((column) => metric.startsWith(`${primary}[${column}=`) && metric.endsWith("]"));
  return { known, produces };
}

async function columnErrors(
  config: TrainValidateConfig,
  dataFile: string,
  locate: Locate,
): Promise<ConfigError[]> {
  let header: string[];
  try {
    header = await readHeader(dataFile);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    const where = e.location?.line ? `${config.data.path}:${e.location.line}` : config.data.path;
    return [new ConfigError(`${where}: ${e.message}`, { location: locate(["data", "path"]), hint: e.hint })];
  }
  const { data, backtest } = config;
  const named: [PropertyKey[], string | undefined][] = [
    [["data", "label"], data.label],
    [["data", "id"], data.id],
    [["data", "time"], data.time],
    ...(data.features ?? []).map((c, i): [PropertyKey[], string] => [["data", "features", i], c]),
    ...backtest.segments.map((c, i): [PropertyKey[], string] => [["backtest", "segments", i], c]),
  ];
  const shown = config.data.path;
  return named.flatMap(([at, column]) => {
    if (column === undefined || header.includes(column)) return [];
    const near = misspeltName(column, header);
    return [
      new ConfigError(`column "${column}" is not in ${shown}`, {
        location: locate(at),
        hint: `${near ? `did you mean "${near}"? ` : ""}its columns: ${header.join(", ")}`,
      }),
    ];
  });
}

/** Whether a metric of the envelope is computed from probabilities or scores rather than labels. */
function needsProbability(metric: string): boolean {
  if (metric === "delong_p_value") return true;
  const base = metric.replace(/\[.*\]$/, "");
  return isMetricName(base) && ["probability", "score"].includes(metricDefinition(base).prediction);
}

/**
 * A predictions file is the one scorer whose output is known before scoring: one giving labels only
 * cannot yield ROC AUC, log loss or calibration, for the challenger (no value) or the champion (no
 * baseline to compare with).
 */
async function probabilityErrors(
  config: TrainValidateConfig,
  base: string,
  challengerScorer: ScorerConfig,
  locate: Locate,
): Promise<ConfigError[]> {
  if (config.task !== "classification") return [];
  const labelsOnly = async (scorer: ScorerConfig | undefined) =>
    scorer?.type === "predictions" && (await predictionsFileGivesProbability(scorer, base)) === false
      ? scorer.file
      : undefined;
  const challenger = await labelsOnly(challengerScorer);
  const champion = await labelsOnly(config.champion.scorer ?? config.scorer);
  const hint = (file: string) =>
    `add a probability column to ${file}, or gate on a metric of labels (accuracy_score, precision_score, recall_score, f1_score)`;
  const errors: ConfigError[] = [];
  config.gates.forEach((gate, i) => {
    if (!needsProbability(gate.metric)) return;
    const side =
      challenger ??
      (champion && (comparesWithBaseline(gate) || gate.metric === "delong_p_value") ? champion : undefined);
    if (!side) return;
    const who = side === challenger ? "challenger" : "champion";
    errors.push(
      new ConfigError(
        `gate metric "${gate.metric}" needs probabilities, but the ${who}'s predictions (${side}) give labels only`,
        { location: locate(["gates", i, "metric"]), hint: hint(side) },
      ),
    );
  });
  if (!challenger) return errors;
  config.backtest.metrics?.forEach((metric, i) => {
    if (!needsProbability(metric)) return;
    errors.push(
      new ConfigError(
        `metric "${metric}" needs probabilities, but the challenger's predictions (${challenger}) give labels only`,
        { location: locate(["backtest", "metrics", i]), hint: hint(challenger) },
      ),
    );
  });
  const primary = primaryMetric(config);
  const { segments, windows } = config.backtest;
  if ((segments.length > 0 || windows) && needsProbability(primary)) {
    errors.push(
      new ConfigError(
        `segments and windows compare ${primary}, which needs probabilities, but the challenger's predictions (${challenger}) give labels only`,
        {
          location: locate(["backtest", "primary_metric"]),
          hint: "set backtest.primary_metric to a metric of labels",
        },
      ),
    );
  }
  return errors;
}
