import type { Numbers } from "./numeric-input.ts";
import { assertBinaryLabels, assertProbabilities, assertSameLength } from "./numeric-input.ts";

/** sklearn clips probabilities to [ε, 1 − ε] with ε the float64 machine epsilon. */
const EPS = Number.EPSILON;

function checkInputs(what: string, labels: Numbers, probabilities: Numbers): void {
  assertSameLength(
    what,
    { name: "labels", values: labels },
    { name: "probabilities", values: probabilities },
  );
  assertBinaryLabels("labels", labels);
  assertProbabilities("probabilities", probabilities);
}

/** −[y·log p + (1 − y)·log(1 − p)] for one row, p clipped as sklearn's `log_loss` clips it. */
export function rowLogLoss(label: number, probability: number): number {
  const p = Math.min(1 - EPS, Math.max(EPS, probability));
  return label === 1 ? -Math.log(p) : -Math.log(1 - p);
}

/**
 * Binary cross-entropy, sklearn's `log_loss(y, p)`: the mean of −log of the probability given to the
 * true class, with p clipped to [2.2e-16, 1 − 2.2e-16] so a confident mistake costs about 36 rather
 * than infinity. `null` for empty input.
 */
export function logLoss(labels: Numbers, probabilities: Numbers): number | null {
  checkInputs("log loss", labels, probabilities);
  const n = labels.length;
  if (n === 0) return null;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += rowLogLoss(labels[i]!, probabilities[i]!);
  return sum / n;
}

/** Mean squared difference between probability and 0/1 outcome (sklearn's `brier_score_loss`). `null` for empty input. */
export function brierScore(labels: Numbers, probabilities: Numbers): number | null {
  checkInputs("Brier score", labels, probabilities);
  const n = labels.length;
  if (n === 0) return null;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (probabilities[i]! - labels[i]!) ** 2;
  return sum / n;
}
