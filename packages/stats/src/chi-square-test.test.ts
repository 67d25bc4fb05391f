import { describe, expect, it } from "vitest";
import { chiSquareTest } from "./chi-square-test.ts";
import { expectClose } from "./test-support/expect-close.ts";
import { loadFixture } from "./test-support/fixtures.ts";

interface Case {
  name: string;
  reference: (string | number | null)[];
  current: (string | number | null)[];
  statistic: number;
  pValue: number;
  degreesOfFreedom: number;
}

const { chisquare } = loadFixture<{ chisquare: Case[] }>("categorical-tests.json");

describe("chiSquareTest", () => {
  it.each(chisquare.map((c) => [c.name, c] as const))("matches Evidently's chisquare: %s", (_name, c) => {
    const result = chiSquareTest(c.reference, c.current);
    expectClose(result.statistic, c.statistic);
    expectClose(result.pValue, c.pValue, 1e-9, 1e-300);
    expect(result.degreesOfFreedom).toBe(c.degreesOfFreedom);
  });

  it("treats a category never seen in the reference as certain drift", () => {
    const result = chiSquareTest(["a", "b", "a"], ["a", "b", "c"]);
    expect(result.statistic).toBe(Number.POSITIVE_INFINITY);
    expect(result.pValue).toBe(0);
  });

  it("gives statistic 0 and p-value 1 for a single category or an empty sample", () => {
    expect(chiSquareTest(["a", "a"], ["a"])).toEqual({ statistic: 0, pValue: 1, degreesOfFreedom: 0 });
    expect(chiSquareTest([], ["a", "b"])).toMatchObject({ statistic: 0, pValue: 1 });
    expect(chiSquareTest([null, null], ["a", "b"])).toMatchObject({ statistic: 0, pValue: 1 });
  });
});
