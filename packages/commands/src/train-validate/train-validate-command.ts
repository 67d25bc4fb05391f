import path from "node:path";
import {
  type CommandIO,
  ConfigError,
  DEFAULT_RESULTS_DIR,
  evaluateGates,
  loadConfigFile,
  type Status,
  statusFromChecks,
  writeEnvelope,
} from "@mlops/core";
import {
  readDataset,
  type ScorerConfig,
  type TrainValidateConfig,
  TrainValidateConfigSchema,
} from "@mlops/models";
import { compareBacktest, primaryMetric } from "./backtest-comparison.ts";
import { featureColumns, readLabels } from "./backtest-data.ts";
import { checkBacktestConfig } from "./backtest-preflight.ts";
import { backtestSummary } from "./backtest-summary.ts";
import { recordTraining } from "./challenger-model.ts";
import { comparedModels, modelEnvelope } from "./compared-models.ts";
import { modelScorer } from "./model-scorer.ts";

export interface TrainValidateOptions {
  /** The train-validate config file (YAML or JSON). */
  config: string;
  resultsDir?: string;
  /** Backtest this model file instead of training (overrides train and challenger.model). */
  model?: string;
  /** Compare with this registry reference instead of champion.ref. */
  champion?: string;
}

export type TrainValidateIO = CommandIO;

export interface TrainValidateResult {
  status: Status;
  envelopePath: string;
  modelPath?: string;
  /** sha256:<hex> of the challenger's model artifact. */
  modelDigest?: string;
  championVersion?: string;
}

/**
 * `train-validate`: trains the challenger (or takes a model file), scores it and the registry's champion
 * on the same backtest data, compares them metric by metric with paired bootstrap intervals, McNemar and
 * DeLong, per segment and per walk-forward window, and evaluates the gates. Writes one envelope.
 */
export async function runTrainValidate(
  options: TrainValidateOptions,
  io: TrainValidateIO,
): Promise<TrainValidateResult> {
  const { logger } = io;
  const env = io.env ?? process.env;
  const cwd = io.cwd ?? process.cwd();
  const configFile = path.resolve(cwd, options.config);
  const config = await loadConfigFile(configFile, TrainValidateConfigSchema);
  const base = path.dirname(configFile);
  const challengerScorer = requireChallengerScorer(config, options, configFile);
  const started = (io.now ?? (() => new Date()))();
  const startMs = Date.now();
  const envelope = await modelEnvelope("backtest", "Backtest", config, { started, base, env });
  const { lineage } = envelope;
  const resultsDir = path.resolve(cwd, options.resultsDir || DEFAULT_RESULTS_DIR);
  io.draft?.(envelope, { resultsDir });
  await checkBacktestConfig(config, configFile, challengerScorer);

  const {
    challenger: { training, ...challenger },
    champion,
  } = await comparedModels(
    config,
    options,
    { cwd, base, env, logger, configFile, signal: io.signal },
    envelope,
  );
  if (training) recordTraining(envelope, training, cwd);

  const dataset = await readDataset(path.resolve(base, config.data.path));
  lineage.datasets = [
    ...(lineage.datasets ?? []),
    { name: config.data.path, digest: `sha256:${dataset.sha256}` },
  ];
  const actual = readLabels(dataset, config);
  const scoreModel = modelScorer(config, dataset, featureColumns(dataset, config, configFile), {
    base,
    env,
    logger,
    signal: io.signal,
  });
  const challengerPredictions = await scoreModel(
    "challenger",
    challengerScorer,
    challenger.modelPath,
    challenger.modelDigest,
  );
  const championPredictions = champion
    ? await scoreModel("champion", champion.scorer, champion.file, champion.version.digest)
    : undefined;

  await logger.group("Compare", async () => {
    const scored = { actual, challenger: challengerPredictions, champion: championPredictions };
    await compareBacktest(envelope, config, dataset, scored, champion?.version);
  });
  envelope.checks = [
    ...envelope.checks,
    ...evaluateGates(config.gates, envelope.metrics, { firstVersion: champion === undefined }),
  ];
  envelope.status = statusFromChecks(envelope.checks);
  const primary = primaryMetric(config);
  envelope.summary = backtestSummary(primary, envelope.metrics[primary], champion?.version.version);
  envelope.durationMs = Date.now() - startMs;
  const envelopePath = await writeEnvelope(resultsDir, envelope);
  logger.info(`${envelope.status}: ${envelope.summary ?? ""}`);
  return {
    ...(challenger.modelPath ? { modelPath: challenger.modelPath, modelDigest: challenger.modelDigest } : {}),
    ...(champion ? { championVersion: champion.version.version } : {}),
    status: envelope.status,
    envelopePath,
  };
}

/** The challenger's scorer, and something to score with it: a model to train or a model file. */
function requireChallengerScorer(
  config: TrainValidateConfig,
  options: TrainValidateOptions,
  configFile: string,
): ScorerConfig {
  const scorer = config.challenger.scorer ?? config.scorer;
  if (!scorer) {
    throw new ConfigError("no scorer: set scorer (or challenger.scorer)", {
      location: { file: configFile, path: "scorer" },
      hint: "e.g. scorer: { type: command, command: python predict.py --model {model} --input {input} --output {output} }",
    });
  }
  if (!config.train && !config.challenger.model && !options.model && scorer.type === "command") {
    throw new ConfigError("nothing to backtest: set train, or challenger.model", {
      location: { file: configFile, path: "train" },
      hint: "train builds the challenger; challenger.model backtests an existing model file",
    });
  }
  return scorer;
}
