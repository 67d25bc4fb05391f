import type { ColumnType } from "./binning.ts";
import type { Category } from "./numeric-input.ts";

/**
 * How a score is compared with its threshold, exactly as Evidently decides drift:
 * `ks` drifts when p ≤ threshold, `chisquare` and `z` when p < threshold, distances when ≥ threshold.
 */
export type DriftDirection = "p-value-at-most" | "p-value-below" | "distance-at-least";

/** What a drift test measures: a distance, or a test statistic with its p-value. */
export interface DriftScore {
  statistic: number;
  pValue?: number;
}

/** The present values of both samples: the finite numbers of a numerical column, else its categories. */
interface PresentValuesByType {
  numerical: { kind: "numerical"; reference: Float64Array; current: Float64Array };
  categorical: { kind: "categorical"; reference: Category[]; current: Category[] };
}

export type PresentValues<Type extends ColumnType = ColumnType> = PresentValuesByType[Type];

/** A column as a dataset scan keeps it, which the typed paths read without boxing a value. */
interface DriftSampleByType {
  /** Present values, sorted. */
  numerical: { kind: "numerical"; reference: Float64Array; current: Float64Array };
  /** Counts per category, in the order `binnedShares` uses: the reference's as first seen, then the current's. */
  categorical: { kind: "categorical"; reference: Float64Array; current: Float64Array };
}

export type DriftSample<Type extends ColumnType = ColumnType> = DriftSampleByType[Type];

/**
 * One drift test, under Evidently's name for it. `run` and `runOnSample` see only samples of the column
 * types the test lists, each with at least one present value; missing values, empty sides and the
 * threshold decision are handled once for every test (see `decideDrift`).
 */
export interface DriftTestDefinition<Id extends string = string, Type extends ColumnType = ColumnType> {
  id: Id;
  /** How reports name the test. */
  label: string;
  columnTypes: readonly Type[];
  threshold: number;
  direction: DriftDirection;
  run(values: PresentValues<Type>): DriftScore;
  /**
   * The same score computed straight from a scan's typed arrays, for tests worth it on large columns;
   * without it a sample is expanded into values for `run`.
   */
  runOnSample?(sample: DriftSample<Type>): DriftScore;
}
