import { ConfigError } from "@mlops/core";
import { describe, expect, it } from "vitest";
import type { ColumnType } from "./binning.ts";
import { chooseDriftTest, driftTest } from "./drift-test.ts";
import {
  DRIFT_METHODS,
  DRIFT_TESTS,
  driftMethodsFor,
  driftTestDefinition,
  driftTestLabel,
} from "./drift-test-registry.ts";

const COLUMN_TYPES: ColumnType[] = ["numerical", "categorical"];

describe("the drift test registry", () => {
  it("lists each test once, under unique ids and labels", () => {
    expect(new Set(DRIFT_METHODS).size).toBe(DRIFT_TESTS.length);
    expect(DRIFT_METHODS).toEqual(DRIFT_TESTS.map((t) => t.id));
    expect(new Set(DRIFT_TESTS.map((t) => t.label)).size).toBe(DRIFT_TESTS.length);
    for (const test of DRIFT_TESTS) {
      expect(driftTestDefinition(test.id)).toBe(test);
      expect(driftTestLabel(test.id)).toBe(test.label);
      expect(test.label.trim()).not.toBe("");
      expect(test.threshold).toBeGreaterThan(0);
      expect(test.columnTypes.length).toBeGreaterThan(0);
    }
  });

  it("rejects unknown ids, naming the known ones", () => {
    expect(() => driftTestDefinition("kolmogorov")).toThrow(ConfigError);
    expect(() => driftTestDefinition("kolmogorov")).toThrow(
      expect.objectContaining({ hint: `Known drift tests: ${DRIFT_METHODS.join(", ")}.` }),
    );
  });

  it("chooses only registered tests, with their own threshold and direction", () => {
    for (const columnType of COLUMN_TYPES) {
      for (const nUnique of [1, 2, 3, 5, 6, 100]) {
        for (const referencePresent of [1, 1000, 1001, 1_000_000]) {
          const choice = chooseDriftTest({ columnType, nUnique, referencePresent });
          expect(DRIFT_METHODS).toContain(choice.method);
          const test = driftTestDefinition(choice.method);
          expect(test.columnTypes).toContain(columnType);
          expect(choice).toEqual({ method: test.id, threshold: test.threshold, direction: test.direction });
        }
      }
    }
  });

  it("runs every test on each column type it lists, reporting a p-value exactly when it decides on one", () => {
    const samples = {
      numerical: { reference: [1, 2, 2, 3, 4, 5, 5, 6], current: [1, 3, 3, 4, 4, 6, 6, 6] },
      categorical: { reference: ["a", "b", "b", "c"], current: ["b", "c", "c", "a"] },
    };
    for (const test of DRIFT_TESTS) {
      for (const columnType of COLUMN_TYPES) {
        const { reference, current } = samples[columnType];
        if (!driftMethodsFor(columnType).includes(test.id)) {
          expect(() => driftTest(test.id, reference, current, { columnType })).toThrow(ConfigError);
          continue;
        }
        const result = driftTest(test.id, reference, current, { columnType });
        expect(result).toMatchObject({
          method: test.id,
          threshold: test.threshold,
          direction: test.direction,
        });
        expect(Number.isFinite(result.statistic)).toBe(true);
        if (test.direction === "distance-at-least") {
          expect(result.pValue).toBeUndefined();
          expect(result.statistic).toBeGreaterThanOrEqual(0);
        } else {
          expect(result.pValue).toBeGreaterThanOrEqual(0);
          expect(result.pValue).toBeLessThanOrEqual(1);
        }
      }
    }
  });
});
