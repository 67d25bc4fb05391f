import { ConfigError } from "@mlops/core";
import type { ColumnType } from "./binning.ts";
import { binnedShares } from "./binning.ts";
import { chiSquareTest } from "./chi-square-test.ts";
import { jensenShannonDistance } from "./jensen-shannon.ts";
import { ksTwoSample } from "./ks-test.ts";
import type { Categories, Category } from "./numeric-input.ts";
import { presentCategories } from "./numeric-input.ts";
import { populationStabilityIndex } from "./psi.ts";
import { normedWassersteinDistance } from "./wasserstein.ts";
import { zTest } from "./z-test.ts";

export type DriftMethod = "ks" | "chisquare" | "z" | "wasserstein" | "jensenshannon" | "psi";

/**
 * How a score is compared with its threshold, exactly as Evidently decides drift:
 * `ks` drifts when p ≤ threshold, `chisquare` and `z` when p < threshold, distances when ≥ threshold.
 */
export type DriftDirection = "p-value-at-most" | "p-value-below" | "distance-at-least";

export interface DriftTestChoice {
  method: DriftMethod;
  threshold: number;
  direction: DriftDirection;
}

export interface DriftResult {
  method: DriftMethod;
  /** KS D, chi-square χ², z, or the distance itself. */
  statistic: number;
  /** For the hypothesis tests (ks, chisquare, z). */
  pValue?: number;
  threshold: number;
  direction: DriftDirection;
  drifted: boolean;
  /**
   * True when either sample has no present value, so nothing could be compared: `drifted` is then false
   * and the statistic 0, and the caller should report the check as inconclusive rather than passed.
   */
  inconclusive: boolean;
}

const DEFAULTS: Record<DriftMethod, { threshold: number; direction: DriftDirection }> = {
  ks: { threshold: 0.05, direction: "p-value-at-most" },
  chisquare: { threshold: 0.05, direction: "p-value-below" },
  z: { threshold: 0.05, direction: "p-value-below" },
  wasserstein: { threshold: 0.1, direction: "distance-at-least" },
  jensenshannon: { threshold: 0.1, direction: "distance-at-least" },
  psi: { threshold: 0.1, direction: "distance-at-least" },
};

/** Evidently splits its default on reference size: above this, distances replace p-values. */
const LARGE_REFERENCE = 1000;

/**
 * Evidently's default drift test for a column (`_get_default_stattest`). `nUnique` counts the distinct
 * present values of reference ∪ current (see `uniqueCount`); the split is on the reference size.
 *
 * | column | reference ≤ 1000 | reference > 1000 |
 * |---|---|---|
 * | numerical, > 5 unique | ks, p ≤ 0.05 | wasserstein (normed), ≥ 0.1 |
 * | numerical, 3–5 unique | chisquare, p < 0.05 | jensenshannon, ≥ 0.1 |
 * | numerical, ≤ 2 unique | z, p < 0.05 | jensenshannon, ≥ 0.1 |
 * | categorical, > 2 unique | chisquare, p < 0.05 | jensenshannon, ≥ 0.1 |
 * | categorical, ≤ 2 unique | z, p < 0.05 | jensenshannon, ≥ 0.1 |
 */
export function chooseDriftTest(column: {
  columnType: ColumnType;
  nUnique: number;
  referenceSize: number;
}): DriftTestChoice {
  const { columnType, nUnique, referenceSize } = column;
  let method: DriftMethod;
  if (referenceSize <= LARGE_REFERENCE) {
    if (columnType === "numerical" && nUnique > 5) method = "ks";
    else method = nUnique > 2 ? "chisquare" : "z";
  } else {
    method = columnType === "numerical" && nUnique > 5 ? "wasserstein" : "jensenshannon";
  }
  return { method, ...DEFAULTS[method] };
}

/** The number of distinct present values across the samples (pandas' `concat(...).nunique()`). */
export function uniqueCount(...samples: Categories[]): number {
  const seen = new Set<Category>();
  for (const sample of samples) for (const v of presentCategories(sample)) seen.add(v);
  return seen.size;
}

/**
 * Runs one drift test the way Evidently does and decides drift against the threshold (the method's
 * default unless given). Missing values are dropped first, and infinite values for numerical columns.
 *
 * `columnType` matters for `jensenshannon` and `psi` (numerical columns with more than 20 unique
 * reference values are binned by Sturges' rule, see `binnedShares`); it defaults to numerical when every
 * present value is a number. `ks` and `wasserstein` need a numerical column.
 *
 * When either sample has no present value the result is `inconclusive` with `drifted: false`.
 */
export function driftTest(
  method: DriftMethod,
  reference: Categories,
  current: Categories,
  options: { threshold?: number; columnType?: ColumnType } = {},
): DriftResult {
  const threshold = options.threshold ?? DEFAULTS[method].threshold;
  const direction = DEFAULTS[method].direction;
  const columnType = options.columnType ?? inferColumnType(reference, current);
  if ((method === "ks" || method === "wasserstein") && columnType !== "numerical") {
    throw new ConfigError(
      `The ${method} drift test needs a numerical column, but this one holds non-numbers`,
      {
        hint: "Use chisquare, z, jensenshannon or psi for categorical columns.",
      },
    );
  }
  const ref = columnType === "numerical" ? numericValues(reference) : presentCategories(reference);
  const cur = columnType === "numerical" ? numericValues(current) : presentCategories(current);
  const base = { method, threshold, direction };
  if (ref.length === 0 || cur.length === 0) {
    const pValue = direction === "distance-at-least" ? {} : { pValue: 1 };
    return { ...base, statistic: 0, ...pValue, drifted: false, inconclusive: true };
  }
  const decided = (statistic: number, pValue?: number): DriftResult => {
    const drifted =
      direction === "p-value-at-most"
        ? pValue! <= threshold
        : direction === "p-value-below"
          ? pValue! < threshold
          : statistic >= threshold;
    return { ...base, statistic, ...(pValue === undefined ? {} : { pValue }), drifted, inconclusive: false };
  };
  // ks and wasserstein only run on numerical columns (checked above), whose values are a Float64Array.
  switch (method) {
    case "ks": {
      const result = ksTwoSample(ref as Float64Array, cur as Float64Array);
      return decided(result.statistic, result.pValue);
    }
    case "chisquare": {
      const result = chiSquareTest(ref, cur);
      return decided(result.statistic, result.pValue);
    }
    case "z": {
      const result = zTest(ref, cur);
      return decided(result.statistic, result.pValue);
    }
    case "wasserstein":
      return decided(normedWassersteinDistance(ref as Float64Array, cur as Float64Array));
    case "jensenshannon": {
      const shares = binnedShares(ref, cur, columnType, { fillEmpty: false });
      return decided(jensenShannonDistance(shares.reference, shares.current));
    }
    case "psi": {
      const shares = binnedShares(ref, cur, columnType, { fillEmpty: true });
      return decided(populationStabilityIndex(shares.reference, shares.current));
    }
  }
}

function inferColumnType(...samples: Categories[]): ColumnType {
  for (const sample of samples) {
    for (const v of presentCategories(sample)) if (typeof v !== "number") return "categorical";
  }
  return "numerical";
}

/** The finite numbers of a numerical column; a present non-number is a configuration error. */
function numericValues(values: Categories): Float64Array {
  const present = presentCategories(values);
  const out = new Float64Array(present.length);
  let n = 0;
  for (const v of present) {
    if (typeof v !== "number") {
      throw new ConfigError(`A numerical column holds the non-number ${JSON.stringify(v)}`, {
        hint: "Declare the column categorical, or clean the value.",
      });
    }
    if (Number.isFinite(v)) out[n++] = v;
  }
  return out.subarray(0, n);
}
