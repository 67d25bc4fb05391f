import { ConfigError } from "@mlops/core";
import type { ColumnType } from "./binning.ts";
import type { DriftTestDefinition } from "./drift-test-definition.ts";
import { chisquare } from "./drift-tests/chisquare.ts";
import { hellinger } from "./drift-tests/hellinger.ts";
import { jensenshannon } from "./drift-tests/jensenshannon.ts";
import { ks } from "./drift-tests/ks.ts";
import { psi } from "./drift-tests/psi.ts";
import { wasserstein } from "./drift-tests/wasserstein.ts";
import { z } from "./drift-tests/z.ts";

/** Every drift test a contract can name; adding one here is all it takes to offer it. */
export const DRIFT_TESTS = [ks, chisquare, z, wasserstein, jensenshannon, psi, hellinger] as const;

export type DriftMethod = (typeof DRIFT_TESTS)[number]["id"];

export const DRIFT_METHODS = DRIFT_TESTS.map((test) => test.id) as [DriftMethod, ...DriftMethod[]];

const byId = new Map<string, DriftTestDefinition<DriftMethod>>(DRIFT_TESTS.map((test) => [test.id, test]));

/** The definition of a drift test by its id; a ConfigError listing the known ids otherwise. */
export function driftTestDefinition(method: string): DriftTestDefinition<DriftMethod> {
  const test = byId.get(method);
  if (!test) {
    throw new ConfigError(`Unknown drift test "${method}"`, {
      hint: `Known drift tests: ${DRIFT_METHODS.join(", ")}.`,
    });
  }
  return test;
}

/** How reports name a drift test. */
export function driftTestLabel(method: DriftMethod): string {
  return driftTestDefinition(method).label;
}

/** The drift tests that apply to a column type. */
export function driftMethodsFor(columnType: ColumnType): DriftMethod[] {
  return DRIFT_TESTS.filter((test) => (test.columnTypes as readonly ColumnType[]).includes(columnType)).map(
    (test) => test.id,
  );
}
