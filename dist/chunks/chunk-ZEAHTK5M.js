import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  closestName,
  misspeltName
} from "./chunk-JHYWLUR6.js";
import {
  DEFAULT_CALIBRATION_BINS,
  Xoshiro128,
  assertBinaryLabels,
  assertSameLength,
  averagePrecision,
  binomialPmf,
  brierScore,
  expectedCalibrationError,
  finiteValues,
  logLoss,
  maxError,
  meanAbsoluteError,
  meanAbsolutePercentageError,
  meanSquaredError,
  midranks,
  pairedDeltaReplicates,
  percentileInterval,
  poissonTerm,
  presentCategories,
  r2Score,
  resolveBootstrapOptions,
  rocAuc,
  rootMeanSquaredError,
  sampleMultinomial
} from "./chunk-VUGF5SOQ.js";
import {
  neutraliseCommands
} from "./chunk-6FBGY4P7.js";
import {
  redact
} from "./chunk-PYTCQQ7B.js";
import {
  _enum,
  array,
  boolean,
  number,
  object,
  string
} from "./chunk-33725BPV.js";
import {
  ConfigError
} from "./chunk-CYLWIE3E.js";

// packages/core/src/gates.ts
var MLFLOW_FIELDS = ["threshold", "min_absolute_change", "min_relative_change"];
var OWN_FIELDS = [
  "min",
  "max",
  "max_regression",
  "max_relative_regression",
  "non_inferiority_margin",
  "superiority_margin"
];
var GateSchema = object({
  metric: string().min(1).describe("Name of the metric in the evaluation's results"),
  id: string().min(1).optional().describe("Stable id for the check; defaults to gate:<metric>"),
  title: string().optional(),
  severity: _enum(["fail", "warn"]).default("fail").describe("fail blocks, warn reports"),
  optional: boolean().optional().describe(
    "Skip the gate (status skipped, saying why) when its metric, the metric's value or the baseline's value is missing, instead of failing or being inconclusive"
  ),
  min: number().optional().describe("The value must be ≥ min"),
  max: number().optional().describe("The value must be ≤ max"),
  threshold: number().optional().describe("MLflow MetricThreshold.threshold: ≥ when greater_is_better, else ≤"),
  greater_is_better: boolean().optional().describe("Direction of improvement; defaults to the metric's own direction"),
  min_absolute_change: number().positive().optional().describe("MLflow: must beat the baseline by at least this much (point estimate)"),
  min_relative_change: number().min(0).max(1).optional().describe(
    "MLflow: must beat the baseline by at least this fraction of |baseline| (point estimate; MLflow divides by the signed baseline, see mlflow_compat)"
  ),
  max_regression: number().min(0).optional().describe("May be worse than the baseline by at most this much (point estimate)"),
  max_relative_regression: number().min(0).optional().describe("May be worse than the baseline by at most this fraction of |baseline| (point estimate)"),
  non_inferiority_margin: number().min(0).optional().describe(
    "Statistical: the delta's interval must lie above −margin (no worse than the baseline by more)"
  ),
  superiority_margin: number().min(0).optional().describe("Statistical: the delta's interval must lie above +margin (better than the baseline)"),
  min_samples: number().int().positive().optional().describe("Fewer samples than this makes the gate inconclusive"),
  mlflow_compat: boolean().optional().describe(
    "Decide threshold, min_absolute_change and min_relative_change exactly as MLflow's validate_evaluation_results does: relative change divided by the signed baseline, exact floating-point comparisons, and a change criterion without a baseline value fails"
  )
}).strict().refine((g2) => [...MLFLOW_FIELDS, ...OWN_FIELDS].some((k) => g2[k] !== void 0), {
  message: `a gate needs at least one criterion (${[...MLFLOW_FIELDS, ...OWN_FIELDS].join(", ")})`
}).refine((g2) => !g2.mlflow_compat || OWN_FIELDS.every((k) => g2[k] === void 0), {
  message: `mlflow_compat applies to MLflow's own criteria (${MLFLOW_FIELDS.join(", ")}); put ${OWN_FIELDS.join(", ")} in a gate without it`,
  path: ["mlflow_compat"]
});
var GatesSchema = array(GateSchema);
var EPS = 1e-12;
var geq = (a, b) => a >= b - EPS * Math.max(1, Math.abs(a), Math.abs(b));
var exactGeq = (a, b) => a >= b;
var RANK = { skipped: 0, pass: 1, inconclusive: 2, fail: 3, error: 4 };
function evaluateGate(gate, metrics, options = {}) {
  const id = gate.id ?? `gate:${gate.metric}`;
  const title = gate.title ?? `${gate.metric} gate`;
  const base = { id, title, severity: gate.severity, metric: gate.metric, gate: true };
  const metric = metrics[gate.metric];
  if (!metric) {
    const names = Object.keys(metrics);
    const near = closestName(gate.metric, names);
    const message = `metric "${gate.metric}" is not in the results${near ? ` — did you mean "${near}"?` : ""}${names.length > 0 ? ` (available: ${names.join(", ")})` : ""}`;
    return gate.optional ? { ...base, status: "skipped", skip: "optional", message: `optional gate: ${message}` } : { ...base, status: "error", message };
  }
  const direction = gate.greater_is_better ?? metric.greaterIsBetter;
  const criteria = criteriaFor(gate, metric, direction, options).map(
    (c) => gate.optional && c.missingInput ? { status: "skipped", expected: c.expected, reason: `optional gate: ${c.reason}`, skip: "optional" } : c
  );
  let expected = criteria.map((c) => c.expected).join("; ");
  const observed = describeObserved(metric);
  let status = "skipped";
  for (const c of criteria) if (RANK[c.status] > RANK[status]) status = c.status;
  const reasons = criteria.filter((c) => c.status !== "pass" && c.reason).map((c) => c.reason);
  const tooFew = gate.min_samples !== void 0 && (metric.n === void 0 || metric.n < gate.min_samples);
  if (tooFew && status !== "skipped" && status !== "error") {
    status = "inconclusive";
    expected += `; n ≥ ${gate.min_samples}`;
    reasons.unshift(
      metric.n === void 0 ? `sample size unknown; the gate needs n ≥ ${gate.min_samples}` : `only ${metric.n} samples; the gate needs n ≥ ${gate.min_samples} to decide`
    );
  }
  const skip = status === "skipped" ? skipCause(criteria) : void 0;
  return {
    ...base,
    status,
    ...skip ? { skip } : {},
    observed,
    expected,
    message: reasons.length > 0 ? [...new Set(reasons)].join("; ") : void 0
  };
}
function skipCause(criteria) {
  return criteria.some((c) => c.skip === "first-version") ? "first-version" : "optional";
}
function unknownGateMetrics(gates, evaluation, locate) {
  const produces = evaluation.produces ?? ((m) => evaluation.known.includes(m));
  return gates.flatMap((gate, i) => {
    if (produces(gate.metric)) return [];
    const near = misspeltName(gate.metric, evaluation.known);
    return [
      new ConfigError(`${evaluation.what} never produces a metric "${gate.metric}"`, {
        location: locate(["gates", i, "metric"]),
        hint: `${near ? `did you mean "${near}"? ` : ""}it produces: ${evaluation.known.join(", ")}`
      })
    ];
  });
}
function evaluateGates(gates, metrics, options = {}) {
  const seen = /* @__PURE__ */ new Map();
  return gates.map((g2) => {
    const check = evaluateGate(g2, metrics, options);
    const count = seen.get(check.id) ?? 0;
    seen.set(check.id, count + 1);
    return count === 0 ? check : { ...check, id: `${check.id}#${count + 1}` };
  });
}
function comparesWithBaseline(gate) {
  return [
    gate.min_absolute_change,
    gate.min_relative_change,
    gate.max_regression,
    gate.max_relative_regression,
    gate.non_inferiority_margin,
    gate.superiority_margin
  ].some((k) => k !== void 0);
}
function criteriaFor(gate, metric, direction, options) {
  const out = [];
  const v = metric.value;
  const ge = gate.mlflow_compat ? exactGeq : geq;
  const candidateUnknown = (expected) => ({
    status: "inconclusive",
    expected,
    missingInput: true,
    reason: metric.unavailable ? `the metric could not be computed: ${metric.unavailable}` : "the metric could not be computed"
  });
  const needsDirection = (expected) => ({
    status: "error",
    expected,
    reason: "direction unknown: set greater_is_better on the gate"
  });
  if (gate.min !== void 0) {
    const e = `≥ ${fmt(gate.min)}`;
    out.push(
      v === null ? candidateUnknown(e) : pass(geq(v, gate.min), e, `${fmt(v)} is below ${fmt(gate.min)}`)
    );
  }
  if (gate.max !== void 0) {
    const e = `≤ ${fmt(gate.max)}`;
    out.push(
      v === null ? candidateUnknown(e) : pass(geq(gate.max, v), e, `${fmt(v)} is above ${fmt(gate.max)}`)
    );
  }
  if (gate.threshold !== void 0) {
    const t = gate.threshold;
    if (direction === void 0) out.push(needsDirection(`threshold ${fmt(t)}`));
    else {
      const e = `${direction ? "≥" : "≤"} ${fmt(t)}`;
      out.push(
        v === null ? candidateUnknown(e) : pass(direction ? ge(v, t) : ge(t, v), e, `${fmt(v)} does not meet the threshold ${fmt(t)}`)
      );
    }
  }
  if (!comparesWithBaseline(gate)) return out;
  if (direction === void 0) {
    out.push(needsDirection("change vs baseline"));
    return out;
  }
  if (v === null) {
    out.push(candidateUnknown("change vs baseline"));
    return out;
  }
  if (metric.baseline === void 0) {
    out.push(withoutBaseline(gate, options));
    return out;
  }
  const b = metric.baseline.value;
  const baselineUnknown = (expected) => ({
    status: "inconclusive",
    expected,
    missingInput: true,
    reason: `the baseline's ${gate.metric} could not be computed, so the change cannot be judged`
  });
  const sign = direction ? 1 : -1;
  const word = direction ? "higher" : "lower";
  const pointChange = (expected, test, failReason) => {
    if (b === null) out.push(baselineUnknown(expected));
    else out.push(pass(test(v, b), expected, failReason));
  };
  if (gate.min_absolute_change !== void 0) {
    const d = gate.min_absolute_change;
    pointChange(
      `Δ ${direction ? "≥ +" : "≤ −"}${fmt(d)} vs baseline`,
      (v2, b2) => direction ? ge(v2, b2 + d) : ge(b2 - d, v2),
      `does not beat the baseline by ${fmt(d)}`
    );
  }
  if (gate.min_relative_change !== void 0) {
    const r = gate.min_relative_change;
    pointChange(
      `${fmtPct(r)} ${word} than baseline`,
      (v2, b2) => {
        if (b2 === 0) return direction ? ge(v2, b2 + 1e-10) : ge(b2 - 1e-10, v2);
        return gate.mlflow_compat ? sign * (v2 - b2) / b2 >= r : geq(sign * (v2 - b2) / Math.abs(b2), r);
      },
      `does not beat the baseline by ${fmtPct(r)}`
    );
  }
  if (gate.max_regression !== void 0) {
    const m = gate.max_regression;
    pointChange(
      `at most ${fmt(m)} worse than baseline`,
      (v2, b2) => geq(sign * (v2 - b2), -m),
      `worse than the baseline by more than ${fmt(m)}`
    );
  }
  if (gate.max_relative_regression !== void 0) {
    const m = gate.max_relative_regression;
    pointChange(
      `at most ${fmtPct(m)} worse than baseline`,
      (v2, b2) => b2 === 0 ? geq(sign * (v2 - b2), 0) : geq(sign * (v2 - b2) / Math.abs(b2), -m),
      `worse than the baseline by more than ${fmtPct(m)}`
    );
  }
  const ci = metric.delta?.ci;
  const statistical = (expected, margin) => {
    if (b === null) {
      out.push(baselineUnknown(expected));
      return;
    }
    if (!ci) {
      out.push({
        status: "inconclusive",
        expected,
        reason: "no confidence interval for the change vs baseline, so the statistical criterion cannot decide"
      });
      return;
    }
    const lo = direction ? ci.lower : -ci.upper;
    const hi = direction ? ci.upper : -ci.lower;
    if (lo > margin) out.push({ status: "pass", expected });
    else if (hi <= margin) {
      out.push({
        status: "fail",
        expected,
        reason: `the ${level(ci)} interval of the change ${fmtInterval(ci)} lies entirely ${margin < 0 ? `below the margin ${fmtSigned(sign * margin)}` : "on the wrong side"}`
      });
    } else {
      out.push({
        status: "inconclusive",
        expected,
        reason: `the ${level(ci)} interval of the change ${fmtInterval(ci)} crosses ${fmtSigned(sign * margin)}: not enough evidence either way`
      });
    }
  };
  if (gate.non_inferiority_margin !== void 0) {
    const m = gate.non_inferiority_margin;
    statistical(`no worse than baseline by more than ${fmt(m)} (${ci ? level(ci) : "95%"} CI)`, -m);
  }
  if (gate.superiority_margin !== void 0) {
    const m = gate.superiority_margin;
    statistical(
      m === 0 ? `${word} than baseline (${ci ? level(ci) : "95%"} CI)` : `${word} than baseline by more than ${fmt(m)} (${ci ? level(ci) : "95%"} CI)`,
      m
    );
  }
  return out;
}
function withoutBaseline(gate, options) {
  const expected = "vs baseline";
  if (gate.mlflow_compat) {
    return {
      status: "fail",
      expected,
      missingInput: true,
      reason: `no baseline value for ${gate.metric}: MLflow fails a change criterion without one`
    };
  }
  if (options.firstVersion) {
    return {
      status: "skipped",
      expected,
      skip: "first-version",
      reason: "first version: there is no earlier version to compare with, so only absolute criteria apply"
    };
  }
  if (options.noBase) {
    return {
      status: "skipped",
      expected,
      skip: "no-base",
      reason: "no base: this run has no base version to compare with (give a base ref, as a pull request does)"
    };
  }
  return {
    status: "inconclusive",
    expected,
    missingInput: true,
    reason: `the baseline has no value for ${gate.metric} (it cannot produce this metric), so the change cannot be judged`
  };
}
function pass(ok, expected, reason) {
  return ok ? { status: "pass", expected } : { status: "fail", expected, reason };
}
function level(ci) {
  return `${Math.round(ci.level * 1e3) / 10}%`;
}
function describeObserved(metric) {
  if (metric.value === null) return "not computed";
  let out = fmt(metric.value);
  if (metric.ci) out += ` ${fmtInterval(metric.ci)}`;
  if (metric.baseline && metric.baseline.value !== null) {
    const delta = metric.delta?.value ?? metric.value - metric.baseline.value;
    out += `; Δ ${fmtSigned(delta)}`;
    if (metric.delta?.ci) out += ` ${fmtInterval(metric.delta.ci)}`;
    out += ` vs ${fmt(metric.baseline.value)}`;
  }
  if (metric.n !== void 0) out += `; n=${metric.n}`;
  return out;
}
function fmt(x) {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return "0";
  const abs = Math.abs(x);
  if (abs >= 1e6 || abs < 1e-4) return x.toExponential(3).replace(/\.?0+e/, "e");
  return String(Number(x.toPrecision(4)));
}
function fmtSigned(x) {
  return x > 0 ? `+${fmt(x)}` : x < 0 ? `−${fmt(-x)}` : "0";
}
function fmtPct(x) {
  return `${Number((x * 100).toPrecision(4))}%`;
}
function fmtInterval(ci) {
  return `[${fmt(ci.lower)}, ${fmt(ci.upper)}]`;
}

// packages/core/src/progress.ts
function formatDuration(ms) {
  if (!Number.isFinite(ms)) return "?";
  const s = Math.round(ms / 1e3);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}
function progressLine(label, count, total, elapsedMs) {
  const rate = elapsedMs > 0 ? count * 1e3 / elapsedMs : 0;
  const rateText = `${rate >= 100 ? Math.round(rate) : rate.toFixed(1)}/s`;
  if (total === void 0 || total <= 0) return `${label}: ${count} done, ${rateText}`;
  const pct = Math.min(100, Math.floor(count / total * 100));
  const eta = rate > 0 ? (total - count) / rate * 1e3 : Number.POSITIVE_INFINITY;
  return `${label}: ${count}/${total} (${pct}%), ${rateText}, ETA ${count >= total ? "0s" : formatDuration(eta)}`;
}
function createProgress(options) {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? Date.now;
  const interval = options.intervalMs ?? 1e4;
  const tty = Boolean(stream.isTTY) && process.env.GITHUB_ACTIONS !== "true";
  const start = now();
  const label = neutraliseCommands(redact(options.label).replace(/[\r\n]+/g, " "));
  let total = options.total;
  let count = 0;
  let lastWrite = start;
  let finished = false;
  const bar = () => {
    const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - 60));
    const frac = total ? Math.min(1, count / total) : 0;
    const filled = Math.round(frac * width);
    return `\r[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${progressLine(label, count, total, now() - start)}\x1B[K`;
  };
  const report = (force) => {
    const t = now();
    if (tty) {
      if (force || t - lastWrite >= 100) {
        stream.write(bar());
        lastWrite = t;
      }
    } else if (force || t - lastWrite >= interval) {
      stream.write(`${progressLine(label, count, total, t - start)}
`);
      lastWrite = t;
    }
  };
  return {
    get count() {
      return count;
    },
    tick(n = 1) {
      count += n;
      report(false);
    },
    setTotal(t) {
      total = t;
    },
    done() {
      if (finished) return;
      finished = true;
      report(true);
      if (tty) stream.write("\n");
    }
  };
}

// packages/stats/src/benjamini-hochberg.ts
function benjaminiHochberg(pValues) {
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((a, b) => pValues[a] - pValues[b]);
  const q = new Array(m);
  let running = 1;
  for (let k = m - 1; k >= 0; k--) {
    const i = order[k];
    running = Math.min(running, pValues[i] * m / (k + 1));
    q[i] = running;
  }
  return q;
}

// packages/stats/src/normal-distribution.ts
var ERFC_P = [
  2461969814735305e-25,
  0.5641895648310689,
  7.463210564422699,
  48.63719709856814,
  196.5208329560771,
  526.4451949954773,
  934.5285271719576,
  1027.5518868951572,
  557.5353353693994
];
var ERFC_Q = [
  13.228195115474499,
  86.70721408859897,
  354.9377788878199,
  975.7085017432055,
  1823.9091668790973,
  2246.3376081871097,
  1656.6630919416134,
  557.5353408177277
];
var ERFC_R = [
  0.5641895835477551,
  1.275366707599781,
  5.019050422511805,
  6.160210979930536,
  7.4097426995044895,
  2.9788666537210022
];
var ERFC_S = [
  2.2605286322011726,
  9.396035249380015,
  12.048953980809666,
  17.08144507475659,
  9.608968090632859,
  3.369076451000815
];
var ERF_T = [9.604973739870516, 90.02601972038427, 2232.005345946843, 7003.325141128051, 55592.30130103949];
var ERF_U = [
  33.56171416475031,
  521.3579497801527,
  4594.323829709801,
  22629.000061389095,
  49267.39426086359
];
var MAXLOG = 709.782712893384;
function polevl(x, coef) {
  let ans = coef[0];
  for (let i = 1; i < coef.length; i++) ans = ans * x + coef[i];
  return ans;
}
function p1evl(x, coef) {
  let ans = x + coef[0];
  for (let i = 1; i < coef.length; i++) ans = ans * x + coef[i];
  return ans;
}
function erf(x) {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return -erf(-x);
  if (x > 1) return 1 - erfc(x);
  const z3 = x * x;
  return x * polevl(z3, ERF_T) / p1evl(z3, ERF_U);
}
function erfc(a) {
  if (Number.isNaN(a)) return Number.NaN;
  const x = Math.abs(a);
  if (x < 1) return 1 - erf(a);
  const z3 = -a * a;
  if (z3 < -MAXLOG) return a < 0 ? 2 : 0;
  const e = Math.exp(z3);
  const p = x < 8 ? polevl(x, ERFC_P) : polevl(x, ERFC_R);
  const q = x < 8 ? p1evl(x, ERFC_Q) : p1evl(x, ERFC_S);
  const y = e * p / q;
  return a < 0 ? 2 - y : y;
}
function normalCdf(x) {
  const t = x * Math.SQRT1_2;
  const z3 = Math.abs(t);
  if (z3 < 1) return 0.5 + 0.5 * erf(t);
  const y = 0.5 * erfc(z3);
  return t > 0 ? 1 - y : y;
}
function normalSf(x) {
  return normalCdf(-x);
}
function twoSidedNormalPValue(z3) {
  return Math.min(1, 2 * normalSf(Math.abs(z3)));
}
var ACKLAM_A = [
  -39.69683028665376,
  220.9460984245205,
  -275.9285104469687,
  138.357751867269,
  -30.66479806614716,
  2.506628277459239
];
var ACKLAM_B = [
  -54.47609879822406,
  161.5858368580409,
  -155.6989798598866,
  66.80131188771972,
  -13.28068155288572
];
var ACKLAM_C = [
  -0.007784894002430293,
  -0.3223964580411365,
  -2.400758277161838,
  -2.549732539343734,
  4.374664141464968,
  2.938163982698783
];
var ACKLAM_D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
function normalQuantile(p) {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`normalQuantile needs p in [0, 1], got ${p}`);
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p > 0.5) return -normalQuantile(1 - p);
  let x;
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = polevl(q, ACKLAM_C) / (polevl(q, ACKLAM_D) * q + 1);
  } else {
    const q = p - 0.5;
    const r = q * q;
    x = polevl(r, ACKLAM_A) * q / (polevl(r, ACKLAM_B) * r + 1);
  }
  for (let step = 0; step < 2; step++) {
    const e = normalCdf(x) - p;
    const u = e * Math.sqrt(2 * Math.PI) * Math.exp(x * x / 2);
    x -= u / (1 + x * u / 2);
  }
  return x;
}

// packages/stats/src/delong.ts
var DELONG_INTERVAL_MIN_ROWS = 1e4;
function delongTest(labels, candidateScores, baselineScores, options = {}) {
  const level2 = options.level ?? 0.95;
  if (!(level2 > 0 && level2 < 1)) {
    throw new ConfigError(`Confidence level must lie strictly between 0 and 1, got ${level2}`, {
      hint: "Write 0.95 for a 95% interval."
    });
  }
  assertSameLength(
    "DeLong",
    { name: "labels", values: labels },
    { name: "candidate", values: candidateScores }
  );
  assertSameLength(
    "DeLong",
    { name: "labels", values: labels },
    { name: "baseline", values: baselineScores }
  );
  assertBinaryLabels("labels", labels);
  let m = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i] === 1) m++;
  const n = labels.length - m;
  if (m < 2 || n < 2) return null;
  const candidate = structuralComponents(labels, candidateScores, m, n);
  const baseline = structuralComponents(labels, baselineScores, m, n);
  const varCandidate = covariance(candidate.v10, candidate.v10) / m + covariance(candidate.v01, candidate.v01) / n;
  const varBaseline = covariance(baseline.v10, baseline.v10) / m + covariance(baseline.v01, baseline.v01) / n;
  const between = covariance(candidate.v10, baseline.v10) / m + covariance(candidate.v01, baseline.v01) / n;
  const difference2 = candidate.auc - baseline.auc;
  const standardError = Math.sqrt(Math.max(0, varCandidate + varBaseline - 2 * between));
  let z3;
  if (standardError > 0) z3 = difference2 / standardError;
  else z3 = difference2 === 0 ? 0 : difference2 * Number.POSITIVE_INFINITY;
  const half = normalQuantile((1 + level2) / 2) * standardError;
  return {
    candidateAuc: candidate.auc,
    baselineAuc: baseline.auc,
    difference: difference2,
    covariance: { candidate: varCandidate, baseline: varBaseline, between },
    standardError,
    z: z3,
    pValue: twoSidedNormalPValue(z3),
    ci: { lower: difference2 - half, upper: difference2 + half, level: level2 }
  };
}
function structuralComponents(labels, scores, m, n) {
  const positives = new Float64Array(m);
  const negatives = new Float64Array(n);
  let p = 0;
  let q = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === 1) positives[p++] = scores[i];
    else negatives[q++] = scores[i];
  }
  const all = new Float64Array(m + n);
  all.set(positives);
  all.set(negatives, m);
  const tz = midranks(all);
  const tx = midranks(positives);
  const ty = midranks(negatives);
  const v10 = new Float64Array(m);
  const v01 = new Float64Array(n);
  let rankSum = 0;
  for (let i = 0; i < m; i++) {
    rankSum += tz[i];
    v10[i] = (tz[i] - tx[i]) / n;
  }
  for (let j = 0; j < n; j++) v01[j] = 1 - (tz[m + j] - ty[j]) / m;
  return { auc: (rankSum - m * (m + 1) / 2) / (m * n), v10, v01 };
}
function covariance(a, b) {
  const k = a.length;
  let meanA = 0;
  let meanB = 0;
  for (let i = 0; i < k; i++) {
    meanA += a[i];
    meanB += b[i];
  }
  meanA /= k;
  meanB /= k;
  let sum2 = 0;
  for (let i = 0; i < k; i++) sum2 += (a[i] - meanA) * (b[i] - meanB);
  return sum2 / (k - 1);
}

// packages/stats/src/category-counts.ts
function countCategories(values) {
  const counts = /* @__PURE__ */ new Map();
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === void 0 || typeof v === "number" && Number.isNaN(v)) continue;
    counts.set(v, (counts.get(v) ?? 0) + 1);
    total++;
  }
  return { counts, total };
}
function unionOfCategories(a, b) {
  const keys = [...a.counts.keys()];
  for (const key of b.counts.keys()) if (!a.counts.has(key)) keys.push(key);
  return keys;
}

// packages/stats/src/chi-square-distribution.ts
var EPSILON = 1e-17;
var TINY = 1e-300;
function regularizedGammaQ(a, x) {
  if (x <= 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  const prefactor = poissonTerm(a, x);
  if (x < a + 1) {
    let term = 1;
    let sum2 = 1;
    for (let k = 1; k < 1e5 && term > sum2 * EPSILON; k++) {
      term *= x / (a + k);
      sum2 += term;
    }
    return 1 - prefactor * sum2;
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1e5; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) <= Number.EPSILON) break;
  }
  return a * prefactor * h;
}
function chiSquareSf(x, df) {
  if (!(Number.isInteger(df) && df >= 1)) throw new RangeError(`chi-square needs df ≥ 1, got ${df}`);
  return Math.min(1, Math.max(0, regularizedGammaQ(df / 2, x / 2)));
}

// packages/stats/src/chi-square-test.ts
function chiSquareTest(reference, current) {
  const ref = countCategories(reference);
  const cur = countCategories(current);
  const keys = unionOfCategories(ref, cur);
  const degreesOfFreedom = Math.max(0, keys.length - 1);
  if (ref.total === 0 || cur.total === 0 || keys.length < 2) {
    return { statistic: 0, pValue: 1, degreesOfFreedom };
  }
  const kNorm = cur.total / ref.total;
  let statistic = 0;
  for (const key of keys) {
    const expected = (ref.counts.get(key) ?? 0) * kNorm;
    const observed = cur.counts.get(key) ?? 0;
    statistic += (observed - expected) ** 2 / expected;
  }
  return { statistic, pValue: chiSquareSf(statistic, degreesOfFreedom), degreesOfFreedom };
}

// packages/stats/src/drift-tests/chisquare.ts
var chisquare = {
  id: "chisquare",
  label: "chi-square",
  columnTypes: ["numerical", "categorical"],
  threshold: 0.05,
  direction: "p-value-below",
  run: ({ reference, current }) => chiSquareTest(reference, current)
};

// packages/stats/src/binning.ts
var HISTOGRAM_MIN_UNIQUE = 20;
function binnedShares(reference, current, columnType, options) {
  let result;
  if (columnType === "numerical") {
    const ref = finiteValues(numbersOnly(reference));
    const cur = finiteValues(numbersOnly(current));
    if (ref.length === 0 || cur.length === 0) return noBins();
    result = new Set(ref).size > HISTOGRAM_MIN_UNIQUE ? histogramShares(ref, cur) : categoryShares(ref, cur);
  } else {
    result = categoryShares(reference, current);
  }
  if (result.bins.length === 0) return result;
  if (options.fillEmpty) {
    fillEmptyBins(result.reference);
    fillEmptyBins(result.current);
  }
  return result;
}
function noBins() {
  return { bins: [], reference: new Float64Array(0), current: new Float64Array(0) };
}
function numbersOnly(values) {
  return Array.from(values, (v) => typeof v === "number" ? v : null);
}
function categoryShares(reference, current) {
  const ref = countCategories(reference);
  const cur = countCategories(current);
  if (ref.total === 0 || cur.total === 0) return noBins();
  const keys = unionOfCategories(ref, cur);
  return {
    bins: keys.map((category) => ({ label: String(category), category })),
    reference: Float64Array.from(keys, (k) => (ref.counts.get(k) ?? 0) / ref.total),
    current: Float64Array.from(keys, (k) => (cur.counts.get(k) ?? 0) / cur.total)
  };
}
function histogramShares(reference, current) {
  const edges = sturgesBinEdges(reference, current);
  const refCounts = histogramCounts(reference, edges);
  const curCounts = histogramCounts(current, edges);
  const bins = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const low = edges[i];
    const high = edges[i + 1];
    bins.push({ label: `[${low}, ${high}${i + 2 === edges.length ? "]" : ")"}`, low, high });
  }
  return {
    bins,
    reference: refCounts.map((c) => c / reference.length),
    current: curCounts.map((c) => c / current.length)
  };
}
function sturgesBinEdges(a, b) {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const sample of [a, b]) {
    for (const v of sample) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  const size = a.length + b.length;
  let first = min;
  let last = max;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const width = (max - min) / (Math.log2(size) + 1);
  const count = width ? Math.ceil((last - first) / width) : 1;
  const step = (last - first) / count;
  const edges = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) edges[i] = i * step + first;
  edges[count] = last;
  return edges;
}
function histogramCounts(values, edges) {
  const bins = edges.length - 1;
  const counts = new Float64Array(bins);
  const last = edges[bins];
  for (const v of values) {
    if (v < edges[0] || v > last) continue;
    if (v === last) {
      counts[bins - 1]++;
      continue;
    }
    let lo = 0;
    let hi = bins;
    while (hi - lo > 1) {
      const mid = lo + hi >>> 1;
      if (edges[mid] <= v) lo = mid;
      else hi = mid;
    }
    counts[lo]++;
  }
  return counts;
}
function fillEmptyBins(shares) {
  let smallest = Number.POSITIVE_INFINITY;
  for (const s of shares) if (s !== 0 && s < smallest) smallest = s;
  if (smallest === Number.POSITIVE_INFINITY) return;
  const fill = smallest <= 1e-4 ? smallest / 10 ** 6 : 1e-4;
  for (let i = 0; i < shares.length; i++) if (shares[i] === 0) shares[i] = fill;
}

// packages/stats/src/sorted-binning.ts
function sortedNumericShares(reference, current) {
  const refDistinct = distinctSorted(reference, 21);
  if (refDistinct.values.length > 20) {
    const edges = sturgesBinEdges(reference, current);
    return {
      reference: histogramCounts(reference, edges).map((c) => c / reference.length),
      current: histogramCounts(current, edges).map((c) => c / current.length)
    };
  }
  const curDistinct = distinctSorted(current, Number.POSITIVE_INFINITY);
  const index = /* @__PURE__ */ new Map();
  for (const v of refDistinct.values) index.set(v, index.size);
  for (const v of curDistinct.values) if (!index.has(v)) index.set(v, index.size);
  const shares = (d, n) => {
    const out = new Float64Array(index.size);
    d.values.forEach((v, i) => {
      out[index.get(v)] = d.counts[i] / n;
    });
    return out;
  };
  return { reference: shares(refDistinct, reference.length), current: shares(curDistinct, current.length) };
}
function sharesOfCounts(counts) {
  let total = 0;
  for (const c of counts) total += c;
  return counts.map((c) => c / total);
}
function distinctSorted(sorted, limit) {
  const values = [];
  const counts = [];
  for (let i = 0; i < sorted.length; ) {
    const v = sorted[i];
    let j = i + 1;
    while (j < sorted.length && sorted[j] === v) j++;
    values.push(v);
    counts.push(j - i);
    if (values.length >= limit) break;
    i = j;
  }
  return { values, counts };
}

// packages/stats/src/drift-tests/hellinger.ts
var hellinger = {
  id: "hellinger",
  label: "Hellinger",
  columnTypes: ["numerical", "categorical"],
  threshold: 0.1,
  direction: "distance-at-least",
  run: ({ kind, reference, current }) => kind === "numerical" ? sortedNumericDistance(reference.slice().sort(), current.slice().sort()) : distance(binnedShares(reference, current, kind, { fillEmpty: false })),
  runOnSample: ({ kind, reference, current }) => kind === "numerical" ? sortedNumericDistance(reference, current) : distance({ reference: sharesOfCounts(reference), current: sharesOfCounts(current) })
};
function sortedNumericDistance(reference, current) {
  const edges = sturgesBinEdges(distinctOfSorted(reference, current), new Float64Array(0));
  return distance({
    reference: histogramCounts(reference, edges).map((c) => c / reference.length),
    current: histogramCounts(current, edges).map((c) => c / current.length)
  });
}
function distance({ reference, current }) {
  let sum2 = 0;
  for (let i = 0; i < reference.length; i++) {
    const d = Math.sqrt(reference[i]) - Math.sqrt(current[i]);
    sum2 += d * d;
  }
  return { statistic: Math.sqrt(Math.min(1, sum2 / 2)) };
}
function distinctOfSorted(a, b) {
  const out = new Float64Array(a.length + b.length);
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const v = j >= b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
    while (i < a.length && a[i] === v) i++;
    while (j < b.length && b[j] === v) j++;
    out[n++] = v;
  }
  return out.subarray(0, n);
}

// packages/stats/src/jensen-shannon.ts
function jensenShannonDistance(p, q) {
  if (p.length !== q.length) {
    throw new RangeError(
      `jensenShannonDistance needs vectors of equal length, got ${p.length} and ${q.length}`
    );
  }
  let sumP = 0;
  let sumQ = 0;
  for (let i = 0; i < p.length; i++) {
    sumP += p[i];
    sumQ += q[i];
  }
  if (sumP === 0 || sumQ === 0) return 0;
  let left = 0;
  let right = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i] / sumP;
    const qi = q[i] / sumQ;
    const m = (pi + qi) / 2;
    if (pi > 0) left += pi * Math.log(pi / m);
    if (qi > 0) right += qi * Math.log(qi / m);
  }
  return Math.sqrt(Math.max(0, (left + right) / 2));
}

// packages/stats/src/drift-tests/jensenshannon.ts
var jensenshannon = {
  id: "jensenshannon",
  label: "Jensen-Shannon",
  columnTypes: ["numerical", "categorical"],
  threshold: 0.1,
  direction: "distance-at-least",
  run: ({ kind, reference, current }) => {
    const shares = binnedShares(reference, current, kind, { fillEmpty: false });
    return { statistic: jensenShannonDistance(shares.reference, shares.current) };
  },
  runOnSample: (sample) => {
    const shares = sample.kind === "numerical" ? sortedNumericShares(sample.reference, sample.current) : { reference: sharesOfCounts(sample.reference), current: sharesOfCounts(sample.current) };
    return { statistic: jensenShannonDistance(shares.reference, shares.current) };
  }
};

// packages/stats/src/kolmogorov-distribution.ts
var E128 = 2 ** 128;
var EM128 = 2 ** -128;
var LOG_2PI = Math.log(2 * Math.PI);
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var MIN_LOG = -708;
var CEPHES_MINLOG = -708.3964185322641;
var SMIRNOV_MAX_COMPUTE_N = 1e6;
var STIRLING_COEFFS = [
  -0.029550653594771242,
  0.00641025641025641,
  -0.0019175269175269176,
  8417508417508417e-19,
  -5952380952380953e-19,
  7936507936507937e-19,
  -0.002777777777777778,
  0.08333333333333333
];
var clip = (p) => Math.min(1, Math.max(0, p));
function kolmogorovSf(n, x) {
  if (!(Number.isInteger(n) && n >= 1)) throw new RangeError(`kolmogorovSf needs an integer n ≥ 1, got ${n}`);
  if (x <= 0.5 / n) return 1;
  if (x >= 1) return 0;
  const t = n * x;
  if (t <= 1) {
    let prob;
    if (n <= 140) {
      prob = 1;
      for (let i = 1; i <= n; i++) prob *= i * (1 / n) * (2 * t - 1);
    } else {
      prob = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clip(1 - prob);
  }
  if (t >= n - 1) return clip(2 * (1 - x) ** n);
  if (x >= 0.5) return clip(2 * smirnovSf(n, x));
  const nxSquared = t * x;
  if (n <= 140) {
    if (nxSquared <= 0.754693) return clip(1 - durbinMatrixCdf(n, x));
    if (nxSquared <= 4) return clip(1 - pomeranzCdf(n, x));
    return clip(2 * smirnovSf(n, x));
  }
  if (nxSquared >= 370) return 0;
  if (nxSquared >= 2.2) return clip(2 * smirnovSf(n, x));
  const cdf = n <= 1e5 && n * x ** 1.5 <= 1.4 ? durbinMatrixCdf(n, x) : pelzGoodCdf(n, x);
  return clip(1 - cdf);
}
function logFactorialOverPower(n) {
  const rn = 1 / n;
  const z3 = rn / n;
  let poly = 0;
  for (const c of STIRLING_COEFFS) poly = poly * z3 + c;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}
function matmul(a, b, m) {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k];
      if (aik === 0) continue;
      const row = k * m;
      const outRow = i * m;
      for (let j = 0; j < m; j++) out[outRow + j] += aik * b[row + j];
    }
  }
  return out;
}
function durbinMatrixCdf(n, d) {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  let H = new Float64Array(m * m);
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = (1 - h ** j) * fac;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * fac;
  for (let i = 1; i < m; i++) {
    for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - (i - 1)];
  }
  for (let r = 0; r < m; r++) H[r * m] = v[r];
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c];
  let power = new Float64Array(m * m);
  for (let i = 0; i < m; i++) power[i * m + i] = 1;
  let nn = n;
  let exponent = 0;
  let hExponent = 0;
  while (nn > 0) {
    if (nn % 2) {
      power = matmul(power, H, m);
      exponent += hExponent;
    }
    H = matmul(H, H, m);
    hExponent *= 2;
    if (Math.abs(H[(k - 1) * m + (k - 1)]) > E128) {
      for (let i = 0; i < H.length; i++) H[i] /= E128;
      hExponent += 128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = power[(k - 1) * m + (k - 1)];
  for (let i = 1; i <= n; i++) {
    p = i * p / n;
    if (Math.abs(p) < EM128) {
      p *= E128;
      exponent -= 128;
    }
  }
  if (exponent !== 0) p *= 2 ** exponent;
  return clip(p);
}
function pomeranzBounds(i, n, ll, ceilf, roundf) {
  let j1;
  let j2;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = half - 1 - ll - roundf - 1;
        j2 = half + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
function pomeranzCdf(n, x) {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g2 = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  const gpower = new Float64Array(npwrs);
  const twogpower = new Float64Array(npwrs);
  const onem2gpower = new Float64Array(npwrs);
  gpower[0] = 1;
  twogpower[0] = 1;
  onem2gpower[0] = 1;
  const gOverN = g2 / n;
  const twoGOverN = 2 * g2 / n;
  const oneMinusTwoGOverN = (1 - 2 * g2) / n;
  for (let m = 1; m < npwrs; m++) {
    gpower[m] = gpower[m - 1] * gOverN / m;
    twogpower[m] = twogpower[m - 1] * twoGOverN / m;
    onem2gpower[m] = onem2gpower[m - 1] * oneMinusTwoGOverN / m;
  }
  let v0 = new Float64Array(npwrs);
  let v1 = new Float64Array(npwrs);
  v1[0] = 1;
  let v0s = 0;
  let v1s = 0;
  let exponent = 0;
  let [j1, j2] = pomeranzBounds(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [v0, v1] = [v1, v0];
    [v0s, v1s] = [v1s, v0s];
    v1.fill(0);
    [j1, j2] = pomeranzBounds(i, n, ll, ceilf, roundf);
    const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
    const ln2 = j2 - k1 + 1;
    if (ln2 > 0) {
      const start = k1 - v0s;
      const sliceLength = Math.min(ln2, npwrs - start);
      const convStart = j1 - k1;
      const convLength = j2 - j1 + 1;
      let max = 0;
      for (let out = 0; out < convLength; out++) {
        const tIndex = convStart + out;
        let acc = 0;
        const aLow = Math.max(0, tIndex - (ln2 - 1));
        const aHigh = Math.min(sliceLength - 1, tIndex);
        for (let a = aLow; a <= aHigh; a++) acc += v0[start + a] * pwrs[tIndex - a];
        v1[out] = acc;
        if (acc > max) max = acc;
      }
      if (max > 0 && max < EM128) {
        for (let j = 0; j < npwrs; j++) v1[j] *= E128;
        exponent -= 128;
      }
      v1s = v0s + j1 - k1;
    }
  }
  let ans = v1[n - v1s];
  for (let m = 1; m <= n; m++) {
    if (Math.abs(ans) > E128) {
      ans *= EM128;
      exponent += 128;
    }
    ans *= m;
  }
  if (exponent !== 0) ans *= 2 ** exponent;
  return clip(ans);
}
function pelzGoodCdf(n, x) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z3 = Math.sqrt(n) * x;
  const z22 = z3 * z3;
  const z32 = z22 * z3;
  const z4 = z22 * z22;
  const z6 = z4 * z22;
  const qlog = -(Math.PI * Math.PI) / 8 / z22;
  if (qlog < MIN_LOG) return 0;
  const q = Math.exp(qlog);
  const pi2 = Math.PI * Math.PI;
  const pi4 = pi2 * pi2;
  const pi6 = pi4 * pi2;
  const k1a = -z22;
  const k1b = pi2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = (2 * z4 - 5 * z22) * pi2 / 4;
  const k2c = pi4 * (1 - 2 * z22) / 16;
  const k3d = pi6 * (5 - 30 * z22) / 64;
  const k3c = pi4 * (-60 * z22 + 212 * z4) / 16;
  const k3b = pi2 * (135 * z4 - 96 * z6) / 4;
  const k3a = -30 * z6 - 90 * z3 ** 8;
  const K = [0, 0, 0, 0];
  const maxk = Math.ceil(16 * z3 / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qpower = q ** (8 * k);
    const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
    for (let i = 0; i < 4; i++) K[i] = K[i] * qpower + coeffs[i];
  }
  const denominators = [z3, 6 * z4, 72 * z3 ** 7, 6480 * z3 ** 10];
  for (let i = 0; i < 4; i++) K[i] = K[i] * q * SQRT_2PI / denominators[i];
  const q2 = Math.exp(-pi2 / 2 / z22);
  const sqrt3z = Math.sqrt(3) * z3;
  let k2extra = 0;
  let k3extra = 0;
  for (let k = maxk; k > 0; k--) {
    const k2 = k * k;
    const qp = q2 ** k2;
    k2extra += k2 * qp;
    const kpi = Math.PI * k;
    k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qp;
  }
  K[2] = K[2] + k2extra * pi2 * SQRT_2PI / (-36 * z32);
  K[3] = K[3] + k3extra * pi2 * SQRT_2PI / (216 * z6);
  let sum2 = 0;
  for (let i = 0; i < 4; i++) sum2 += K[i] / n ** (i / 2);
  return sum2;
}
function twoProduct(a, b) {
  const p = a * b;
  const split = 134217729;
  const ac = split * a;
  const ah = ac - (ac - a);
  const al = a - ah;
  const bc = split * b;
  const bh = bc - (bc - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}
function smirnovSf(n, x) {
  if (n === 1) return 1 - x;
  if (x <= 0) return 1;
  if (x >= 1) return 0;
  const [hi, lo] = twoProduct(n, x);
  let nxFloor = Math.floor(hi);
  if (hi === nxFloor && lo < 0) nxFloor -= 1;
  const alpha = hi - nxFloor + lo;
  if (nxFloor === 0 || nxFloor === 1 && alpha === 0) return 1 - x * (1 + x) ** (n - 1);
  if (-2 * n * x * x < CEPHES_MINLOG) return 0;
  if (nxFloor >= n - 1) return (1 - x) ** n;
  if (n > SMIRNOV_MAX_COMPUTE_N) {
    const logp = -((6 * n * x + 1) ** 2) / 18 / n;
    return logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp);
  }
  const lastTerm = n - nxFloor - 1;
  let sum2 = 0;
  for (let v = 0; v <= lastTerm; v++) {
    const p = x + v / n;
    const q = (n - v) / n - x;
    if (q <= 0) break;
    const term = binomialPmf(v, n, p, q) / p;
    sum2 += term;
    if (v > n / 2 && 4 * (lastTerm - v) * term < Number.EPSILON * sum2) break;
  }
  return x * sum2;
}

// packages/stats/src/ks-test.ts
var MAX_AUTO_N = 1e4;
var INT32_MAX = 2 ** 31 - 1;
function ksTwoSample(reference, current, options = {}) {
  const a = finiteValues(reference).sort();
  const b = finiteValues(current).sort();
  const n1 = a.length;
  const n2 = b.length;
  let mode = options.method ?? "auto";
  if (mode === "auto") mode = Math.max(n1, n2) <= MAX_AUTO_N ? "exact" : "asymp";
  if (n1 === 0 || n2 === 0) return { statistic: 0, pValue: 1, method: mode };
  let d = maxEcdfDifference(a, b);
  const g2 = gcd(n1, n2);
  if (mode === "exact" && n1 / g2 >= INT32_MAX / (n2 / g2)) mode = "asymp";
  if (mode === "exact") {
    const lcm = n1 / g2 * n2;
    const h = roundHalfEven(d * lcm);
    d = h / lcm;
    if (h === 0) return { statistic: d, pValue: 1, method: "exact" };
    const p = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideInsideMethod(n1, n2, g2, h);
    if (p >= 0 && p <= 1) return { statistic: d, pValue: p, method: "exact" };
    mode = "asymp";
  }
  const m = Math.max(n1, n2);
  const n = Math.min(n1, n2);
  const en = Math.max(1, roundHalfEven(m * n / (m + n)));
  return { statistic: d, pValue: Math.min(1, Math.max(0, kolmogorovSf(en, d))), method: "asymp" };
}
function maxEcdfDifference(a, b) {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let maxDiff = Number.NEGATIVE_INFINITY;
  let minDiff = Number.POSITIVE_INFINITY;
  while (i < n1 || j < n2) {
    const v = j >= n2 || i < n1 && a[i] <= b[j] ? a[i] : b[j];
    while (i < n1 && a[i] <= v) i++;
    while (j < n2 && b[j] <= v) j++;
    const diff = i / n1 - j / n2;
    if (diff > maxDiff) maxDiff = diff;
    if (diff < minDiff) minDiff = diff;
  }
  const minS = Math.min(1, Math.max(0, -minDiff));
  return Math.max(minS, maxDiff);
}
function gcd(a, b) {
  while (b) [a, b] = [b, a % b];
  return a;
}
function roundHalfEven(x) {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}
function probOutsideSquare(n, h) {
  let P = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = (n - k * h - j) * p1 / (n + k * h + j + 1);
    P = p1 * (1 - P);
  }
  return 2 * P;
}
function probOutsideInsideMethod(m0, n0, g2, h) {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g2;
  const ng = n / g2;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  A.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return A[maxj - minj - 1];
}

// packages/stats/src/drift-tests/ks.ts
var score = ({ reference, current }) => ksTwoSample(reference, current);
var ks = {
  id: "ks",
  label: "K-S",
  columnTypes: ["numerical"],
  threshold: 0.05,
  direction: "p-value-at-most",
  run: score,
  runOnSample: score
};

// packages/stats/src/psi.ts
function populationStabilityIndex(reference, current) {
  if (reference.length !== current.length) {
    throw new RangeError(
      `populationStabilityIndex needs equal bin counts, got ${reference.length} and ${current.length}`
    );
  }
  let psi2 = 0;
  for (let i = 0; i < reference.length; i++) {
    const r = reference[i];
    const c = current[i];
    if (!(r > 0 && c > 0)) {
      throw new RangeError("populationStabilityIndex needs positive shares: fill empty bins first");
    }
    psi2 += (r - c) * Math.log(r / c);
  }
  return psi2;
}

// packages/stats/src/drift-tests/psi.ts
var psi = {
  id: "psi",
  label: "PSI",
  columnTypes: ["numerical", "categorical"],
  threshold: 0.1,
  direction: "distance-at-least",
  run: ({ kind, reference, current }) => {
    const shares = binnedShares(reference, current, kind, { fillEmpty: true });
    return { statistic: populationStabilityIndex(shares.reference, shares.current) };
  }
};

// node_modules/simple-statistics/dist/simple-statistics.mjs
function sum(x) {
  if (x.length === 0) {
    return 0;
  }
  var sum2 = x[0];
  var correction = 0;
  var transition;
  if (typeof sum2 !== "number") {
    return Number.NaN;
  }
  for (var i = 1; i < x.length; i++) {
    if (typeof x[i] !== "number") {
      return Number.NaN;
    }
    transition = sum2 + x[i];
    if (Math.abs(sum2) >= Math.abs(x[i])) {
      correction += sum2 - transition + x[i];
    } else {
      correction += x[i] - transition + sum2;
    }
    sum2 = transition;
  }
  return sum2 + correction;
}
function mean(x) {
  if (x.length === 0) {
    throw new Error("mean requires at least one data point");
  }
  return sum(x) / x.length;
}
function sumNthPowerDeviations(x, n) {
  var meanValue = mean(x);
  var sum2 = 0;
  var tempValue;
  var i;
  if (n === 2) {
    for (i = 0; i < x.length; i++) {
      tempValue = x[i] - meanValue;
      sum2 += tempValue * tempValue;
    }
  } else {
    for (i = 0; i < x.length; i++) {
      sum2 += Math.pow(x[i] - meanValue, n);
    }
  }
  return sum2;
}
function variance(x) {
  if (x.length === 0) {
    throw new Error("variance requires at least one data point");
  }
  return sumNthPowerDeviations(x, 2) / x.length;
}
function standardDeviation(x) {
  if (x.length === 1) {
    return 0;
  }
  var v = variance(x);
  return Math.sqrt(v);
}
var BayesianClassifier = function BayesianClassifier2() {
  this.totalCount = 0;
  this.data = {};
};
BayesianClassifier.prototype.train = function train(item, category) {
  if (!this.data[category]) {
    this.data[category] = {};
  }
  for (var k in item) {
    var v = item[k];
    if (this.data[category][k] === void 0) {
      this.data[category][k] = {};
    }
    if (this.data[category][k][v] === void 0) {
      this.data[category][k][v] = 0;
    }
    this.data[category][k][v]++;
  }
  this.totalCount++;
};
BayesianClassifier.prototype.score = function score2(item) {
  var odds = {};
  var category;
  for (var k in item) {
    var v = item[k];
    for (category in this.data) {
      if (odds[category] === void 0) {
        odds[category] = {};
      }
      if (this.data[category][k]) {
        odds[category][k + "_" + v] = (this.data[category][k][v] || 0) / this.totalCount;
      } else {
        odds[category][k + "_" + v] = 0;
      }
    }
  }
  var oddsSums = {};
  for (category in odds) {
    oddsSums[category] = 0;
    for (var combination in odds[category]) {
      oddsSums[category] += odds[category][combination];
    }
  }
  return oddsSums;
};
var g = 607 / 128;
var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));
var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);
function cumulativeDistribution(z3) {
  var sum2 = z3;
  var tmp = z3;
  for (var i = 1; i < 30; i++) {
    tmp *= z3 * z3 / (2 * i + 1);
    sum2 += tmp;
  }
  return Math.round((0.5 + sum2 / SQRT_2PI$1 * Math.exp(-z3 * z3 / 2)) * 1e4) / 1e4;
}
var standardNormalTable = [];
for (z = 0; z <= 3.09; z += 0.01) {
  standardNormalTable.push(cumulativeDistribution(z));
}
var z;
var SQRT_2PI2 = Math.sqrt(2 * Math.PI);
var PerceptronModel = function PerceptronModel2() {
  this.weights = [];
  this.bias = 0;
};
PerceptronModel.prototype.predict = function predict(features) {
  if (features.length !== this.weights.length) {
    return null;
  }
  var score3 = 0;
  for (var i = 0; i < this.weights.length; i++) {
    score3 += this.weights[i] * features[i];
  }
  score3 += this.bias;
  if (score3 > 0) {
    return 1;
  } else {
    return 0;
  }
};
PerceptronModel.prototype.train = function train2(features, label) {
  if (label !== 0 && label !== 1) {
    return null;
  }
  if (features.length !== this.weights.length) {
    this.weights = features.slice();
    this.bias = 1;
  }
  var prediction = this.predict(features);
  if (typeof prediction === "number" && prediction !== label) {
    var gradient = label - prediction;
    for (var i = 0; i < this.weights.length; i++) {
      this.weights[i] += gradient * features[i];
    }
    this.bias += gradient;
  }
  return this;
};

// packages/stats/src/wasserstein.ts
function wassersteinDistance(u, v) {
  const a = finiteValues(u).sort();
  const b = finiteValues(v).sort();
  const nu = a.length;
  const nv = b.length;
  if (nu === 0 || nv === 0) return 0;
  let i = 0;
  let j = 0;
  let sum2 = 0;
  let previous = Math.min(a[0], b[0]);
  while (i < nu || j < nv) {
    const next = j >= nv || i < nu && a[i] <= b[j] ? a[i] : b[j];
    sum2 += Math.abs(i / nu - j / nv) * (next - previous);
    while (i < nu && a[i] <= next) i++;
    while (j < nv && b[j] <= next) j++;
    previous = next;
  }
  return sum2;
}
function normedWassersteinDistance(reference, current) {
  const ref = finiteValues(reference);
  if (ref.length === 0) return 0;
  const norm = Math.max(standardDeviation(Array.from(ref)), 1e-3);
  return wassersteinDistance(ref, current) / norm;
}

// packages/stats/src/drift-tests/wasserstein.ts
var wasserstein = {
  id: "wasserstein",
  label: "Wasserstein (normed)",
  columnTypes: ["numerical"],
  threshold: 0.1,
  direction: "distance-at-least",
  run: ({ reference, current }) => ({ statistic: normedWassersteinDistance(reference, current) }),
  // The typed path skips the copy into a plain array that the general norm makes.
  runOnSample: ({ reference, current }) => ({
    statistic: wassersteinDistance(reference, current) / Math.max(populationStd(reference), 1e-3)
  })
};
function populationStd(values) {
  let sum2 = 0;
  for (let i = 0; i < values.length; i++) sum2 += values[i];
  const mean2 = sum2 / values.length;
  let squares = 0;
  for (let i = 0; i < values.length; i++) squares += (values[i] - mean2) ** 2;
  return Math.sqrt(squares / values.length);
}

// packages/stats/src/z-test.ts
function zTest(reference, current) {
  const ref = countCategories(reference);
  const cur = countCategories(current);
  if (ref.total === 0 || cur.total === 0) return { statistic: 0, pValue: 1 };
  const keys = unionOfCategories(ref, cur);
  if (keys.length === 1) return { statistic: 0, pValue: 1 };
  const first = keys.reduce((min, k) => compareCategories(k, min) < 0 ? k : min);
  const n1 = ref.total;
  const n2 = cur.total;
  const p1 = (n1 - (ref.counts.get(first) ?? 0)) / n1;
  const p2 = (n2 - (cur.counts.get(first) ?? 0)) / n2;
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const statistic = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return { statistic, pValue: twoSidedNormalPValue(statistic) };
}
function compareCategories(a, b) {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

// packages/stats/src/drift-tests/z.ts
var z2 = {
  id: "z",
  label: "z-test",
  columnTypes: ["numerical", "categorical"],
  threshold: 0.05,
  direction: "p-value-below",
  run: ({ reference, current }) => zTest(reference, current)
};

// packages/stats/src/drift-test-registry.ts
var DRIFT_TESTS = [ks, chisquare, z2, wasserstein, jensenshannon, psi, hellinger];
var DRIFT_METHODS = DRIFT_TESTS.map((test) => test.id);
var byId = new Map(DRIFT_TESTS.map((test) => [test.id, test]));
function driftTestDefinition(method) {
  const test = byId.get(method);
  if (!test) {
    throw new ConfigError(`Unknown drift test "${method}"`, {
      hint: `Known drift tests: ${DRIFT_METHODS.join(", ")}.`
    });
  }
  return test;
}
function driftTestLabel(method) {
  return driftTestDefinition(method).label;
}
function driftMethodsFor(columnType) {
  return DRIFT_TESTS.filter((test) => test.columnTypes.includes(columnType)).map(
    (test) => test.id
  );
}

// packages/stats/src/drift-decision.ts
function decideDrift(test, threshold, score3) {
  const { direction } = test;
  const base = { method: test.id, threshold, direction };
  if (!score3) {
    const pValue2 = direction === "distance-at-least" ? {} : { pValue: 1 };
    return { ...base, statistic: 0, ...pValue2, drifted: false, inconclusive: true };
  }
  const { statistic, pValue } = score3;
  const drifted = direction === "p-value-at-most" ? pValue <= threshold : direction === "p-value-below" ? pValue < threshold : statistic >= threshold;
  return { ...base, statistic, ...pValue === void 0 ? {} : { pValue }, drifted, inconclusive: false };
}

// packages/stats/src/drift-test.ts
var LARGE_REFERENCE = 1e3;
function chooseDriftTest(column) {
  const { columnType, nUnique, referencePresent } = column;
  let test;
  if (referencePresent <= LARGE_REFERENCE) {
    if (columnType === "numerical" && nUnique > 5) test = ks;
    else test = nUnique > 2 ? chisquare : z2;
  } else {
    test = columnType === "numerical" && nUnique > 5 ? wasserstein : jensenshannon;
  }
  return { method: test.id, threshold: test.threshold, direction: test.direction };
}
function driftTest(method, reference, current, options = {}) {
  const test = driftTestDefinition(method);
  const threshold = options.threshold ?? test.threshold;
  const columnType = options.columnType ?? inferColumnType(reference, current);
  if (!test.columnTypes.includes(columnType)) {
    throw new ConfigError(
      `The ${method} drift test needs a ${test.columnTypes.join(" or ")} column, but this one is ${columnType}`,
      { hint: `Use ${driftMethodsFor(columnType).join(", ")} for ${columnType} columns.` }
    );
  }
  const values = columnType === "numerical" ? { kind: columnType, reference: numericValues(reference), current: numericValues(current) } : { kind: columnType, reference: presentCategories(reference), current: presentCategories(current) };
  const empty = values.reference.length === 0 || values.current.length === 0;
  return decideDrift(test, threshold, empty ? void 0 : test.run(values));
}
function inferColumnType(...samples) {
  for (const sample of samples) {
    for (const v of presentCategories(sample)) if (typeof v !== "number") return "categorical";
  }
  return "numerical";
}
function numericValues(values) {
  const present = presentCategories(values);
  const out = new Float64Array(present.length);
  let n = 0;
  for (const v of present) {
    if (typeof v !== "number") {
      throw new ConfigError(`A numerical column holds the non-number ${JSON.stringify(v)}`, {
        hint: "Declare the column categorical, or clean the value."
      });
    }
    if (Number.isFinite(v)) out[n++] = v;
  }
  return out.subarray(0, n);
}

// packages/stats/src/drift-sample-test.ts
function driftTestOnSample(method, sample, threshold) {
  const test = driftTestDefinition(method);
  if (!test.runOnSample || !test.columnTypes.includes(sample.kind)) {
    const values = sample.kind === "numerical" ? sample : { reference: expand(sample.reference), current: expand(sample.current) };
    return driftTest(method, values.reference, values.current, {
      columnType: sample.kind,
      ...threshold === void 0 ? {} : { threshold }
    });
  }
  const empty = sample.kind === "numerical" ? sample.reference.length === 0 || sample.current.length === 0 : !hasPresent(sample.reference) || !hasPresent(sample.current);
  return decideDrift(test, threshold ?? test.threshold, empty ? void 0 : test.runOnSample(sample));
}
function expand(counts) {
  let n = 0;
  for (const c of counts) n += c;
  const out = new Float64Array(n);
  let at = 0;
  counts.forEach((c, code) => {
    out.fill(code, at, at + c);
    at += c;
  });
  return out;
}
function hasPresent(counts) {
  for (let i = 0; i < counts.length; i++) if (counts[i] > 0) return true;
  return false;
}

// packages/stats/src/classification-metrics.ts
function confusionCounts(labels, predictions) {
  assertSameLength(
    "confusion matrix",
    { name: "labels", values: labels },
    { name: "predictions", values: predictions }
  );
  assertBinaryLabels("labels", labels);
  assertBinaryLabels("predictions", predictions);
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (let i = 0; i < labels.length; i++) {
    if (predictions[i] === 1) {
      if (labels[i] === 1) tp++;
      else fp++;
    } else if (labels[i] === 1) fn++;
    else tn++;
  }
  return { truePositives: tp, falsePositives: fp, trueNegatives: tn, falseNegatives: fn };
}
function accuracyFromCounts(c) {
  const n = c.truePositives + c.falsePositives + c.trueNegatives + c.falseNegatives;
  return n === 0 ? null : (c.truePositives + c.trueNegatives) / n;
}
function precisionFromCounts(c) {
  const denominator = c.truePositives + c.falsePositives;
  return denominator === 0 ? 0 : c.truePositives / denominator;
}
function recallFromCounts(c) {
  const denominator = c.truePositives + c.falseNegatives;
  return denominator === 0 ? 0 : c.truePositives / denominator;
}
function f1FromCounts(c) {
  const denominator = 2 * c.truePositives + c.falsePositives + c.falseNegatives;
  return denominator === 0 ? 0 : 2 * c.truePositives / denominator;
}
function accuracy(labels, predictions) {
  return accuracyFromCounts(confusionCounts(labels, predictions));
}
function precision(labels, predictions) {
  return precisionFromCounts(confusionCounts(labels, predictions));
}
function recall(labels, predictions) {
  return recallFromCounts(confusionCounts(labels, predictions));
}
function f1Score(labels, predictions) {
  return f1FromCounts(confusionCounts(labels, predictions));
}

// packages/stats/src/metric-registry.ts
var METRICS = {
  accuracy_score: { prediction: "label", greaterIsBetter: true, compute: accuracy },
  precision_score: { prediction: "label", greaterIsBetter: true, compute: precision },
  recall_score: { prediction: "label", greaterIsBetter: true, compute: recall },
  f1_score: { prediction: "label", greaterIsBetter: true, compute: f1Score },
  log_loss: { prediction: "probability", greaterIsBetter: false, compute: logLoss },
  roc_auc: { prediction: "score", greaterIsBetter: true, compute: rocAuc },
  precision_recall_auc: { prediction: "score", greaterIsBetter: true, compute: averagePrecision },
  brier_score: { prediction: "probability", greaterIsBetter: false, compute: brierScore },
  expected_calibration_error: {
    prediction: "probability",
    greaterIsBetter: false,
    compute: (actual, predicted) => expectedCalibrationError(actual, predicted, DEFAULT_CALIBRATION_BINS)
  },
  mean_absolute_error: { prediction: "value", greaterIsBetter: false, compute: meanAbsoluteError },
  mean_squared_error: { prediction: "value", greaterIsBetter: false, compute: meanSquaredError },
  root_mean_squared_error: { prediction: "value", greaterIsBetter: false, compute: rootMeanSquaredError },
  mean_absolute_percentage_error: {
    prediction: "value",
    greaterIsBetter: false,
    compute: meanAbsolutePercentageError
  },
  r2_score: { prediction: "value", greaterIsBetter: true, compute: r2Score },
  max_error: { prediction: "value", greaterIsBetter: false, compute: maxError }
};
var METRIC_NAMES = Object.keys(METRICS);
function isMetricName(name) {
  return Object.hasOwn(METRICS, name);
}
function metricDefinition(name) {
  if (!isMetricName(name)) {
    throw new ConfigError(`Unknown metric "${name}"`, { hint: `Known metrics: ${METRIC_NAMES.join(", ")}.` });
  }
  return { name, ...METRICS[name] };
}

// packages/stats/src/wilson-score.ts
function wilsonScoreInterval(successes, n, level2 = 0.95) {
  if (!(Number.isInteger(successes) && Number.isInteger(n) && successes >= 0 && successes <= n))
    throw new RangeError(`successes must be an integer in [0, n], got ${successes} of ${n}`);
  if (n === 0) return null;
  const z3 = normalQuantile(1 - (1 - level2) / 2);
  const p = successes / n;
  const denominator = 1 + z3 * z3 / n;
  const centre = (p + z3 * z3 / (2 * n)) / denominator;
  const half = z3 * Math.sqrt(p * (1 - p) / n + z3 * z3 / (4 * n * n)) / denominator;
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

// packages/stats/src/paired-proportion-interval.ts
var NEWCOMBE_METHOD = "Newcombe hybrid score (paired)";
function pairedProportionInterval(counts, level2 = 0.95) {
  const { both, onlyFirst, onlySecond, neither } = counts;
  for (const [name, value] of Object.entries(counts)) {
    if (!(Number.isInteger(value) && value >= 0))
      throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
  const n = both + onlyFirst + onlySecond + neither;
  if (n === 0) return null;
  const firstSuccesses = both + onlyFirst;
  const secondSuccesses = both + onlySecond;
  const p1 = firstSuccesses / n;
  const p2 = secondSuccesses / n;
  const first = wilsonScoreInterval(firstSuccesses, n, level2);
  const second = wilsonScoreInterval(secondSuccesses, n, level2);
  const phi = correlation(counts, n);
  const estimate = p1 - p2;
  const below = squareAndAdd(p1 - first.lower, second.upper - p2, phi);
  const above = squareAndAdd(p2 - second.lower, first.upper - p1, phi);
  return {
    estimate,
    lower: Math.max(-1, estimate - below),
    upper: Math.min(1, estimate + above),
    level: level2,
    n
  };
}
function correlation({ both, onlyFirst, onlySecond, neither }, n) {
  const margins = (both + onlyFirst) * (onlySecond + neither) * (both + onlySecond) * (onlyFirst + neither);
  if (margins === 0) return 0;
  const numerator = both * neither - onlyFirst * onlySecond;
  const corrected = numerator > n / 2 ? numerator - n / 2 : Math.min(numerator, 0);
  return corrected / Math.sqrt(margins);
}
function squareAndAdd(a, b, phi) {
  return Math.sqrt(Math.max(0, a * a - 2 * phi * a * b + b * b));
}

// packages/stats/src/two-proportion-z-test.ts
function twoProportionZTest(x1, n1, x2, n2) {
  if (n1 === 0 || n2 === 0) return { statistic: 0, pValue: 1 };
  const pooled = (x1 + x2) / (n1 + n2);
  if (pooled === 0 || pooled === 1) return { statistic: 0, pValue: 1 };
  const statistic = (x1 / n1 - x2 / n2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return { statistic, pValue: twoSidedNormalPValue(statistic) };
}

// packages/stats/src/binomial-distribution.ts
function binomialCdf(k, n, p) {
  if (k < 0) return 0;
  if (k >= n) return 1;
  const q = 1 - p;
  if (k <= n * p) return lowerTail(k, n, p, q);
  return 1 - upperTail(k + 1, n, p, q);
}
function lowerTail(k, n, p, q) {
  let term = binomialPmf(k, n, p, q);
  let sum2 = term;
  for (let i = k; i > 0 && term > sum2 * 1e-17; i--) {
    term *= i * q / ((n - i + 1) * p);
    sum2 += term;
  }
  return sum2;
}
function upperTail(k, n, p, q) {
  let term = binomialPmf(k, n, p, q);
  let sum2 = term;
  for (let i = k; i < n && term > sum2 * 1e-17; i++) {
    term *= (n - i) * p / ((i + 1) * q);
    sum2 += term;
  }
  return sum2;
}

// packages/stats/src/cohens-kappa.ts
var KAPPA_INTERVAL_METHOD = "large-sample standard error (Fleiss, Cohen & Everitt 1969)";
function cohensKappa(counts, level2 = 0.95) {
  const k = counts.length;
  const n = counts.reduce((sum2, row) => sum2 + row.reduce((a, b) => a + b, 0), 0);
  if (n === 0) return void 0;
  const p = (i, j) => (counts[i]?.[j] ?? 0) / n;
  const rows = counts.map((_, i) => counts.reduce((sum2, _r, j) => sum2 + p(i, j), 0));
  const cols = counts.map((_, j) => counts.reduce((sum2, _r, i) => sum2 + p(i, j), 0));
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    observed += p(i, i);
    expected += (rows[i] ?? 0) * (cols[i] ?? 0);
  }
  if (expected >= 1) return void 0;
  const kappa = (observed - expected) / (1 - expected);
  let diagonal = 0;
  let offDiagonal = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      if (i === j) diagonal += p(i, i) * (1 - ((rows[i] ?? 0) + (cols[i] ?? 0)) * (1 - kappa)) ** 2;
      else offDiagonal += p(i, j) * ((cols[i] ?? 0) + (rows[j] ?? 0)) ** 2;
    }
  }
  const variance2 = (diagonal + (1 - kappa) ** 2 * offDiagonal - (kappa - expected * (1 - kappa)) ** 2) / (n * (1 - expected) ** 2);
  const se = Math.sqrt(Math.max(0, variance2));
  const z3 = normalQuantile(1 - (1 - level2) / 2);
  return {
    kappa,
    observed,
    expected,
    n,
    se,
    lower: Math.max(-1, kappa - z3 * se),
    upper: Math.min(1, kappa + z3 * se)
  };
}

// packages/stats/src/mcnemar.ts
function discordantPairs(labels, candidate, baseline) {
  assertSameLength("McNemar", { name: "labels", values: labels }, { name: "candidate", values: candidate });
  assertSameLength("McNemar", { name: "labels", values: labels }, { name: "baseline", values: baseline });
  assertBinaryLabels("labels", labels);
  assertBinaryLabels("candidate", candidate);
  assertBinaryLabels("baseline", baseline);
  let b = 0;
  let c = 0;
  for (let i = 0; i < labels.length; i++) {
    const candidateRight = candidate[i] === labels[i];
    const baselineRight = baseline[i] === labels[i];
    if (candidateRight && !baselineRight) b++;
    else if (!candidateRight && baselineRight) c++;
  }
  return { b, c };
}
function checkCounts(b, c) {
  if (!(Number.isInteger(b) && Number.isInteger(c) && b >= 0 && c >= 0)) {
    throw new RangeError(`McNemar needs non-negative integer counts, got b=${b}, c=${c}`);
  }
}
function mcnemarExact(b, c) {
  checkCounts(b, c);
  const n = b + c;
  const k = Math.min(b, c);
  if (n === 0 || 2 * k === n) return { b, c, statistic: k, pValue: 1 };
  return { b, c, statistic: k, pValue: Math.min(1, 2 * binomialCdf(k, n, 0.5)) };
}

// packages/stats/src/paired-cell-bootstrap.ts
function pairedCellBootstrap(cellCounts, statistic, options = {}) {
  const { resamples, level: level2, seed } = resolveBootstrapOptions(options);
  const counts = Float64Array.from(cellCounts);
  let n = 0;
  for (const c of counts) {
    if (!(Number.isInteger(c) && c >= 0))
      throw new RangeError(`cell counts must be non-negative integers, got ${c}`);
    n += c;
  }
  if (n === 0) return null;
  const estimate = statistic(counts);
  if (estimate === null) return null;
  const rng = new Xoshiro128(seed);
  const drawn = new Float64Array(counts.length);
  const replicates = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    sampleMultinomial(rng, n, counts, drawn);
    const value = statistic(drawn);
    if (value === null) return null;
    replicates[r] = value;
  }
  return percentileInterval(estimate, replicates, level2);
}

// packages/stats/src/paired-metric-bootstrap.ts
async function pairedMetricBootstrap(metric, data, options = {}) {
  const definition = metricDefinition(metric);
  const { actual, candidate, baseline } = data;
  assertSameLength(
    definition.name,
    { name: "actual", values: actual },
    { name: "candidate", values: candidate }
  );
  assertSameLength(
    definition.name,
    { name: "actual", values: actual },
    { name: "baseline", values: baseline }
  );
  const { resamples, level: level2, seed } = resolveBootstrapOptions(options);
  const candidateValue = definition.compute(actual, candidate);
  const baselineValue = definition.compute(actual, baseline);
  if (candidateValue === null || baselineValue === null) return null;
  switch (definition.name) {
    case "accuracy_score":
      return confusionCellBootstrap(data, (c) => accuracyFromCounts(c), options);
    case "precision_score":
      return confusionCellBootstrap(data, precisionFromCounts, options);
    case "recall_score":
      return confusionCellBootstrap(data, recallFromCounts, options);
    case "f1_score":
      return confusionCellBootstrap(data, f1FromCounts, options);
    default: {
      const replicates = await pairedDeltaReplicates(definition.name, data, resamples, seed);
      return replicates && percentileInterval(candidateValue - baselineValue, replicates, level2);
    }
  }
}
function difference(a, b) {
  return a === null || b === null ? null : a - b;
}
function confusionCellBootstrap({ actual, candidate, baseline }, metric, options) {
  const cells = new Float64Array(8);
  for (let i = 0; i < actual.length; i++) cells[actual[i] * 4 + candidate[i] * 2 + baseline[i]]++;
  const confusion = (counts, model) => {
    const c = { truePositives: 0, falsePositives: 0, trueNegatives: 0, falseNegatives: 0 };
    for (let cell = 0; cell < 8; cell++) {
      const label = cell >> 2;
      const predicted = model === "candidate" ? cell >> 1 & 1 : cell & 1;
      const count = counts[cell];
      if (predicted === 1) {
        if (label === 1) c.truePositives += count;
        else c.falsePositives += count;
      } else if (label === 1) c.falseNegatives += count;
      else c.trueNegatives += count;
    }
    return c;
  };
  return pairedCellBootstrap(
    cells,
    (counts) => difference(metric(confusion(counts, "candidate")), metric(confusion(counts, "baseline"))),
    options
  );
}

export {
  GatesSchema,
  unknownGateMetrics,
  evaluateGates,
  comparesWithBaseline,
  fmt,
  createProgress,
  benjaminiHochberg,
  sturgesBinEdges,
  histogramCounts,
  normalQuantile,
  KAPPA_INTERVAL_METHOD,
  cohensKappa,
  DELONG_INTERVAL_MIN_ROWS,
  delongTest,
  DRIFT_METHODS,
  driftTestLabel,
  chooseDriftTest,
  driftTestOnSample,
  discordantPairs,
  mcnemarExact,
  METRIC_NAMES,
  isMetricName,
  metricDefinition,
  pairedMetricBootstrap,
  wilsonScoreInterval,
  NEWCOMBE_METHOD,
  pairedProportionInterval,
  twoProportionZTest
};
