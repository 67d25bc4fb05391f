import path from "node:path";
import {
  type CommandIO,
  ConfigError,
  configLocator,
  DEFAULT_RESULTS_DIR,
  type Detail,
  evaluateGates,
  type Gate,
  loadConfigFile,
  type Status,
  statusFromChecks,
  throwConfigErrors,
  unknownGateMetrics,
  writeEnvelope,
} from "@mlops/core";
import {
  DISPARITY_NAMES,
  evaluateFairness,
  evaluateRowMetrics,
  groupRows,
  groupsVsRest,
  intersectionsOf,
  PRIVILEGED_METRIC_NAMES,
  REGRESSION_DISPARITY_NAMES,
} from "@mlops/fairness";
import {
  type Dataset,
  type EvaluateBiasConfig,
  EvaluateBiasConfigSchema,
  readDataset,
  type ScorerConfig,
} from "@mlops/models";
import { metricsForestPlot } from "@mlops/report";
import { featureColumns, readLabels } from "../train-validate/backtest-data.ts";
import { comparedModels, modelEnvelope } from "../train-validate/compared-models.ts";
import { modelScorer } from "../train-validate/model-scorer.ts";
import { privilegedGroups, readBinaryLabels, readSensitive, requireColumns } from "./bias-columns.ts";
import { biasMetrics, findings, groupDetails, groupSizeCheck, groupVsRestFindings } from "./bias-results.ts";
import { counterfactuals } from "./counterfactuals.ts";
import { decisionsOf, valuesOf } from "./decisions.ts";
import { regressionDetails, regressionFindings, regressionMetrics } from "./regression-bias.ts";
import { thresholdSweep } from "./threshold-sweep.ts";

/** Rows of the disparity forest plot: the gated and largest changes; the metrics table has them all. */
const FOREST_PLOT_ROWS = 15;

export interface EvaluateBiasOptions {
  /** The evaluate-bias config file (YAML or JSON). */
  config: string;
  resultsDir?: string;
  /** Evaluate this model file instead of challenger.model. */
  model?: string;
  /** Compare with this registry reference instead of champion.ref. */
  champion?: string;
}

export interface EvaluateBiasResult {
  status: Status;
  envelopePath: string;
  championVersion?: string;
}

/**
 * `evaluate-bias`: scores the challenger (and the registry's champion) once on the evaluation data,
 * computes per-group rates and Fairlearn's disparities over every sensitive column and their
 * intersection with stratified bootstrap intervals, pairs the champion for the change in each
 * disparity, and evaluates the gates. Writes one envelope of kind `bias`.
 */
export async function runEvaluateBias(
  options: EvaluateBiasOptions,
  io: CommandIO,
): Promise<EvaluateBiasResult> {
  const { logger } = io;
  const env = io.env ?? process.env;
  const cwd = io.cwd ?? process.cwd();
  const configFile = path.resolve(cwd, options.config);
  const config = await loadConfigFile(configFile, EvaluateBiasConfigSchema);
  const locate = await configLocator(configFile);
  throwConfigErrors(
    unknownGateMetrics(
      config.gates,
      {
        what: "evaluate-bias",
        known: config.task === "regression" ? [...REGRESSION_DISPARITY_NAMES] : [...DISPARITY_NAMES],
        produces: (m) =>
          config.task === "regression"
            ? REGRESSION_DISPARITY_NAMES.some((d) => m === d || m.startsWith(`${d}[`))
            : DISPARITY_NAMES.some((d) => m === d || m.startsWith(`${d}[`)) ||
              PRIVILEGED_METRIC_NAMES.some((d) => m.startsWith(`${d}[`)) ||
              m === "counterfactual_flip_rate" ||
              m.startsWith("counterfactual_flip_rate["),
      },
      locate,
    ),
  );
  const base = path.dirname(configFile);
  const challengerScorer = requireScorer(config, options, configFile);
  const started = (io.now ?? (() => new Date()))();
  const startMs = Date.now();
  const envelope = await modelEnvelope("bias", "Bias", config, { started, base, env });
  const resultsDir = path.resolve(cwd, options.resultsDir || DEFAULT_RESULTS_DIR);
  io.draft?.(envelope, { resultsDir });

  const dataset = await readDataset(path.resolve(base, config.data.path));
  requireColumns(dataset, config, locate);
  const labels =
    config.task === "regression" ? readLabels(dataset, config) : readBinaryLabels(dataset, config.data.label);
  const sensitive = readSensitive(dataset, config, locate);
  const privileged = privilegedGroups(config, sensitive, locate);
  envelope.lineage.datasets = [{ name: config.data.path, digest: `sha256:${dataset.sha256}` }];

  const { challenger, champion } = await comparedModels(
    config,
    options,
    { cwd, base, env, logger, configFile, signal: io.signal },
    envelope,
  );
  const features = featureColumns(dataset, config, configFile);
  const run = { base, env, logger, signal: io.signal };
  const scorerOn = (data: Dataset) =>
    modelScorer({ task: config.task, model: config.model }, data, features, run);
  const scoreModel = scorerOn(dataset);
  const challengerPredictions = await scoreModel(
    "challenger",
    challengerScorer,
    challenger.modelPath,
    challenger.modelDigest,
  );
  const championPredictions = champion
    ? await scoreModel("champion", champion.scorer, champion.file, champion.version.digest)
    : undefined;
  const resultOptions = {
    ...config.bootstrap,
    minGroupSize: config.min_group_size,
    ...(champion ? { championLabel: `${champion.version.model}@${champion.version.version}` } : {}),
  };
  const rowOptions = {
    method: config.method,
    minGroupSize: config.min_group_size,
    ...config.bootstrap,
  };

  const found: string[] = [];
  const details: Detail[] = [];
  let judged: Parameters<typeof groupSizeCheck>[0];
  if (config.task === "regression") {
    const result = await logger.group("Group errors and disparities", async () =>
      evaluateRowMetrics(
        intersectionsOf(sensitive, dataset.rows),
        {
          labels,
          challenger: valuesOf(challengerPredictions, "challenger"),
          ...(championPredictions ? { champion: valuesOf(championPredictions, "champion") } : {}),
        },
        { task: "regression", ...rowOptions },
      ),
    );
    judged = result;
    envelope.metrics = regressionMetrics(result, resultOptions);
    found.push(...regressionFindings(result));
    details.push(...regressionDetails(result));
  } else {
    const ch = decisionsOf(challengerPredictions, config.threshold, "challenger");
    const cp = championPredictions
      ? decisionsOf(championPredictions, config.threshold, "champion")
      : undefined;
    const grouped = groupRows(sensitive, {
      labels,
      challenger: ch.decisions,
      ...(cp ? { champion: cp.decisions } : {}),
    });
    const { result, scoreMetrics } = await logger.group("Group metrics and disparities", async () => ({
      result: evaluateFairness(grouped, {
        method: config.method,
        agg: config.agg,
        minGroupSize: config.min_group_size,
        ...config.bootstrap,
        champion: cp !== undefined,
        privileged,
      }),
      // The group table shows the challenger's; the champion's would double the cost for nothing shown.
      scoreMetrics: ch.scores
        ? evaluateRowMetrics(
            grouped,
            { labels, challenger: ch.scores },
            { task: "classification", ...rowOptions },
          )
        : undefined,
    }));
    judged = result;
    envelope.metrics = biasMetrics(result, resultOptions);
    const counterfactualDetails: Detail[] = [];
    if (config.counterfactual) {
      const flips = await counterfactuals({
        config,
        dataset,
        features: features.map((i) => dataset.columns[i]!),
        sensitive,
        decisions: ch.decisions,
        scoresModel: challengerScorer.type !== "predictions",
        decide: async (data, what) =>
          decisionsOf(
            await scorerOn(data)(what, challengerScorer, challenger.modelPath),
            config.threshold,
            what,
          ).decisions,
        level: config.bootstrap.level,
      });
      Object.assign(envelope.metrics, flips.metrics);
      counterfactualDetails.push(...flips.details);
    }
    const vsRest = groupVsRestFindings(groupsVsRest(grouped, config.min_group_size));
    found.push(...findings(result), ...(vsRest.finding ? [vsRest.finding] : []));
    details.push(
      ...groupDetails(result, scoreMetrics),
      vsRest.detail,
      ...counterfactualDetails,
      ...(config.threshold_sweep && ch.scores
        ? [thresholdSweep(sensitive, labels, ch.scores, config.threshold_sweep)]
        : []),
    );
  }
  envelope.checks = [
    groupSizeCheck(judged, config.min_group_size),
    ...evaluateGates(policyGates(config), envelope.metrics, { firstVersion: champion === undefined }),
  ];
  const plot = metricsForestPlot(envelope.metrics, envelope.checks, FOREST_PLOT_ROWS);
  envelope.details = [
    ...(found.length > 0
      ? [{ type: "text" as const, title: "Findings", text: found.map((f) => `- ${f}`).join("\n") }]
      : []),
    ...(plot
      ? [
          {
            type: "text" as const,
            title: "Disparities against the champion: the change, with its interval",
            text: plot,
          },
        ]
      : []),
    ...details,
  ];
  envelope.status = statusFromChecks(envelope.checks);
  envelope.summary = found[0] ?? "no group disparity to report";
  envelope.durationMs = Date.now() - startMs;
  const envelopePath = await writeEnvelope(resultsDir, envelope);
  logger.info(`${envelope.status}: ${envelope.summary}`);
  return {
    status: envelope.status,
    envelopePath,
    ...(champion ? { championVersion: champion.version.version } : {}),
  };
}

function requireScorer(
  config: EvaluateBiasConfig,
  options: EvaluateBiasOptions,
  configFile: string,
): ScorerConfig {
  const scorer = config.challenger.scorer ?? config.scorer;
  if (!scorer) {
    throw new ConfigError("no scorer: set scorer (or challenger.scorer)", {
      location: { file: configFile, path: "scorer" },
      hint: "e.g. scorer: { type: predictions, path: predictions.csv }, or a command or http scorer",
    });
  }
  if (scorer.type === "command" && !config.challenger.model && !options.model) {
    throw new ConfigError("the command scorer needs a model file: set challenger.model", {
      location: { file: configFile, path: "challenger.model" },
      hint: "or pass --model, or score with a predictions file or an http endpoint",
    });
  }
  return scorer;
}

/** The configured gates, and the named policy's when one is chosen. */
function policyGates(config: EvaluateBiasConfig): Gate[] {
  if (config.policy !== "four-fifths") return config.gates;
  const fourFifths: Gate = {
    metric: "demographic_parity_ratio",
    id: "policy:four-fifths",
    title: "Four-fifths rule: every group's selection rate at least 0.8 of the highest",
    severity: "fail",
    min: 0.8,
  };
  return [fourFifths, ...config.gates];
}
