import { describe, expect, it } from "vitest";
import { driftTestOnSample, expand } from "./drift-sample-test.ts";
import { driftTest } from "./drift-test.ts";
import type { DriftMethod } from "./drift-test-registry.ts";
import { Xoshiro128 } from "./xoshiro128.ts";

const random = new Xoshiro128(7);

/** Sorted numbers: `distinct` > 0 draws from that many values, else continuous. */
function numbers(n: number, shift: number, distinct = 0): Float64Array {
  return Float64Array.from({ length: n }, () =>
    distinct > 0 ? random.nextBelow(distinct) + shift : random.nextFloat() * 10 + shift,
  ).sort();
}

/** Counts of `k` categories, some possibly zero. */
function counts(n: number, k: number): Float64Array {
  const out = new Float64Array(k);
  for (let i = 0; i < n; i++) out[random.nextBelow(k)]!++;
  return out;
}

function same(method: DriftMethod, type: "numerical" | "categorical", ref: Float64Array, cur: Float64Array) {
  const values = type === "numerical" ? { ref, cur } : { ref: expand(ref), cur: expand(cur) };
  for (const threshold of [undefined, 0.2]) {
    const typed = driftTestOnSample(method, { kind: type, reference: ref, current: cur }, threshold);
    const reference = driftTest(method, values.ref, values.cur, {
      columnType: type,
      ...(threshold ? { threshold } : {}),
    });
    // The norm of the Wasserstein distance is summed in another order: equal to rounding.
    expect(typed.statistic).toBeCloseTo(reference.statistic, 12);
    expect({ ...typed, statistic: 0 }).toEqual({ ...reference, statistic: 0 });
  }
}

describe("driftTestOnSample", () => {
  it("gives what driftTest gives for KS and Wasserstein", () => {
    for (const [n, shift] of [
      [40, 0],
      [40, 3],
      [3000, 0.2],
    ] as const) {
      same("ks", "numerical", numbers(n, 0), numbers(n + 7, shift));
      same("wasserstein", "numerical", numbers(n, 0), numbers(n + 7, shift));
    }
  });

  it("gives what driftTest gives for Jensen-Shannon on categories and on few- and many-valued numbers", () => {
    same("jensenshannon", "categorical", counts(2000, 6).fill(0, 4), counts(1500, 6));
    same("jensenshannon", "numerical", numbers(2000, 0, 5), numbers(1500, 1, 8));
    same("jensenshannon", "numerical", numbers(2000, 0, 50), numbers(1500, 3, 50));
    same("jensenshannon", "numerical", numbers(2000, 0), numbers(1500, 0.5));
  });

  it("leaves other methods to driftTest, and is inconclusive, not drifted, on an empty sample", () => {
    same("psi", "categorical", counts(500, 3), counts(400, 3));
    same("chisquare", "numerical", numbers(500, 0, 4), numbers(400, 0, 4));
    const empty = new Float64Array(0);
    const none = new Float64Array(2);
    same("ks", "numerical", empty, numbers(5, 0));
    same("wasserstein", "numerical", numbers(5, 0), empty);
    same("jensenshannon", "categorical", none, counts(10, 2));
  });
});
