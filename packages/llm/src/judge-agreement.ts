import type { Detail, Metric } from "@mlops/core";
import { cohensKappa, KAPPA_INTERVAL_METHOD } from "@mlops/stats";
import * as z from "zod";
import { outputJson } from "./assertions/contains-json.ts";
import { valueAt } from "./assertions/template-value.ts";
import { pairedPassRate, wilsonInterval } from "./pass-rate.ts";
import type { CaseResult, Side } from "./runner.ts";
import { pairKey } from "./side-stats.ts";

/**
 * Meta-evaluation: how often a judge prompt's answer matches the human label each case carries, as
 * accuracy and Cohen's κ (agreement beyond chance) with the confusion matrix behind them.
 */

export const AgreementSchema = z
  .object({
    label: z.string().min(1).describe("Case variable holding the human label"),
    answer: z
      .string()
      .min(1)
      .describe(
        "Dotted path of the judge's answer in the output's JSON, compared with the label (e.g. category, verdicts.0.verdict)",
      ),
  })
  .strict()
  .describe("Measure the prompt's agreement with human labels: accuracy, Cohen's κ, confusion matrix");
export type AgreementConfig = z.output<typeof AgreementSchema>;

export const AGREEMENT_METRICS = ["agreement_accuracy", "agreement_kappa"] as const;

/** The column of answers that are missing, not JSON, or not a single value at the answer path. */
export const NO_ANSWER = "(no answer)";

export interface Agreement {
  /** Rows (human labels) and columns (judge answers), the same classes in the same order. */
  labels: string[];
  counts: number[][];
  n: number;
  agreed: number;
  /** Whether each call agreed, by case, provider and repeat: what pairs the two versions' calls. */
  agreedBy: Map<string, boolean>;
}

/** The judge's answer at the path, as text; NO_ANSWER when there is none to compare. */
export function judgeAnswer(output: string | undefined, path: string): string {
  if (output === undefined) return NO_ANSWER;
  const value = valueAt(outputJson(output), path);
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? String(value)
    : NO_ANSWER;
}

/**
 * Every answered call of one side against its case's label. Calls that errored or were skipped have no
 * answer to compare and are counted by the errors and budget checks instead.
 */
export function measureAgreement(
  results: readonly CaseResult[],
  side: Side,
  labelOf: ReadonlyMap<string, string>,
  config: AgreementConfig,
): Agreement {
  const pairs: [string, string][] = [];
  const agreedBy = new Map<string, boolean>();
  for (const r of results) {
    const human = labelOf.get(r.caseId);
    if (r.side !== side || human === undefined || (r.status !== "pass" && r.status !== "fail")) continue;
    const answer = judgeAnswer(r.output, config.answer);
    pairs.push([human, answer]);
    agreedBy.set(`${pairKey(r)}\u0000${r.repeat}`, human === answer);
  }
  const classes = [...new Set(pairs.flat())].filter((c) => c !== NO_ANSWER).sort();
  const labels = pairs.some(([, a]) => a === NO_ANSWER) ? [...classes, NO_ANSWER] : classes;
  const index = new Map(labels.map((l, i) => [l, i]));
  const counts = labels.map(() => labels.map(() => 0));
  for (const [human, answer] of pairs) {
    const row = counts[index.get(human) as number] as number[];
    row[index.get(answer) as number] = (row[index.get(answer) as number] ?? 0) + 1;
  }
  return { labels, counts, n: pairs.length, agreed: pairs.filter(([h, a]) => h === a).length, agreedBy };
}

const round = (x: number) => Number(x.toPrecision(6));

function accuracyMetric(a: Agreement): Pick<Metric, "value" | "ci" | "unavailable"> {
  if (a.n === 0) return { value: null, unavailable: "no answered case with a label" };
  return { value: round(a.agreed / a.n), ci: wilsonInterval(a.agreed, a.n) };
}

function kappaMetric(a: Agreement): Pick<Metric, "value" | "ci" | "unavailable"> {
  const k = cohensKappa(a.counts);
  if (!k) {
    return {
      value: null,
      unavailable:
        a.n === 0
          ? "no answered case with a label"
          : "chance agreement is 1 (every label and answer is the same class): label cases of other classes",
    };
  }
  return {
    value: round(k.kappa),
    ci: { lower: round(k.lower), upper: round(k.upper), level: 0.95, method: KAPPA_INTERVAL_METHOD },
  };
}

/** The change in accuracy on the calls both versions answered, with Newcombe's paired interval. */
function pairedAccuracyChange(head: Agreement, base: Agreement): Metric["delta"] {
  const pairs = [...head.agreedBy].flatMap(([key, agreed]) => {
    const before = base.agreedBy.get(key);
    return before === undefined ? [] : [{ head: agreed, base: before }];
  });
  const paired = pairedPassRate(pairs);
  return paired && { value: round(paired.delta), ci: paired.ci };
}

/**
 * Accuracy (Wilson interval) and κ (large-sample interval), each with the base version's when there is
 * one; the change in accuracy is paired on the same calls, so `non_inferiority_margin` can gate it.
 */
export function agreementMetrics(
  head: Agreement,
  base: Agreement | undefined,
  baseVersion: string | undefined,
): Record<(typeof AGREEMENT_METRICS)[number], Metric> {
  const metric = (of: (a: Agreement) => Pick<Metric, "value" | "ci" | "unavailable">): Metric => {
    const h = of(head);
    const out: Metric = { ...h, n: head.n, greaterIsBetter: true };
    if (!base) return out;
    const b = of(base);
    out.baseline = { value: b.value, ...(b.ci ? { ci: b.ci } : {}), label: `${baseVersion}` };
    if (h.value !== null && b.value !== null) out.delta = { value: round(h.value - b.value) };
    return out;
  };
  const accuracy = metric(accuracyMetric);
  const paired = base && pairedAccuracyChange(head, base);
  if (paired) accuracy.delta = paired;
  return { agreement_accuracy: accuracy, agreement_kappa: metric(kappaMetric) };
}

const labelled = (a: Agreement, label: string) =>
  (a.counts[a.labels.indexOf(label)] ?? []).reduce((x, y) => x + y, 0);

const agreedOn = (a: Agreement, label: string) => {
  const i = a.labels.indexOf(label);
  return `${a.counts[i]?.[i] ?? 0}/${labelled(a, label)}`;
};

/**
 * One matrix per side, over the union of both sides' classes so the two read alike; and, for the PR
 * comment (which leaves matrices to the HTML report), how many cases of each label each side got right.
 */
export function agreementDetails(
  head: Agreement,
  base: Agreement | undefined,
  versions: { head: string; base?: string | undefined },
): Detail[] {
  const sides = base ? [base, head] : [head];
  const union = [...new Set(sides.flatMap((s) => s.labels))];
  const labels = [...union.filter((l) => l !== NO_ANSWER).sort(), ...union.filter((l) => l === NO_ANSWER)];
  const recount = (a: Agreement) =>
    labels.map((row) => labels.map((col) => a.counts[a.labels.indexOf(row)]?.[a.labels.indexOf(col)] ?? 0));
  const byLabel: Detail = {
    type: "table",
    title: "Agreement by human label: cases the judge answered with the label",
    columns: ["label", ...(base ? [`base ${versions.base}`] : []), `head ${versions.head}`],
    rows: labels
      .filter((l) => sides.some((s) => labelled(s, l) > 0))
      .map((l) => [l, ...(base ? [agreedOn(base, l)] : []), agreedOn(head, l)]),
  };
  const matrix: Detail = {
    type: "confusion-matrix",
    title: "Agreement with the human labels (rows: label, columns: judge's answer)",
    labels,
    matrices: [
      ...(base ? [{ name: `base ${versions.base}`, counts: recount(base) }] : []),
      { name: `head ${versions.head}`, counts: recount(head) },
    ],
  };
  return [byLabel, matrix];
}
