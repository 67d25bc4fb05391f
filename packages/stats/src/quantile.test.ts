import { describe, expect, it } from "vitest";
import { quantileSorted, quantiles } from "./quantile.ts";
import { expectClose } from "./test-support/expect-close.ts";
import { loadFixture } from "./test-support/fixtures.ts";

const cases =
  loadFixture<{ name: string; values: (number | null)[]; ps: number[]; quantiles: number[] }[]>(
    "quantiles.json",
  );

describe("quantiles", () => {
  it.each(cases.map((c) => [c.name, c] as const))("match numpy's default quantile: %s", (_name, c) => {
    const result = quantiles(c.values, c.ps);
    for (const [i, q] of c.quantiles.entries()) expectClose(result[i], q);
  });

  it("returns null for no finite values and rejects levels outside [0, 1]", () => {
    expect(quantiles([null, Number.NaN], [0.5])).toEqual([null]);
    expect(() => quantileSorted([1, 2], 1.5)).toThrow(RangeError);
  });
});
