import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  NEWCOMBE_ACCURACY_METHOD,
  PROPORTION_BOOTSTRAP_MIN_ROWS,
  TrainValidateConfigSchema,
  classifierViews,
  compareMetrics,
  comparedModels,
  defaultMetrics,
  defaultPrimaryMetric,
  featureColumns,
  intervalMethod,
  modelEnvelope,
  modelScorer,
  predictionFor,
  predictionsFileGivesProbability,
  readDataset,
  readLabels,
  recordTraining,
  significanceTests,
  walkForwardWindows
} from "./chunk-GBLEUWB5.js";
import "./chunk-J7BXV4IM.js";
import "./chunk-SXOIBMAW.js";
import "./chunk-4IFPBSRH.js";
import "./chunk-MDTBTSYR.js";
import {
  readHeader
} from "./chunk-2GV772SA.js";
import {
  DELONG_INTERVAL_MIN_ROWS,
  comparesWithBaseline,
  createProgress,
  evaluateGates,
  isMetricName,
  metricDefinition,
  unknownGateMetrics
} from "./chunk-ZEAHTK5M.js";
import {
  misspeltName
} from "./chunk-JHYWLUR6.js";
import "./chunk-VUGF5SOQ.js";
import {
  configLocator,
  loadConfigFile,
  throwConfigErrors
} from "./chunk-DG7BS5UH.js";
import "./chunk-UST2DAMY.js";
import "./chunk-M4EWOKBN.js";
import {
  DEFAULT_RESULTS_DIR,
  statusFromChecks,
  writeEnvelope
} from "./chunk-XSUZOP4V.js";
import "./chunk-6FBGY4P7.js";
import "./chunk-G4QNM2E2.js";
import "./chunk-PYTCQQ7B.js";
import "./chunk-FJY5M3V4.js";
import "./chunk-33725BPV.js";
import {
  ConfigError
} from "./chunk-CYLWIE3E.js";
import "./chunk-SFHOJSAM.js";

// packages/commands/src/train-validate/train-validate-command.ts
import path2 from "node:path";

// packages/commands/src/train-validate/scored-rows.ts
function round(x) {
  return x === null ? null : Number(x.toPrecision(4));
}
function subset(p, rows) {
  const pick = (a) => a ? Float64Array.from(rows, (i) => a[i]) : void 0;
  const out = {};
  const probability = pick(p.probability);
  const label = pick(p.label);
  const value = pick(p.value);
  if (probability) out.probability = probability;
  if (label) out.label = label;
  if (value) out.value = value;
  return out;
}
function rowsOf(scored, rows) {
  return {
    actual: Float64Array.from(rows, (i) => scored.actual[i]),
    challenger: subset(scored.challenger, rows),
    champion: scored.champion ? subset(scored.champion, rows) : void 0
  };
}

// packages/commands/src/train-validate/segments.ts
function largestGroups(values, max) {
  const groups = /* @__PURE__ */ new Map();
  values.forEach((v, i) => {
    const g = groups.get(v);
    if (g) g.push(i);
    else groups.set(v, [i]);
  });
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, max);
}
async function segmentComparison(scored, segments, primary, options) {
  const metrics = {};
  const rows = [];
  for (const [c, column] of segments.columns.entries()) {
    for (const [value, idx] of largestGroups(segments.values[c], segments.maxValues)) {
      const slice = rowsOf(scored, idx);
      const metric = (await compareMetrics([primary], slice.actual, slice.challenger, slice.champion, options))[primary];
      if (!metric) continue;
      metrics[`${primary}[${column}=${value}]`] = metric;
      rows.push([
        `${column}=${value}`,
        idx.length,
        round(metric.value),
        round(metric.baseline?.value ?? null),
        metric.delta ? round(metric.delta.value) : null,
        metric.delta?.ci ? `[${round(metric.delta.ci.lower)}, ${round(metric.delta.ci.upper)}]` : null
      ]);
    }
  }
  const level = options.bootstrap.level * 100;
  return {
    metrics,
    details: [
      {
        type: "table",
        title: `${primary} per segment`,
        columns: ["segment", "rows", "challenger", "champion", "Δ", `${level}% CI`],
        rows
      }
    ]
  };
}

// packages/commands/src/train-validate/significance.ts
function significanceComparison(scored, bt) {
  const { actual } = scored;
  const tests = significanceTests(
    actual,
    scored.challenger,
    scored.champion,
    bt.threshold,
    bt.bootstrap.level
  );
  const out = { metrics: {}, details: [] };
  const rows = [];
  if (tests.mcnemar) {
    out.metrics.mcnemar_p_value = { value: tests.mcnemar.pValue, n: actual.length };
    rows.push([
      "McNemar (exact), accuracy",
      `challenger right/champion wrong ${tests.mcnemar.b}, the reverse ${tests.mcnemar.c}`,
      round(tests.mcnemar.pValue)
    ]);
  }
  if (tests.delong) {
    out.metrics.delong_p_value = { value: tests.delong.pValue, n: actual.length };
    rows.push([
      "DeLong, ROC AUC",
      `Δ ${round(tests.delong.difference)} [${round(tests.delong.ci.lower)}, ${round(tests.delong.ci.upper)}], z ${round(tests.delong.z)}`,
      round(tests.delong.pValue)
    ]);
  }
  if (rows.length > 0) {
    out.details.push({
      type: "table",
      title: "Significance tests (challenger vs champion)",
      columns: ["test", "result", "p-value"],
      rows
    });
  }
  out.details.push({
    type: "text",
    title: "How the intervals are computed",
    text: `Every delta's interval is a ${intervalMethod(bt.bootstrap)} at ${bt.bootstrap.level * 100}%: rows are resampled with replacement and both models' metric is computed on the same resample, so the interval reflects the paired design. Accuracy on fewer than ${PROPORTION_BOOTSTRAP_MIN_ROWS} rows uses ${NEWCOMBE_ACCURACY_METHOD} instead, because the bootstrap under-covers there; ROC AUC on ${DELONG_INTERVAL_MIN_ROWS} rows or more uses DeLong's interval, which agrees with the bootstrap at that size for a fraction of its cost; each metric's interval names its method.`
  });
  return out;
}

// packages/commands/src/train-validate/walk-forward.ts
function rowTimes(times, column, dataset) {
  return Float64Array.from(times, (t, i) => {
    const ms = Date.parse(t);
    if (Number.isNaN(ms)) {
      throw new ConfigError(`"${t}" in ${column} is not a date`, {
        location: { file: dataset.file, line: dataset.lineOf(i), path: column },
        hint: "write dates as YYYY-MM-DD or ISO 8601"
      });
    }
    return ms;
  });
}
function timeRange(epoch) {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const t of epoch) {
    first = Math.min(first, t);
    last = Math.max(last, t);
  }
  return [first, last];
}
function walkForwardComparison(scored, epoch, windowsConfig, primary, threshold) {
  const windows = walkForwardWindows(windowsConfig, ...timeRange(epoch));
  const def = metricDefinition(primary);
  const challengerSeries = [];
  const championSeries = [];
  let wins = 0;
  let decided = 0;
  const rows = [];
  for (const w of windows) {
    const idx = [];
    for (let i = 0; i < epoch.length; i++) if (epoch[i] >= w.start && epoch[i] < w.end) idx.push(i);
    const slice = rowsOf(scored, idx);
    const windowValue = (p) => {
      const pred = predictionFor(primary, p, threshold);
      return pred && idx.length > 0 ? def.compute(slice.actual, pred) : null;
    };
    const c = windowValue(slice.challenger);
    const b = slice.champion ? windowValue(slice.champion) : null;
    challengerSeries.push(c);
    championSeries.push(b);
    if (c !== null && b !== null && !w.partial) {
      decided++;
      if (def.greaterIsBetter ? c > b : c < b) wins++;
    }
    rows.push([w.label, idx.length, round(c), round(b)]);
  }
  const withChampion = scored.champion !== void 0;
  return {
    metrics: withChampion ? { window_win_rate: { value: decided > 0 ? wins / decided : null, n: decided, greaterIsBetter: true } } : {},
    details: [
      {
        type: "line-chart",
        title: `${primary} per ${windowsConfig.mode} window`,
        labels: windows.map((w) => w.label),
        series: [
          { name: "challenger", values: challengerSeries },
          ...withChampion ? [{ name: "champion", values: championSeries }] : []
        ]
      },
      {
        type: "table",
        title: "Walk-forward windows",
        columns: ["window", "rows", "challenger", "champion"],
        rows
      }
    ]
  };
}

// packages/commands/src/train-validate/backtest-comparison.ts
var primaryMetric = (config) => config.backtest.primary_metric ?? defaultPrimaryMetric(config.task);
function walkForward(config, dataset, scored) {
  const { windows, threshold } = config.backtest;
  if (!windows) return void 0;
  const column = config.data.time;
  if (!column) {
    throw new ConfigError("backtest.windows needs data.time, the date column", {
      location: { file: "train-validate config", path: "data.time" }
    });
  }
  const [times] = dataset.columnValues([column]);
  return walkForwardComparison(
    scored,
    rowTimes(times, column, dataset),
    windows,
    primaryMetric(config),
    threshold
  );
}
var FIRST_MODEL = {
  metrics: {},
  details: [
    {
      type: "text",
      title: "First model",
      text: "There is no champion in the registry yet, so this is the first model: metrics have no baseline and only absolute gates apply."
    }
  ]
};
function views(scored, threshold, champion) {
  const models = [{ name: "challenger", predictions: scored.challenger }];
  if (scored.champion)
    models.push({ name: `champion ${champion?.version ?? ""}`.trim(), predictions: scored.champion });
  return classifierViews(scored.actual, models, threshold);
}
async function compareBacktest(envelope, config, dataset, scored, champion) {
  const bt = config.backtest;
  const options = {
    threshold: bt.threshold,
    bootstrap: bt.bootstrap,
    baselineLabel: champion ? `champion ${champion.version}` : void 0
  };
  const names = bt.metrics ?? defaultMetrics(config.task);
  const segments = { columns: bt.segments, maxValues: bt.max_segment_values };
  const { champion: baseline } = scored;
  const steps = [
    ...names.map((name) => async () => ({
      metrics: await compareMetrics([name], scored.actual, scored.challenger, baseline, options),
      details: []
    })),
    () => config.task === "classification" ? { metrics: {}, details: views(scored, bt.threshold, champion) } : void 0,
    () => baseline ? significanceComparison({ ...scored, champion: baseline }, bt) : void 0,
    () => bt.segments.length > 0 ? segmentComparison(
      scored,
      { ...segments, values: dataset.columnValues(bt.segments) },
      primaryMetric(config),
      options
    ) : void 0,
    () => walkForward(config, dataset, scored),
    () => baseline ? void 0 : FIRST_MODEL
  ];
  const progress = createProgress({
    label: "metrics, intervals and tests",
    total: steps.length,
    intervalMs: 2e3
  });
  for (const step of steps) {
    const part = await step();
    progress.tick();
    if (!part) continue;
    Object.assign(envelope.metrics, part.metrics);
    envelope.details.push(...part.details);
  }
  progress.done();
}

// packages/commands/src/train-validate/backtest-preflight.ts
import path from "node:path";
async function checkBacktestConfig(config, configFile, challengerScorer) {
  const locate = await configLocator(configFile);
  const base = path.dirname(configFile);
  const metrics = backtestMetrics(config);
  const errors = [
    ...unknownGateMetrics(config.gates, { what: "the backtest", ...metrics }, locate),
    ...await columnErrors(config, path.resolve(base, config.data.path), locate),
    ...await probabilityErrors(config, base, challengerScorer, locate)
  ];
  throwConfigErrors(errors);
}
function backtestMetrics(config) {
  const bt = config.backtest;
  const primary = primaryMetric(config);
  const known = [
    ...bt.metrics ?? defaultMetrics(config.task),
    ...config.task === "classification" ? ["mcnemar_p_value", "delong_p_value"] : [],
    ...bt.windows ? ["window_win_rate"] : [],
    ...bt.segments.map((column) => `${primary}[${column}=<value>]`)
  ];
  const produces = (metric) => known.includes(metric) || bt.segments.some((column) => metric.startsWith(`${primary}[${column}=`) && metric.endsWith("]"));
  return { known, produces };
}
async function columnErrors(config, dataFile, locate) {
  let header;
  try {
    header = await readHeader(dataFile);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    const where = e.location?.line ? `${config.data.path}:${e.location.line}` : config.data.path;
    return [new ConfigError(`${where}: ${e.message}`, { location: locate(["data", "path"]), hint: e.hint })];
  }
  const { data, backtest } = config;
  const named = [
    [["data", "label"], data.label],
    [["data", "id"], data.id],
    [["data", "time"], data.time],
    ...(data.features ?? []).map((c, i) => [["data", "features", i], c]),
    ...backtest.segments.map((c, i) => [["backtest", "segments", i], c])
  ];
  const shown = config.data.path;
  return named.flatMap(([at, column]) => {
    if (column === void 0 || header.includes(column)) return [];
    const near = misspeltName(column, header);
    return [
      new ConfigError(`column "${column}" is not in ${shown}`, {
        location: locate(at),
        hint: `${near ? `did you mean "${near}"? ` : ""}its columns: ${header.join(", ")}`
      })
    ];
  });
}
function needsProbability(metric) {
  if (metric === "delong_p_value") return true;
  const base = metric.replace(/\[.*\]$/, "");
  return isMetricName(base) && ["probability", "score"].includes(metricDefinition(base).prediction);
}
async function probabilityErrors(config, base, challengerScorer, locate) {
  if (config.task !== "classification") return [];
  const labelsOnly = async (scorer) => scorer?.type === "predictions" && await predictionsFileGivesProbability(scorer, base) === false ? scorer.file : void 0;
  const challenger = await labelsOnly(challengerScorer);
  const champion = await labelsOnly(config.champion.scorer ?? config.scorer);
  const hint = (file) => `add a probability column to ${file}, or gate on a metric of labels (accuracy_score, precision_score, recall_score, f1_score)`;
  const errors = [];
  config.gates.forEach((gate, i) => {
    if (!needsProbability(gate.metric)) return;
    const side = challenger ?? (champion && (comparesWithBaseline(gate) || gate.metric === "delong_p_value") ? champion : void 0);
    if (!side) return;
    const who = side === challenger ? "challenger" : "champion";
    errors.push(
      new ConfigError(
        `gate metric "${gate.metric}" needs probabilities, but the ${who}'s predictions (${side}) give labels only`,
        { location: locate(["gates", i, "metric"]), hint: hint(side) }
      )
    );
  });
  if (!challenger) return errors;
  config.backtest.metrics?.forEach((metric, i) => {
    if (!needsProbability(metric)) return;
    errors.push(
      new ConfigError(
        `metric "${metric}" needs probabilities, but the challenger's predictions (${challenger}) give labels only`,
        { location: locate(["backtest", "metrics", i]), hint: hint(challenger) }
      )
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
          hint: "set backtest.primary_metric to a metric of labels"
        }
      )
    );
  }
  return errors;
}

// packages/commands/src/train-validate/backtest-summary.ts
function backtestSummary(primary, metric, championVersion) {
  if (!metric || metric.value === null)
    return championVersion ? `vs champion ${championVersion}` : "first model (no champion)";
  const value = `${primary} ${round(metric.value)}`;
  if (!championVersion || !metric.delta) return `${value}; first model (no champion)`;
  const { delta } = metric;
  const ci = delta.ci ? ` [${round(delta.ci.lower)}, ${round(delta.ci.upper)}]` : "";
  return `${value}, Δ ${delta.value >= 0 ? "+" : ""}${round(delta.value)}${ci} vs champion ${championVersion}`;
}

// packages/commands/src/train-validate/train-validate-command.ts
async function runTrainValidate(options, io) {
  const { logger } = io;
  const env = io.env ?? process.env;
  const cwd = io.cwd ?? process.cwd();
  const configFile = path2.resolve(cwd, options.config);
  const config = await loadConfigFile(configFile, TrainValidateConfigSchema);
  const base = path2.dirname(configFile);
  const challengerScorer = requireChallengerScorer(config, options, configFile);
  const started = (io.now ?? (() => /* @__PURE__ */ new Date()))();
  const startMs = Date.now();
  const envelope = await modelEnvelope("backtest", "Backtest", config, { started, base, env });
  const { lineage } = envelope;
  const resultsDir = path2.resolve(cwd, options.resultsDir || DEFAULT_RESULTS_DIR);
  io.draft?.(envelope, { resultsDir });
  await checkBacktestConfig(config, configFile, challengerScorer);
  const {
    challenger: { training, ...challenger },
    champion
  } = await comparedModels(
    config,
    options,
    { cwd, base, env, logger, configFile, signal: io.signal },
    envelope
  );
  if (training) recordTraining(envelope, training, cwd);
  const dataset = await readDataset(path2.resolve(base, config.data.path));
  lineage.datasets = [
    ...lineage.datasets ?? [],
    { name: config.data.path, digest: `sha256:${dataset.sha256}` }
  ];
  const actual = readLabels(dataset, config);
  const scoreModel = modelScorer(config, dataset, featureColumns(dataset, config, configFile), {
    base,
    env,
    logger,
    signal: io.signal
  });
  const challengerPredictions = await scoreModel(
    "challenger",
    challengerScorer,
    challenger.modelPath,
    challenger.modelDigest
  );
  const championPredictions = champion ? await scoreModel("champion", champion.scorer, champion.file, champion.version.digest) : void 0;
  await logger.group("Compare", async () => {
    const scored = { actual, challenger: challengerPredictions, champion: championPredictions };
    await compareBacktest(envelope, config, dataset, scored, champion?.version);
  });
  envelope.checks = [
    ...envelope.checks,
    ...evaluateGates(config.gates, envelope.metrics, { firstVersion: champion === void 0 })
  ];
  envelope.status = statusFromChecks(envelope.checks);
  const primary = primaryMetric(config);
  envelope.summary = backtestSummary(primary, envelope.metrics[primary], champion?.version.version);
  envelope.durationMs = Date.now() - startMs;
  const envelopePath = await writeEnvelope(resultsDir, envelope);
  logger.info(`${envelope.status}: ${envelope.summary ?? ""}`);
  return {
    ...challenger.modelPath ? { modelPath: challenger.modelPath, modelDigest: challenger.modelDigest } : {},
    ...champion ? { championVersion: champion.version.version } : {},
    status: envelope.status,
    envelopePath
  };
}
function requireChallengerScorer(config, options, configFile) {
  const scorer = config.challenger.scorer ?? config.scorer;
  if (!scorer) {
    throw new ConfigError("no scorer: set scorer (or challenger.scorer)", {
      location: { file: configFile, path: "scorer" },
      hint: "e.g. scorer: { type: command, command: python predict.py --model {model} --input {input} --output {output} }"
    });
  }
  if (!config.train && !config.challenger.model && !options.model && scorer.type === "command") {
    throw new ConfigError("nothing to backtest: set train, or challenger.model", {
      location: { file: configFile, path: "train" },
      hint: "train builds the challenger; challenger.model backtests an existing model file"
    });
  }
  return scorer;
}
export {
  runTrainValidate
};
