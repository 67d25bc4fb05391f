import path from "node:path";
import {
  type CommandIO,
  ConfigError,
  configLocator,
  DEFAULT_RESULTS_DIR,
  evaluateGates,
  loadConfigFile,
  type SourceLocation,
  type Status,
  statusFromChecks,
  throwConfigErrors,
  unknownGateMetrics,
  writeEnvelope,
} from "@mlops/core";
import { readDataset, type ScorerConfig } from "@mlops/models";
import {
  behaviourTestName,
  DETECTOR_TYPES,
  defaultDetectors,
  type EvaluateRobustnessConfig,
  EvaluateRobustnessConfigSchema,
  type OutcomeRule,
} from "@mlops/robustness";
import { featureColumns } from "../train-validate/backtest-data.ts";
import { comparedModels, modelEnvelope } from "../train-validate/compared-models.ts";
import { modelScorer } from "../train-validate/model-scorer.ts";
import { ATTACK_METRICS, attackCheck, attackDetails, attackMetrics } from "./attack-results.ts";
import { type AttackRun, requireAttackableFeature, runAttack } from "./attack-run.ts";
import { checkBehaviourTests, runBehaviourTest } from "./behaviour-runs.ts";
import { type DetectorRun, runDetector, type ScoredModel } from "./detector-run.ts";
import { rescoredRows } from "./rescored-rows.ts";
import { requireColumns, robustnessFeatures } from "./robustness-features.ts";
import { detectorChecks, robustnessDetails, robustnessMetrics } from "./robustness-results.ts";

export interface EvaluateRobustnessOptions {
  /** The evaluate-robustness config file (YAML or JSON). */
  config: string;
  resultsDir?: string;
  /** Evaluate this model file instead of challenger.model. */
  model?: string;
  /** Compare with this registry reference instead of champion.ref. */
  champion?: string;
}

export interface EvaluateRobustnessResult {
  status: Status;
  envelopePath: string;
  championVersion?: string;
}

/**
 * `evaluate-robustness`: scores the challenger (and the registry's champion) on the evaluation rows,
 * then on each detector's seeded perturbations of them in one batched call per model, and counts the
 * rows whose outcome changed: a fail rate per detector with a Wilson interval, the paired change against
 * the champion on the same perturbed rows, the detectors' thresholds and the gates. Writes one envelope
 * of kind `robustness`.
 */
export async function runEvaluateRobustness(
  options: EvaluateRobustnessOptions,
  io: CommandIO,
): Promise<EvaluateRobustnessResult> {
  const { logger } = io;
  const env = io.env ?? process.env;
  const cwd = io.cwd ?? process.cwd();
  const configFile = path.resolve(cwd, options.config);
  const config = await loadConfigFile(configFile, EvaluateRobustnessConfigSchema);
  const locate = await configLocator(configFile);
  throwConfigErrors(
    unknownGateMetrics(
      config.gates,
      {
        what: "evaluate-robustness",
        known: [
          "fail_rate",
          "stochastic_rate",
          "batch_dependent_rate",
          ...ATTACK_METRICS,
          ...[...DETECTOR_TYPES, ...config.behaviour.map(behaviourTestName)].map((t) => `fail_rate[${t}]`),
        ],
      },
      locate,
    ),
  );
  const base = path.dirname(configFile);
  const challengerScorer = requireModelScorer(config, options, locate);
  const started = (io.now ?? (() => new Date()))();
  const startMs = Date.now();
  const envelope = await modelEnvelope("robustness", "Robustness", config, { started, base, env });
  const resultsDir = path.resolve(cwd, options.resultsDir || DEFAULT_RESULTS_DIR);
  io.draft?.(envelope, { resultsDir });

  const dataset = await readDataset(path.resolve(base, config.data.path));
  requireColumns(dataset, config, locate);
  envelope.lineage.datasets = [{ name: config.data.path, digest: `sha256:${dataset.sha256}` }];
  const columns = featureColumns(
    dataset,
    { data: { ...config.data, label: config.data.label ?? "" } },
    configFile,
  );
  const names = columns.map((c) => dataset.columns[c]!);
  const features = await robustnessFeatures(dataset, names, config, { base, locate });
  checkBehaviourTests(config, features, locate);
  requireAttackableFeature(config, features, locate);

  const { challenger, champion } = await comparedModels(
    config,
    options,
    { cwd, base, env, logger, configFile, signal: io.signal },
    envelope,
  );
  if (champion) {
    if (champion.scorer.type === "predictions") {
      throw predictionsRefused(
        locate(config.champion.scorer ? ["champion", "scorer", "type"] : ["scorer", "type"]),
      );
    }
  }
  const run = { base, env, logger, signal: io.signal };
  const scoreOriginal = modelScorer(config, dataset, columns, run);
  const models: ScoredModel[] = [
    {
      what: "challenger",
      scorer: challengerScorer,
      modelPath: challenger.modelPath,
      original: await scoreOriginal(
        "challenger",
        challengerScorer,
        challenger.modelPath,
        challenger.modelDigest,
      ),
    },
  ];
  if (champion) {
    models.push({
      what: "champion",
      scorer: champion.scorer,
      modelPath: champion.file,
      original: await scoreOriginal("champion", champion.scorer, champion.file, champion.version.digest),
    });
  }

  const rows = dataset.rowFields(0, dataset.rows, columns);
  const rule: OutcomeRule =
    config.task === "regression"
      ? { task: "regression", outputSensitivity: config.output_sensitivity }
      : { task: "classification", threshold: config.threshold };
  const runs: DetectorRun[] = [];
  for (const detector of config.detectors ?? defaultDetectors()) {
    runs.push(
      await logger.group(`Detector ${detector.type}`, () =>
        runDetector(detector, { dataset, rows, features, models, rule, config, run }),
      ),
    );
  }
  const sanity: Awaited<ReturnType<typeof rescoredRows>>[] = [];
  for (const kind of ["stochasticity", "batch_dependence"] as const) {
    const options = config[kind];
    if (!options) continue;
    sanity.push(
      await logger.group(`Sanity: ${kind}`, () =>
        rescoredRows(kind, options, {
          dataset,
          columns,
          model: models[0]!,
          rule,
          level: config.level,
          config,
          run,
        }),
      ),
    );
  }
  for (const [index, test] of config.behaviour.entries()) {
    runs.push(
      await logger.group(`Behaviour ${behaviourTestName(test)}`, () =>
        runBehaviourTest(test, {
          dataset,
          rows,
          features,
          models,
          rule,
          config,
          run,
          threshold: config.threshold,
          locate,
          index,
        }),
      ),
    );
  }
  let attack: AttackRun | undefined;
  if (config.attack) {
    const options = config.attack;
    attack = await logger.group("Boundary attack", () =>
      runAttack(options, { dataset, rows, features, models, rule, config, run }),
    );
  }
  const resultOptions = {
    level: config.level,
    fragileRows: config.fragile_rows,
    ...(champion ? { championLabel: `${champion.version.model}@${champion.version.version}` } : {}),
  };
  envelope.metrics = robustnessMetrics(runs, resultOptions);
  for (const { check, metric } of sanity) envelope.metrics[check.metric!] = metric;
  if (attack) Object.assign(envelope.metrics, attackMetrics(attack, resultOptions));
  envelope.details = [
    ...robustnessDetails(runs, envelope.metrics, resultOptions, dataset.lineOf),
    ...(attack ? attackDetails(attack, envelope.metrics, resultOptions, dataset.lineOf) : []),
  ];
  envelope.checks = [
    ...sanity.map((s) => s.check),
    ...detectorChecks(
      runs,
      config.level,
      sanity.some((s) => s.check.id === "stochasticity" && s.check.status === "fail"),
    ),
    ...(attack ? [attackCheck(attack, envelope.metrics)] : []),
    ...evaluateGates(config.gates, envelope.metrics, { firstVersion: champion === undefined }),
  ];
  envelope.status = statusFromChecks(envelope.checks);
  const worst = envelope.metrics.fail_rate;
  const worstRun = runs.find((r) => envelope.metrics[`fail_rate[${r.options.type}]`] === worst);
  envelope.summary =
    worst?.value != null
      ? `worst fail rate ${(worst.value * 100).toFixed(1)}% (${worstRun?.options.type}) of ${runs.length} detectors and tests`
      : (worst?.unavailable ?? "no fail rate");
  const attacked = envelope.metrics.attack_success_rate;
  if (attacked?.value != null) {
    envelope.summary += `; attack success ${(attacked.value * 100).toFixed(1)}% of ${attacked.n} rows`;
  }
  envelope.durationMs = Date.now() - startMs;
  const envelopePath = await writeEnvelope(resultsDir, envelope);
  logger.info(`${envelope.status}: ${envelope.summary}`);
  return {
    status: envelope.status,
    envelopePath,
    ...(champion ? { championVersion: champion.version.version } : {}),
  };
}

function predictionsRefused(location: SourceLocation): ConfigError {
  return new ConfigError("a predictions file cannot score perturbed rows", {
    location,
    hint: "robustness needs a model to ask: use a command scorer (with challenger.model) or an http scorer",
  });
}

function requireModelScorer(
  config: EvaluateRobustnessConfig,
  options: EvaluateRobustnessOptions,
  locate: (path: readonly PropertyKey[]) => SourceLocation,
): ScorerConfig {
  const scorer = config.challenger.scorer ?? config.scorer;
  if (!scorer) {
    throw new ConfigError("no scorer: set scorer (or challenger.scorer)", {
      location: locate(["scorer"]),
      hint: "a command scorer with challenger.model, or an http scorer",
    });
  }
  if (scorer.type === "predictions") {
    throw predictionsRefused(
      locate(config.challenger.scorer ? ["challenger", "scorer", "type"] : ["scorer", "type"]),
    );
  }
  if (scorer.type === "command" && !config.challenger.model && !options.model) {
    throw new ConfigError("the command scorer needs a model file: set challenger.model", {
      location: locate(["challenger", "model"]),
      hint: "or pass --model, or score with an http endpoint",
    });
  }
  return scorer;
}
