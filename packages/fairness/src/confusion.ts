/**
 * Every row of a fairness evaluation falls in one of 8 cells: label × challenger decision × champion
 * decision (the champion's decision is 0 when there is no champion). Group rates depend on the rows only
 * through these counts, so a group is 8 numbers and a stratified bootstrap resample of it is one
 * multinomial draw over them.
 */
export const CELLS = 8;

export function cellOf(label: number, challenger: number, champion: number): number {
  return label * 4 + challenger * 2 + champion;
}

/** Which model's decisions a confusion matrix is about. */
export type Model = "challenger" | "champion";

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

/** One model's confusion matrix from the 8 cell counts at `offset`. */
export function confusionOf(cells: ArrayLike<number>, offset: number, model: Model): Confusion {
  const c = (label: number, decision: number) =>
    model === "challenger"
      ? cells[offset + label * 4 + decision * 2]! + cells[offset + label * 4 + decision * 2 + 1]!
      : cells[offset + label * 4 + decision]! + cells[offset + label * 4 + 2 + decision]!;
  return { tp: c(1, 1), fp: c(0, 1), tn: c(0, 0), fn: c(1, 0) };
}

export const RATE_NAMES = [
  "selection_rate",
  "base_rate",
  "tpr",
  "fpr",
  "fnr",
  "precision",
  "accuracy",
  "error_rate",
] as const;
export type RateName = (typeof RATE_NAMES)[number];

const RATES: Record<RateName, { of: (c: Confusion) => [number, number]; undefinedWhen: string }> = {
  selection_rate: { of: (c) => [c.tp + c.fp, c.tp + c.fp + c.tn + c.fn], undefinedWhen: "no rows" },
  base_rate: { of: (c) => [c.tp + c.fn, c.tp + c.fp + c.tn + c.fn], undefinedWhen: "no rows" },
  tpr: { of: (c) => [c.tp, c.tp + c.fn], undefinedWhen: "no positive labels" },
  fpr: { of: (c) => [c.fp, c.fp + c.tn], undefinedWhen: "no negative labels" },
  fnr: { of: (c) => [c.fn, c.tp + c.fn], undefinedWhen: "no positive labels" },
  precision: { of: (c) => [c.tp, c.tp + c.fp], undefinedWhen: "no positive decisions" },
  accuracy: { of: (c) => [c.tp + c.tn, c.tp + c.fp + c.tn + c.fn], undefinedWhen: "no rows" },
  error_rate: { of: (c) => [c.fp + c.fn, c.tp + c.fp + c.tn + c.fn], undefinedWhen: "no rows" },
};

/** The rate, or null when its denominator is 0. */
export function rate(name: RateName, c: Confusion): number | null {
  const [num, den] = RATES[name].of(c);
  return den === 0 ? null : num / den;
}

/** Why `rate` is null for a group, in words. */
export function whyUndefined(name: RateName): string {
  return `${name} is undefined: the group has ${RATES[name].undefinedWhen}`;
}
