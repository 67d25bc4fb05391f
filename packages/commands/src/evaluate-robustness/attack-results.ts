import { type Check, type Detail, fmt, type Metric } from "@mlops/core";
import { FAIL_RATE_METHOD, failRate, failRateChange, type RowAttack } from "@mlops/robustness";
import { NEWCOMBE_METHOD, quantileSorted } from "@mlops/stats";
import type { AttackOutcome, AttackRun } from "./attack-run.ts";

export const ATTACK_METRICS = ["attack_success_rate", "attack_median_perturbation", "attack_queries"];

/** 1 for each attacked row with a counterexample inside the perturbation budget. */
function successes(rows: readonly RowAttack[], epsilon: number): Uint8Array {
  return Uint8Array.from(rows, (r) => (r.counterexample && r.counterexample.distance <= epsilon ? 1 : 0));
}

function medianPerturbation(rows: readonly RowAttack[]): number | null {
  const sizes = rows.flatMap((r) => (r.counterexample ? [r.counterexample.distance] : []));
  return quantileSorted(Float64Array.from(sizes).sort(), 0.5);
}

const queriesOf = (rows: readonly RowAttack[]) => rows.reduce((a, r) => a + r.queries, 0);

const fmtOrNone = (x: number | null) => (x === null ? "n/a" : fmt(x));

const rowsOf = (o: AttackOutcome | undefined) => (o && "rows" in o ? o.rows : undefined);

/**
 * `attack_success_rate` (Wilson interval; the champion's on the same rows as baseline, the paired change
 * as delta), `attack_median_perturbation` over the counterexamples found, and `attack_queries` spent.
 */
export function attackMetrics(
  run: AttackRun,
  options: { level: number; championLabel?: string },
): Record<string, Metric> {
  const { level } = options;
  const challenger = rowsOf(run.challenger);
  if (!challenger) {
    const unavailable = `the challenger's scorer failed on the attack: ${(run.challenger as { crashed: string }).crashed}`;
    return {
      attack_success_rate: { value: null, unavailable, greaterIsBetter: false },
      attack_median_perturbation: { value: null, unavailable, greaterIsBetter: true },
      attack_queries: { value: null, unavailable },
    };
  }
  const champion = rowsOf(run.champion);
  const label = options.championLabel ? { label: options.championLabel } : {};
  const interval = (ci: { lower: number; upper: number } | null, method = FAIL_RATE_METHOD) =>
    ci ? { ci: { lower: ci.lower, upper: ci.upper, level, method } } : {};
  const won = successes(challenger, run.options.epsilon);
  const rate = failRate(won, level);
  const success: Metric = { value: rate.rate, ...interval(rate.ci), n: rate.n, greaterIsBetter: false };
  if (rate.rate === null) success.unavailable = "no row had a mutable number the attack could move";
  const median: Metric = {
    value: medianPerturbation(challenger),
    n: challenger.filter((r) => r.counterexample).length,
    unit: "standard deviations (L2)",
    greaterIsBetter: true,
  };
  if (median.value === null) median.unavailable = "no counterexample found within the query budget";
  const queries: Metric = { value: queriesOf(challenger), n: challenger.length };
  if (run.champion) {
    const base = champion ? failRate(successes(champion, run.options.epsilon), level) : undefined;
    success.baseline = { value: base?.rate ?? null, ...(base ? interval(base.ci) : {}), ...label };
    median.baseline = { value: champion ? medianPerturbation(champion) : null, ...label };
    queries.baseline = { value: champion ? queriesOf(champion) : null, ...label };
    if (champion && champion.length === challenger.length) {
      const change = failRateChange(won, successes(champion, run.options.epsilon), level);
      if (change) success.delta = { value: change.estimate, ...interval(change, NEWCOMBE_METHOD) };
    }
  }
  return { attack_success_rate: success, attack_median_perturbation: median, attack_queries: queries };
}

/** The attack's own threshold as a check, at its severity; a scorer that failed on its rows is a finding. */
export function attackCheck(run: AttackRun, metrics: Readonly<Record<string, Metric>>): Check {
  const { epsilon, threshold, severity, max_queries } = run.options;
  const base = {
    id: "attack",
    title: `Boundary attack: share of rows flipped by a change of size ≤ ${fmt(epsilon)} (≤ ${max_queries} queries a row) ≤ ${fmt(threshold)}`,
    severity,
    expected: `≤ ${fmt(threshold)}`,
    metric: "attack_success_rate",
  };
  if ("crashed" in run.challenger) {
    return {
      ...base,
      status: "fail",
      observed: "scorer failed",
      message: `the model could not score the attack's rows: ${run.challenger.crashed}`,
    };
  }
  const m = metrics.attack_success_rate!;
  if (m.value === null) {
    return { ...base, status: "inconclusive", observed: "no row attacked", message: m.unavailable ?? "" };
  }
  const passed = m.value <= threshold;
  const found = run.challenger.rows.filter((r) => r.counterexample).length;
  return {
    ...base,
    status: passed ? "pass" : "fail",
    observed: `${Math.round(m.value * m.n!)}/${m.n} = ${shownInterval(m)}`,
    ...(passed
      ? {}
      : {
          message: `${Math.round(m.value * m.n!)} of ${m.n} rows change outcome under a change of size ≤ ${fmt(epsilon)} (${found} counterexamples found in all, median size ${fmtOrNone(metrics.attack_median_perturbation!.value)})`,
        }),
  };
}

function shownInterval(m: { value: number | null; ci?: { lower: number; upper: number } }): string {
  if (m.value === null) return "n/a";
  return m.ci ? `${fmt(m.value)} [${fmt(m.ci.lower)}, ${fmt(m.ci.upper)}]` : fmt(m.value);
}

/** A table of the attack on each model, and the rows with the smallest counterexamples as diffs. */
export function attackDetails(
  run: AttackRun,
  metrics: Readonly<Record<string, Metric>>,
  options: { level: number; fragileRows: number },
  lineOf: (row: number) => number,
): Detail[] {
  const summary = (what: string, outcome: AttackOutcome) => {
    if ("crashed" in outcome) return [what, "", "scorer failed", "", "", ""];
    const rate = failRate(successes(outcome.rows, run.options.epsilon), options.level);
    return [
      what,
      outcome.rows.length,
      shownInterval({ value: rate.rate, ...(rate.ci ? { ci: rate.ci } : {}) }),
      outcome.rows.filter((r) => r.counterexample).length,
      fmtOrNone(medianPerturbation(outcome.rows)),
      queriesOf(outcome.rows),
    ];
  };
  const details: Detail[] = [
    {
      type: "table",
      title: `Boundary attack (success: a counterexample of size ≤ ${fmt(run.options.epsilon)} in standard deviations, L2; ${Math.round(options.level * 100)}% Wilson interval)`,
      columns: ["model", "rows attacked", "success rate", "counterexamples found", "median size", "queries"],
      rows: [
        summary("challenger", run.challenger),
        ...(run.champion ? [summary("champion", run.champion)] : []),
      ],
    },
  ];
  const fragile = (rowsOf(run.challenger) ?? [])
    .filter((r) => r.counterexample)
    .sort((a, b) => a.counterexample!.distance - b.counterexample!.distance)
    .slice(0, options.fragileRows);
  if (fragile.length > 0 && metrics.attack_success_rate) {
    details.push({
      type: "table",
      title: `Smallest counterexamples: the ${fragile.length} rows the attack flipped with the least change`,
      columns: ["line", "size", "column", "original", "counterexample"],
      rows: fragile.flatMap((r) =>
        r.counterexample!.changes.map((c, j) => [
          j === 0 ? lineOf(r.row) : "",
          j === 0 ? fmt(r.counterexample!.distance) : "",
          c.column,
          c.from,
          c.to,
        ]),
      ),
    });
  }
  return details;
}
