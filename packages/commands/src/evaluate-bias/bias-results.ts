import { type Check, type Detail, fmt, type Metric } from "@mlops/core";
import {
  type Compared,
  DISPARITY_NAMES,
  type Estimate,
  type FairnessResult,
  type GroupVsRest,
  isRatio,
  type PartitionResult,
  PRIVILEGED_METRIC_NAMES,
  type RowMetricsResult,
} from "@mlops/fairness";

export interface BiasResultOptions {
  level: number;
  resamples: number;
  minGroupSize: number;
  championLabel?: string;
}

/**
 * Every disparity as a metric: `<name>` at its worst over the partitions (what a gate usually wants),
 * and `<name>[<columns>]` per partition. With a champion, its value is the baseline and the paired
 * change the delta, so non-inferiority gates read them as for any other evaluation.
 */
export function biasMetrics(result: FairnessResult, options: BiasResultOptions): Record<string, Metric> {
  const out: Record<string, Metric> = {};
  for (const d of DISPARITY_NAMES) {
    const worst = result.worst[d];
    const greaterIsBetter = isRatio(d);
    out[d] = metricOf(worst, options, { greaterIsBetter, at: worst.partition });
    for (const p of result.partitions) {
      out[`${d}[${p.key}]`] = metricOf(p.disparities[d], options, { greaterIsBetter });
    }
  }
  for (const p of result.privileged) {
    // AIF360's metrics are best at parity (1 or 0), not at either end.
    for (const name of PRIVILEGED_METRIC_NAMES)
      out[`${name}[${p.column}]`] = metricOf(p.metrics[name], options);
  }
  return out;
}

/** A compared estimate as an envelope metric: the champion's value the baseline, the paired change the delta. */
export function metricOf(
  c: Compared,
  options: BiasResultOptions,
  how: { greaterIsBetter?: boolean; at?: string | undefined; design?: string } = {},
): Metric {
  const { at } = how;
  const method = `stratified bootstrap, percentile, ${options.resamples} resamples${how.design ? `; ${how.design}` : ""}${at ? `; worst partition: ${at}` : ""}`;
  const ci = (e: Estimate | undefined) => (e?.ci ? { ci: { ...e.ci, level: options.level, method } } : {});
  const metric: Metric = {
    value: c.challenger.value,
    ...(c.challenger.value === null ? { unavailable: c.challenger.unavailable } : ci(c.challenger)),
    ...(how.greaterIsBetter !== undefined ? { greaterIsBetter: how.greaterIsBetter } : {}),
  };
  if (c.champion) {
    metric.baseline = {
      value: c.champion.value,
      ...ci(c.champion),
      ...(options.championLabel ? { label: options.championLabel } : {}),
    };
  }
  if (c.delta?.value !== null && c.delta !== undefined)
    metric.delta = { value: c.delta.value!, ...ci(c.delta) };
  return metric;
}

/** A check that says which groups are too small to judge: never a silent pass. */
export function groupSizeCheck(
  result: {
    partitions: readonly { groups: readonly { name: string; count: number; sufficient: boolean }[] }[];
  },
  minGroupSize: number,
): Check {
  const small = result.partitions.flatMap((p) => p.groups.filter((g) => !g.sufficient));
  return {
    id: "group-size",
    title: `Every group has at least ${minGroupSize} rows`,
    status: small.length === 0 ? "pass" : "inconclusive",
    severity: "warn",
    observed: small.length === 0 ? "all groups" : `${small.length} group(s) below`,
    expected: `n ≥ ${minGroupSize}`,
    ...(small.length > 0
      ? {
          message: `insufficient data, reported but not judged: ${small
            .slice(0, 10)
            .map((g) => `${g.name} (n=${g.count})`)
            .join(", ")}${small.length > 10 ? `, and ${small.length - 10} more` : ""}`,
        }
      : {}),
  };
}

export function shown(e: Estimate | undefined): string {
  if (!e || e.value === null) return "n/a";
  return e.ci ? `${fmt(e.value)} [${fmt(e.ci.lower)}, ${fmt(e.ci.upper)}]` : fmt(e.value);
}

/** The group with the lowest selection rate among those with enough rows, which the table marks. */
function lowestSelection(p: PartitionResult): string | undefined {
  let at: string | undefined;
  let low = Number.POSITIVE_INFINITY;
  for (const g of p.groups) {
    const v = g.rates.selection_rate.challenger.value;
    if (g.sufficient && v !== null && v < low) {
      low = v;
      at = g.name;
    }
  }
  return at;
}

/** Per partition a group table (rates with intervals, the worst group and small groups marked) and a chart. */
export function groupDetails(result: FairnessResult, scoreMetrics: RowMetricsResult | undefined): Detail[] {
  const details: Detail[] = [];
  for (const [pi, p] of result.partitions.entries()) {
    const worst = lowestSelection(p);
    const scored = scoreMetrics?.partitions[pi]?.groups;
    details.push({
      type: "table",
      title: `Groups by ${p.key}`,
      columns: [
        "group",
        "n",
        "selection rate",
        "base rate",
        "TPR",
        "FPR",
        "FNR",
        "precision",
        "accuracy",
        "mean score",
        "ROC AUC",
        "ECE",
        "note",
      ],
      rows: p.groups.map((g, gi) => [
        g.name,
        g.count,
        shown(g.rates.selection_rate.challenger),
        shown(g.rates.base_rate.challenger),
        shown(g.rates.tpr.challenger),
        shown(g.rates.fpr.challenger),
        shown(g.rates.fnr.challenger),
        shown(g.rates.precision.challenger),
        shown(g.rates.accuracy.challenger),
        shown(scored?.[gi]?.metrics.mean_score?.challenger),
        shown(scored?.[gi]?.metrics.roc_auc?.challenger),
        shown(scored?.[gi]?.metrics.ece?.challenger),
        !g.sufficient ? "insufficient data" : g.name === worst ? "lowest selection rate" : "",
      ]),
    });
    for (const [rate, label] of [
      ["selection_rate", "Selection rate"],
      ["tpr", "TPR"],
    ] as const) {
      const charted = p.groups.filter((g) => g.rates[rate].challenger.value !== null);
      details.push({
        type: "bar-chart",
        title: `${label} by ${p.key}`,
        labels: charted.map((g) => g.name),
        values: charted.map((g) => g.rates[rate].challenger.value!),
      });
    }
  }
  details.push(disparityTable(result.partitions, DISPARITY_NAMES));
  return details;
}

/** Every partition's disparities: the challenger's, the champion's and the change, each with its interval. */
export function disparityTable<D extends string>(
  partitions: readonly { key: string; disparities: Partial<Record<D, Compared>> }[],
  names: readonly D[],
): Detail {
  return {
    type: "table",
    title: "Disparities",
    columns: ["partition", "disparity", "challenger", "champion", "change", "note"],
    rows: partitions.flatMap((p) =>
      names.map((d) => {
        const c = p.disparities[d]!;
        return [
          p.key,
          d,
          shown(c.challenger),
          c.champion ? shown(c.champion) : "",
          c.delta ? shown(c.delta) : "",
          c.challenger.unavailable ?? "",
        ];
      }),
    ),
  };
}

/** The top findings in plain words: the largest selection-rate gap per partition, and changes against the champion. */
export function findings(result: FairnessResult): string[] {
  const out: string[] = [];
  for (const p of result.partitions) {
    const judged = p.groups.filter((g) => g.sufficient && g.rates.selection_rate.challenger.value !== null);
    if (judged.length < 2) continue;
    const byRate = [...judged].sort(
      (a, b) => a.rates.selection_rate.challenger.value! - b.rates.selection_rate.challenger.value!,
    );
    const low = byRate[0]!;
    const high = byRate[byRate.length - 1]!;
    const ratio = p.disparities.demographic_parity_ratio.challenger;
    const lowRate = low.rates.selection_rate.challenger.value!;
    const highRate = high.rates.selection_rate.challenger.value!;
    const times = highRate === 0 ? "" : ` (${fmt(lowRate / highRate)}×)`;
    const ci =
      ratio.value !== null && ratio.ci
        ? `; demographic parity ratio ${fmt(ratio.value)}, 95% CI [${fmt(ratio.ci.lower)}, ${fmt(ratio.ci.upper)}]`
        : "";
    out.push(
      `selection rate for ${low.name} is ${fmt(lowRate)} against ${fmt(highRate)} for ${high.name}${times}${ci}`,
    );
  }
  for (const d of DISPARITY_NAMES) {
    const delta = result.worst[d].delta;
    if (!delta?.ci || delta.value === null) continue;
    const worse = isRatio(d) ? delta.ci.upper < 0 : delta.ci.lower > 0;
    if (worse) {
      out.push(
        `${d} is worse than the champion's by ${fmt(Math.abs(delta.value))} (95% CI of the change [${fmt(delta.ci.lower)}, ${fmt(delta.ci.upper)}])`,
      );
    }
  }
  const small = result.partitions.flatMap((p) => p.groups.filter((g) => !g.sufficient));
  if (small.length > 0) out.push(`${small.length} group(s) have too few rows to judge; see the group tables`);
  return out;
}

/** Share of false discoveries the group-against-rest findings allow. */
const FDR = 0.05;

/** The group-against-rest differences that remain after Benjamini–Hochberg, in a table and one line. */
export function groupVsRestFindings(tests: readonly GroupVsRest[]): { detail: Detail; finding?: string } {
  const significant = tests.filter((t) => t.qValue <= FDR);
  const detail: Detail = {
    type: "table",
    title: `Groups against the rest (two-proportion z-tests, Benjamini–Hochberg over ${tests.length} tests)`,
    columns: ["partition", "group", "rate", "in the group", "in the rest", "p", "q", `q ≤ ${FDR}`],
    rows: tests
      .slice(0, 30)
      .map((t) => [
        t.partition,
        t.group,
        t.rate,
        fmt(t.group_value),
        fmt(t.rest_value),
        fmt(t.pValue),
        fmt(t.qValue),
        t.qValue <= FDR ? "yes" : "",
      ]),
  };
  if (significant.length === 0) return { detail };
  const top = significant[0]!;
  return {
    detail,
    finding: `${significant.length} of ${tests.length} group-against-rest differences hold at a ${FDR * 100}% false discovery rate; the strongest: ${top.rate} for ${top.group} is ${fmt(top.group_value)} against ${fmt(top.rest_value)} for the rest (q = ${fmt(top.qValue)})`,
  };
}
