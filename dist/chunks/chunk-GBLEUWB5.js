import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  RegistryConfigSchema,
  fileDigest,
  formatModelRef,
  openRegistry,
  parseModelRef,
  resolveReference,
  runUserProcess,
  withoutUrlCredentials
} from "./chunk-J7BXV4IM.js";
import {
  bodyExcerpt
} from "./chunk-SXOIBMAW.js";
import {
  retryAfterMs
} from "./chunk-4IFPBSRH.js";
import {
  csvRecord,
  parseCsvTable,
  readCsvTable
} from "./chunk-MDTBTSYR.js";
import {
  formatOf,
  readTable
} from "./chunk-2GV772SA.js";
import {
  DELONG_INTERVAL_MIN_ROWS,
  GatesSchema,
  METRIC_NAMES,
  NEWCOMBE_METHOD,
  createProgress,
  delongTest,
  discordantPairs,
  isMetricName,
  mcnemarExact,
  metricDefinition,
  pairedMetricBootstrap,
  pairedProportionInterval
} from "./chunk-ZEAHTK5M.js";
import {
  misspeltName
} from "./chunk-JHYWLUR6.js";
import {
  DEFAULT_LEVEL,
  calibrationBins
} from "./chunk-VUGF5SOQ.js";
import {
  configLocator,
  parseConfigText,
  throwConfigErrors
} from "./chunk-DG7BS5UH.js";
import {
  runLineage
} from "./chunk-M4EWOKBN.js";
import {
  newEnvelope,
  sha256Hex
} from "./chunk-XSUZOP4V.js";
import {
  UserCommandEnvSchema
} from "./chunk-G4QNM2E2.js";
import {
  registerSecret
} from "./chunk-PYTCQQ7B.js";
import {
  ConfigPathSchema
} from "./chunk-FJY5M3V4.js";
import {
  _enum,
  _null,
  array,
  boolean,
  discriminatedUnion,
  literal,
  number,
  object,
  record,
  string,
  union,
  unknown
} from "./chunk-33725BPV.js";
import {
  ConfigError,
  RuntimeFailure
} from "./chunk-CYLWIE3E.js";

// packages/models/src/dataset-fields.ts
function csvText(header, rows) {
  return `${[header, ...rows].map(csvRecord).join("\n")}
`;
}
function columnIndex(file, columns, name) {
  const i = columns.indexOf(name);
  if (i < 0) {
    throw new ConfigError(`column "${name}" is not in the dataset`, {
      location: { file, line: 1 },
      hint: `columns: ${columns.join(", ")}`
    });
  }
  return i;
}

// packages/models/src/table-dataset.ts
async function readTableDataset(file) {
  let columns = [];
  let cells = [];
  const lines = [];
  const summary = await readTable(file, {
    header(names) {
      columns = [...names];
      cells = columns.map(() => []);
    },
    row(values, row, line) {
      for (let c = 0; c < columns.length; c++) cells[c].push(cellText(values[c]));
      lines.push(line > 0 ? line : row + 1);
    },
    rowError(issue) {
      throw new ConfigError(issue.message, {
        location: { file, line: issue.line, path: issue.column },
        hint: "every row needs the header's columns; fix the row or drop it"
      });
    }
  });
  if (columns.length === 0)
    throw new ConfigError("the dataset is empty (no header row)", { location: { file } });
  const rowFields = (from, to, wanted) => {
    const out = [];
    for (let r = from; r < to; r++) out.push(wanted.map((c) => cells[c][r]));
    return out;
  };
  return {
    file,
    columns,
    rows: lines.length,
    sha256: summary.sha256,
    toCsv: (from, to, wanted) => csvText(
      wanted.map((c) => columns[c]),
      rowFields(from, to, wanted)
    ),
    columnValues(names) {
      return names.map((name) => cells[columnIndex(file, columns, name)]);
    },
    rowFields,
    lineOf(row) {
      return lines[row];
    }
  };
}
function cellText(value) {
  if (value === null || value === void 0) return "";
  if (typeof value === "string") return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object")
    return JSON.stringify(value, (_, v) => typeof v === "bigint" ? String(v) : v);
  return String(value);
}

// packages/models/src/dataset.ts
async function readDataset(file) {
  if (formatOf(file) !== "csv") return readTableDataset(file);
  const table = await readCsvTable(file);
  const { columns } = table;
  return {
    file,
    columns,
    rows: table.rows,
    sha256: table.sha256,
    toCsv: table.csvBytes,
    columnValues: (names) => table.columnValues(names.map((n) => columnIndex(file, columns, n))),
    rowFields: table.rowFields,
    lineOf: table.lineOf
  };
}

// packages/models/src/duration.ts
var UNITS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
var DurationSchema = union([
  number().positive(),
  string().regex(/^\d+(\.\d+)?(ms|s|m|h)$/, 'a duration like "30s", "10m" or "1h"')
]).transform((v) => {
  if (typeof v === "number") return v * 1e3;
  const [, amount, unit] = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(v);
  return Number(amount) * UNITS[unit];
});

// packages/models/src/scorer-config.ts
var CommandScorerSchema = object({
  type: literal("command"),
  command: string().min(1).describe("Predict command; {model}, {input} (CSV of feature columns) and {output} are filled in"),
  batch_size: number().int().positive().default(25e4).describe("Rows per command run"),
  timeout: DurationSchema.prefault("10m").describe("Per batch, e.g. 10m"),
  env: UserCommandEnvSchema
}).strict();
var HttpScorerSchema = object({
  type: literal("http"),
  url: string().url().describe("Base URL of the model server, e.g. http://localhost:8080"),
  dialect: _enum(["fastapi", "mlflow", "kserve"]).default("fastapi").describe(
    "fastapi: POST <url> {features}; mlflow: POST <url>/invocations; kserve: POST <url>/v2/models/<name>/infer"
  ),
  model_name: string().optional().describe("KServe model name (default: the model's name)"),
  batch_size: number().int().positive().default(256),
  concurrency: number().int().positive().max(64).default(4),
  retries: number().int().min(0).max(10).default(3).describe("Retries on 429, 5xx, timeouts and dropped connections"),
  timeout: DurationSchema.prefault("30s").describe("Per request"),
  headers: record(string(), string()).default({}).describe(`Extra headers; values may use \${ENV_VAR}`)
}).strict();
var PredictionsScorerSchema = object({
  type: literal("predictions"),
  file: ConfigPathSchema.describe(
    "Precomputed predictions, one per backtest row, in order (CSV, JSON or JSONL)"
  )
}).strict();
var ScorerSchema = discriminatedUnion("type", [
  CommandScorerSchema,
  HttpScorerSchema,
  PredictionsScorerSchema
]);

// packages/models/src/training-run.ts
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

// packages/models/src/run-command.ts
function shellQuote(value) {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`;
}
function fillPlaceholders(command, values) {
  return command.replace(
    /\{(\w+)\}/g,
    (whole, name) => Object.hasOwn(values, name) ? shellQuote(values[name]) : whole
  );
}
async function runCommand(options) {
  const { logger } = options;
  const run = await runUserProcess({
    command: options.command,
    cwd: options.cwd,
    parentEnv: options.env,
    passEnv: options.passEnv,
    ownEnv: options.ownEnv,
    timeoutMs: options.timeoutMs,
    signal: options.signal,
    onLine: (line) => options.stream ? logger.info(`  ${line}`) : logger.debug(line)
  });
  const output = run.tail.length > 0 ? `
--- last lines of output ---
${run.tail.join("\n")}` : "";
  if (run.startError) {
    throw new RuntimeFailure(`${options.what} could not start: ${run.startError}`, {
      hint: "check the command"
    });
  }
  if (run.timedOut) {
    throw new RuntimeFailure(
      `${options.what} timed out after ${Math.round(options.timeoutMs / 1e3)} s${output}`,
      { hint: "raise the timeout, or make the command faster" }
    );
  }
  if (run.cancelled) throw new RuntimeFailure(`${options.what} was stopped: the run was cancelled`);
  if (run.code !== 0) {
    throw new RuntimeFailure(
      `${options.what} failed with ${run.signal ? `signal ${run.signal}` : `exit code ${run.code}`}: ${options.command}${output}`,
      { hint: "run the command locally to reproduce" }
    );
  }
  return { exitCode: 0, durationMs: run.durationMs };
}

// packages/models/src/training-run.ts
var Scalar = union([string(), number(), boolean(), _null()]);
var TrainSchema = object({
  command: string().min(1).describe("Training command in any language; {config}, {output} and {seed} are filled in"),
  config: ConfigPathSchema.optional().describe(
    "Training config file (YAML or JSON); params override its keys"
  ),
  params: record(string(), Scalar).default({}).describe("Overrides merged over the config file"),
  seed: number().int().default(0).describe("Passed as {seed} and in MLOPS_SEED (and PYTHONHASHSEED)"),
  timeout: DurationSchema.prefault("1h"),
  env: UserCommandEnvSchema,
  output: ConfigPathSchema.prefault(".mlops/model").describe(
    "Directory the command writes into ({output})"
  ),
  artifact: string().min(1).describe("The model file, relative to output"),
  metrics: string().optional().describe("JSON file of metrics the trainer writes, relative to output"),
  datasets: array(ConfigPathSchema).default([]).describe("Training data files, fingerprinted into the lineage"),
  reproducibility: boolean().default(false).describe("Train twice and compare digests and metrics")
}).strict();
async function runTraining(config, io) {
  const { logger, base } = io;
  let fileParams = {};
  if (config.config) {
    const file = path.resolve(base, config.config);
    const text = await readFile(file, "utf8").catch((e) => {
      throw new ConfigError(`cannot read the training config (${e.code ?? String(e)})`, {
        location: { file: io.configFile, path: "train.config" },
        hint: `${file} does not exist; the path is relative to the config file`
      });
    });
    fileParams = parseConfigText(text, file, record(string(), unknown()));
  }
  const merged = { ...fileParams, ...config.params };
  const mergedText = `${JSON.stringify(merged, null, 2)}
`;
  const configDigest = `sha256:${sha256Hex(mergedText)}`;
  const workDir = path.resolve(base, ".mlops", "train");
  await mkdir(workDir, { recursive: true });
  const mergedFile = path.join(workDir, "config.json");
  await writeFile(mergedFile, mergedText);
  const datasets = await Promise.all(
    config.datasets.map(async (d) => {
      const file = path.resolve(base, d);
      const digest = await fileDigest(file).catch(() => {
        throw new ConfigError(`training dataset ${d} not found`, {
          location: { file: io.configFile, path: "train.datasets" },
          hint: "list the files the trainer reads; paths are relative to the config file"
        });
      });
      return { name: d, digest: `sha256:${digest.sha256}` };
    })
  );
  const output = path.resolve(base, config.output);
  const first = await attempt(config, output, mergedFile, io);
  const parameters = { seed: config.seed };
  for (const [k, v] of Object.entries(merged)) {
    parameters[k] = v === null || ["string", "number", "boolean"].includes(typeof v) ? v : JSON.stringify(v);
  }
  const result = { ...first, configDigest, parameters, datasets };
  if (config.reproducibility) {
    const again = await logger.group(
      "Train again (reproducibility check)",
      () => attempt(config, `${output}.repro`, mergedFile, io)
    );
    const differences = [];
    if (again.modelSha256 !== first.modelSha256) {
      differences.push(
        `model digest ${first.modelSha256.slice(0, 12)}… vs ${again.modelSha256.slice(0, 12)}…`
      );
    }
    for (const key of /* @__PURE__ */ new Set([...Object.keys(first.metrics), ...Object.keys(again.metrics)])) {
      if (first.metrics[key] !== again.metrics[key]) {
        differences.push(`metric ${key}: ${first.metrics[key]} vs ${again.metrics[key]}`);
      }
    }
    result.reproducibility = { reproducible: differences.length === 0, differences };
    await rm(`${output}.repro`, { recursive: true, force: true });
  }
  return result;
}
async function attempt(config, output, mergedFile, io) {
  await rm(output, { recursive: true, force: true });
  await mkdir(output, { recursive: true });
  const seed = String(config.seed);
  const run = await runCommand({
    command: fillPlaceholders(config.command, { config: mergedFile, output, seed }),
    cwd: io.base,
    env: io.env,
    passEnv: config.env,
    ownEnv: { MLOPS_SEED: seed, PYTHONHASHSEED: seed, MLOPS_CONFIG: mergedFile, MLOPS_OUTPUT_DIR: output },
    timeoutMs: config.timeout,
    signal: io.signal,
    logger: io.logger,
    what: "training command",
    stream: true
  });
  const modelPath = path.join(output, config.artifact);
  const model = await fileDigest(modelPath).catch(() => {
    throw new RuntimeFailure(`the training command did not write the model artifact ${modelPath}`, {
      hint: `the trainer must write train.artifact (${config.artifact}) into {output}`
    });
  });
  const artifacts = [
    { name: "model", path: modelPath, sha256: model.sha256, bytes: model.bytes }
  ];
  let metrics = {};
  if (config.metrics) {
    const metricsPath = path.join(output, config.metrics);
    const text = await readFile(metricsPath, "utf8").catch(() => {
      throw new RuntimeFailure(`the training command did not write the metrics file ${metricsPath}`, {
        hint: `the trainer must write train.metrics (${config.metrics}) into {output}, or remove train.metrics`
      });
    });
    metrics = parseMetrics(text, metricsPath);
    artifacts.push({
      name: "training-metrics",
      path: metricsPath,
      sha256: sha256Hex(text),
      bytes: Buffer.byteLength(text)
    });
  }
  return { modelPath, modelSha256: model.sha256, artifacts, metrics, durationMs: run.durationMs };
}
function parseMetrics(text, file) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new RuntimeFailure(`${file}: the metrics file is not valid JSON (${e.message})`);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new RuntimeFailure(`${file}: the metrics file must be a JSON object of name → number`);
  }
  const out = {};
  for (const [k, v] of Object.entries(parsed)) if (typeof v === "number" && Number.isFinite(v)) out[k] = v;
  return out;
}

// packages/models/src/walk-forward.ts
var PeriodSchema = string().regex(/^\d+(d|w|mo)$/, 'a period like "30d", "2w" or "1mo"');
var WindowsSchema = object({
  size: PeriodSchema.describe("Length of each evaluation window"),
  step: PeriodSchema.optional().describe("How far each window moves on (default: size)"),
  mode: _enum(["sliding", "expanding"]).default("sliding").describe("sliding: windows of fixed size; expanding: every window starts at the first"),
  gap: PeriodSchema.optional().describe(
    "Skipped at the start, e.g. the time between training cut-off and use"
  )
}).strict();
var DAY = 864e5;
function addPeriod(t, period, times) {
  const [, amount, unit] = /^(\d+)(d|w|mo)$/.exec(period);
  const n = Number(amount) * times;
  if (unit === "d") return t + n * DAY;
  if (unit === "w") return t + 7 * n * DAY;
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, d.getUTCDate());
}
var day = (t) => new Date(t).toISOString().slice(0, 10);
function walkForwardWindows(config, first, last) {
  const origin = config.gap ? addPeriod(first, config.gap, 1) : first;
  const step = config.step ?? config.size;
  const end = last + DAY;
  const out = [];
  for (let k = 0; k < 1e4; k++) {
    const moved = addPeriod(origin, step, k);
    const start = config.mode === "expanding" ? origin : moved;
    const windowEnd = addPeriod(moved, config.size, 1);
    if (windowEnd > end) {
      const covered = out.at(-1)?.end ?? origin;
      if (moved < end && covered < end) {
        const days = Math.round((end - start) / DAY);
        out.push({
          label: `${day(start)}…${day(end - DAY)} (partial, ${days} of ${Math.round((windowEnd - start) / DAY)} days)`,
          start,
          end,
          partial: true
        });
      }
      break;
    }
    out.push({ label: `${day(start)}…${day(windowEnd - DAY)}`, start, end: windowEnd });
  }
  return out;
}

// packages/models/src/train-validate-config.ts
var MetricNameSchema = string().refine(isMetricName, { message: `a metric name (${METRIC_NAMES.join(", ")})` });
var ModelNameSchema = string().regex(/^[a-zA-Z0-9]([a-zA-Z0-9_-]*[a-zA-Z0-9])?$/).describe("The model's name in the registry");
var ChallengerSchema = object({
  model: ConfigPathSchema.optional().describe("Model file to backtest instead of training one"),
  scorer: ScorerSchema.optional().describe("Overrides the shared scorer for the challenger")
}).strict().default({});
var ChampionSchema = object({
  registry: RegistryConfigSchema.describe(
    "The registry holding the champion: a folder (relative to this file), or { type: mlflow, tracking_uri }"
  ),
  ref: string().optional().describe("Model reference, default <model>@champion"),
  scorer: ScorerSchema.optional().describe(
    "Overrides the shared scorer for the champion, e.g. production's endpoint"
  )
}).strict().prefault({});
var BootstrapSchema = object({
  resamples: number().int().min(100).default(2e3),
  level: number().gt(0).lt(1).default(0.95),
  seed: number().int().default(0)
}).strict().default({ resamples: 2e3, level: 0.95, seed: 0 });
var SharedScorerSchema = ScorerSchema.optional().describe(
  "How to get predictions, for both models unless overridden"
);
var TrainValidateConfigSchema = object({
  model: ModelNameSchema,
  version: string().optional().describe("Version label of the challenger (default: the short git sha)"),
  task: _enum(["classification", "regression"]).default("classification"),
  train: TrainSchema.optional().describe(
    "How to train the challenger; omit to backtest challenger.model as is"
  ),
  challenger: ChallengerSchema,
  champion: ChampionSchema,
  data: object({
    path: ConfigPathSchema.describe(
      "Backtest data: CSV or TSV with a header, JSON Lines or Parquet, optionally gzipped"
    ),
    label: string().describe("Label column: 0/1 for classification, a number for regression"),
    time: string().optional().describe("Date column (YYYY-MM-DD or ISO 8601), for walk-forward windows"),
    id: string().optional().describe("Row id column; never sent to the model"),
    features: array(string()).optional().describe("Columns sent to the model (default: all but label and id)")
  }).strict(),
  scorer: SharedScorerSchema,
  backtest: object({
    metrics: array(MetricNameSchema).optional().describe("Default: every metric of the task"),
    primary_metric: MetricNameSchema.optional().describe(
      "For segments and windows; default roc_auc or RMSE"
    ),
    threshold: number().gt(0).lt(1).default(0.5).describe("Probability at or above which a row is positive"),
    segments: array(string()).default([]).describe("Columns to slice by"),
    max_segment_values: number().int().positive().default(20),
    windows: WindowsSchema.optional(),
    bootstrap: BootstrapSchema
  }).strict().default({
    threshold: 0.5,
    segments: [],
    max_segment_values: 20,
    bootstrap: { resamples: 2e3, level: 0.95, seed: 0 }
  }),
  gates: GatesSchema.default([])
}).strict();

// packages/models/src/evaluate-bias-config.ts
var EvaluateBiasConfigSchema = object({
  model: ModelNameSchema,
  version: string().optional().describe("Version label of the challenger (default: the short git sha)"),
  challenger: ChallengerSchema,
  champion: ChampionSchema,
  scorer: SharedScorerSchema,
  task: _enum(["classification", "regression"]).default("classification").describe(
    "classification: 0/1 labels, decisions at the threshold, rates and Fairlearn's disparities; regression: numeric labels, per-group MAE, mean prediction and mean residual"
  ),
  data: object({
    path: ConfigPathSchema.describe(
      "Evaluation data: CSV or TSV with a header, JSON Lines or Parquet, optionally gzipped"
    ),
    label: string().describe("Label column: 0/1 for classification, a number for regression"),
    id: string().optional().describe("Row id column; never sent to the model"),
    features: array(string()).optional().describe("Columns sent to the model (default: all but label and id)")
  }).strict(),
  sensitive: array(string().min(1)).min(1).refine((a) => new Set(a).size === a.length, { message: "each sensitive column once" }).describe("Sensitive columns: groups are their values and the intersections of all of them"),
  bins: record(
    string(),
    array(number()).min(1).refine((e) => e.every((x, i) => i === 0 || x > e[i - 1]), { message: "ascending edges" })
  ).default({}).describe("Numeric sensitive columns cut at these ascending edges, e.g. age: [18, 30, 45, 65]"),
  threshold: number().gt(0).lt(1).default(0.5).describe("Probability at or above which a row is a positive decision"),
  threshold_sweep: array(number().gt(0).lt(1)).min(1).optional().describe(
    "Thresholds at which to list every group's selection rate, TPR and FPR, e.g. [0.3, 0.5, 0.7]"
  ),
  min_group_size: number().int().positive().default(30).describe("Groups with fewer rows are reported as insufficient data; disparities over them undecided"),
  method: _enum(["between_groups", "to_overall"]).default("between_groups").describe("Fairlearn's method: compare groups with each other, or each group with the overall value"),
  agg: _enum(["worst_case", "mean"]).default("worst_case").describe("How equalized odds combines its TPR and FPR parts"),
  privileged: record(string(), string()).optional().describe("Column → privileged value, for AIF360's privileged/unprivileged metrics"),
  counterfactual: boolean().default(false).describe(
    "Score every row again with each sensitive column set to each other observed value, and report the share of decisions that change"
  ),
  policy: literal("four-fifths").optional().describe(
    "A named policy, opt-in: four-fifths gates demographic_parity_ratio ≥ 0.8 (a US employment-law rule of thumb)"
  ),
  bootstrap: BootstrapSchema,
  gates: GatesSchema.default([])
}).strict().superRefine((config, ctx) => {
  if (config.task !== "regression") return;
  for (const key of ["threshold_sweep", "privileged", "counterfactual", "policy"]) {
    if (config[key] !== void 0 && config[key] !== false) {
      ctx.addIssue({
        code: "custom",
        path: [key],
        message: `${key} needs 0/1 decisions: it applies to task: classification only`
      });
    }
  }
});

// packages/models/src/backtest-metrics.ts
var CLASSIFICATION_METRICS = [
  "accuracy_score",
  "precision_score",
  "recall_score",
  "f1_score",
  "roc_auc",
  "precision_recall_auc",
  "log_loss",
  "brier_score",
  "expected_calibration_error"
];
var REGRESSION_METRICS = [
  "mean_absolute_error",
  "root_mean_squared_error",
  "mean_absolute_percentage_error",
  "r2_score"
];
var defaultMetrics = (task) => task === "classification" ? CLASSIFICATION_METRICS : REGRESSION_METRICS;
var defaultPrimaryMetric = (task) => task === "classification" ? "roc_auc" : "root_mean_squared_error";
function predictionFor(metric, p, threshold) {
  switch (metricDefinition(metric).prediction) {
    case "label": {
      if (p.label) return p.label;
      if (!p.probability) return void 0;
      const label = new Float64Array(p.probability.length);
      for (let i = 0; i < label.length; i++) label[i] = p.probability[i] >= threshold ? 1 : 0;
      return label;
    }
    case "probability":
    case "score":
      return p.probability;
    case "value":
      return p.value;
  }
}
function intervalMethod(b) {
  return `paired bootstrap, percentile, ${b.resamples} resamples, seed ${b.seed}`;
}
var PROPORTION_BOOTSTRAP_MIN_ROWS = 200;
var NEWCOMBE_ACCURACY_METHOD = `${NEWCOMBE_METHOD}, below ${PROPORTION_BOOTSTRAP_MIN_ROWS} rows`;
var DELONG_INTERVAL_METHOD = `DeLong, normal approximation, from ${DELONG_INTERVAL_MIN_ROWS} rows`;
function correctnessCells(actual, candidate, baseline) {
  const cells = { both: 0, onlyFirst: 0, onlySecond: 0, neither: 0 };
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
async function deltaInterval(name, actual, candidate, baseline, bootstrap) {
  if (name === "accuracy_score" && actual.length < PROPORTION_BOOTSTRAP_MIN_ROWS) {
    const interval2 = pairedProportionInterval(correctnessCells(actual, candidate, baseline), bootstrap.level);
    return interval2 ? {
      lower: interval2.lower,
      upper: interval2.upper,
      level: interval2.level,
      method: NEWCOMBE_ACCURACY_METHOD
    } : void 0;
  }
  if (name === "roc_auc" && actual.length >= DELONG_INTERVAL_MIN_ROWS) {
    const delong = delongTest(actual, candidate, baseline, { level: bootstrap.level });
    return delong ? { ...delong.ci, method: DELONG_INTERVAL_METHOD } : void 0;
  }
  const interval = await pairedMetricBootstrap(name, { actual, candidate, baseline }, bootstrap);
  return interval ? {
    lower: interval.lower,
    upper: interval.upper,
    level: interval.level,
    method: intervalMethod(bootstrap)
  } : void 0;
}
async function compareMetrics(names, actual, challenger, champion, options) {
  const out = {};
  for (const name of names) {
    const def = metricDefinition(name);
    const candidate = predictionFor(name, challenger, options.threshold);
    if (!candidate) continue;
    const value = def.compute(actual, candidate);
    const metric = { value, n: actual.length, greaterIsBetter: def.greaterIsBetter };
    if (champion) {
      const baseline = predictionFor(name, champion, options.threshold);
      if (baseline) {
        const baseValue = def.compute(actual, baseline);
        metric.baseline = {
          value: baseValue,
          ...options.baselineLabel ? { label: options.baselineLabel } : {}
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
function significanceTests(actual, challenger, champion, threshold, level = DEFAULT_LEVEL) {
  const out = {};
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

// packages/models/src/classifier-views.ts
var MAX_CURVE_POINTS = 100;
var SCORE_BINS = 1e3;
function classifierViews(actual, models, threshold) {
  const scored = models.flatMap(
    (m) => m.predictions.probability ? [{ name: m.name, p: m.predictions.probability }] : []
  );
  const details = [];
  if (scored.length > 0) {
    const curves = scored.map((m) => ({ name: m.name, ...rateCurves(actual, m.p) }));
    details.push(
      {
        type: "xy-chart",
        title: "ROC curve",
        xLabel: "false positive rate",
        yLabel: "true positive rate",
        diagonal: true,
        series: curves.map((c) => ({ name: c.name, ...thin(c.roc) }))
      },
      {
        type: "xy-chart",
        title: "Precision–recall curve",
        xLabel: "recall",
        yLabel: "precision",
        series: curves.map((c) => ({ name: c.name, ...thin(c.pr) }))
      },
      {
        type: "xy-chart",
        title: "Calibration (reliability diagram)",
        xLabel: "mean predicted probability",
        yLabel: "fraction of positives",
        diagonal: true,
        series: scored.map((m) => {
          const bins = calibrationBins(actual, m.p).filter((b) => b.count > 0);
          return {
            name: m.name,
            x: bins.map((b) => round(b.meanPredicted)),
            y: bins.map((b) => round(b.fractionPositive))
          };
        })
      }
    );
  }
  const labelled = models.flatMap((m) => {
    const labels = predictionFor("accuracy_score", m.predictions, threshold);
    return labels ? [{ name: m.name, counts: confusion(actual, labels) }] : [];
  });
  if (labelled.length > 0) {
    details.push({
      type: "confusion-matrix",
      title: `Confusion matrix (rows: actual, columns: predicted; threshold ${threshold})`,
      labels: ["0", "1"],
      matrices: labelled
    });
  }
  return details;
}
function rateCurves(actual, probability) {
  const positives = new Float64Array(SCORE_BINS);
  const negatives = new Float64Array(SCORE_BINS);
  for (let i = 0; i < actual.length; i++) {
    const bin = Math.min(SCORE_BINS - 1, Math.floor(probability[i] * SCORE_BINS));
    if (actual[i] === 1) positives[bin]++;
    else negatives[bin]++;
  }
  const totalPositive = positives.reduce((a, b) => a + b, 0);
  const totalNegative = negatives.reduce((a, b) => a + b, 0);
  const roc = { x: [0], y: [0] };
  const pr = { x: [], y: [] };
  let tp = 0;
  let fp = 0;
  for (let bin = SCORE_BINS - 1; bin >= 0; bin--) {
    if (positives[bin] === 0 && negatives[bin] === 0) continue;
    tp += positives[bin];
    fp += negatives[bin];
    roc.x.push(totalNegative === 0 ? 0 : fp / totalNegative);
    roc.y.push(totalPositive === 0 ? 0 : tp / totalPositive);
    if (totalPositive > 0) {
      pr.x.push(tp / totalPositive);
      pr.y.push(tp / (tp + fp));
    }
  }
  return { roc, pr };
}
function thin(curve) {
  const n = curve.x.length;
  if (n <= MAX_CURVE_POINTS) return { x: curve.x.map(round), y: curve.y.map(round) };
  const along = new Float64Array(n);
  for (let i = 1; i < n; i++)
    along[i] = along[i - 1] + Math.hypot(curve.x[i] - curve.x[i - 1], curve.y[i] - curve.y[i - 1]);
  const step = along[n - 1] / (MAX_CURVE_POINTS - 1);
  const keep = [0];
  for (let i = 1; i < n - 1; i++) {
    if (keep.length < MAX_CURVE_POINTS - 1 && along[i] >= keep.length * step) keep.push(i);
  }
  keep.push(n - 1);
  return { x: keep.map((i) => round(curve.x[i])), y: keep.map((i) => round(curve.y[i])) };
}
function confusion(actual, predicted) {
  const counts = [
    [0, 0],
    [0, 0]
  ];
  for (let i = 0; i < actual.length; i++) counts[actual[i] === 1 ? 1 : 0][predicted[i] === 1 ? 1 : 0]++;
  return counts;
}
function round(x) {
  return Math.round(x * 1e4) / 1e4;
}

// packages/models/src/counterfactual-dataset.ts
function withColumnValue(dataset, column, value) {
  const c = columnIndex(dataset.file, dataset.columns, column);
  const fields = (from, to, wanted) => {
    const at = wanted.indexOf(c);
    const rows = dataset.rowFields(from, to, wanted);
    return at < 0 ? rows : rows.map((r) => r.map((v, j) => j === at ? value : v));
  };
  return {
    ...dataset,
    toCsv: (from, to, wanted) => csvText(
      wanted.map((i) => dataset.columns[i]),
      fields(from, to, wanted)
    ),
    rowFields: fields,
    columnValues: (names) => dataset.columnValues(names).map((values, j) => names[j] === column ? values.map(() => value) : values)
  };
}

// packages/models/src/predictions.ts
var PROBABILITY_KEYS = ["probability", "proba", "score"];
var LABEL_KEYS = ["prediction", "label", "predicted_label"];
var VALUE_KEYS = ["prediction", "value", "predicted_value"];
function bad(source, row, raw, what) {
  const shown = typeof raw === "string" ? JSON.stringify(raw.slice(0, 40)) : String(JSON.stringify(raw) ?? raw);
  return new RuntimeFailure(`${source}: prediction for row ${row + 1} is ${shown}, ${what}`, {
    hint: "the model must return one finite number per row (probabilities in [0, 1], labels 0 or 1)"
  });
}
function toNumber(source, row, raw) {
  const v = typeof raw === "string" && raw.trim() !== "" ? Number(raw) : raw;
  if (typeof v !== "number" || !Number.isFinite(v)) throw bad(source, row, raw, "not a finite number");
  return v;
}
function predictionsFromItems(items, task, source) {
  const n = items.length;
  const first = items[0];
  if (task === "regression") {
    const value = new Float64Array(n);
    for (let i = 0; i < n; i++) value[i] = toNumber(source, i, pick(items[i], VALUE_KEYS, source, i));
    return { value };
  }
  const keyed = isKeyed(first);
  const hasProbability = itemHasProbability(first);
  const hasLabel = keyed && LABEL_KEYS.some((k) => k in first);
  const out = {};
  if (hasProbability) out.probability = new Float64Array(n);
  if (hasLabel) out.label = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const item = items[i];
    if (out.probability) {
      out.probability[i] = toProbability(source, i, keyed ? pick(item, PROBABILITY_KEYS, source, i) : item);
    }
    if (out.label) out.label[i] = toLabel(source, i, pick(item, LABEL_KEYS, source, i));
  }
  return out;
}
function toProbability(source, row, raw) {
  const p = toNumber(source, row, raw);
  if (p < 0 || p > 1) throw bad(source, row, raw, "not a probability in [0, 1]");
  return p;
}
function toLabel(source, row, raw) {
  const l = toNumber(source, row, raw);
  if (l !== 0 && l !== 1) throw bad(source, row, raw, "not a label 0 or 1");
  return l;
}
function isKeyed(item) {
  return item !== null && typeof item === "object" && !Array.isArray(item);
}
function itemHasProbability(item) {
  return !isKeyed(item) || PROBABILITY_KEYS.some((k) => k in item);
}
function predictionsGiveProbability(text) {
  const trimmed = text.trimStart();
  try {
    if (trimmed.startsWith("[") || /^\{\s*"predictions"/.test(trimmed)) {
      const parsed = JSON.parse(trimmed);
      const items = Array.isArray(parsed) ? parsed : parsed.predictions;
      return Array.isArray(items) && items.length > 0 ? itemHasProbability(items[0]) : void 0;
    }
    if (trimmed.startsWith("{")) return itemHasProbability(JSON.parse(trimmed.split("\n", 1)[0]));
    const header = parseCsvTable(Buffer.from(trimmed.split("\n", 1)[0]), "predictions").columns;
    return header.some((h) => PROBABILITY_KEYS.includes(h.trim()));
  } catch {
    return void 0;
  }
}
function pick(item, keys, source, row) {
  if (item === null || typeof item !== "object" || Array.isArray(item)) {
    if (Array.isArray(item) && item.length === 1) return item[0];
    return item;
  }
  for (const k of keys) if (k in item) return item[k];
  throw bad(source, row, item, `missing ${keys.map((k) => `"${k}"`).join(" or ")}`);
}
function parsePredictionsText(text, task, source) {
  const trimmed = text.trimStart();
  if (trimmed.startsWith("[") || trimmed.startsWith("{") && /^\{\s*"predictions"/.test(trimmed)) {
    let parsed;
    try {
      parsed = JSON.parse(trimmed);
    } catch (e) {
      throw new RuntimeFailure(`${source}: not valid JSON (${e.message})`, {
        hint: "write a JSON array with one prediction per row, or CSV with a probability/prediction header"
      });
    }
    const items = Array.isArray(parsed) ? parsed : parsed.predictions;
    if (!Array.isArray(items)) throw new RuntimeFailure(`${source}: "predictions" is not an array`);
    return predictionsFromItems(items, task, source);
  }
  if (trimmed.startsWith("{")) {
    const items = trimmed.split("\n").filter((l) => l.trim() !== "").map((l, i) => {
      try {
        return JSON.parse(l);
      } catch {
        throw new RuntimeFailure(`${source}: line ${i + 1} is not valid JSON`);
      }
    });
    return predictionsFromItems(items, task, source);
  }
  return parseCsvPredictions(text, task, source);
}
function parseCsvPredictions(text, task, source) {
  let table;
  try {
    table = parseCsvTable(Buffer.from(text), source);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    const line = e.location?.line === void 0 ? "" : ` (line ${e.location.line})`;
    throw new RuntimeFailure(`${source}: ${e.message}${line}`, { hint: e.hint });
  }
  const header = table.columns.map((h) => h.trim());
  const wanted = task === "regression" ? VALUE_KEYS : [...PROBABILITY_KEYS, ...LABEL_KEYS];
  const present = header.flatMap((h, c) => wanted.includes(h) ? [c] : []);
  if (present.length === 0) {
    throw new RuntimeFailure(`${source}: no prediction column in the header "${header.join(",")}"`, {
      hint: `name the column ${task === "regression" ? "prediction or value" : "probability (and/or prediction)"}`
    });
  }
  const column = (keys) => {
    for (const key of keys)
      if (header.includes(key)) return table.columnValues([header.lastIndexOf(key)])[0];
    return void 0;
  };
  const n = table.rows;
  if (task === "regression") {
    const raw = column(VALUE_KEYS);
    const value = new Float64Array(n);
    for (let i = 0; i < n; i++) value[i] = toNumber(source, i, raw[i]);
    return { value };
  }
  const probabilities = column(PROBABILITY_KEYS);
  const labels = column(LABEL_KEYS);
  const out = {};
  if (probabilities) out.probability = new Float64Array(n);
  if (labels) out.label = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (out.probability) out.probability[i] = toProbability(source, i, probabilities[i]);
    if (out.label) out.label[i] = toLabel(source, i, labels[i]);
  }
  return out;
}
function predictionCount(p) {
  return (p.probability ?? p.label ?? p.value)?.length ?? 0;
}
function concatPredictions(parts) {
  const join = (key) => {
    if (parts.some((p) => !p[key])) return void 0;
    const out2 = new Float64Array(parts.reduce((n, p) => n + p[key].length, 0));
    let offset = 0;
    for (const p of parts) {
      out2.set(p[key], offset);
      offset += p[key].length;
    }
    return out2;
  };
  const out = {};
  for (const key of ["probability", "label", "value"]) {
    const joined = join(key);
    if (joined) out[key] = joined;
  }
  return out;
}
function expectCount(p, rows, source) {
  const n = predictionCount(p);
  if (n !== rows) {
    throw new RuntimeFailure(`${source}: ${n} predictions for ${rows} rows`, {
      hint: "the model must return exactly one prediction per input row, in input order"
    });
  }
}

// packages/models/src/predictions-scorer.ts
import { readFile as readFile2 } from "node:fs/promises";
import path2 from "node:path";
async function scoreFromFile(config, request) {
  const file = path2.resolve(request.cwd, config.file);
  const text = await readFile2(file, "utf8").catch((e) => {
    throw new ConfigError(`cannot read predictions (${e.code ?? String(e)})`, {
      location: { file },
      hint: "check scorer.file; it is resolved from the config file's directory"
    });
  });
  const predictions = parsePredictionsText(text, request.task, file);
  expectCount(predictions, request.dataset.rows, file);
  request.progress?.(request.dataset.rows);
  return predictions;
}
async function predictionsFileGivesProbability(config, cwd) {
  const text = await readFile2(path2.resolve(cwd, config.file), "utf8").catch(() => void 0);
  return text === void 0 ? void 0 : predictionsGiveProbability(text);
}

// packages/models/src/rows-dataset.ts
import { createHash } from "node:crypto";
function rowsDataset(source, rows, lines) {
  const columns = [...source.columns];
  const rowFields = (from, to, wanted) => rows.slice(from, to).map((r) => wanted.map((c) => r[c]));
  return {
    file: source.file,
    columns,
    rows: rows.length,
    sha256: createHash("sha256").update(csvText(columns, rows)).digest("hex"),
    toCsv: (from, to, wanted) => csvText(
      wanted.map((c) => columns[c]),
      rowFields(from, to, wanted)
    ),
    columnValues: (names) => names.map((n) => {
      const c = columnIndex(source.file, columns, n);
      return rows.map((r) => r[c]);
    }),
    rowFields,
    lineOf: (row) => lines[row]
  };
}

// packages/models/src/command-scorer.ts
import { mkdtemp, readFile as readFile3, rm as rm2, writeFile as writeFile2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import path3 from "node:path";
async function scoreWithCommand(config, request) {
  const { dataset, logger } = request;
  if (!request.modelPath) {
    throw new RuntimeFailure(`${request.what}: the command scorer needs a model file`);
  }
  const dir = await mkdtemp(path3.join(tmpdir(), "mlops-score-"));
  try {
    const parts = [];
    const batches = Math.max(1, Math.ceil(dataset.rows / config.batch_size));
    for (let b = 0; b < batches; b++) {
      const from = b * config.batch_size;
      const to = Math.min(dataset.rows, from + config.batch_size);
      const input = path3.join(dir, `input-${b}.csv`);
      const output = path3.join(dir, `output-${b}.csv`);
      await writeFile2(input, dataset.toCsv(from, to, request.featureColumns));
      await runCommand({
        command: fillPlaceholders(config.command, { model: request.modelPath, input, output }),
        cwd: request.cwd,
        env: request.env,
        passEnv: config.env,
        timeoutMs: config.timeout,
        signal: request.signal,
        logger,
        what: `${request.what} predict command`
      });
      const text = await readFile3(output, "utf8").catch(() => {
        throw new RuntimeFailure(`${request.what} predict command wrote no output file`, {
          hint: "the command must write its predictions to the {output} path"
        });
      });
      const source = `${request.what} predictions (rows ${from + 1}–${to})`;
      const predictions = parsePredictionsText(text, request.task, source);
      expectCount(predictions, to - from, source);
      parts.push(predictions);
      request.progress?.(to - from);
      await rm2(input);
      await rm2(output);
    }
    return concatPredictions(parts);
  } finally {
    await rm2(dir, { recursive: true, force: true });
  }
}

// packages/models/src/http-scorer.ts
import { setTimeout as sleep } from "node:timers/promises";

// packages/models/src/http-dialects.ts
function buildRequest(dialect, baseUrl, modelName, columns, rows) {
  const base = baseUrl.replace(/\/+$/, "");
  switch (dialect) {
    case "fastapi":
      return { url: base, body: { features: rows } };
    case "mlflow":
      return { url: `${base}/invocations`, body: { dataframe_split: { columns, data: rows } } };
    case "kserve":
      return {
        url: `${base}/v2/models/${encodeURIComponent(modelName)}/infer`,
        body: {
          inputs: columns.map((name, c) => {
            const numeric = rows.every((r) => typeof r[c] === "number");
            return {
              name,
              shape: [rows.length],
              datatype: numeric ? "FP64" : "BYTES",
              data: rows.map((r) => r[c])
            };
          })
        }
      };
  }
}
function responseItems(dialect, body, source) {
  const fail = (expected) => new RuntimeFailure(`${source}: unexpected response from the model server (expected ${expected})`, {
    hint: `check that the server speaks the "${dialect}" dialect, or set scorer.dialect`
  });
  const object2 = body !== null && typeof body === "object" ? body : void 0;
  switch (dialect) {
    case "fastapi": {
      const items = object2?.prediction ?? object2?.predictions;
      if (!Array.isArray(items)) throw fail('{"prediction": [...]}');
      return items;
    }
    case "mlflow": {
      const items = Array.isArray(body) ? body : object2?.predictions;
      if (!Array.isArray(items)) throw fail('{"predictions": [...]}');
      return items;
    }
    case "kserve": {
      const outputs = object2?.outputs;
      if (!Array.isArray(outputs) || outputs.length === 0) throw fail('{"outputs": [{"data": [...]}]}');
      const chosen = outputs.find((o) => o.name === "probability") ?? outputs[0];
      if (!Array.isArray(chosen.data)) throw fail('{"outputs": [{"data": [...]}]}');
      return chosen.data;
    }
  }
}

// packages/models/src/http-scorer.ts
var NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
async function scoreWithHttp(config, request) {
  const { dataset } = request;
  const columns = request.featureColumns.map((c) => dataset.columns[c]);
  const target = withoutUrlCredentials(config.url);
  const headers = {
    "content-type": "application/json",
    accept: "application/json",
    ...target.headers
  };
  for (const [k, v] of Object.entries(config.headers)) {
    headers[k] = v.replace(/\$\{(\w+)\}/g, (_, name) => {
      registerSecret(request.env[name]);
      return request.env[name] ?? "";
    });
  }
  const batches = Math.max(1, Math.ceil(dataset.rows / config.batch_size));
  const results = new Array(batches);
  let next = 0;
  const worker = async () => {
    for (let b = next++; b < batches; b = next++) {
      const from = b * config.batch_size;
      const to = Math.min(dataset.rows, from + config.batch_size);
      const rows = dataset.rowFields(from, to, request.featureColumns).map((fields) => fields.map((v) => NUMBER.test(v) ? Number(v) : v));
      const req = buildRequest(
        config.dialect,
        target.url,
        config.model_name ?? request.modelName,
        columns,
        rows
      );
      const source = `${request.what} model server ${req.url} (rows ${from + 1}–${to})`;
      const body = await postWithRetries(req.url, req.body, headers, config, source, request);
      const predictions = predictionsFromItems(
        responseItems(config.dialect, body, source),
        request.task,
        source
      );
      expectCount(predictions, to - from, source);
      results[b] = predictions;
      request.progress?.(to - from);
    }
  };
  await Promise.all(Array.from({ length: Math.min(config.concurrency, batches) }, worker));
  return concatPredictions(results);
}
async function postWithRetries(url, body, headers, config, source, request) {
  const payload = JSON.stringify(body);
  let lastProblem = "";
  for (let attempt2 = 0; attempt2 <= config.retries; attempt2++) {
    let waitMs = Math.min(8e3, 100 * 2 ** attempt2);
    try {
      const res = await fetch(url, {
        method: "POST",
        headers,
        body: payload,
        signal: AbortSignal.timeout(config.timeout)
      });
      const text = await res.text();
      if (res.ok) {
        try {
          return JSON.parse(text);
        } catch {
          const type = res.headers.get("content-type") ?? "no content type";
          lastProblem = `HTTP ${res.status} answered ${type}, not JSON: ${bodyExcerpt(text)}`;
        }
      } else if (res.status === 429 || res.status >= 500) {
        lastProblem = `HTTP ${res.status}`;
        waitMs = retryAfterMs(res.headers) ?? waitMs;
      } else {
        throw new RuntimeFailure(`${source}: HTTP ${res.status}: ${bodyExcerpt(text, 300)}`, {
          hint: "the server rejected the request; check scorer.url, scorer.dialect and the feature columns"
        });
      }
    } catch (e) {
      if (e instanceof RuntimeFailure) throw e;
      const err = e;
      lastProblem = err.name === "TimeoutError" ? `no response within ${config.timeout / 1e3} s` : err.cause?.code ?? err.cause?.errors?.[0]?.code ?? err.cause?.message ?? err.message;
    }
    if (attempt2 < config.retries) {
      request.logger.warn(
        `${source}: ${lastProblem}; retry ${attempt2 + 1}/${config.retries} in ${waitMs} ms`
      );
      await sleep(waitMs);
    }
  }
  throw new RuntimeFailure(`${source}: ${lastProblem} (after ${config.retries + 1} attempts)`, {
    hint: "is the model server up and reachable from this runner? Raise scorer.timeout or scorer.retries for a slow server"
  });
}

// packages/models/src/scorer.ts
function score(config, request) {
  switch (config.type) {
    case "command":
      return scoreWithCommand(config, request);
    case "http":
      return scoreWithHttp(config, request);
    case "predictions":
      return scoreFromFile(config, request);
  }
}

// packages/commands/src/train-validate/backtest-data.ts
function readLabels(dataset, config) {
  const [values] = dataset.columnValues([config.data.label]);
  const out = new Float64Array(dataset.rows);
  for (let i = 0; i < dataset.rows; i++) {
    const raw = values[i];
    const v = raw.trim() === "" ? Number.NaN : Number(raw);
    const ok = config.task === "classification" ? v === 0 || v === 1 : Number.isFinite(v);
    if (!ok) {
      throw new ConfigError(
        `label "${config.data.label}" is ${JSON.stringify(raw)}; ${config.task === "classification" ? "classification labels must be 0 or 1" : "regression targets must be numbers"}`,
        {
          location: { file: dataset.file, line: dataset.lineOf(i), path: config.data.label },
          hint: "fix or drop the row"
        }
      );
    }
    out[i] = v;
  }
  return out;
}
function featureColumns(dataset, config, configFile) {
  const columns = (config.data.features ?? dataset.columns.filter((c) => c !== config.data.label && c !== config.data.id)).map((c) => columnIndex(dataset.file, dataset.columns, c));
  if (config.data.features?.includes(config.data.label)) {
    throw new ConfigError("the label column is listed as a feature", {
      location: { file: configFile, path: "data.features" },
      hint: "the model must not see the label"
    });
  }
  return columns;
}
function requireNamedColumns(dataset, named, dataPath, locate) {
  throwConfigErrors(
    named.filter(([name]) => !dataset.columns.includes(name)).map(([name, at]) => {
      const near = misspeltName(name, dataset.columns);
      return new ConfigError(`column "${name}" is not in ${dataPath}`, {
        location: locate(at),
        hint: `${near ? `did you mean "${near}"? ` : ""}the data has: ${dataset.columns.join(", ")}`
      });
    })
  );
}

// packages/commands/src/train-validate/challenger-model.ts
import path4 from "node:path";
async function challengerModel(config, model, run) {
  const { cwd, base, logger, configFile } = run;
  let modelPath;
  let training;
  if (model || config.challenger.model || !config.train) {
    const given = model ? path4.resolve(cwd, model) : config.challenger.model;
    modelPath = given ? path4.resolve(base, given) : void 0;
  } else {
    const train = config.train;
    training = await logger.group("Train the challenger", () => runTraining(train, run));
    modelPath = training.modelPath;
    logger.info(
      `model ${path4.relative(cwd, modelPath)} sha256:${training.modelSha256} (${training.durationMs} ms)`
    );
  }
  if (!modelPath) return {};
  const digest = training?.modelSha256 ?? (await fileDigest(modelPath).catch(() => void 0))?.sha256;
  if (!digest) {
    throw new ConfigError(`the challenger model ${path4.relative(cwd, modelPath)} does not exist`, {
      ...model ? {} : { location: (await configLocator(configFile))(["challenger", "model"]) },
      hint: "train it first, or fix the path (relative to the config file)"
    });
  }
  return { modelPath, modelDigest: `sha256:${digest}`, ...training ? { training } : {} };
}
function recordTraining(envelope, training, cwd) {
  envelope.artifacts.push(
    ...training.artifacts.map((a) => ({ ...a, path: path4.relative(cwd, a.path) || a.path }))
  );
  envelope.lineage.configDigest = training.configDigest;
  envelope.lineage.parameters = training.parameters;
  envelope.lineage.datasets = [...envelope.lineage.datasets ?? [], ...training.datasets];
  envelope.metrics["train.duration_s"] = { value: training.durationMs / 1e3, unit: "s" };
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
      message: reproducible ? void 0 : "two runs with the same config, data and seed differ"
    });
  }
}

// packages/commands/src/train-validate/champion.ts
async function resolveChampion(config, reference, run) {
  const { configFile, logger } = run;
  const ref = parseModelRef(
    reference ?? config.champion.ref ?? `${config.model}@champion`,
    reference ? "--champion" : `${configFile} (champion.ref)`
  );
  const target = await openRegistry({ ...run, registry: config.champion.registry });
  const champion = await resolveReference(
    target.registry,
    ref,
    reference ? { file: "--champion" } : { file: configFile, path: "champion.ref" }
  );
  if (!champion) {
    logger.info(`no champion at ${formatModelRef(ref)}: this is the first model; only absolute gates apply`);
    return void 0;
  }
  const scorer = config.champion.scorer ?? config.scorer;
  if (!scorer) {
    throw new ConfigError("no scorer for the champion: set scorer or champion.scorer", {
      location: { file: configFile, path: "champion.scorer" }
    });
  }
  const file = await target.artifactFile(champion);
  if (file === void 0 && scorer.type === "command") {
    throw new ConfigError(
      `the champion's artifact ${champion.artifactUri} is not on this machine, and the command scorer needs its file`,
      {
        location: { file: champion.recordedIn.file, path: champion.recordedIn.uriPath },
        hint: "score the champion where it is served (champion.scorer with type http), or promote it with artifacts: registry so that a copy is kept in the repository's registry folder"
      }
    );
  }
  logger.info(
    `champion: ${champion.model}@${champion.version} (${champion.aliases.join(", ") || "no alias"}), ${file ? "digest verified" : `artifact ${champion.artifactUri} not needed by the ${scorer.type} scorer`}`
  );
  return { version: champion, scorer, file };
}

// packages/commands/src/train-validate/compared-models.ts
async function modelEnvelope(kind, title, config, run) {
  const lineage = await runLineage(run.base, run.env);
  return newEnvelope({
    kind,
    title: `${title}: ${config.model}`,
    subject: {
      type: "model",
      name: config.model,
      version: config.version ?? lineage.gitSha?.slice(0, 7) ?? "candidate"
    },
    startedAt: run.started.toISOString(),
    details: [],
    lineage
  });
}
async function comparedModels(config, options, run, envelope) {
  const challenger = await challengerModel(config, options.model, run);
  if (challenger.modelDigest) envelope.subject.digest = challenger.modelDigest;
  const champion = await resolveChampion(config, options.champion, run);
  if (champion) {
    const { model, version, digest } = champion.version;
    envelope.subject.baseline = { name: model, version, digest };
  }
  return { challenger, champion };
}

// packages/commands/src/train-validate/predictions-cache.ts
import { mkdir as mkdir2, readFile as readFile4, rename, writeFile as writeFile3 } from "node:fs/promises";
import path5 from "node:path";
var FIELDS = ["probability", "label", "value"];
function predictionsCacheFile(env, key) {
  if (!env.RUNNER_TEMP) return void 0;
  return path5.join(env.RUNNER_TEMP, "mlops-predictions", `${sha256Hex(JSON.stringify(key))}.json`);
}
async function readCachedPredictions(file, rows) {
  const text = await readFile4(file, "utf8").catch(() => void 0);
  if (text === void 0) return void 0;
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return void 0;
  }
  const out = {};
  for (const field of FIELDS) {
    const values = parsed[field];
    if (values === void 0) continue;
    if (!Array.isArray(values) || values.length !== rows || !values.every((v) => Number.isFinite(v))) {
      return void 0;
    }
    out[field] = Float64Array.from(values);
  }
  return Object.keys(out).length > 0 ? out : void 0;
}
async function writeCachedPredictions(file, predictions) {
  await mkdir2(path5.dirname(file), { recursive: true });
  const body = {};
  for (const field of FIELDS) {
    const values = predictions[field];
    if (values) body[field] = Array.from(values);
  }
  const partial = `${file}.${process.pid}.partial`;
  await writeFile3(partial, JSON.stringify(body));
  await rename(partial, file);
}

// packages/commands/src/train-validate/model-scorer.ts
function modelScorer(config, dataset, featureColumns2, run) {
  return async (what, scorer, model, modelDigest) => {
    const cache = modelDigest && scorer.type !== "predictions" ? predictionsCacheFile(run.env, {
      modelDigest,
      datasetSha256: dataset.sha256,
      features: featureColumns2.map((c) => dataset.columns[c]),
      task: config.task,
      scorer
    }) : void 0;
    const cached = cache ? await readCachedPredictions(cache, dataset.rows) : void 0;
    if (cached) {
      run.logger.info(
        `${what}: reusing the predictions made earlier in this job for the same model and rows`
      );
      return cached;
    }
    const predictions = await run.logger.group(
      `Score the ${what} (${dataset.rows} rows, ${scorer.type} scorer)`,
      async () => {
        const progress = createProgress({ label: `scoring ${what}`, total: dataset.rows });
        const out = await score(scorer, {
          dataset,
          featureColumns: featureColumns2,
          task: config.task,
          what,
          modelName: config.model,
          modelPath: model,
          cwd: run.base,
          env: run.env,
          logger: run.logger,
          signal: run.signal,
          progress: (n) => progress.tick(n)
        });
        progress.done();
        return out;
      }
    );
    if (cache) await writeCachedPredictions(cache, predictions);
    return predictions;
  };
}

export {
  defaultMetrics,
  defaultPrimaryMetric,
  predictionFor,
  intervalMethod,
  PROPORTION_BOOTSTRAP_MIN_ROWS,
  NEWCOMBE_ACCURACY_METHOD,
  compareMetrics,
  significanceTests,
  classifierViews,
  withColumnValue,
  readDataset,
  walkForwardWindows,
  ModelNameSchema,
  ChallengerSchema,
  ChampionSchema,
  SharedScorerSchema,
  TrainValidateConfigSchema,
  EvaluateBiasConfigSchema,
  predictionsFileGivesProbability,
  rowsDataset,
  score,
  readLabels,
  featureColumns,
  requireNamedColumns,
  recordTraining,
  modelEnvelope,
  comparedModels,
  modelScorer
};
