import { ConfigError } from "@mlops/core";
import type { ColumnType } from "./binning.ts";
import { type DriftResult, decideDrift } from "./drift-decision.ts";
import type { DriftDirection, DriftTestDefinition, PresentValues } from "./drift-test-definition.ts";
import { type DriftMethod, driftMethodsFor, driftTestDefinition } from "./drift-test-registry.ts";
import { chisquare } from "./drift-tests/chisquare.ts";
import { jensenshannon } from "./drift-tests/jensenshannon.ts";
import { ks } from "./drift-tests/ks.ts";
import { wasserstein } from "./drift-tests/wasserstein.ts";
import { z } from "./drift-tests/z.ts";
import type { Categories, Category } from "./numeric-input.ts";
import { presentCategories } from "./numeric-input.ts";

export interface DriftTestChoice {
  method: DriftMethod;
  threshold: number;
  direction: DriftDirection;
}

/** Evidently splits its default on the reference's size: above this, distances replace p-values. */
const LARGE_REFERENCE = 1000;

/**
 * Evidently's default drift test for a column (`_get_default_stattest`). `nUnique` counts the distinct
 * present values of reference ∪ current (see `uniqueCount`). The split is on `referencePresent`, the
 * reference column's present values (not missing, and finite for numbers): Evidently drops the others
 * before it measures the reference (`get_one_column_drift`), so a 1,200-row reference with 300 missing
 * values gets the small-sample test.
 *
 * | column | reference values ≤ 1000 | reference values > 1000 |
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
  referencePresent: number;
}): DriftTestChoice {
  const { columnType, nUnique, referencePresent } = column;
  let test: DriftTestDefinition<DriftMethod>;
  if (referencePresent <= LARGE_REFERENCE) {
    if (columnType === "numerical" && nUnique > 5) test = ks;
    else test = nUnique > 2 ? chisquare : z;
  } else {
    test = columnType === "numerical" && nUnique > 5 ? wasserstein : jensenshannon;
  }
  return { method: test.id, threshold: test.threshold, direction: test.direction };
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
 * `columnType` matters for the binned distances (numerical columns with more than 20 unique reference
 * values are binned by Sturges' rule, see `binnedShares`); it defaults to numerical when every present
 * value is a number. A test that does not apply to the column type is a configuration error.
 *
 * When either sample has no present value the result is `inconclusive` with `drifted: false`.
 */
export function driftTest(
  method: DriftMethod,
  reference: Categories,
  current: Categories,
  options: { threshold?: number; columnType?: ColumnType } = {},
): DriftResult {
  const test = driftTestDefinition(method);
  const threshold = options.threshold ?? test.threshold;
  const columnType = options.columnType ?? inferColumnType(reference, current);
  if (!(test.columnTypes as readonly ColumnType[]).includes(columnType)) {
    throw new ConfigError(
      `The ${method} drift test needs a ${test.columnTypes.join(" or ")} column, but this one is ${columnType}`,
      { hint: `Use ${driftMethodsFor(columnType).join(", ")} for ${columnType} columns.` },
    );
  }
  const values: PresentValues =
    columnType === "numerical"
      ? { kind: columnType, reference: numericValues(reference), current: numericValues(current) }
      : { kind: columnType, reference: presentCategories(reference), current: presentCategories(current) };
  const empty = values.reference.length === 0 || values.current.length === 0;
  // The column type was checked against the test's above.
  return decideDrift(test, threshold, empty ? undefined : test.run(values));
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
