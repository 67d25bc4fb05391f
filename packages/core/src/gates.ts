import * as z from "zod";
import { closestName, misspeltName } from "./closest-name.ts";
import type { Check, CheckStatus, Interval, Metric, Severity, SkipCause } from "./envelope.ts";
import { ConfigError, type SourceLocation } from "./errors.ts";

/**
 * One gate language for every action. A gate names a metric and any mix of:
 * - absolute bounds: `min`, `max`, or MLflow's `threshold` (direction from `greater_is_better`);
 * - change against the baseline, by point estimate: MLflow's `min_absolute_change` / `min_relative_change`
 *   (must improve by at least), or `max_regression` / `max_relative_regression` (may worsen by at most);
 * - statistical comparison on the delta's confidence interval: `non_inferiority_margin` (no worse than
 *   the baseline by more than the margin) and `superiority_margin` (better than the baseline by more than
 *   the margin; 0 means "must improve").
 * A gate passes, fails, or is inconclusive (it could not decide: too little data, no baseline value, a
 * metric that could not be computed), which blocks like a failure at `fail` severity. It is skipped only
 * when the user marked it `optional`, or for change criteria when the caller says the subject has no
 * earlier version at all.
 */

const MLFLOW_FIELDS = ["threshold", "min_absolute_change", "min_relative_change"] as const;
const OWN_FIELDS = [
  "min",
  "max",
  "max_regression",
  "max_relative_regression",
  "non_inferiority_margin",
  "superiority_margin",
] as const;

export const GateSchema = z
  .object({
    metric: z.string().min(1).describe("Name of the metric in the evaluation's results"),
    id: z.string().min(1).optional().describe("Stable id for the check; defaults to gate:<metric>"),
    title: z.string().optional(),
    severity: z.enum(["fail", "warn"]).default("fail").describe("fail blocks, warn reports"),
    optional: z
      .boolean()
      .optional()
      .describe(
        "Skip the gate (status skipped, saying why) when its metric, the metric's value or the baseline's value is missing, instead of failing or being inconclusive",
      ),
    min: z.number().optional().describe("The value must be ≥ min"),
    max: z.number().optional().describe("The value must be ≤ max"),
    threshold: z
      .number()
      .optional()
      .describe("MLflow MetricThreshold.threshold: ≥ when greater_is_better, else ≤"),
    greater_is_better: z
      .boolean()
      .optional()
      .describe("Direction of improvement; defaults to the metric's own direction"),
    min_absolute_change: z
      .number()
      .positive()
      .optional()
      .describe("MLflow: must beat the baseline by at least this much (point estimate)"),
    min_relative_change: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe(
        "MLflow: must beat the baseline by at least this fraction of |baseline| (point estimate; MLflow divides by the signed baseline, see mlflow_compat)",
      ),
    max_regression: z
      .number()
      .min(0)
      .optional()
      .describe("May be worse than the baseline by at most this much (point estimate)"),
    max_relative_regression: z
      .number()
      .min(0)
      .optional()
      .describe("May be worse than the baseline by at most this fraction of |baseline| (point estimate)"),
    non_inferiority_margin: z
      .number()
      .min(0)
      .optional()
      .describe(
        "Statistical: the delta's interval must lie above −margin (no worse than the baseline by more)",
      ),
    superiority_margin: z
      .number()
      .min(0)
      .optional()
      .describe("Statistical: the delta's interval must lie above +margin (better than the baseline)"),
    min_samples: z
      .number()
      .int()
      .positive()
      .optional()
      .describe("Fewer samples than this makes the gate inconclusive"),
    mlflow_compat: z
      .boolean()
      .optional()
      .describe(
        "Decide threshold, min_absolute_change and min_relative_change exactly as MLflow's validate_evaluation_results does: relative change divided by the signed baseline, exact floating-point comparisons, and a change criterion without a baseline value fails",
      ),
  })
  .strict()
  .refine((g) => [...MLFLOW_FIELDS, ...OWN_FIELDS].some((k) => g[k] !== undefined), {
    message: `a gate needs at least one criterion (${[...MLFLOW_FIELDS, ...OWN_FIELDS].join(", ")})`,
  })
  .refine((g) => !g.mlflow_compat || OWN_FIELDS.every((k) => g[k] === undefined), {
    message: `mlflow_compat applies to MLflow's own criteria (${MLFLOW_FIELDS.join(", ")}); put ${OWN_FIELDS.join(", ")} in a gate without it`,
    path: ["mlflow_compat"],
  });
export type Gate = z.output<typeof GateSchema>;
export type GateInput = z.input<typeof GateSchema>;

export const GatesSchema = z.array(GateSchema);

export interface GateOptions {
  /**
   * The subject has no earlier version at all (for a model: the registry holds no version of it). Only
   * then are change criteria without a baseline `skipped`; otherwise a missing baseline is inconclusive.
   */
  firstVersion?: boolean;
  /**
   * The run compares with nothing at all (a prompt evaluated without a base ref): change criteria are
   * `skipped` as "no base", named as such.
   */
  noBase?: boolean;
}

/** Floating-point slack so that 0.8 + 0.05 ≥ 0.85 holds as a reader expects. */
const EPS = 1e-12;
const geq = (a: number, b: number) => a >= b - EPS * Math.max(1, Math.abs(a), Math.abs(b));
/** MLflow compares floats as they are: 0.85 ≥ 0.8 + 0.05 is false there. */
const exactGeq = (a: number, b: number) => a >= b;

interface Criterion {
  status: CheckStatus;
  expected: string;
  reason?: string;
  /** Undecided because an input is missing (the metric's or the baseline's value): `optional` skips it. */
  missingInput?: boolean;
  skip?: SkipCause;
}

const RANK: Record<CheckStatus, number> = { skipped: 0, pass: 1, inconclusive: 2, fail: 3, error: 4 };

export function evaluateGate(
  gate: Gate,
  metrics: Readonly<Record<string, Metric>>,
  options: GateOptions = {},
): Check {
  const id = gate.id ?? `gate:${gate.metric}`;
  const title = gate.title ?? `${gate.metric} gate`;
  const base = { id, title, severity: gate.severity as Severity, metric: gate.metric, gate: true };
  const metric = metrics[gate.metric];
  if (!metric) {
    const names = Object.keys(metrics);
    const near = closestName(gate.metric, names);
    const message = `metric "${gate.metric}" is not in the results${near ? ` — did you mean "${near}"?` : ""}${
      names.length > 0 ? ` (available: ${names.join(", ")})` : ""
    }`;
    return gate.optional
      ? { ...base, status: "skipped", skip: "optional", message: `optional gate: ${message}` }
      : { ...base, status: "error", message };
  }
  const direction = gate.greater_is_better ?? metric.greaterIsBetter;
  const criteria = criteriaFor(gate, metric, direction, options).map(
    (c): Criterion =>
      gate.optional && c.missingInput
        ? { status: "skipped", expected: c.expected, reason: `optional gate: ${c.reason}`, skip: "optional" }
        : c,
  );
  let expected = criteria.map((c) => c.expected).join("; ");
  const observed = describeObserved(metric);

  let status: CheckStatus = "skipped";
  for (const c of criteria) if (RANK[c.status] > RANK[status]) status = c.status;
  const reasons = criteria.filter((c) => c.status !== "pass" && c.reason).map((c) => c.reason!);
  const tooFew = gate.min_samples !== undefined && (metric.n === undefined || metric.n < gate.min_samples);
  if (tooFew && status !== "skipped" && status !== "error") {
    // The user said below how many samples no verdict is trustworthy, a failing one included.
    status = "inconclusive";
    expected += `; n ≥ ${gate.min_samples}`;
    reasons.unshift(
      metric.n === undefined
        ? `sample size unknown; the gate needs n ≥ ${gate.min_samples}`
        : `only ${metric.n} samples; the gate needs n ≥ ${gate.min_samples} to decide`,
    );
  }
  const skip = status === "skipped" ? skipCause(criteria) : undefined;
  return {
    ...base,
    status,
    ...(skip ? { skip } : {}),
    observed,
    expected,
    message: reasons.length > 0 ? [...new Set(reasons)].join("; ") : undefined,
  };
}

/** A gate skipped for several causes records the one promotion checks hardest. */
function skipCause(criteria: readonly Criterion[]): SkipCause {
  return criteria.some((c) => c.skip === "first-version") ? "first-version" : "optional";
}

/**
 * Gates naming a metric the evaluation never produces (a misspelt name, a metric of another task), found
 * when the config loads rather than as an error after the work: one located error per gate, with the
 * nearest name it does produce. `produces` accepts names the `known` list can only describe by pattern.
 */
export function unknownGateMetrics(
  gates: readonly Gate[],
  evaluation: { what: string; known: readonly string[]; produces?: (metric: string) => boolean },
  locate: (path: readonly PropertyKey[]) => SourceLocation,
): ConfigError[] {
  const produces = evaluation.produces ?? ((m: string) => evaluation.known.includes(m));
  return gates.flatMap((gate, i) => {
    if (produces(gate.metric)) return [];
    const near = misspeltName(gate.metric, evaluation.known);
    return [
      new ConfigError(`${evaluation.what} never produces a metric "${gate.metric}"`, {
        location: locate(["gates", i, "metric"]),
        hint: `${near ? `did you mean "${near}"? ` : ""}it produces: ${evaluation.known.join(", ")}`,
      }),
    ];
  });
}

export function evaluateGates(
  gates: readonly Gate[],
  metrics: Readonly<Record<string, Metric>>,
  options: GateOptions = {},
): Check[] {
  const seen = new Map<string, number>();
  return gates.map((g) => {
    const check = evaluateGate(g, metrics, options);
    // Two gates on one metric need distinct ids so the report and promote can tell them apart.
    const count = seen.get(check.id) ?? 0;
    seen.set(check.id, count + 1);
    return count === 0 ? check : { ...check, id: `${check.id}#${count + 1}` };
  });
}

/** Whether the gate has a change or statistical criterion, which needs the baseline's value. */
export function comparesWithBaseline(gate: Gate): boolean {
  return [
    gate.min_absolute_change,
    gate.min_relative_change,
    gate.max_regression,
    gate.max_relative_regression,
    gate.non_inferiority_margin,
    gate.superiority_margin,
  ].some((k) => k !== undefined);
}

function criteriaFor(
  gate: Gate,
  metric: Metric,
  direction: boolean | undefined,
  options: GateOptions,
): Criterion[] {
  const out: Criterion[] = [];
  const v = metric.value;
  const ge = gate.mlflow_compat ? exactGeq : geq;
  const candidateUnknown = (expected: string): Criterion => ({
    status: "inconclusive",
    expected,
    missingInput: true,
    reason: metric.unavailable
      ? `the metric could not be computed: ${metric.unavailable}`
      : "the metric could not be computed",
  });
  const needsDirection = (expected: string): Criterion => ({
    status: "error",
    expected,
    reason: "direction unknown: set greater_is_better on the gate",
  });

  if (gate.min !== undefined) {
    const e = `≥ ${fmt(gate.min)}`;
    out.push(
      v === null ? candidateUnknown(e) : pass(geq(v, gate.min), e, `${fmt(v)} is below ${fmt(gate.min)}`),
    );
  }
  if (gate.max !== undefined) {
    const e = `≤ ${fmt(gate.max)}`;
    out.push(
      v === null ? candidateUnknown(e) : pass(geq(gate.max, v), e, `${fmt(v)} is above ${fmt(gate.max)}`),
    );
  }
  if (gate.threshold !== undefined) {
    const t = gate.threshold;
    if (direction === undefined) out.push(needsDirection(`threshold ${fmt(t)}`));
    else {
      const e = `${direction ? "≥" : "≤"} ${fmt(t)}`;
      out.push(
        v === null
          ? candidateUnknown(e)
          : pass(direction ? ge(v, t) : ge(t, v), e, `${fmt(v)} does not meet the threshold ${fmt(t)}`),
      );
    }
  }

  if (!comparesWithBaseline(gate)) return out;

  if (direction === undefined) {
    out.push(needsDirection("change vs baseline"));
    return out;
  }
  if (v === null) {
    out.push(candidateUnknown("change vs baseline"));
    return out;
  }
  if (metric.baseline === undefined) {
    out.push(withoutBaseline(gate, options));
    return out;
  }
  const b = metric.baseline.value;
  const baselineUnknown = (expected: string): Criterion => ({
    status: "inconclusive",
    expected,
    missingInput: true,
    reason: `the baseline's ${gate.metric} could not be computed, so the change cannot be judged`,
  });
  const sign = direction ? 1 : -1;
  const word = direction ? "higher" : "lower";

  const pointChange = (expected: string, test: (v: number, b: number) => boolean, failReason: string) => {
    if (b === null) out.push(baselineUnknown(expected));
    else out.push(pass(test(v, b), expected, failReason));
  };

  if (gate.min_absolute_change !== undefined) {
    const d = gate.min_absolute_change;
    pointChange(
      `Δ ${direction ? "≥ +" : "≤ −"}${fmt(d)} vs baseline`,
      (v, b) => (direction ? ge(v, b + d) : ge(b - d, v)),
      `does not beat the baseline by ${fmt(d)}`,
    );
  }
  if (gate.min_relative_change !== undefined) {
    const r = gate.min_relative_change;
    pointChange(
      `${fmtPct(r)} ${word} than baseline`,
      (v, b) => {
        // MLflow: a zero baseline has no relative scale; any strict improvement counts.
        if (b === 0) return direction ? ge(v, b + 1e-10) : ge(b - 1e-10, v);
        // MLflow divides by the signed baseline, so below zero an improvement reads as a regression;
        // dividing by |baseline| keeps "better" positive whatever the sign.
        return gate.mlflow_compat ? (sign * (v - b)) / b >= r : geq((sign * (v - b)) / Math.abs(b), r);
      },
      `does not beat the baseline by ${fmtPct(r)}`,
    );
  }
  if (gate.max_regression !== undefined) {
    const m = gate.max_regression;
    pointChange(
      `at most ${fmt(m)} worse than baseline`,
      (v, b) => geq(sign * (v - b), -m),
      `worse than the baseline by more than ${fmt(m)}`,
    );
  }
  if (gate.max_relative_regression !== undefined) {
    const m = gate.max_relative_regression;
    pointChange(
      `at most ${fmtPct(m)} worse than baseline`,
      (v, b) => (b === 0 ? geq(sign * (v - b), 0) : geq((sign * (v - b)) / Math.abs(b), -m)),
      `worse than the baseline by more than ${fmtPct(m)}`,
    );
  }

  const ci = metric.delta?.ci;
  const statistical = (expected: string, margin: number): void => {
    if (b === null) {
      out.push(baselineUnknown(expected));
      return;
    }
    if (!ci) {
      out.push({
        status: "inconclusive",
        expected,
        reason:
          "no confidence interval for the change vs baseline, so the statistical criterion cannot decide",
      });
      return;
    }
    // Orient the interval so that "higher is better" for the comparison.
    const lo = direction ? ci.lower : -ci.upper;
    const hi = direction ? ci.upper : -ci.lower;
    if (lo > margin) out.push({ status: "pass", expected });
    else if (hi <= margin) {
      out.push({
        status: "fail",
        expected,
        reason: `the ${level(ci)} interval of the change ${fmtInterval(ci)} lies entirely ${
          margin < 0 ? `below the margin ${fmtSigned(sign * margin)}` : "on the wrong side"
        }`,
      });
    } else {
      out.push({
        status: "inconclusive",
        expected,
        reason: `the ${level(ci)} interval of the change ${fmtInterval(ci)} crosses ${fmtSigned(sign * margin)}: not enough evidence either way`,
      });
    }
  };
  if (gate.non_inferiority_margin !== undefined) {
    const m = gate.non_inferiority_margin;
    statistical(`no worse than baseline by more than ${fmt(m)} (${ci ? level(ci) : "95%"} CI)`, -m);
  }
  if (gate.superiority_margin !== undefined) {
    const m = gate.superiority_margin;
    statistical(
      m === 0
        ? `${word} than baseline (${ci ? level(ci) : "95%"} CI)`
        : `${word} than baseline by more than ${fmt(m)} (${ci ? level(ci) : "95%"} CI)`,
      m,
    );
  }
  return out;
}

/**
 * Change criteria on a metric with no baseline value. Only a subject with no earlier version skips them;
 * a baseline that exists but did not produce the metric (a champion that gives labels only, gated on
 * roc_auc) cannot be compared with, which is not a pass. MLflow fails the gate in both cases.
 */
function withoutBaseline(gate: Gate, options: GateOptions): Criterion {
  const expected = "vs baseline";
  if (gate.mlflow_compat) {
    return {
      status: "fail",
      expected,
      missingInput: true,
      reason: `no baseline value for ${gate.metric}: MLflow fails a change criterion without one`,
    };
  }
  if (options.firstVersion) {
    return {
      status: "skipped",
      expected,
      skip: "first-version",
      reason: "first version: there is no earlier version to compare with, so only absolute criteria apply",
    };
  }
  if (options.noBase) {
    return {
      status: "skipped",
      expected,
      skip: "no-base",
      reason:
        "no base: this run has no base version to compare with (give a base ref, as a pull request does)",
    };
  }
  return {
    status: "inconclusive",
    expected,
    missingInput: true,
    reason: `the baseline has no value for ${gate.metric} (it cannot produce this metric), so the change cannot be judged`,
  };
}

function pass(ok: boolean, expected: string, reason: string): Criterion {
  return ok ? { status: "pass", expected } : { status: "fail", expected, reason };
}

function level(ci: Interval): string {
  return `${Math.round(ci.level * 1000) / 10}%`;
}

export function describeObserved(metric: Metric): string {
  if (metric.value === null) return "not computed";
  let out = fmt(metric.value);
  if (metric.ci) out += ` ${fmtInterval(metric.ci)}`;
  if (metric.baseline && metric.baseline.value !== null) {
    const delta = metric.delta?.value ?? metric.value - metric.baseline.value;
    out += `; Δ ${fmtSigned(delta)}`;
    if (metric.delta?.ci) out += ` ${fmtInterval(metric.delta.ci)}`;
    out += ` vs ${fmt(metric.baseline.value)}`;
  }
  if (metric.n !== undefined) out += `; n=${metric.n}`;
  return out;
}

export function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return "0";
  const abs = Math.abs(x);
  if (abs >= 1e6 || abs < 1e-4) return x.toExponential(3).replace(/\.?0+e/, "e");
  return String(Number(x.toPrecision(4)));
}

function fmtSigned(x: number): string {
  return x > 0 ? `+${fmt(x)}` : x < 0 ? `−${fmt(-x)}` : "0";
}

function fmtPct(x: number): string {
  return `${Number((x * 100).toPrecision(4))}%`;
}

function fmtInterval(ci: Interval): string {
  return `[${fmt(ci.lower)}, ${fmt(ci.upper)}]`;
}
