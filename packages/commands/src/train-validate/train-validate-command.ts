import path from "node:path";
import {
  type Check,
  type CommandIO,
  ConfigError,
  createProgress,
  DEFAULT_RESULTS_DIR,
  type Envelope,
  evaluateGates,
  gitState,
  type Lineage,
  loadConfigFile,
  type Metric,
  MLOPS_VERSION,
  newEnvelope,
  runUrl,
  type Status,
  statusFromChecks,
  writeEnvelope,
} from "@mlops/core";
import type { Predictions, ScorerConfig } from "@mlops/models";
import {
  columnIndex,
  compareMetrics,
  type Dataset,
  defaultMetrics,
  defaultPrimaryMetric,
  intervalMethod,
  predictionFor,
  readDataset,
  runTraining,
  score,
  significanceTests,
  type TrainingResult,
  type TrainValidateConfig,
  TrainValidateConfigSchema,
  walkForwardWindows,
} from "@mlops/models";
import {
  formatModelRef,
  openRegistry,
  parseModelRef,
  type ResolvedVersion,
  resolveReference,
} from "@mlops/registry";
import { type MetricName, metricDefinition } from "@mlops/stats";

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
  const now = io.now ?? (() => new Date());
  const configFile = path.resolve(cwd, options.config);
  const config = await loadConfigFile(configFile, TrainValidateConfigSchema);
  const base = path.dirname(configFile);
  const challengerScorer = config.challenger.scorer ?? config.scorer;
  if (!challengerScorer) {
    throw new ConfigError("no scorer: set scorer (or challenger.scorer)", {
      location: { file: configFile, path: "scorer" },
      hint: "e.g. scorer: { type: command, command: python predict.py --model {model} --input {input} --output {output} }",
    });
  }
  if (!config.train && !config.challenger.model && !options.model && challengerScorer.type === "command") {
    throw new ConfigError("nothing to backtest: set train, or challenger.model", {
      location: { file: configFile, path: "train" },
      hint: "train builds the challenger; challenger.model backtests an existing model file",
    });
  }

  const started = now();
  const startMs = Date.now();
  const git = await gitState(base, env);
  const lineage: Lineage = {
    ...git,
    runUrl: runUrl(env),
    tools: { node: process.version, mlops: MLOPS_VERSION },
  };
  const envelope = newEnvelope({
    kind: "backtest",
    title: `Backtest: ${config.model}`,
    subject: {
      type: "model",
      name: config.model,
      version: config.version ?? git.gitSha?.slice(0, 7) ?? "candidate",
    },
    startedAt: started.toISOString(),
    details: [],
    lineage,
  });
  const resultsDir = path.resolve(cwd, options.resultsDir || DEFAULT_RESULTS_DIR);
  const result: Partial<TrainValidateResult> = {};

  io.draft?.(envelope, { resultsDir });
  let modelPath: string | undefined;
  let training: TrainingResult | undefined;
  if (options.model || config.challenger.model || !config.train) {
    const given = options.model ? path.resolve(cwd, options.model) : config.challenger.model;
    modelPath = given ? path.resolve(base, given) : undefined;
  } else {
    const train = config.train;
    training = await logger.group("Train the challenger", () =>
      runTraining(train, { logger, base, env, configFile }),
    );
    modelPath = training.modelPath;
    logger.info(
      `model ${path.relative(cwd, modelPath)} sha256:${training.modelSha256} (${training.durationMs} ms)`,
    );
  }
  if (modelPath) {
    const { fileDigest } = await import("@mlops/registry");
    const digest = training?.modelSha256 ?? (await fileDigest(modelPath).catch(() => undefined))?.sha256;
    if (!digest) {
      throw new ConfigError(`the challenger model ${modelPath} does not exist`, {
        location: { file: configFile, path: "challenger.model" },
        hint: "train it first, or fix the path (relative to the config file)",
      });
    }
    envelope.subject.digest = `sha256:${digest}`;
    result.modelPath = modelPath;
    result.modelDigest = `sha256:${digest}`;
  }
  if (training) recordTraining(envelope, training, cwd);

  const ref = parseModelRef(
    options.champion ?? config.champion.ref ?? `${config.model}@champion`,
    options.champion ? "--champion" : `${configFile} (champion.ref)`,
  );
  const target = await openRegistry({ configFile, registry: config.champion.registry, env, cwd, logger });
  const champion = await resolveReference(target.registry, ref);
  const championScorer = config.champion.scorer ?? config.scorer;
  let championFile: string | undefined;
  if (champion) {
    if (!championScorer) {
      throw new ConfigError("no scorer for the champion: set scorer or champion.scorer", {
        location: { file: configFile, path: "champion.scorer" },
      });
    }
    championFile = await target.artifactFile(champion);
    if (championFile === undefined && championScorer.type === "command") {
      throw new ConfigError(
        `the champion's artifact ${champion.artifactUri} is not on this machine, and the command scorer needs its file`,
        {
          location: { file: champion.recordedIn.file, path: champion.recordedIn.uriPath },
          hint: "score the champion where it is served (champion.scorer with type http), or promote it with artifacts: registry so that a copy is kept in the repository's registry folder",
        },
      );
    }
    result.championVersion = champion.version;
    envelope.subject.baseline = {
      name: champion.model,
      version: champion.version,
      digest: champion.digest,
    };
    logger.info(
      `champion: ${champion.model}@${champion.version} (${champion.aliases.join(", ") || "no alias"}), ${championFile ? "digest verified" : `artifact ${champion.artifactUri} not needed by the ${championScorer.type} scorer`}`,
    );
  } else {
    logger.info(`no champion at ${formatModelRef(ref)}: this is the first model; only absolute gates apply`);
  }

  const dataFile = path.resolve(base, config.data.path);
  const dataset = await readDataset(dataFile);
  lineage.datasets = [
    ...(lineage.datasets ?? []),
    { name: config.data.path, digest: `sha256:${dataset.sha256}` },
  ];
  const actual = readLabels(dataset, config);
  const featureColumns = (
    config.data.features ?? dataset.columns.filter((c) => c !== config.data.label && c !== config.data.id)
  ).map((c) => columnIndex(dataFile, dataset.columns, c));
  if (config.data.features?.includes(config.data.label)) {
    throw new ConfigError("the label column is listed as a feature", {
      location: { file: configFile, path: "data.features" },
      hint: "the model must not see the label",
    });
  }

  const scoreModel = (what: string, scorer: ScorerConfig, model: string | undefined) =>
    logger.group(`Score the ${what} (${dataset.rows} rows, ${scorer.type} scorer)`, async () => {
      const progress = createProgress({ label: `scoring ${what}`, total: dataset.rows });
      const predictions = await score(scorer, {
        dataset,
        featureColumns,
        task: config.task,
        what,
        modelName: config.model,
        modelPath: model,
        cwd: base,
        env,
        logger,
        progress: (n) => progress.tick(n),
      });
      progress.done();
      return predictions;
    });
  const challengerPredictions = await scoreModel("challenger", challengerScorer, modelPath);
  const championPredictions = champion
    ? await scoreModel("champion", championScorer!, championFile)
    : undefined;

  await logger.group("Compare", async () => {
    compare(envelope, config, dataset, actual, challengerPredictions, championPredictions, champion);
  });
  const checks: Check[] = [...envelope.checks, ...evaluateGates(config.gates, envelope.metrics)];
  envelope.checks = checks;
  envelope.status = statusFromChecks(checks);
  envelope.summary = summaryLine(envelope, config, champion);
  envelope.durationMs = Date.now() - startMs;
  const envelopePath = await writeEnvelope(resultsDir, envelope);
  logger.info(`${envelope.status}: ${envelope.summary ?? ""}`);
  return { ...result, status: envelope.status, envelopePath };
}

function readLabels(dataset: Dataset, config: TrainValidateConfig): Float64Array {
  const [values] = dataset.columnValues([config.data.label]);
  const out = new Float64Array(dataset.rows);
  for (let i = 0; i < dataset.rows; i++) {
    const raw = values![i]!;
    const v = raw.trim() === "" ? Number.NaN : Number(raw);
    const ok = config.task === "classification" ? v === 0 || v === 1 : Number.isFinite(v);
    if (!ok) {
      throw new ConfigError(
        `label "${config.data.label}" is ${JSON.stringify(raw)}; ${config.task === "classification" ? "classification labels must be 0 or 1" : "regression targets must be numbers"}`,
        {
          location: { file: dataset.file, line: dataset.lineOf(i), path: config.data.label },
          hint: "fix or drop the row",
        },
      );
    }
    out[i] = v;
  }
  return out;
}

function recordTraining(envelope: Envelope, training: TrainingResult, cwd: string): void {
  envelope.artifacts.push(
    ...training.artifacts.map((a) => ({ ...a, path: path.relative(cwd, a.path) || a.path })),
  );
  envelope.lineage.configDigest = training.configDigest;
  envelope.lineage.parameters = training.parameters;
  envelope.lineage.datasets = [...(envelope.lineage.datasets ?? []), ...training.datasets];
  envelope.metrics["train.duration_s"] = { value: training.durationMs / 1000, unit: "s" };
  for (const [k, v] of Object.entries(training.metrics)) envelope.metrics[`train.${k}`] = { value: v };
  if (training.reproducibility) {
    const { reproducible, differences } = training.reproducibility;
    envelope.checks.push({
      id: "reproducibility",
      title: "Training is reproducible (same digest and metrics twice)",
      status: reproducible ? "pass" : "fail",
      severity: "warn",
      observed: reproducible ? "identical" : differences.join("; "),
      expected: "identical",
      message: reproducible ? undefined : "two runs with the same config, data and seed differ",
    });
  }
}

function subset(p: Predictions, rows: readonly number[]): Predictions {
  const pick = (a?: Float64Array) => (a ? Float64Array.from(rows, (i) => a[i]!) : undefined);
  const out: Predictions = {};
  const probability = pick(p.probability);
  const label = pick(p.label);
  const value = pick(p.value);
  if (probability) out.probability = probability;
  if (label) out.label = label;
  if (value) out.value = value;
  return out;
}

function compare(
  envelope: Envelope,
  config: TrainValidateConfig,
  dataset: Dataset,
  actual: Float64Array,
  challenger: Predictions,
  champion: Predictions | undefined,
  championVersion: ResolvedVersion | undefined,
): void {
  const bt = config.backtest;
  const options = {
    threshold: bt.threshold,
    bootstrap: bt.bootstrap,
    baselineLabel: championVersion ? `champion ${championVersion.version}` : undefined,
  };
  const names = (bt.metrics as MetricName[] | undefined) ?? defaultMetrics(config.task);
  const primary = (bt.primary_metric as MetricName | undefined) ?? defaultPrimaryMetric(config.task);
  Object.assign(envelope.metrics, compareMetrics(names, actual, challenger, champion, options));
  const details = envelope.details!;

  if (champion) {
    const tests = significanceTests(actual, challenger, champion, bt.threshold, bt.bootstrap.level);
    const rows: (string | number | null)[][] = [];
    if (tests.mcnemar) {
      envelope.metrics.mcnemar_p_value = { value: tests.mcnemar.pValue, n: actual.length };
      rows.push([
        "McNemar (exact), accuracy",
        `challenger right/champion wrong ${tests.mcnemar.b}, the reverse ${tests.mcnemar.c}`,
        round(tests.mcnemar.pValue),
      ]);
    }
    if (tests.delong) {
      envelope.metrics.delong_p_value = { value: tests.delong.pValue, n: actual.length };
      rows.push([
        "DeLong, ROC AUC",
        `Δ ${round(tests.delong.difference)} [${round(tests.delong.ci.lower)}, ${round(tests.delong.ci.upper)}], z ${round(tests.delong.z)}`,
        round(tests.delong.pValue),
      ]);
    }
    if (rows.length > 0) {
      details.push({
        type: "table",
        title: "Significance tests (challenger vs champion)",
        columns: ["test", "result", "p-value"],
        rows,
      });
    }
    details.push({
      type: "text",
      title: "How the intervals are computed",
      text: `Every delta's interval is a ${intervalMethod(bt.bootstrap)} at ${bt.bootstrap.level * 100}%: rows are resampled with replacement and both models' metric is computed on the same resample, so the interval reflects the paired design.`,
    });
  }

  // Segments: the primary metric per slice, each delta with its own interval.
  const segmentColumns = bt.segments;
  if (segmentColumns.length > 0) {
    const values = dataset.columnValues(segmentColumns);
    const rows: (string | number | null)[][] = [];
    segmentColumns.forEach((column, c) => {
      const groups = new Map<string, number[]>();
      values[c]!.forEach((v, i) => {
        const g = groups.get(v);
        if (g) g.push(i);
        else groups.set(v, [i]);
      });
      const top = [...groups.entries()]
        .sort((a, b) => b[1].length - a[1].length)
        .slice(0, bt.max_segment_values);
      for (const [value, idx] of top) {
        const name = `${primary}[${column}=${value}]`;
        const metric = compareMetrics(
          [primary],
          Float64Array.from(idx, (i) => actual[i]!),
          subset(challenger, idx),
          champion ? subset(champion, idx) : undefined,
          options,
        )[primary];
        if (!metric) continue;
        envelope.metrics[name] = metric;
        rows.push([
          `${column}=${value}`,
          idx.length,
          round(metric.value),
          round(metric.baseline?.value ?? null),
          metric.delta ? round(metric.delta.value) : null,
          metric.delta?.ci ? `[${round(metric.delta.ci.lower)}, ${round(metric.delta.ci.upper)}]` : null,
        ]);
      }
    });
    details.push({
      type: "table",
      title: `${primary} per segment`,
      columns: ["segment", "rows", "challenger", "champion", "Δ", `${bt.bootstrap.level * 100}% CI`],
      rows,
    });
  }

  if (bt.windows) {
    if (!config.data.time) {
      throw new ConfigError("backtest.windows needs data.time, the date column", {
        location: { file: "train-validate config", path: "data.time" },
      });
    }
    const [times] = dataset.columnValues([config.data.time]);
    const epoch = Float64Array.from(times!, (t, i) => {
      const ms = Date.parse(t);
      if (Number.isNaN(ms)) {
        throw new ConfigError(`"${t}" in ${config.data.time} is not a date`, {
          location: { file: dataset.file, line: dataset.lineOf(i), path: config.data.time },
          hint: "write dates as YYYY-MM-DD or ISO 8601",
        });
      }
      return ms;
    });
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const t of epoch) {
      first = Math.min(first, t);
      last = Math.max(last, t);
    }
    const windows = walkForwardWindows(bt.windows, first, last);
    const def = metricDefinition(primary);
    const challengerSeries: (number | null)[] = [];
    const championSeries: (number | null)[] = [];
    let wins = 0;
    let decided = 0;
    const rows: (string | number | null)[][] = [];
    for (const w of windows) {
      const idx: number[] = [];
      for (let i = 0; i < epoch.length; i++) if (epoch[i]! >= w.start && epoch[i]! < w.end) idx.push(i);
      const y = Float64Array.from(idx, (i) => actual[i]!);
      const windowValue = (p: Predictions) => {
        const pred = predictionFor(primary, subset(p, idx), bt.threshold);
        return pred && idx.length > 0 ? def.compute(y, pred) : null;
      };
      const c = windowValue(challenger);
      const b = champion ? windowValue(champion) : null;
      challengerSeries.push(c);
      championSeries.push(b);
      if (c !== null && b !== null) {
        decided++;
        if (def.greaterIsBetter ? c > b : c < b) wins++;
      }
      rows.push([w.label, idx.length, round(c), round(b)]);
    }
    details.push({
      type: "line-chart",
      title: `${primary} per ${bt.windows.mode} window`,
      labels: windows.map((w) => w.label),
      series: [
        { name: "challenger", values: challengerSeries },
        ...(champion ? [{ name: "champion", values: championSeries }] : []),
      ],
    });
    details.push({
      type: "table",
      title: "Walk-forward windows",
      columns: ["window", "rows", "challenger", "champion"],
      rows,
    });
    if (champion) {
      envelope.metrics.window_win_rate = {
        value: decided > 0 ? wins / decided : null,
        n: decided,
        greaterIsBetter: true,
      };
    }
  }
  if (!champion) {
    details.push({
      type: "text",
      title: "First model",
      text: "There is no champion in the registry yet, so this is the first model: metrics have no baseline and only absolute gates apply.",
    });
  }
}

function round(x: number | null): number | null {
  return x === null ? null : Number(x.toPrecision(4));
}

function summaryLine(
  envelope: Envelope,
  config: TrainValidateConfig,
  champion: ResolvedVersion | undefined,
): string {
  const primary =
    (config.backtest.primary_metric as MetricName | undefined) ?? defaultPrimaryMetric(config.task);
  const m: Metric | undefined = envelope.metrics[primary];
  if (!m || m.value === null)
    return champion ? `vs champion ${champion.version}` : "first model (no champion)";
  const value = `${primary} ${round(m.value)}`;
  if (!champion || !m.delta) return `${value}; first model (no champion)`;
  const ci = m.delta.ci ? ` [${round(m.delta.ci.lower)}, ${round(m.delta.ci.upper)}]` : "";
  return `${value}, Δ ${m.delta.value >= 0 ? "+" : ""}${round(m.delta.value)}${ci} vs champion ${champion.version}`;
}
