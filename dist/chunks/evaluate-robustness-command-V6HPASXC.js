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
  rowsDataset,
  score
} from "./chunk-GBLEUWB5.js";
import "./chunk-J7BXV4IM.js";
import "./chunk-SXOIBMAW.js";
import "./chunk-4IFPBSRH.js";
import "./chunk-MDTBTSYR.js";
import {
  loadContract
} from "./chunk-2GV772SA.js";
import {
  GatesSchema,
  NEWCOMBE_METHOD,
  createProgress,
  evaluateGates,
  fmt,
  pairedProportionInterval,
  unknownGateMetrics,
  wilsonScoreInterval
} from "./chunk-ZEAHTK5M.js";
import {
  misspeltName
} from "./chunk-JHYWLUR6.js";
import {
  Xoshiro128,
  quantileSorted
} from "./chunk-VUGF5SOQ.js";
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
import {
  ConfigPathSchema
} from "./chunk-FJY5M3V4.js";
import {
  _enum,
  array,
  boolean,
  discriminatedUnion,
  literal,
  number,
  object,
  record,
  string,
  union
} from "./chunk-33725BPV.js";
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

// packages/robustness/src/attack-space.ts
function attackColumns(features) {
  return features.flatMap((f, i) => !f.immutable && isNumeric(f) && scaleOf(f) > 0 ? [i] : []);
}
function scaleOf(f) {
  if (f.sd > 0) return f.sd;
  return f.observed ? f.observed.high - f.observed.low : 0;
}
function rowSpace(fields, row, features, columns) {
  const moving = columns.filter((c) => !isMissing(fields[c]) && numberOf(fields[c]) !== void 0);
  const d = moving.length;
  const space = {
    row,
    columns: moving,
    origin: new Float64Array(d),
    scale: new Float64Array(d),
    lower: new Float64Array(d),
    upper: new Float64Array(d),
    observedLower: new Float64Array(d),
    observedUpper: new Float64Array(d)
  };
  moving.forEach((c, j) => {
    const f = features[c];
    const x = numberOf(fields[c]);
    const s = scaleOf(f);
    space.origin[j] = x;
    space.scale[j] = s;
    const low = f.min === void 0 ? -Infinity : Math.min(f.min, x);
    const high = f.max === void 0 ? Infinity : Math.max(f.max, x);
    space.lower[j] = (low - x) / s;
    space.upper[j] = (high - x) / s;
    space.observedLower[j] = (Math.max(low, Math.min(f.observed?.low ?? x, x)) - x) / s;
    space.observedUpper[j] = (Math.min(high, Math.max(f.observed?.high ?? x, x)) - x) / s;
  });
  return space;
}
function perturbedRow(space, fields, features, delta) {
  const out = [...fields];
  const sent = new Float64Array(delta.length);
  space.columns.forEach((c, j) => {
    const x = space.origin[j];
    const cell = numberCell(x + delta[j] * space.scale[j], features[c], x, false);
    out[c] = cell;
    sent[j] = (Number(cell) - x) / space.scale[j];
  });
  return { fields: out, delta: sent };
}
function norm(v) {
  let s = 0;
  for (const x of v) s += x * x;
  return Math.sqrt(s);
}
function changedCells(features, from, to) {
  return features.flatMap(
    (f, c) => from[c] === to[c] ? [] : [{ column: f.name, from: from[c], to: to[c] }]
  );
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
var testName = string().regex(/^[A-Za-z0-9_.:-]+$/);
var verdict = {
  threshold: number().min(0).max(1).default(0).describe("Largest acceptable share of failing cases"),
  severity: _enum(["fail", "warn"]).default("fail")
};
var cellValue = union([string(), number(), boolean()]);
var common = {
  name: testName.optional().describe("The test's name in metrics and checks (default: <type>:<column>)"),
  column: string().min(1).describe("The feature the test changes (immutable columns too: that is the point)"),
  sample: number().int().positive().default(1e3).describe("Rows to test (all rows when fewer)"),
  seed: number().int().default(0),
  ...verdict
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
  }).strict(),
  object({
    type: literal("minimum_functionality"),
    name: testName.describe("The test's name in metrics and checks"),
    ...verdict,
    defaults: record(string(), cellValue).default({}).describe("Feature values every case has unless it sets its own"),
    cases: array(
      object({
        values: record(string(), cellValue).describe("The case's feature values"),
        expect: number().describe(
          "Classification: the expected decision (1 when the probability reaches the threshold, else 0) or label; regression: the expected value"
        )
      }).strict()
    ).min(1).describe("Rows written out with the answer the model must give (CheckList's MFT)"),
    tolerance: number().min(0).default(0).describe("Regression: how far the value may be from the expected one")
  }).strict()
]);
function behaviourTestName(test) {
  return test.type === "minimum_functionality" ? test.name : test.name ?? `${test.type}:${test.column}`;
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

// packages/robustness/src/gaussian-noise.ts
var schema = object({
  type: literal("gaussian_noise"),
  ...detectorOptions,
  scale: number().positive().default(0.05).describe("Noise standard deviation as a share of the feature's")
}).strict();
var gaussianNoise = {
  type: "gaussian_noise",
  title: "Gaussian noise scaled to each feature's standard deviation",
  schema,
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

// packages/robustness/src/lockstep-queries.ts
async function inLockstep(searches, answer2) {
  let running = searches.length;
  let waiting = [];
  const flushWhenAllWait = () => {
    if (waiting.length === 0 || waiting.length < running) return;
    const round = waiting;
    waiting = [];
    answer2(round.map(({ search, rows }) => ({ search, rows }))).then(
      (flags) => {
        let at = 0;
        for (const q of round) {
          q.resolve(flags.subarray(at, at + q.rows.length));
          at += q.rows.length;
        }
      },
      (error) => {
        for (const q of round) q.reject(error);
      }
    );
  };
  return Promise.all(
    searches.map(async (search, index) => {
      const ask = (rows) => rows.length === 0 ? Promise.resolve(new Uint8Array(0)) : new Promise((resolve, reject) => {
        waiting.push({ search: index, rows, resolve, reject });
        flushWhenAllWait();
      });
      try {
        return await search(ask, index);
      } finally {
        running--;
        flushWhenAllWait();
      }
    })
  );
}

// packages/robustness/src/boundary-attack.ts
var NEAREST_STARTS = 4;
var RANDOM_STARTS = 4;
var TOLERANCE = 2e-3;
var ALONG_NORMAL = [0.98, 1, 1.01, 1.03, 1.1, 1.3, 1.8];
var PATIENCE = 3;
async function boundaryAttack(input) {
  const { rows, features, options } = input;
  const columns = attackColumns(features);
  const attackable = rows.flatMap(
    (fields, row) => rowSpace(fields, row, features, columns).columns.length > 0 ? [row] : []
  );
  const numbers = new Map(
    columns.map((c) => [c, Float64Array.from(rows, (r) => numberOf(r[c]) ?? Number.NaN)])
  );
  const rng = new Xoshiro128(options.seed);
  const targets = sampleRows(attackable.length, options.rows, rng).map((i) => attackable[i]);
  const searches = targets.map((row) => {
    const space = rowSpace(rows[row], row, features, columns);
    const starts = nearestOtherwise(space, numbers, input.decisions);
    const own = rng.split();
    return (ask) => searchRow({ space, fields: rows[row], features, ask, rng: own, max: options.maxQueries, starts });
  });
  return inLockstep(
    searches,
    (asked) => input.changed(asked.flatMap((a) => a.rows.map((fields) => ({ row: targets[a.search], fields }))))
  );
}
function nearestOtherwise(space, numbers, decisions) {
  if (!decisions) return [];
  const own = decisions[space.row];
  const columns = space.columns.map((c) => numbers.get(c));
  const offset = (r, j) => {
    const y = columns[j][r];
    return Number.isNaN(y) ? 0 : (y - space.origin[j]) / space.scale[j];
  };
  const nearest = [];
  for (let r = 0; r < decisions.length; r++) {
    if (decisions[r] === own) continue;
    let distance = 0;
    for (let j = 0; j < columns.length; j++) distance += offset(r, j) ** 2;
    if (nearest.length < NEAREST_STARTS || distance < nearest[nearest.length - 1].distance) {
      nearest.push({ row: r, distance });
      nearest.sort((a, b) => a.distance - b.distance);
      if (nearest.length > NEAREST_STARTS) nearest.pop();
    }
  }
  return nearest.map((n) => Float64Array.from(columns, (_, j) => offset(n.row, j)));
}
async function searchRow(s) {
  const { space, rng } = s;
  const d = space.columns.length;
  let used = 0;
  const left = () => s.max - used;
  const query = async (deltas) => {
    const made = deltas.slice(0, Math.max(0, left())).map((delta) => {
      const sent = perturbedRow(space, s.fields, s.features, delta);
      return { ...sent, distance: norm(sent.delta) };
    });
    used += made.length;
    const flags = await s.ask(made.map((m) => m.fields));
    return made.map((m, i) => ({ point: m, flipped: flags[i] === 1 }));
  };
  const nearestFlipped = (answers) => answers.filter((a) => a.flipped).reduce((a, b) => a && a.distance <= b.point.distance ? a : b.point, void 0);
  const bisect = async (p, lo, hi, found) => {
    let edge = found;
    while (hi - lo > TOLERANCE * hi && left() > 0) {
      const mid = (lo + hi) / 2;
      const [answer2] = await query([scaled(p, mid)]);
      if (answer2.flipped) {
        hi = mid;
        edge = answer2.point;
      } else lo = mid;
    }
    return edge;
  };
  const box = (lower, upper, widen) => Array.from(
    { length: RANDOM_STARTS },
    () => lower.map((l, j) => {
      const u = upper[j];
      const low = Math.max(space.lower[j], l * widen);
      const high = Math.min(space.upper[j], u * widen);
      return low + rng.nextFloat() * (high - low);
    })
  );
  let start = nearestFlipped(await query([...s.starts, ...box(space.observedLower, space.observedUpper, 1)]));
  start ??= nearestFlipped(await query(box(space.observedLower, space.observedUpper, 3)));
  if (!start) return { row: space.row, queries: used };
  let best = await bisect(start.delta, 0, 1, start);
  let stalled = 0;
  for (let t = 1; stalled < PATIENCE && left() > ALONG_NORMAL.length; t++) {
    const before = best.distance;
    const probes = Math.min(2 * Math.ceil((8 + 2 * d) * Math.sqrt(t) / 2), left() - ALONG_NORMAL.length);
    const normal = await normalAt(best, Math.max(best.distance / Math.max(d, 4), 1e-6), probes);
    if (normal) {
      const foot = dot(best.delta, normal);
      const along = foot > 0 ? await query(ALONG_NORMAL.map((m) => scaled(normal, m * foot))) : [];
      const firstFlip = along.findIndex((a) => a.flipped);
      if (firstFlip >= 0) {
        const lo = firstFlip === 0 ? 0 : ALONG_NORMAL[firstFlip - 1];
        const edge = await bisect(
          normal,
          lo * foot,
          ALONG_NORMAL[firstFlip] * foot,
          along[firstFlip].point
        );
        if (edge.distance < best.distance) best = edge;
      } else {
        const step = best.distance / Math.sqrt(t);
        const jumped = nearestFlipped(
          await query([1, 0.5, 0.25].map((k) => added(best.delta, normal, k * step)))
        );
        if (jumped) {
          const edge = await bisect(jumped.delta, 0, 1, jumped);
          if (edge.distance < best.distance) best = edge;
        }
      }
    }
    stalled = best.distance < before * (1 - 1e-3) ? 0 : stalled + 1;
  }
  return {
    row: space.row,
    queries: used,
    counterexample: {
      fields: best.fields,
      distance: best.distance,
      changes: changedCells(s.features, s.fields, best.fields)
    }
  };
  async function normalAt(at, radius, probes) {
    if (probes < 2) return void 0;
    const deltas = [];
    for (let i = 0; i < probes / 2; i++) {
      const u = unit(Float64Array.from({ length: d }, () => standardNormal(rng)));
      deltas.push(added(at.delta, u, radius), added(at.delta, u, -radius));
    }
    const answers = await query(deltas);
    const mean = answers.reduce((a, b) => a + (b.flipped ? 1 : -1), 0) / answers.length;
    if (Math.abs(mean) === 1) return void 0;
    const sum = new Float64Array(d);
    for (const { point, flipped } of answers) {
      const moved = point.delta.map((x, j) => x - at.delta[j]);
      const length = norm(moved);
      if (length === 0) continue;
      const weight = ((flipped ? 1 : -1) - mean) / length;
      for (let j = 0; j < d; j++) sum[j] += weight * moved[j];
    }
    return norm(sum) > 0 ? unit(sum) : void 0;
  }
}
function scaled(v, k) {
  return v.map((x) => x * k);
}
function added(v, w, k) {
  return v.map((x, j) => x + k * w[j]);
}
function dot(v, w) {
  let s = 0;
  for (let j = 0; j < v.length; j++) s += v[j] * w[j];
  return s;
}
function unit(v) {
  return scaled(v, 1 / norm(v));
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
var schema2 = object({ type: literal("categorical_swap"), ...detectorOptions }).strict();
var categoricalSwap = {
  type: "categorical_swap",
  title: "Category swapped for another observed value (frequency-weighted)",
  schema: schema2,
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
var AttackSchema = object({
  rows: number().int().positive().default(200).describe("Rows to attack (all rows when fewer)"),
  max_queries: number().int().min(10).default(1e3).describe("Model queries allowed per row; queries are sent in one batch per round for all rows"),
  epsilon: number().positive().default(0.5).describe(
    "Perturbation budget: a counterexample counts as a successful attack when its L2 size, each feature in units of its standard deviation, is at most this"
  ),
  seed: number().int().default(0),
  threshold: number().min(0).max(1).default(0.05).describe("Largest acceptable share of attacked rows with a counterexample within epsilon"),
  severity: _enum(["fail", "warn"]).default("fail")
}).strict();
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
  attack: AttackSchema.optional().describe(
    "A decision-based black-box attack (HopSkipJump-style) on the mutable numeric features: the smallest change that flips each row's outcome, within a query budget"
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

// packages/robustness/src/minimum-functionality.ts
function minimumFunctionalityRows(test, features) {
  const known = new Set(features);
  const unknown = [
    .../* @__PURE__ */ new Set([...Object.keys(test.defaults), ...test.cases.flatMap((c) => Object.keys(c.values))])
  ].filter((name) => !known.has(name));
  const rows = [];
  const missing = [];
  for (const c of test.cases) {
    const values = { ...test.defaults, ...c.values };
    missing.push(features.filter((f) => values[f] === void 0));
    rows.push(features.map((f) => values[f] === void 0 ? "" : String(values[f])));
  }
  return { rows, missing, unknown };
}
function minimumFunctionalityOutcomes(after, test, rule) {
  const n = test.cases.length;
  const output = new Float64Array(n);
  const failed = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const expected = test.cases[k].expect;
    if (rule.task === "regression") {
      output[k] = answer(after.value, k);
      failed[k] = Number(Math.abs(output[k] - expected) > test.tolerance);
    } else {
      output[k] = after.probability ? Number(answer(after.probability, k) >= rule.threshold) : answer(after.label, k);
      failed[k] = Number(output[k] !== expected);
    }
  }
  return { failed, shift: new Float64Array(n), output };
}
function answer(values, k) {
  const v = values?.[k];
  if (v === void 0) throw new RangeError(`the predictions have no answer for case ${k + 1}`);
  return v;
}

// packages/commands/src/evaluate-robustness/attack-results.ts
var ATTACK_METRICS = ["attack_success_rate", "attack_median_perturbation", "attack_queries"];
function successes(rows, epsilon) {
  return Uint8Array.from(rows, (r) => r.counterexample && r.counterexample.distance <= epsilon ? 1 : 0);
}
function medianPerturbation(rows) {
  const sizes = rows.flatMap((r) => r.counterexample ? [r.counterexample.distance] : []);
  return quantileSorted(Float64Array.from(sizes).sort(), 0.5);
}
var queriesOf = (rows) => rows.reduce((a, r) => a + r.queries, 0);
var fmtOrNone = (x) => x === null ? "n/a" : fmt(x);
var rowsOf = (o) => o && "rows" in o ? o.rows : void 0;
function attackMetrics(run, options) {
  const { level } = options;
  const challenger = rowsOf(run.challenger);
  if (!challenger) {
    const unavailable2 = `the challenger's scorer failed on the attack: ${run.challenger.crashed}`;
    return {
      attack_success_rate: { value: null, unavailable: unavailable2, greaterIsBetter: false },
      attack_median_perturbation: { value: null, unavailable: unavailable2, greaterIsBetter: true },
      attack_queries: { value: null, unavailable: unavailable2 }
    };
  }
  const champion = rowsOf(run.champion);
  const label = options.championLabel ? { label: options.championLabel } : {};
  const interval = (ci, method = FAIL_RATE_METHOD) => ci ? { ci: { lower: ci.lower, upper: ci.upper, level, method } } : {};
  const won = successes(challenger, run.options.epsilon);
  const rate = failRate(won, level);
  const success = { value: rate.rate, ...interval(rate.ci), n: rate.n, greaterIsBetter: false };
  if (rate.rate === null) success.unavailable = "no row had a mutable number the attack could move";
  const median = {
    value: medianPerturbation(challenger),
    n: challenger.filter((r) => r.counterexample).length,
    unit: "standard deviations (L2)",
    greaterIsBetter: true
  };
  if (median.value === null) median.unavailable = "no counterexample found within the query budget";
  const queries = { value: queriesOf(challenger), n: challenger.length };
  if (run.champion) {
    const base = champion ? failRate(successes(champion, run.options.epsilon), level) : void 0;
    success.baseline = { value: base?.rate ?? null, ...base ? interval(base.ci) : {}, ...label };
    median.baseline = { value: champion ? medianPerturbation(champion) : null, ...label };
    queries.baseline = { value: champion ? queriesOf(champion) : null, ...label };
    if (champion && champion.length === challenger.length) {
      const change = failRateChange(won, successes(champion, run.options.epsilon), level);
      if (change) success.delta = { value: change.estimate, ...interval(change, NEWCOMBE_METHOD) };
    }
  }
  return { attack_success_rate: success, attack_median_perturbation: median, attack_queries: queries };
}
function attackCheck(run, metrics) {
  const { epsilon, threshold, severity, max_queries } = run.options;
  const base = {
    id: "attack",
    title: `Boundary attack: share of rows flipped by a change of size ≤ ${fmt(epsilon)} (≤ ${max_queries} queries a row) ≤ ${fmt(threshold)}`,
    severity,
    expected: `≤ ${fmt(threshold)}`,
    metric: "attack_success_rate"
  };
  if ("crashed" in run.challenger) {
    return {
      ...base,
      status: "fail",
      observed: "scorer failed",
      message: `the model could not score the attack's rows: ${run.challenger.crashed}`
    };
  }
  const m = metrics.attack_success_rate;
  if (m.value === null) {
    return { ...base, status: "inconclusive", observed: "no row attacked", message: m.unavailable ?? "" };
  }
  const passed = m.value <= threshold;
  const found = run.challenger.rows.filter((r) => r.counterexample).length;
  return {
    ...base,
    status: passed ? "pass" : "fail",
    observed: `${Math.round(m.value * m.n)}/${m.n} = ${shownInterval(m)}`,
    ...passed ? {} : {
      message: `${Math.round(m.value * m.n)} of ${m.n} rows change outcome under a change of size ≤ ${fmt(epsilon)} (${found} counterexamples found in all, median size ${fmtOrNone(metrics.attack_median_perturbation.value)})`
    }
  };
}
function shownInterval(m) {
  if (m.value === null) return "n/a";
  return m.ci ? `${fmt(m.value)} [${fmt(m.ci.lower)}, ${fmt(m.ci.upper)}]` : fmt(m.value);
}
function attackDetails(run, metrics, options, lineOf) {
  const summary = (what, outcome) => {
    if ("crashed" in outcome) return [what, "", "scorer failed", "", "", ""];
    const rate = failRate(successes(outcome.rows, run.options.epsilon), options.level);
    return [
      what,
      outcome.rows.length,
      shownInterval({ value: rate.rate, ...rate.ci ? { ci: rate.ci } : {} }),
      outcome.rows.filter((r) => r.counterexample).length,
      fmtOrNone(medianPerturbation(outcome.rows)),
      queriesOf(outcome.rows)
    ];
  };
  const details = [
    {
      type: "table",
      title: `Boundary attack (success: a counterexample of size ≤ ${fmt(run.options.epsilon)} in standard deviations, L2; ${Math.round(options.level * 100)}% Wilson interval)`,
      columns: ["model", "rows attacked", "success rate", "counterexamples found", "median size", "queries"],
      rows: [
        summary("challenger", run.challenger),
        ...run.champion ? [summary("champion", run.champion)] : []
      ]
    }
  ];
  const fragile = (rowsOf(run.challenger) ?? []).filter((r) => r.counterexample).sort((a, b) => a.counterexample.distance - b.counterexample.distance).slice(0, options.fragileRows);
  if (fragile.length > 0 && metrics.attack_success_rate) {
    details.push({
      type: "table",
      title: `Smallest counterexamples: the ${fragile.length} rows the attack flipped with the least change`,
      columns: ["line", "size", "column", "original", "counterexample"],
      rows: fragile.flatMap(
        (r) => r.counterexample.changes.map((c, j) => [
          j === 0 ? lineOf(r.row) : "",
          j === 0 ? fmt(r.counterexample.distance) : "",
          c.column,
          c.from,
          c.to
        ])
      )
    });
  }
  return details;
}

// packages/commands/src/evaluate-robustness/attack-run.ts
function requireAttackableFeature(config, features, locate) {
  if (!config.attack || attackColumns(features).length > 0) return;
  const frozen = features.filter((f) => f.kind === "integer" || f.kind === "number").map((f) => f.name);
  throw new ConfigError("the attack has no feature to move: it changes mutable numeric features only", {
    location: locate(["attack"]),
    hint: frozen.length > 0 ? `the numeric features (${frozen.join(", ")}) are all immutable or constant; leave one out of immutable, or remove attack` : "the model sees no numeric feature; remove attack and test categories with invariance tests"
  });
}
async function runAttack(options, input) {
  const [challenger, champion] = input.models;
  const run = { options, challenger: await attackModel(challenger, options, input) };
  if (champion) run.champion = await attackModel(champion, options, input);
  return run;
}
async function attackModel(model, options, input) {
  const { dataset, features, run } = input;
  const columns = features.map((f) => f.name);
  const progress = createProgress({
    label: `attacking the ${model.what} (queries)`,
    total: Math.min(options.rows, dataset.rows) * options.max_queries
  });
  let round = 0;
  const decisions = decisionsOf(model.original, input.rule);
  try {
    const rows = await boundaryAttack({
      rows: input.rows,
      features,
      options: { rows: options.rows, maxQueries: options.max_queries, seed: options.seed },
      ...decisions ? { decisions } : {},
      changed: async (asked) => {
        round++;
        const batch = rowsDataset(
          { file: dataset.file, columns },
          asked.map((a) => a.fields),
          asked.map((a) => dataset.lineOf(a.row))
        );
        const after = await score(model.scorer, {
          dataset: batch,
          featureColumns: columns.map((_, i) => i),
          task: input.config.task,
          what: `${model.what}, attack round ${round}`,
          modelName: input.config.model,
          modelPath: model.modelPath,
          cwd: run.base,
          env: run.env,
          logger: run.logger,
          signal: run.signal
        });
        progress.tick(asked.length);
        const rowsAsked = asked.map((a) => a.row);
        return changedOutcomes(model.original, after, rowsAsked, input.rule).failed;
      }
    });
    progress.done();
    const queries = rows.reduce((a, r) => a + r.queries, 0);
    run.logger.info(
      `${model.what}: ${rows.length} rows attacked with ${queries} queries in ${round} batches`
    );
    return { rows };
  } catch (error) {
    progress.done();
    if (run.signal?.aborted || !(isMlopsError(error) || error instanceof RangeError)) throw error;
    const message = error.message;
    run.logger.warn(`the ${model.what} failed on the attack's rows: ${message}`);
    return { crashed: message };
  }
}
function decisionsOf(p, rule) {
  if (rule.task !== "classification") return void 0;
  if (p.probability) return p.probability.map((x) => x >= rule.threshold ? 1 : 0);
  return p.label;
}

// packages/commands/src/evaluate-robustness/detector-run.ts
function runDetector(options, input) {
  const detector = detectorDefinition(options.type);
  const cases = perturbRows(input.rows, input.features, detector, options);
  return scoreCases({ options, title: detector.title, cases }, input);
}
async function scoreCases(out, input, judge) {
  const { options, cases } = out;
  const result = { ...out };
  if (cases.length === 0) return result;
  const perturbed = rowsDataset(
    { file: input.dataset.file, columns: input.features.map((f) => f.name) },
    cases.map((c) => c.fields),
    judge?.lines ?? cases.map((c) => input.dataset.lineOf(c.row))
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
      result[key] = {
        outcomes: judge ? judge.outcomes(after) : changedOutcomes(model.original, after, rows, input.rule)
      };
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
      const name = behaviourTestName(test);
      const duplicate = () => {
        if (!seen.has(name)) {
          seen.add(name);
          return [];
        }
        return [
          new ConfigError(`two tests are named ${name}`, {
            location: locate(["behaviour", i, ...test.name ? ["name"] : ["column"]]),
            hint: "give each test a name of its own"
          })
        ];
      };
      if (test.type === "minimum_functionality") {
        return [...minimumFunctionalityErrors(test, i, names, locate), ...duplicate()];
      }
      const feature = features.find((f) => f.name === test.column);
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
      return duplicate();
    })
  );
}
function minimumFunctionalityErrors(test, i, names, locate) {
  const { missing, unknown } = minimumFunctionalityRows(test, names);
  const errors = unknown.map((column) => {
    const k = test.cases.findIndex((c) => column in c.values);
    const near = misspeltName(column, names);
    return new ConfigError(`${test.name} sets "${column}", which the model does not see`, {
      location: locate(
        column in test.defaults ? ["behaviour", i, "defaults", column] : ["behaviour", i, "cases", k, "values", column]
      ),
      hint: `${near ? `did you mean "${near}"? ` : ""}features: ${names.join(", ")}`
    });
  });
  missing.forEach((columns, k) => {
    if (columns.length === 0) return;
    errors.push(
      new ConfigError(`case ${k + 1} of ${test.name} gives no value for ${columns.join(", ")}`, {
        location: locate(["behaviour", i, "cases", k]),
        hint: "set them in the case's values, or for every case in the test's defaults"
      })
    );
  });
  return errors;
}
function titleOf(test) {
  if (test.type === "invariance") {
    return `Invariance: ${test.column} set to ${test.values ? test.values.join(", ") : "each observed value"} (score within ${fmt(test.tolerance)})`;
  }
  const change = "multiply" in test.change ? `×${test.change.multiply}` : `+${test.change.add}`;
  return `Directional: ${test.column} ${change} must not move the score against an ${test.expect}`;
}
function runBehaviourTest(test, input) {
  if (test.type === "minimum_functionality") return runMinimumFunctionality(test, input);
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
function runMinimumFunctionality(test, input) {
  const names = input.features.map((f) => f.name);
  const { rows } = minimumFunctionalityRows(test, names);
  const rule = input.config.task === "regression" ? { task: "regression" } : { task: "classification", threshold: input.threshold };
  return scoreCases(
    {
      options: {
        type: test.name,
        sample: rows.length,
        seed: 0,
        threshold: test.threshold,
        severity: test.severity
      },
      title: `Minimum functionality: ${rows.length} case(s) with expected answers`,
      cases: rows.map((fields, k) => ({ row: k, fields, changes: [] })),
      expectations: test.cases.map((c) => ({
        expected: c.expect,
        given: Object.entries({ ...test.defaults, ...c.values }).map(([k, v]) => `${k}=${v}`).join(", ")
      }))
    },
    input,
    {
      lines: test.cases.map((_, k) => input.locate(["behaviour", input.index, "cases", k]).line ?? 0),
      outcomes: (after) => minimumFunctionalityOutcomes(after, test, rule)
    }
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
  const failures = failingExpectations(runs);
  if (failures.length > 0) {
    details.push({
      type: "table",
      title: `Minimum-functionality failures: ${failures.length} case(s) the challenger got wrong${failures.length > MAX_LISTED ? `, the first ${MAX_LISTED}` : ""}`,
      columns: ["test", "case", "expected", "answered", "values"],
      rows: failures.slice(0, MAX_LISTED)
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
var MAX_LISTED = 50;
function failingExpectations(runs) {
  return runs.flatMap((run) => {
    const o = run.challenger;
    if (!run.expectations || !o || !("outcomes" in o)) return [];
    return run.expectations.flatMap(
      (e, k) => o.outcomes.failed[k] ? [[run.options.type, k + 1, fmt(e.expected), fmt(o.outcomes.output?.[k] ?? Number.NaN), e.given]] : []
    );
  });
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
          ...ATTACK_METRICS,
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
  requireAttackableFeature(config, features, locate);
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
  for (const [index, test] of config.behaviour.entries()) {
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
          threshold: config.threshold,
          locate,
          index
        })
      )
    );
  }
  let attack;
  if (config.attack) {
    const options2 = config.attack;
    attack = await logger.group(
      "Boundary attack",
      () => runAttack(options2, { dataset, rows, features, models, rule, config, run })
    );
  }
  const resultOptions = {
    level: config.level,
    fragileRows: config.fragile_rows,
    ...champion ? { championLabel: `${champion.version.model}@${champion.version.version}` } : {}
  };
  envelope.metrics = robustnessMetrics(runs, resultOptions);
  for (const { check, metric } of sanity) envelope.metrics[check.metric] = metric;
  if (attack) Object.assign(envelope.metrics, attackMetrics(attack, resultOptions));
  envelope.details = [
    ...robustnessDetails(runs, envelope.metrics, resultOptions, dataset.lineOf),
    ...attack ? attackDetails(attack, envelope.metrics, resultOptions, dataset.lineOf) : []
  ];
  envelope.checks = [
    ...sanity.map((s) => s.check),
    ...detectorChecks(
      runs,
      config.level,
      sanity.some((s) => s.check.id === "stochasticity" && s.check.status === "fail")
    ),
    ...attack ? [attackCheck(attack, envelope.metrics)] : [],
    ...evaluateGates(config.gates, envelope.metrics, { firstVersion: champion === void 0 })
  ];
  envelope.status = statusFromChecks(envelope.checks);
  const worst = envelope.metrics.fail_rate;
  const worstRun = runs.find((r) => envelope.metrics[`fail_rate[${r.options.type}]`] === worst);
  envelope.summary = worst?.value != null ? `worst fail rate ${(worst.value * 100).toFixed(1)}% (${worstRun?.options.type}) of ${runs.length} detectors and tests` : worst?.unavailable ?? "no fail rate";
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
