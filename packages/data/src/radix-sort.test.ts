import { Xoshiro128 } from "@mlops/stats";
import { describe, expect, it } from "vitest";
import { sortedPresent, sortPresentInPlace } from "./radix-sort.ts";

/** Object.is tells -0 from +0, which toEqual on typed arrays would not. */
function expectSameOrder(actual: Float64Array, expected: Float64Array) {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) expect(Object.is(actual[i], expected[i])).toBe(true);
}

describe("sortedPresent", () => {
  it("orders as Float64Array sort does, without the NaNs, for every kind of double", () => {
    const random = new Xoshiro128(3);
    const special = [
      0,
      -0,
      1,
      -1,
      Infinity,
      -Infinity,
      Number.MIN_VALUE,
      -Number.MIN_VALUE,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      2 ** -1074,
      1e-310,
      -1e-310,
      0.1,
      -0.1,
    ];
    const values = Float64Array.from({ length: 20_000 }, (_, i) => {
      if (i % 50 === 0) return Number.NaN;
      if (i % 7 === 0) return special[i % special.length]!;
      const x = (random.nextFloat() - 0.5) * 10 ** (random.nextBelow(40) - 20);
      return i % 3 === 0 ? Math.round(x) : x;
    });
    const expected = values
      .slice()
      .sort()
      .filter((v) => !Number.isNaN(v));
    expectSameOrder(sortedPresent(values), expected);
  });

  it("sorts in place with a shared scratch array", () => {
    const scratch = new Float64Array(8);
    const a = Float64Array.of(3, Number.NaN, -1, 2);
    const b = Float64Array.of(0.5, -0.5, Number.NaN, 9, 1, -7, 4, 4);
    expectSameOrder(sortPresentInPlace(a, scratch), Float64Array.of(-1, 2, 3));
    expectSameOrder(sortPresentInPlace(b, scratch), Float64Array.of(-7, -0.5, 0.5, 1, 4, 4, 9));
    expect(sortPresentInPlace(b, scratch).buffer).toBe(b.buffer);
  });

  it("handles empty, single and all-equal inputs", () => {
    expectSameOrder(sortedPresent(new Float64Array(0)), new Float64Array(0));
    expectSameOrder(sortedPresent(Float64Array.of(Number.NaN, 5)), Float64Array.of(5));
    expectSameOrder(sortedPresent(new Float64Array(100).fill(2.5)), new Float64Array(100).fill(2.5));
  });
});
