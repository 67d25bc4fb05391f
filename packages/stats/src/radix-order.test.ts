import { describe, expect, it } from "vitest";
import { radixOrder } from "./radix-order.ts";
import { Xoshiro128 } from "./xoshiro128.ts";

/** The reference: a stable comparator sort of the indices. */
const comparatorOrder = (values: Float64Array) =>
  Array.from(values.keys()).sort((a, b) => values[a]! - values[b]! || a - b);

describe("radixOrder", () => {
  it("orders values of every sign and magnitude as a stable comparator sort does", () => {
    const rng = new Xoshiro128(8);
    const values = Float64Array.from({ length: 5000 }, (_, i) => {
      const x = rng.nextFloat();
      if (i % 5 === 0) return Math.round(x * 10) / 10; // ties
      if (i % 5 === 1) return -x * 1e300;
      if (i % 5 === 2) return x * 1e-300;
      return (x - 0.5) * 1e6;
    });
    values.set([Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 0, 0], 10);
    // Equal indices too: ties keep their index order.
    expect(Array.from(radixOrder(values))).toEqual(comparatorOrder(values));
  });

  it("puts −0 just below +0 and handles empty and single inputs", () => {
    expect(Array.from(radixOrder([0, -0, -1, 1]))).toEqual([2, 1, 0, 3]);
    expect(Array.from(radixOrder([]))).toEqual([]);
    expect(Array.from(radixOrder([3]))).toEqual([0]);
  });
});
