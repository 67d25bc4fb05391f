import { type Detail, fmt, type Metric } from "@mlops/core";
import { counterfactualFlips, type SensitiveValues } from "@mlops/fairness";
import { type Dataset, type EvaluateBiasConfig, withColumnValue } from "@mlops/models";
import { wilsonScoreInterval } from "@mlops/stats";
import { MISSING } from "./bias-columns.ts";

/** More values than this would score the model too many times; such a column is left out, saying so. */
export const MAX_COUNTERFACTUAL_VALUES = 20;

export interface CounterfactualInput {
  config: EvaluateBiasConfig;
  dataset: Dataset;
  /** Names of the columns the model sees. */
  features: readonly string[];
  sensitive: readonly SensitiveValues[];
  decisions: Uint8Array;
  /** Whether the challenger's scorer runs a model (a predictions file cannot answer "what if"). */
  scoresModel: boolean;
  /** Scores the challenger on a dataset and gives its decisions. */
  decide: (dataset: Dataset, what: string) => Promise<Uint8Array>;
  level: number;
}

/**
 * Counterfactual flips per sensitive column: every row scored again with the column set to each other
 * observed value, all other features unchanged; the share of decisions that change, with a Wilson
 * interval, overall (`counterfactual_flip_rate`, the worst column) and per pair of values.
 */
export async function counterfactuals(
  input: CounterfactualInput,
): Promise<{ metrics: Record<string, Metric>; details: Detail[] }> {
  const metrics: Record<string, Metric> = {};
  const details: Detail[] = [];
  for (const column of input.sensitive) {
    const why = unavailable(input, column);
    const name = `counterfactual_flip_rate[${column.name}]`;
    if (why) {
      metrics[name] = { value: null, unavailable: why, greaterIsBetter: false };
      continue;
    }
    const targets = [...new Set(column.values)].filter((v) => v !== MISSING).sort();
    const decisionsWith = new Map<string, Uint8Array>();
    for (const value of targets) {
      decisionsWith.set(
        value,
        await input.decide(
          withColumnValue(input.dataset, column.name, value),
          `challenger with ${column.name}=${value}`,
        ),
      );
    }
    const flips = counterfactualFlips(column.values, input.decisions, decisionsWith);
    metrics[name] = rateMetric(flips.flips, flips.pairs, input.level);
    details.push({
      type: "table",
      title: `Counterfactual flips: ${column.name} set to another value`,
      columns: ["from", "to", "rows", "flips", "flip rate"],
      rows: flips.byPair.map((p) => {
        const ci = wilsonScoreInterval(p.flips, p.rows, input.level);
        return [
          p.from,
          p.to,
          p.rows,
          p.flips,
          `${fmt(p.flips / p.rows)}${ci ? ` [${fmt(ci.lower)}, ${fmt(ci.upper)}]` : ""}`,
        ];
      }),
    });
  }
  const measured = Object.values(metrics).filter((m) => m.value !== null);
  metrics.counterfactual_flip_rate =
    measured.length > 0
      ? measured.reduce((a, b) => (b.value! > a.value! ? b : a))
      : {
          value: null,
          unavailable: Object.values(metrics)
            .map((m) => m.unavailable)
            .join("; "),
          greaterIsBetter: false,
        };
  return { metrics, details };
}

function unavailable(input: CounterfactualInput, column: SensitiveValues): string | undefined {
  if (!input.scoresModel) {
    return "counterfactual flips need a model to score again: a predictions file cannot say what it would have decided";
  }
  if (!input.features.includes(column.name)) {
    return `the model does not read ${column.name}: setting it cannot change a decision directly (a proxy still can; compare group rates)`;
  }
  if (input.config.bins[column.name]) return `${column.name} is binned: a band has no single value to set`;
  const distinct = new Set(column.values).size;
  if (distinct > MAX_COUNTERFACTUAL_VALUES) {
    return `${column.name} has ${distinct} values, more than ${MAX_COUNTERFACTUAL_VALUES} to score the model with`;
  }
  return undefined;
}

function rateMetric(flips: number, pairs: number, level: number): Metric {
  const ci = wilsonScoreInterval(flips, pairs, level);
  return {
    value: pairs === 0 ? null : flips / pairs,
    ...(pairs === 0 ? { unavailable: "only one value observed: nothing to set it to" } : {}),
    ...(ci ? { ci: { ...ci, level, method: "Wilson score" } } : {}),
    n: pairs,
    greaterIsBetter: false,
  };
}
