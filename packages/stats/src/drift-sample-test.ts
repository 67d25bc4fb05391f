import { type DriftResult, decideDrift } from "./drift-decision.ts";
import { driftTest } from "./drift-test.ts";
import type { DriftSample } from "./drift-test-definition.ts";
import { type DriftMethod, driftTestDefinition } from "./drift-test-registry.ts";

/**
 * `driftTest` on what a dataset scan keeps: sorted typed arrays of numbers and counts per category.
 * `driftTest` takes any array-like, but first copies the column value by value into a plain array,
 * boxing every number: for a million rows that costs more time and memory than the test. Tests with a
 * typed path (`runOnSample`) read the arrays as they are and return what `driftTest` returns for the same
 * values; the others get the values expanded.
 */
export function driftTestOnSample(method: DriftMethod, sample: DriftSample, threshold?: number): DriftResult {
  const test = driftTestDefinition(method);
  if (!test.runOnSample || !test.columnTypes.includes(sample.kind)) {
    const values =
      sample.kind === "numerical"
        ? sample
        : { reference: expand(sample.reference), current: expand(sample.current) };
    return driftTest(method, values.reference, values.current, {
      columnType: sample.kind,
      ...(threshold === undefined ? {} : { threshold }),
    });
  }
  const empty =
    sample.kind === "numerical"
      ? sample.reference.length === 0 || sample.current.length === 0
      : !hasPresent(sample.reference) || !hasPresent(sample.current);
  return decideDrift(test, threshold ?? test.threshold, empty ? undefined : test.runOnSample(sample));
}

/** Category codes repeated by their counts: the same categories, for tests that want the values. */
export function expand(counts: Float64Array): Float64Array {
  let n = 0;
  for (const c of counts) n += c;
  const out = new Float64Array(n);
  let at = 0;
  counts.forEach((c, code) => {
    out.fill(code, at, at + c);
    at += c;
  });
  return out;
}

function hasPresent(counts: Float64Array): boolean {
  for (let i = 0; i < counts.length; i++) if (counts[i]! > 0) return true;
  return false;
}
