import type { Detail, Metric } from "@mlops/core";
import type { Predictions } from "@mlops/models";

/** The backtest's labels with both models' predictions for the same rows (no champion on a first model). */
export interface ScoredRows {
  actual: Float64Array;
  challenger: Predictions;
  champion: Predictions | undefined;
}

/** What one stage of the comparison adds to the envelope. */
export interface ComparisonPart {
  metrics: Record<string, Metric>;
  details: Detail[];
}

/** 4 significant digits: enough for a table, stable across platforms. */
export function round(x: number | null): number | null {
  return x === null ? null : Number(x.toPrecision(4));
}

function subset(p: Predictions, rows: readonly number[]): Predictions {
  const pick = (a?: Float64Array) => (a ? Float64Array.from(rows, (i) => a[i]!) : undefined);
  const out: Predictions = {};
  const probability = pick(p.probability);
  const label = pick(p.label);
  const value = pick(p.value);
  if (probability) out.probability = probability;
  if (label) out.label = label;
  if (value) out.value = value;
  return out;
}

/** The same rows of the labels and of both models' predictions. */
export function rowsOf(scored: ScoredRows, rows: readonly number[]): ScoredRows {
  return {
    actual: Float64Array.from(rows, (i) => scored.actual[i]!),
    challenger: subset(scored.challenger, rows),
    champion: scored.champion ? subset(scored.champion, rows) : undefined,
  };
}
