import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  ChallengerSchema,
  ChampionSchema,
  ModelNameSchema,
  SharedScorerSchema,
  comparedModels,
  featureColumns,
  modelEnvelope,
  modelScorer,
  readDataset,
  requireNamedColumns,
  rowsDataset
} from "./chunk-LHX6W4JD.js";
import "./chunk-ABB5XY5A.js";
import "./chunk-SXOIBMAW.js";
import "./chunk-4IFPBSRH.js";
import "./chunk-CNI5532C.js";
import {
  loadContract
} from "./chunk-ICGKENMM.js";
import {
  GatesSchema,
  NEWCOMBE_METHOD,
  evaluateGates,
  fmt,
  pairedProportionInterval,
  unknownGateMetrics,
  wilsonScoreInterval
} from "./chunk-RAID66OM.js";
import {
  misspeltName
} from "./chunk-3VEFZ3T7.js";
import {
  Xoshiro128
} from "./chunk-NJEOFDCD.js";
import {
  configLocator,
  loadConfigFile,
  throwConfigErrors
} from "./chunk-QJLDF3E3.js";
import "./chunk-UST2DAMY.js";
import "./chunk-M4EWOKBN.js";
import {
  DEFAULT_RESULTS_DIR,
  statusFromChecks,
  writeEnvelope
} from "./chunk-WGGNA6RV.js";
import "./chunk-6FBGY4P7.js";
import "./chunk-LWDKQ5BL.js";
import "./chunk-PYTCQQ7B.js";
import {
  ConfigPathSchema
} from "./chunk-S3SELVUN.js";
import {
  _enum,
  array,
  discriminatedUnion,
  literal,
  number,
  object,
  string,
  union
} from "./chunk-XR2IEJ4Y.js";
import {
  ConfigError,
  isMlopsError
} from "./chunk-CYLWIE3E.js";
import "./chunk-SFHOJSAM.js";

// packages/commands/src/evaluate-robustness/evaluate-robustness-command.ts
import path2 from "node:path";

// packages/robustness/src/detector.ts
var detectorOptions = {
  sample: number().int().positive().default(1e3).describe("Rows to perturb (all rows when fewer)"),
  seed: number().int().default(0).describe("Seed of the row sample and the perturbations"),
  threshold: number().min(0).max(1).default(0.05).describe("Largest acceptable share of perturbed rows whose outcome changes"),
  severity: _enum(["fail", "warn"]).default("fail").describe("fail blocks, warn reports")
};
function isNumeric(feature) {
  return feature.kind === "integer" || feature.kind === "number";
}
function numberCell(x, feature, original, leavesRange) {
  let y = feature.kind === "integer" ? Math.round(x) : x;
  if (!leavesRange) {
    if (feature.min !== void 0) y = Math.max(Math.min(feature.min, original), y);
    if (feature.max !== void 0) y = Math.min(Math.max(feature.max, original), y);
  }
  return feature.kind === "integer" ? String(y) : String(Number(y.toPrecision(6)));
}
function numberOf(cell) {
  if (cell.trim() === "") return void 0;
  const x = Number(cell);
  return Number.isFinite(x) ? x : void 0;
}

// packages/robustness/src/perturb-rows.ts
function sampleRows(rows, size, rng) {
  if (size >= rows) return Array.from({ length: rows }, (_, i) => i);
  const pool = Array.from({ length: rows }, (_, i) => i);
  for (let i = 0; i < size; i++) {
    const j = i + rng.nextBelow(rows - i);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, size).sort((a, b) => a - b);
}
function perturbRows(rows, features, detector, options) {
  const rng = new Xoshiro128(options.seed);
  const sample = sampleRows(rows.length, options.sample, rng);
  const targets = features.flatMap((f, i) => !f.immutable && detector.appliesTo(f) ? [i] : []);
  if (targets.length === 0) return [];
  const cases = [];
  for (const row of sample) {
    const fields = [...rows[row]];
    const changes = [];
    const change = (i) => {
      const feature = features[i];
      const to = detector.perturb(fields[i], feature, rng, options);
      if (to === void 0 || to === fields[i]) return;
      changes.push({ column: feature.name, from: fields[i], to });
      fields[i] = to;
    };
    if (detector.scope === "every") {
      for (const i of targets) change(i);
    } else {
      const changeable = targets.filter((i) => {
        const probe = new Xoshiro128(0);
        return detector.perturb(fields[i], features[i], probe, options) !== void 0;
      });
      if (changeable.length > 0) change(changeable[rng.nextBelow(changeable.length)]);
    }
    if (changes.length > 0) cases.push({ row, fields, changes });
  }
  return cases;
}

// packages/robustness/src/behaviour-tests.ts
var common = {
  name: string().regex(/^[A-Za-z0-9_.:-]+$/).optional().describe("The test's name in metrics and checks (default: <type>:<column>)"),
  column: string().min(1).describe("The feature the test changes (immutable columns too: that is the point)"),
  sample: number().int().positive().default(1e3).describe("Rows to test (all rows when fewer)"),
  seed: number().int().default(0),
  threshold: number().min(0).max(1).default(0).describe("Largest acceptable share of failing cases"),
  severity: _enum(["fail", "warn"]).default("fail")
};
var BehaviourTestSchema = discriminatedUnion("type", [
  object({
    type: literal("invariance"),
    ...common,
    values: array(string()).min(1).optional().describe("Values to set the column to (default: every observed value)"),
    tolerance: number().min(0).default(0.1).describe("A case also fails when the score moves by more than this, decision kept or not")
  }).strict(),
  object({
    type: literal("directional"),
    ...common,
    change: union([
      object({ multiply: number().positive() }).strict(),
      object({ add: number() }).strict()
    ]).describe("How to raise (or lower) the column, e.g. { multiply: 1.1 } or { add: 100 }"),
    expect: _enum(["increase", "decrease"]).describe("The way the score may move; moving the other way fails"),
    tolerance: number().min(0).default(0).describe("Movement the other way up to this is tolerated")
  }).strict()
]);
function behaviourTestName(test) {
  return test.name ?? `${test.type}:${test.column}`;
}
function behaviourCases(rows, feature, column, test) {
  const sample = sampleRows(rows.length, test.sample, new Xoshiro128(test.seed));
  const cases = [];
  const withValue = (row, to) => {
    const fields = [...rows[row]];
    const change = { column: feature.name, from: fields[column], to };
    fields[column] = to;
    cases.push({ row, fields, changes: [change] });
  };
  for (const row of sample) {
    const cell = rows[row][column];
    if (test.type === "invariance") {
      const values = test.values ?? feature.values.map(([v]) => v);
      for (const value of values) if (value !== cell) withValue(row, value);
    } else {
      const x = numberOf(cell);
      if (x === void 0) continue;
      const y = "multiply" in test.change ? x * test.change.multiply : x + test.change.add;
      const to = numberCell(y, feature, x, true);
      if (to !== cell) withValue(row, to);
    }
  }
  return cases;
}

// packages/robustness/src/changed-outcomes.ts
function changedOutcomes(before, after, rows, rule) {
  const failed = new Uint8Array(rows.length);
  const shift = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    if (rule.task === "invariance" || rule.task === "directional") {
      const a = scoreOf(before, r);
      const b = scoreOf(after, k);
      shift[k] = Math.abs(b - a);
      failed[k] = rule.task === "invariance" ? Number(
        shift[k] > rule.tolerance || before.probability !== void 0 && a >= rule.threshold !== b >= rule.threshold
      ) : Number(rule.expect === "increase" ? b < a - rule.tolerance : b > a + rule.tolerance);
    } else if (rule.task === "regression") {
      const a = outputOf(before.value, r, "value");
      const b = outputOf(after.value, k, "value");
      const relative = Math.abs(b - a) / Math.max(Math.abs(a), Number.EPSILON);
      shift[k] = relative;
      failed[k] = relative > rule.outputSensitivity ? 1 : 0;
    } else if (before.probability && after.probability) {
      const a = before.probability[r];
      const b = after.probability[k];
      shift[k] = Math.abs(b - a);
      failed[k] = a >= rule.threshold !== b >= rule.threshold ? 1 : 0;
    } else {
      const a = outputOf(before.label, r, "label");
      const b = outputOf(after.label, k, "label");
      shift[k] = a === b ? 0 : 1;
      failed[k] = a === b ? 0 : 1;
    }
  }
  return { failed, shift };
}
function outputOf(values, i, what) {
  const v = values?.[i];
  if (v === void 0) throw new RangeError(`the predictions have no ${what} for row ${i + 1}`);
  return v;
}
function scoreOf(p, i) {
  return outputOf(p.probability ?? p.value ?? p.label, i, "score");
}

// packages/robustness/src/categorical-swap.ts
var schema = object({ type: literal("categorical_swap"), ...detectorOptions }).strict();
var categoricalSwap = {
  type: "categorical_swap",
  title: "Category swapped for another observed value (frequency-weighted)",
  schema,
  appliesTo: (f) => f.kind === "category" && f.values.length >= 2,
  scope: "one",
  leavesRange: false,
  perturb(cell, feature, rng) {
    const others = feature.values.filter(([v]) => v !== cell);
    const total = others.reduce((a, [, n]) => a + n, 0);
    if (total === 0) return void 0;
    let draw = rng.nextFloat() * total;
    for (const [value, count] of others) {
      draw -= count;
      if (draw < 0) return value;
    }
    return others[others.length - 1][0];
  }
};

// packages/robustness/src/gaussian-noise.ts
var schema2 = object({
  type: literal("gaussian_noise"),
  ...detectorOptions,
  scale: number().positive().default(0.05).describe("Noise standard deviation as a share of the feature's")
}).strict();
var gaussianNoise = {
  type: "gaussian_noise",
  title: "Gaussian noise scaled to each feature's standard deviation",
  schema: schema2,
  appliesTo: (f) => isNumeric(f) && f.sd > 0,
  scope: "every",
  leavesRange: false,
  perturb(cell, feature, rng, options) {
    const x = numberOf(cell);
    if (x === void 0) return void 0;
    return numberCell(x + standardNormal(rng) * options.scale * feature.sd, feature, x, false);
  }
};
function standardNormal(rng) {
  const u = 1 - rng.nextFloat();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextFloat());
}

// packages/robustness/src/jitter.ts
var schema3 = object({
  type: literal("jitter"),
  ...detectorOptions,
  factor: number().gt(0).lt(1).default(0.01).describe("Relative change: ×(1 + factor) or ×(1 − factor)")
}).strict();
var jitter = {
  type: "jitter",
  title: "Multiplicative jitter (×1.01 / ×0.99)",
  schema: schema3,
  appliesTo: isNumeric,
  scope: "every",
  leavesRange: false,
  perturb(cell, feature, rng, options) {
    const x = numberOf(cell);
    if (x === void 0) return void 0;
    return numberCell(
      x * (rng.nextFloat() < 0.5 ? 1 + options.factor : 1 - options.factor),
      feature,
      x,
      false
    );
  }
};

// packages/robustness/src/feature-spec.ts
function isMissing(cell) {
  return cell.trim() === "";
}
function featureSpec(columns, options) {
  return columns.map(({ name, values }) => {
    const hints = options.hints?.[name] ?? {};
    const present = values.filter((v) => !isMissing(v));
    const kind = hints.type ? kindOfType(hints.type) : inferKind(present);
    const counts = /* @__PURE__ */ new Map();
    for (const v of present) {
      if (hints.allowed && !hints.allowed.includes(v)) continue;
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const feature = {
      name,
      kind,
      immutable: options.immutable.has(name),
      values: [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
      sd: kind === "integer" || kind === "number" ? standardDeviation(present.map(Number)) : 0
    };
    if (kind === "integer" || kind === "number") {
      const numbers = present.map(Number).filter(Number.isFinite);
      if (numbers.length > 0) {
        feature.observed = {
          low: numbers.reduce((a, b) => Math.min(a, b)),
          high: numbers.reduce((a, b) => Math.max(a, b))
        };
      }
    }
    if (hints.min !== void 0) feature.min = hints.min;
    if (hints.max !== void 0) feature.max = hints.max;
    return feature;
  });
}
function kindOfType(type) {
  if (type === "integer" || type === "number") return type;
  if (type === "string" || type === "boolean") return "category";
  return "fixed";
}
function inferKind(present) {
  if (present.length === 0) return "category";
  const numbers = present.map(Number);
  if (!numbers.every(Number.isFinite)) return "category";
  return numbers.every(Number.isInteger) ? "integer" : "number";
}
function standardDeviation(xs) {
  const finite = xs.filter(Number.isFinite);
  if (finite.length < 2) return 0;
  const mean = finite.reduce((a, b) => a + b, 0) / finite.length;
  return Math.sqrt(finite.reduce((a, x) => a + (x - mean) ** 2, 0) / (finite.length - 1));
}

// packages/robustness/src/missing-value.ts
var schema4 = object({ type: literal("missing_value"), ...detectorOptions }).strict();
var missingValue = {
  type: "missing_value",
  title: "A value missing",
  schema: schema4,
  appliesTo: (f) => f.kind !== "fixed",
  scope: "one",
  leavesRange: true,
  perturb: (cell) => isMissing(cell) ? void 0 : ""
};

// packages/robustness/src/out-of-range.ts
var schema5 = object({
  type: literal("out_of_range"),
  ...detectorOptions,
  overshoot: number().positive().default(0.5).describe("How far past the range, as a share of its width")
}).strict();
var outOfRange = {
  type: "out_of_range",
  title: "A value out of range (past the declared or observed extremes)",
  schema: schema5,
  appliesTo: isNumeric,
  scope: "one",
  leavesRange: true,
  perturb(cell, feature, rng, options) {
    const x = numberOf(cell);
    if (x === void 0 || !feature.observed) return void 0;
    const low = feature.min ?? feature.observed.low;
    const high = feature.max ?? feature.observed.high;
    const past = Math.max(high - low, Math.abs(high), 1) * options.overshoot;
    return numberCell(rng.nextFloat() < 0.5 ? low - past : high + past, feature, x, true);
  }
};

// packages/robustness/src/text-variant.ts
var schema6 = object({ type: literal("text_variant"), ...detectorOptions }).strict();
var VARIANTS = [
  (s) => s.toUpperCase(),
  (s) => s.toLowerCase(),
  (s) => s.replace(new RegExp("\\b\\p{L}", "gu"), (c) => c.toUpperCase()),
  (s) => ` ${s} `
];
var textVariant = {
  type: "text_variant",
  title: "Category in other case or with surrounding spaces",
  schema: schema6,
  appliesTo: (f) => f.kind === "category",
  scope: "one",
  leavesRange: true,
  perturb(cell, _feature, rng) {
    if (cell.trim() === "") return void 0;
    const start = rng.nextBelow(VARIANTS.length);
    for (let k = 0; k < VARIANTS.length; k++) {
      const variant = VARIANTS[(start + k) % VARIANTS.length](cell);
      if (variant !== cell) return variant;
    }
    return void 0;
  }
};

// packages/robustness/src/unit-slip.ts
var schema7 = object({
  type: literal("unit_slip"),
  ...detectorOptions,
  factor: number().gt(1).default(100).describe("The slip: ×factor or ÷factor (cents for euros, % for shares)")
}).strict();
var unitSlip = {
  type: "unit_slip",
  title: "Unit slip (×100 / ÷100)",
  schema: schema7,
  appliesTo: isNumeric,
  scope: "one",
  leavesRange: true,
  perturb(cell, feature, rng, options) {
    const x = numberOf(cell);
    if (x === void 0 || x === 0) return void 0;
    const slipped = rng.nextFloat() < 0.5 ? x * options.factor : x / options.factor;
    const text = numberCell(slipped, feature, x, true);
    return text === cell ? void 0 : text;
  }
};

// packages/robustness/src/detector-registry.ts
var DETECTORS = [
  jitter,
  gaussianNoise,
  categoricalSwap,
  missingValue,
  unitSlip,
  outOfRange,
  textVariant
];
var DETECTOR_TYPES = DETECTORS.map((d) => d.type);
var DetectorConfigSchema = discriminatedUnion("type", [
  jitter.schema,
  gaussianNoise.schema,
  categoricalSwap.schema,
  missingValue.schema,
  unitSlip.schema,
  outOfRange.schema,
  textVariant.schema
]);
function detectorDefinition(type) {
  const found = DETECTORS.find((d) => d.type === type);
  if (!found) throw new RangeError(`no detector ${type}`);
  return found;
}
function defaultDetectors() {
  return DETECTORS.map((d) => DetectorConfigSchema.parse({ type: d.type }));
}

// packages/robustness/src/evaluate-robustness-config.ts
function rescoreSchema(sample, description) {
  return union([
    literal(false),
    object({
      sample: number().int().positive().default(sample).describe("Rows scored again"),
      seed: number().int().default(23),
      severity: _enum(["fail", "warn"]).default("warn")
    }).strict()
  ]).default({ sample, seed: 23, severity: "warn" }).describe(description);
}
var EvaluateRobustnessConfigSchema = object({
  model: ModelNameSchema,
  version: string().optional().describe("Version label of the challenger (default: the short git sha)"),
  task: _enum(["classification", "regression"]).default("classification"),
  challenger: ChallengerSchema,
  champion: ChampionSchema,
  scorer: SharedScorerSchema,
  data: object({
    path: ConfigPathSchema.describe(
      "Evaluation rows: CSV or TSV with a header, JSON Lines or Parquet, optionally gzipped"
    ),
    label: string().optional().describe("Label column, never sent to the model nor perturbed"),
    id: string().optional().describe("Row id column; never sent to the model"),
    features: array(string()).optional().describe("Columns sent to the model (default: all but label and id)")
  }).strict(),
  contract: ConfigPathSchema.optional().describe(
    "Data contract giving each column's type, range and allowed values; perturbations stay inside them"
  ),
  immutable: array(string().min(1)).default([]).refine((a) => new Set(a).size === a.length, { message: "each column once" }).describe("Features no perturbation may change: an id, a date, a sensitive attribute"),
  threshold: number().gt(0).lt(1).default(0.5).describe("Probability at or above which a row is a positive decision; a flip across it is a failure"),
  output_sensitivity: number().positive().default(0.05).describe("Regression: a relative change of the output above this is a failure"),
  detectors: array(DetectorConfigSchema).min(1).optional().describe("Perturbation detectors to run (default: every one with its defaults)"),
  behaviour: array(BehaviourTestSchema).default([]).describe(
    "CheckList's tests: invariance (setting column to other values must not change the answer) and directional (raising column must not move the score the wrong way)"
  ),
  stochasticity: rescoreSchema(
    100,
    "Score some rows twice: a model that answers the same row differently is flaky, and part of every fail rate is then noise, not fragility (false: skip)"
  ),
  batch_dependence: rescoreSchema(
    10,
    "Score some rows one per call: a model whose answer for a row depends on the rest of the batch fails (Giskard's data leakage check; false: skip)"
  ),
  level: number().gt(0).lt(1).default(0.95).describe("Confidence level of the fail-rate intervals"),
  fragile_rows: number().int().nonnegative().default(10).describe("How many of the most fragile rows to show, each as a column-by-column diff"),
  gates: GatesSchema.default([])
}).strict();

// packages/robustness/src/fail-rates.ts
var FAIL_RATE_METHOD = "Wilson score";
function failRate(failed, level) {
  const failures = failed.reduce((a, b) => a + b, 0);
  const n = failed.length;
  return { failures, n, rate: n === 0 ? null : failures / n, ci: wilsonScoreInterval(failures, n, level) };
}
function failRateChange(challenger, champion, level) {
  if (challenger.length !== champion.length) throw new RangeError("the two models scored different rows");
  const counts = { both: 0, onlyFirst: 0, onlySecond: 0, neither: 0 };
  for (let i = 0; i < challenger.length; i++) {
    if (challenger[i] && champion[i]) counts.both++;
    else if (challenger[i]) counts.onlyFirst++;
    else if (champion[i]) counts.onlySecond++;
    else counts.neither++;
  }
  return pairedProportionInterval(counts, level);
}

// packages/commands/src/evaluate-robustness/detector-run.ts
function runDetector(options, input) {
  const detector = detectorDefinition(options.type);
  const cases = perturbRows(input.rows, input.features, detector, options);
  return scoreCases({ options, title: detector.title, cases }, input);
}
async function scoreCases(out, input) {
  const { options, cases } = out;
  const result = { ...out };
  if (cases.length === 0) return result;
  const perturbed = rowsDataset(
    { file: input.dataset.file, columns: input.features.map((f) => f.name) },
    cases.map((c) => c.fields),
    cases.map((c) => input.dataset.lineOf(c.row))
  );
  const scoreOn = modelScorer(
    input.config,
    perturbed,
    input.features.map((_, i) => i),
    input.run
  );
  const rows = cases.map((c) => c.row);
  const [challenger, champion] = input.models;
  for (const [key, model] of [
    ["challenger", challenger],
    ["champion", champion]
  ]) {
    if (!model) continue;
    try {
      const after = await scoreOn(`${model.what}, ${options.type}`, model.scorer, model.modelPath);
      result[key] = { outcomes: changedOutcomes(model.original, after, rows, input.rule) };
    } catch (error) {
      if (input.run.signal?.aborted || !(isMlopsError(error) || error instanceof RangeError)) throw error;
      const message = error.message;
      result[key] = { crashed: message };
      input.run.logger.warn(`the ${model.what} failed on ${options.type} perturbations: ${message}`);
    }
  }
  return result;
}

// packages/commands/src/evaluate-robustness/behaviour-runs.ts
function checkBehaviourTests(config, features, locate) {
  const names = features.map((f) => f.name);
  const seen = new Set(DETECTOR_TYPES);
  throwConfigErrors(
    config.behaviour.flatMap((test, i) => {
      const feature = features.find((f) => f.name === test.column);
      const name = behaviourTestName(test);
      if (!feature) {
        const near = misspeltName(test.column, names);
        return [
          new ConfigError(`behaviour[${i}] changes "${test.column}", which the model does not see`, {
            location: locate(["behaviour", i, "column"]),
            hint: `${near ? `did you mean "${near}"? ` : ""}features: ${names.join(", ")}`
          })
        ];
      }
      if (test.type === "directional" && feature.kind !== "integer" && feature.kind !== "number") {
        return [
          new ConfigError(`a directional test needs a numeric column; ${test.column} is a ${feature.kind}`, {
            location: locate(["behaviour", i, "column"]),
            hint: "for a category, write an invariance test over its values"
          })
        ];
      }
      if (seen.has(name)) {
        return [
          new ConfigError(`two tests are named ${name}`, {
            location: locate(["behaviour", i, ...test.name ? ["name"] : ["column"]]),
            hint: "give each test a name of its own"
          })
        ];
      }
      seen.add(name);
      return [];
    })
  );
}
function titleOf(test) {
  if (test.type === "invariance") {
    return `Invariance: ${test.column} set to ${test.values ? test.values.join(", ") : "each observed value"} (score within ${fmt(test.tolerance)})`;
  }
  const change = "multiply" in test.change ? `×${test.change.multiply}` : `+${test.change.add}`;
  return `Directional: ${test.column} ${change} must not move the score against an ${test.expect}`;
}
function runBehaviourTest(test, input) {
  const column = input.features.findIndex((f) => f.name === test.column);
  const cases = behaviourCases(input.rows, input.features[column], column, test);
  const rule = test.type === "invariance" ? { task: "invariance", threshold: input.threshold, tolerance: test.tolerance } : { task: "directional", expect: test.expect, tolerance: test.tolerance };
  return scoreCases(
    {
      options: {
        type: behaviourTestName(test),
        sample: test.sample,
        seed: test.seed,
        threshold: test.threshold,
        severity: test.severity
      },
      title: titleOf(test),
      cases
    },
    { ...input, rule }
  );
}

// packages/commands/src/evaluate-robustness/rescored-rows.ts
var SAME_OUTPUT = 1e-9;
var CHECKS = {
  stochasticity: {
    metric: "stochastic_rate",
    title: (n) => `The same ${n} rows scored twice get the same outputs`,
    what: "again",
    batchSize: void 0,
    finding: (k, n) => `the model is not deterministic: ${k} of ${n} rows scored twice got a different output; part of every fail rate is noise, not fragility`
  },
  batch_dependence: {
    metric: "batch_dependent_rate",
    title: (n) => `${n} rows scored one at a time get the outputs they got in the batch`,
    what: "one row at a time",
    batchSize: 1,
    finding: (k, n) => `the model's answer depends on the other rows of the batch: ${k} of ${n} rows scored alone got a different output (batch normalisation, or state kept between rows?)`
  }
};
async function rescoredRows(kind, options, input) {
  const rows = sampleRows(input.dataset.rows, options.sample, new Xoshiro128(options.seed));
  const again = rowsDataset(
    { file: input.dataset.file, columns: input.columns.map((c) => input.dataset.columns[c]) },
    rows.map((r) => input.dataset.rowFields(r, r + 1, input.columns)[0]),
    rows.map((r) => input.dataset.lineOf(r))
  );
  const check = CHECKS[kind];
  const base = {
    id: kind,
    title: check.title(rows.length),
    severity: options.severity,
    expected: "identical",
    metric: check.metric
  };
  const scorer = check.batchSize ? { ...input.model.scorer, batch_size: check.batchSize } : input.model.scorer;
  let after;
  try {
    after = await modelScorer(
      input.config,
      again,
      input.columns.map((_, i) => i),
      input.run
    )(`${input.model.what}, ${check.what}`, scorer, input.model.modelPath);
  } catch (error) {
    if (input.run.signal?.aborted || !isMlopsError(error)) throw error;
    return {
      metric: { value: null, unavailable: `the scorer failed: ${error.message}`, greaterIsBetter: false },
      check: { ...base, status: "fail", observed: "scorer failed", message: error.message }
    };
  }
  const { failed, shift } = changedOutcomes(input.model.original, after, rows, input.rule);
  const differs = Uint8Array.from(shift, (d) => d > SAME_OUTPUT ? 1 : 0);
  const rate = failRate(differs, input.level);
  const flips = failed.reduce((a, b) => a + b, 0);
  return {
    metric: {
      value: rate.rate,
      ...rate.ci ? { ci: { ...rate.ci, level: input.level, method: FAIL_RATE_METHOD } } : {},
      n: rate.n,
      greaterIsBetter: false
    },
    check: {
      ...base,
      status: rate.failures === 0 ? "pass" : "fail",
      observed: rate.failures === 0 ? "identical" : `${rate.failures} of ${rate.n} differ, ${flips} decision(s)`,
      ...rate.failures > 0 ? {
        message: check.finding(rate.failures, rate.n)
      } : {}
    }
  };
}

// packages/commands/src/evaluate-robustness/robustness-features.ts
import path from "node:path";
function requireColumns(dataset, config, locate) {
  const wanted = [
    ...config.data.label ? [[config.data.label, ["data", "label"]]] : [],
    ...config.data.id ? [[config.data.id, ["data", "id"]]] : [],
    ...(config.data.features ?? []).map((c, i) => [c, ["data", "features", i]]),
    ...config.immutable.map((c, i) => [c, ["immutable", i]])
  ];
  requireNamedColumns(dataset, wanted, config.data.path, locate);
}
async function robustnessFeatures(dataset, names, config, run) {
  const contractFile = config.contract ? path.resolve(run.base, config.contract) : void 0;
  const contract = contractFile ? await loadContract(contractFile) : void 0;
  const values = dataset.columnValues(names);
  const features = featureSpec(
    names.map((name, j) => ({ name, values: values[j] })),
    {
      immutable: new Set(config.immutable),
      ...contract ? { hints: contractHints(contract) } : {}
    }
  );
  if (contractFile) await requireBoundsHoldData(features, contractFile, config.data.path);
  if (features.every((f) => f.immutable || f.kind === "fixed")) {
    throw new ConfigError(
      "no feature is left to perturb: every feature the model sees is immutable or a date",
      {
        location: run.locate(config.immutable.length > 0 ? ["immutable"] : ["data", "features"]),
        hint: `features: ${names.join(", ")}; leave at least one out of immutable`
      }
    );
  }
  return features;
}
function contractHints(contract) {
  const out = {};
  for (const [name, column] of Object.entries(contract.columns)) {
    const hints = {};
    if (column.type) hints.type = column.type;
    const min = declared(column.min);
    const max = declared(column.max);
    if (typeof min === "number") hints.min = min;
    if (typeof max === "number") hints.max = max;
    const allowed = declared(column.allowed);
    if (Array.isArray(allowed)) hints.allowed = allowed.map(String);
    out[name] = hints;
  }
  return out;
}
function declared(c) {
  return c !== null && typeof c === "object" && !Array.isArray(c) && "value" in c ? c.value : c;
}
async function requireBoundsHoldData(features, contractFile, dataPath) {
  const locate = await configLocator(contractFile);
  throwConfigErrors(
    features.flatMap((f) => {
      if (f.kind !== "integer" && f.kind !== "number") return [];
      if (f.min === void 0 && f.max === void 0) return [];
      const observed = f.values.map(([v]) => Number(v));
      const inside = observed.filter((x) => (f.min ?? -Infinity) <= x && x <= (f.max ?? Infinity));
      if (observed.length === 0 || inside.length > 0) return [];
      const low = Math.min(...observed);
      const high = Math.max(...observed);
      return [
        new ConfigError(
          `the range of ${f.name} [${f.min ?? "−∞"}, ${f.max ?? "∞"}] holds none of its values in ${dataPath} (${low} to ${high})`,
          {
            location: locate(["columns", f.name, f.min !== void 0 ? "min" : "max"]),
            hint: "fix the bounds (a unit or a scale?), or point contract: at this data's contract"
          }
        )
      ];
    })
  );
}

// packages/commands/src/evaluate-robustness/robustness-results.ts
var rateOf = (o, level) => o && "outcomes" in o ? failRate(o.outcomes.failed, level) : void 0;
function robustnessMetrics(runs, options) {
  const out = {};
  const ci = (c, method = FAIL_RATE_METHOD) => c ? { ci: { lower: c.lower, upper: c.upper, level: options.level, method } } : {};
  for (const run of runs) {
    const name = `fail_rate[${run.options.type}]`;
    const why = unavailable(run);
    const ch = rateOf(run.challenger, options.level);
    if (why || !ch) {
      out[name] = { value: null, unavailable: why ?? "not scored", greaterIsBetter: false };
      continue;
    }
    const metric = { value: ch.rate, ...ci(ch.ci), n: ch.n, greaterIsBetter: false };
    const cp = rateOf(run.champion, options.level);
    if (run.champion) {
      metric.baseline = {
        value: cp?.rate ?? null,
        ...cp ? ci(cp.ci) : {},
        ...options.championLabel ? { label: options.championLabel } : {}
      };
    }
    if (cp && run.challenger && "outcomes" in run.challenger && run.champion && "outcomes" in run.champion) {
      const change = failRateChange(
        run.challenger.outcomes.failed,
        run.champion.outcomes.failed,
        options.level
      );
      if (change) metric.delta = { value: change.estimate, ...ci(change, NEWCOMBE_METHOD) };
    }
    out[name] = metric;
  }
  const measured = Object.values(out).filter((m) => m.value !== null);
  out.fail_rate = measured.length > 0 && measured.length === runs.length ? measured.reduce((a, b) => b.value > a.value ? b : a) : {
    value: null,
    unavailable: `not every detector gave a fail rate: ${runs.filter((r) => unavailable(r)).map((r) => `${r.options.type} (${unavailable(r)})`).join("; ")}`,
    greaterIsBetter: false
  };
  return out;
}
function unavailable(run) {
  if (run.cases.length === 0) return "no row had a mutable value this detector can change";
  if (run.challenger && "crashed" in run.challenger)
    return `the challenger's scorer failed: ${run.challenger.crashed}`;
  return void 0;
}
function detectorChecks(runs, level, flaky = false) {
  return runs.map((run) => {
    const { type, threshold, severity } = run.options;
    const base = {
      id: `detector:${type}`,
      title: `${run.title}: fail rate ≤ ${fmt(threshold)}`,
      severity,
      expected: `≤ ${fmt(threshold)}`,
      metric: `fail_rate[${type}]`
    };
    if (run.challenger && "crashed" in run.challenger) {
      return {
        ...base,
        status: "fail",
        observed: "scorer failed",
        message: `the model could not score perturbed rows: ${run.challenger.crashed}`
      };
    }
    const rate = rateOf(run.challenger, level);
    if (!rate || rate.rate === null) {
      return {
        ...base,
        status: "inconclusive",
        observed: "no perturbed rows",
        message: "no row had a mutable value this detector can change"
      };
    }
    const passed = rate.rate <= threshold;
    return {
      ...base,
      status: passed ? "pass" : "fail",
      observed: `${rate.failures}/${rate.n} = ${shownRate(rate)}`,
      ...passed ? {} : {
        message: `${rate.failures} of ${rate.n} perturbed rows changed outcome${flaky ? "; the model answers the same row differently (see stochasticity), so part of this rate is noise, not fragility" : ""}`
      }
    };
  });
}
function shownRate(r) {
  if (!r || r.rate === null) return "n/a";
  return r.ci ? `${fmt(r.rate)} [${fmt(r.ci.lower)}, ${fmt(r.ci.upper)}]` : fmt(r.rate);
}
function shownOutcome(o, level) {
  if (!o) return "";
  return "crashed" in o ? "scorer failed" : shownRate(rateOf(o, level));
}
function robustnessDetails(runs, metrics, options, lineOf) {
  const champion = runs.some((r) => r.champion);
  const details = [
    {
      type: "table",
      title: `Detectors and behavioural tests (fail rate with ${Math.round(options.level * 100)}% Wilson interval)`,
      columns: [
        "detector",
        "perturbed rows",
        "challenger fail rate",
        ...champion ? ["champion fail rate", "change (paired, Newcombe)"] : [],
        "threshold",
        "severity"
      ],
      rows: runs.map((run) => {
        const delta = metrics[`fail_rate[${run.options.type}]`]?.delta;
        return [
          run.title,
          run.cases.length,
          shownOutcome(run.challenger, options.level),
          ...champion ? [
            shownOutcome(run.champion, options.level),
            delta ? `${fmt(delta.value)}${delta.ci ? ` [${fmt(delta.ci.lower)}, ${fmt(delta.ci.upper)}]` : ""}` : ""
          ] : [],
          fmt(run.options.threshold),
          run.options.severity
        ];
      })
    }
  ];
  const charted = runs.filter((r) => metrics[`fail_rate[${r.options.type}]`]?.value != null);
  if (charted.length > 0) {
    details.push({
      type: "bar-chart",
      title: "Fail rate by detector (challenger)",
      labels: charted.map((r) => r.options.type),
      values: charted.map((r) => metrics[`fail_rate[${r.options.type}]`].value)
    });
  }
  const fragile = mostFragile(runs, options.fragileRows);
  if (fragile.length > 0) {
    details.push({
      type: "table",
      title: `Most fragile rows: the ${fragile.length} largest output changes, each changed value`,
      columns: ["detector", "line", "outcome changed", "output shift", "column", "original", "perturbed"],
      rows: fragile.flatMap(
        ({ run, k, shift, failed }) => run.cases[k].changes.map((c, j) => [
          j === 0 ? run.options.type : "",
          j === 0 ? lineOf(run.cases[k].row) : "",
          j === 0 ? failed ? "yes" : "no" : "",
          j === 0 ? fmt(shift) : "",
          c.column,
          c.from === "" ? "(missing)" : c.from,
          c.to === "" ? "(missing)" : c.to
        ])
      )
    });
  }
  return details;
}
function mostFragile(runs, count) {
  const all = runs.flatMap((run) => {
    const o = run.challenger;
    if (!o || !("outcomes" in o)) return [];
    return run.cases.map((_, k) => ({
      run,
      k,
      shift: o.outcomes.shift[k],
      failed: o.outcomes.failed[k] === 1
    }));
  });
  return all.filter((c) => c.shift > 0).sort((a, b) => Number(b.failed) - Number(a.failed) || b.shift - a.shift).slice(0, count);
}

// packages/commands/src/evaluate-robustness/evaluate-robustness-command.ts
async function runEvaluateRobustness(options, io) {
  const { logger } = io;
  const env = io.env ?? process.env;
  const cwd = io.cwd ?? process.cwd();
  const configFile = path2.resolve(cwd, options.config);
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
          ...[...DETECTOR_TYPES, ...config.behaviour.map(behaviourTestName)].map((t) => `fail_rate[${t}]`)
        ]
      },
      locate
    )
  );
  const base = path2.dirname(configFile);
  const challengerScorer = requireModelScorer(config, options, locate);
  const started = (io.now ?? (() => /* @__PURE__ */ new Date()))();
  const startMs = Date.now();
  const envelope = await modelEnvelope("robustness", "Robustness", config, { started, base, env });
  const resultsDir = path2.resolve(cwd, options.resultsDir || DEFAULT_RESULTS_DIR);
  io.draft?.(envelope, { resultsDir });
  const dataset = await readDataset(path2.resolve(base, config.data.path));
  requireColumns(dataset, config, locate);
  envelope.lineage.datasets = [{ name: config.data.path, digest: `sha256:${dataset.sha256}` }];
  const columns = featureColumns(
    dataset,
    { data: { ...config.data, label: config.data.label ?? "" } },
    configFile
  );
  const names = columns.map((c) => dataset.columns[c]);
  const features = await robustnessFeatures(dataset, names, config, { base, locate });
  checkBehaviourTests(config, features, locate);
  const { challenger, champion } = await comparedModels(
    config,
    options,
    { cwd, base, env, logger, configFile, signal: io.signal },
    envelope
  );
  if (champion) {
    if (champion.scorer.type === "predictions") {
      throw predictionsRefused(
        locate(config.champion.scorer ? ["champion", "scorer", "type"] : ["scorer", "type"])
      );
    }
  }
  const run = { base, env, logger, signal: io.signal };
  const scoreOriginal = modelScorer(config, dataset, columns, run);
  const models = [
    {
      what: "challenger",
      scorer: challengerScorer,
      modelPath: challenger.modelPath,
      original: await scoreOriginal(
        "challenger",
        challengerScorer,
        challenger.modelPath,
        challenger.modelDigest
      )
    }
  ];
  if (champion) {
    models.push({
      what: "champion",
      scorer: champion.scorer,
      modelPath: champion.file,
      original: await scoreOriginal("champion", champion.scorer, champion.file, champion.version.digest)
    });
  }
  const rows = dataset.rowFields(0, dataset.rows, columns);
  const rule = config.task === "regression" ? { task: "regression", outputSensitivity: config.output_sensitivity } : { task: "classification", threshold: config.threshold };
  const runs = [];
  for (const detector of config.detectors ?? defaultDetectors()) {
    runs.push(
      await logger.group(
        `Detector ${detector.type}`,
        () => runDetector(detector, { dataset, rows, features, models, rule, config, run })
      )
    );
  }
  const sanity = [];
  for (const kind of ["stochasticity", "batch_dependence"]) {
    const options2 = config[kind];
    if (!options2) continue;
    sanity.push(
      await logger.group(
        `Sanity: ${kind}`,
        () => rescoredRows(kind, options2, {
          dataset,
          columns,
          model: models[0],
          rule,
          level: config.level,
          config,
          run
        })
      )
    );
  }
  for (const test of config.behaviour) {
    runs.push(
      await logger.group(
        `Behaviour ${behaviourTestName(test)}`,
        () => runBehaviourTest(test, {
          dataset,
          rows,
          features,
          models,
          rule,
          config,
          run,
          threshold: config.threshold
        })
      )
    );
  }
  const resultOptions = {
    level: config.level,
    fragileRows: config.fragile_rows,
    ...champion ? { championLabel: `${champion.version.model}@${champion.version.version}` } : {}
  };
  envelope.metrics = robustnessMetrics(runs, resultOptions);
  for (const { check, metric } of sanity) envelope.metrics[check.metric] = metric;
  envelope.details = robustnessDetails(runs, envelope.metrics, resultOptions, dataset.lineOf);
  envelope.checks = [
    ...sanity.map((s) => s.check),
    ...detectorChecks(
      runs,
      config.level,
      sanity.some((s) => s.check.id === "stochasticity" && s.check.status === "fail")
    ),
    ...evaluateGates(config.gates, envelope.metrics, { firstVersion: champion === void 0 })
  ];
  envelope.status = statusFromChecks(envelope.checks);
  const worst = envelope.metrics.fail_rate;
  const worstRun = runs.find((r) => envelope.metrics[`fail_rate[${r.options.type}]`] === worst);
  envelope.summary = worst?.value != null ? `worst fail rate ${(worst.value * 100).toFixed(1)}% (${worstRun?.options.type}) of ${runs.length} detectors and tests` : worst?.unavailable ?? "no fail rate";
  envelope.durationMs = Date.now() - startMs;
  const envelopePath = await writeEnvelope(resultsDir, envelope);
  logger.info(`${envelope.status}: ${envelope.summary}`);
  return {
    status: envelope.status,
    envelopePath,
    ...champion ? { championVersion: champion.version.version } : {}
  };
}
function predictionsRefused(location) {
  return new ConfigError("a predictions file cannot score perturbed rows", {
    location,
    hint: "robustness needs a model to ask: use a command scorer (with challenger.model) or an http scorer"
  });
}
function requireModelScorer(config, options, locate) {
  const scorer = config.challenger.scorer ?? config.scorer;
  if (!scorer) {
    throw new ConfigError("no scorer: set scorer (or challenger.scorer)", {
      location: locate(["scorer"]),
      hint: "a command scorer with challenger.model, or an http scorer"
    });
  }
  if (scorer.type === "predictions") {
    throw predictionsRefused(
      locate(config.challenger.scorer ? ["challenger", "scorer", "type"] : ["scorer", "type"])
    );
  }
  if (scorer.type === "command" && !config.challenger.model && !options.model) {
    throw new ConfigError("the command scorer needs a model file: set challenger.model", {
      location: locate(["challenger", "model"]),
      hint: "or pass --model, or score with an http endpoint"
    });
  }
  return scorer;
}
export {
  runEvaluateRobustness
};
