import { type Check, type Detail, fmt, type Metric } from "@mlops/core";
import { FAIL_RATE_METHOD, type FailRate, failRate, failRateChange } from "@mlops/robustness";
import { NEWCOMBE_METHOD } from "@mlops/stats";
import type { DetectorRun, ModelOutcome } from "./detector-run.ts";

export interface ResultOptions {
  level: number;
  championLabel?: string;
  fragileRows: number;
}

const rateOf = (o: ModelOutcome | undefined, level: number): FailRate | undefined =>
  o && "outcomes" in o ? failRate(o.outcomes.failed, level) : undefined;

/**
 * `fail_rate[<detector>]` per detector with its Wilson interval, the champion's rate on the same
 * perturbed rows as baseline and the paired change as delta; `fail_rate` is the worst of them.
 */
export function robustnessMetrics(
  runs: readonly DetectorRun[],
  options: ResultOptions,
): Record<string, Metric> {
  const out: Record<string, Metric> = {};
  const ci = (c: { lower: number; upper: number } | null, method = FAIL_RATE_METHOD) =>
    c ? { ci: { lower: c.lower, upper: c.upper, level: options.level, method } } : {};
  for (const run of runs) {
    const name = `fail_rate[${run.options.type}]`;
    const why = unavailable(run);
    const ch = rateOf(run.challenger, options.level);
    if (why || !ch) {
      out[name] = { value: null, unavailable: why ?? "not scored", greaterIsBetter: false };
      continue;
    }
    const metric: Metric = { value: ch.rate, ...ci(ch.ci), n: ch.n, greaterIsBetter: false };
    const cp = rateOf(run.champion, options.level);
    if (run.champion) {
      metric.baseline = {
        value: cp?.rate ?? null,
        ...(cp ? ci(cp.ci) : {}),
        ...(options.championLabel ? { label: options.championLabel } : {}),
      };
    }
    if (cp && run.challenger && "outcomes" in run.challenger && run.champion && "outcomes" in run.champion) {
      const change = failRateChange(
        run.challenger.outcomes.failed,
        run.champion.outcomes.failed,
        options.level,
      );
      if (change) metric.delta = { value: change.estimate, ...ci(change, NEWCOMBE_METHOD) };
    }
    out[name] = metric;
  }
  const measured = Object.values(out).filter((m) => m.value !== null);
  out.fail_rate =
    measured.length > 0 && measured.length === runs.length
      ? measured.reduce((a, b) => (b.value! > a.value! ? b : a))
      : {
          value: null,
          unavailable: `not every detector gave a fail rate: ${runs
            .filter((r) => unavailable(r))
            .map((r) => `${r.options.type} (${unavailable(r)})`)
            .join("; ")}`,
          greaterIsBetter: false,
        };
  return out;
}

function unavailable(run: DetectorRun): string | undefined {
  if (run.cases.length === 0) return "no row had a mutable value this detector can change";
  if (run.challenger && "crashed" in run.challenger)
    return `the challenger's scorer failed: ${run.challenger.crashed}`;
  return undefined;
}

/**
 * Per detector, its own threshold as a check: fail rate at most the threshold, at the detector's
 * severity. When the model is flaky, a failed check says that part of its rate is noise.
 */
export function detectorChecks(runs: readonly DetectorRun[], level: number, flaky = false): Check[] {
  return runs.map((run) => {
    const { type, threshold, severity } = run.options;
    const base = {
      id: `detector:${type}`,
      title: `${run.title}: fail rate ≤ ${fmt(threshold)}`,
      severity,
      expected: `≤ ${fmt(threshold)}`,
      metric: `fail_rate[${type}]`,
    };
    if (run.challenger && "crashed" in run.challenger) {
      return {
        ...base,
        status: "fail" as const,
        observed: "scorer failed",
        message: `the model could not score perturbed rows: ${run.challenger.crashed}`,
      };
    }
    const rate = rateOf(run.challenger, level);
    if (!rate || rate.rate === null) {
      return {
        ...base,
        status: "inconclusive" as const,
        observed: "no perturbed rows",
        message: "no row had a mutable value this detector can change",
      };
    }
    const passed = rate.rate <= threshold;
    return {
      ...base,
      status: passed ? ("pass" as const) : ("fail" as const),
      observed: `${rate.failures}/${rate.n} = ${shownRate(rate)}`,
      ...(passed
        ? {}
        : {
            message: `${rate.failures} of ${rate.n} perturbed rows changed outcome${flaky ? "; the model answers the same row differently (see stochasticity), so part of this rate is noise, not fragility" : ""}`,
          }),
    };
  });
}

function shownRate(r: FailRate | undefined): string {
  if (!r || r.rate === null) return "n/a";
  return r.ci ? `${fmt(r.rate)} [${fmt(r.ci.lower)}, ${fmt(r.ci.upper)}]` : fmt(r.rate);
}

function shownOutcome(o: ModelOutcome | undefined, level: number): string {
  if (!o) return "";
  return "crashed" in o ? "scorer failed" : shownRate(rateOf(o, level));
}

/** The detector table, a chart of fail rates, and the most fragile rows as column-by-column diffs. */
export function robustnessDetails(
  runs: readonly DetectorRun[],
  metrics: Readonly<Record<string, Metric>>,
  options: ResultOptions,
  lineOf: (row: number) => number,
): Detail[] {
  const champion = runs.some((r) => r.champion);
  const details: Detail[] = [
    {
      type: "table",
      title: `Detectors and behavioural tests (fail rate with ${Math.round(options.level * 100)}% Wilson interval)`,
      columns: [
        "detector",
        "perturbed rows",
        "challenger fail rate",
        ...(champion ? ["champion fail rate", "change (paired, Newcombe)"] : []),
        "threshold",
        "severity",
      ],
      rows: runs.map((run) => {
        const delta = metrics[`fail_rate[${run.options.type}]`]?.delta;
        return [
          run.title,
          run.cases.length,
          shownOutcome(run.challenger, options.level),
          ...(champion
            ? [
                shownOutcome(run.champion, options.level),
                delta
                  ? `${fmt(delta.value)}${delta.ci ? ` [${fmt(delta.ci.lower)}, ${fmt(delta.ci.upper)}]` : ""}`
                  : "",
              ]
            : []),
          fmt(run.options.threshold),
          run.options.severity,
        ];
      }),
    },
  ];
  const charted = runs.filter((r) => metrics[`fail_rate[${r.options.type}]`]?.value != null);
  if (charted.length > 0) {
    details.push({
      type: "bar-chart",
      title: "Fail rate by detector (challenger)",
      labels: charted.map((r) => r.options.type),
      values: charted.map((r) => metrics[`fail_rate[${r.options.type}]`]!.value!),
    });
  }
  const failures = failingExpectations(runs);
  if (failures.length > 0) {
    details.push({
      type: "table",
      title: `Minimum-functionality failures: ${failures.length} case(s) the challenger got wrong${failures.length > MAX_LISTED ? `, the first ${MAX_LISTED}` : ""}`,
      columns: ["test", "case", "expected", "answered", "values"],
      rows: failures.slice(0, MAX_LISTED),
    });
  }
  const fragile = mostFragile(runs, options.fragileRows);
  if (fragile.length > 0) {
    details.push({
      type: "table",
      title: `Most fragile rows: the ${fragile.length} largest output changes, each changed value`,
      columns: ["detector", "line", "outcome changed", "output shift", "column", "original", "perturbed"],
      rows: fragile.flatMap(({ run, k, shift, failed }) =>
        run.cases[k]!.changes.map((c, j) => [
          j === 0 ? run.options.type : "",
          j === 0 ? lineOf(run.cases[k]!.row) : "",
          j === 0 ? (failed ? "yes" : "no") : "",
          j === 0 ? fmt(shift) : "",
          c.column,
          c.from === "" ? "(missing)" : c.from,
          c.to === "" ? "(missing)" : c.to,
        ]),
      ),
    });
  }
  return details;
}

/** Failing minimum-functionality cases listed at most; the rest are counted. */
const MAX_LISTED = 50;

function failingExpectations(runs: readonly DetectorRun[]): (string | number)[][] {
  return runs.flatMap((run) => {
    const o = run.challenger;
    if (!run.expectations || !o || !("outcomes" in o)) return [];
    return run.expectations.flatMap((e, k) =>
      o.outcomes.failed[k]
        ? [[run.options.type, k + 1, fmt(e.expected), fmt(o.outcomes.output?.[k] ?? Number.NaN), e.given]]
        : [],
    );
  });
}

function mostFragile(runs: readonly DetectorRun[], count: number) {
  const all = runs.flatMap((run) => {
    const o = run.challenger;
    if (!o || !("outcomes" in o)) return [];
    return run.cases.map((_, k) => ({
      run,
      k,
      shift: o.outcomes.shift[k]!,
      failed: o.outcomes.failed[k] === 1,
    }));
  });
  return all
    .filter((c) => c.shift > 0)
    .sort((a, b) => Number(b.failed) - Number(a.failed) || b.shift - a.shift)
    .slice(0, count);
}
