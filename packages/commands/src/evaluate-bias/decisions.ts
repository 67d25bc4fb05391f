import { RuntimeFailure } from "@mlops/core";
import type { Predictions } from "@mlops/models";

export interface Decisions {
  /** 0/1 per row. */
  decisions: Uint8Array;
  /** The probability per row, when the model gives one. */
  scores?: Float64Array;
}

/**
 * The model's 0/1 decisions: its probabilities at the configured threshold, so the threshold the config
 * states is the one evaluated; its own labels only when it gives no probability.
 */
export function decisionsOf(p: Predictions, threshold: number, what: string): Decisions {
  if (p.probability) {
    const scores = p.probability;
    return { decisions: Uint8Array.from(scores, (s) => (s >= threshold ? 1 : 0)), scores };
  }
  if (p.label) return { decisions: Uint8Array.from(p.label) };
  throw new RuntimeFailure(`the ${what} gave neither probabilities nor labels`, {
    hint: "a fairness evaluation needs a probability or a 0/1 prediction per row",
  });
}

/** A regressor's predicted value per row. */
export function valuesOf(p: Predictions, what: string): Float64Array {
  if (p.value) return p.value;
  throw new RuntimeFailure(`the ${what} gave no predicted values`, {
    hint: "a regression fairness evaluation needs a numeric prediction per row (a prediction or value column)",
  });
}
