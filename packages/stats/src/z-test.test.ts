import { describe, expect, it } from "vitest";
import { expectClose } from "./test-support/expect-close.ts";
import { loadFixture } from "./test-support/fixtures.ts";
import { zTest } from "./z-test.ts";

interface Case {
  name: string;
  reference: (string | number | null)[];
  current: (string | number | null)[];
  statistic: number;
  pValue: number;
}

const { z } = loadFixture<{ z: Case[] }>("categorical-tests.json");

describe("zTest", () => {
  it.each(z.map((c) => [c.name, c] as const))("matches Evidently's z test: %s", (_name, c) => {
    const result = zTest(c.reference, c.current);
    expectClose(result.statistic, c.statistic);
    expectClose(result.pValue, c.pValue, 1e-9, 1e-300);
  });

  it("does not depend on which of two categories is counted", () => {
    const a = zTest(["x", "y", "y", "y"], ["x", "x", "x", "y"]);
    const b = zTest(["b", "a", "a", "a"], ["b", "b", "b", "a"]);
    expect(a.statistic).toBeCloseTo(-b.statistic, 12);
    expect(a.pValue).toBeCloseTo(b.pValue, 12);
  });

  it("gives statistic 0 and p-value 1 for identical constants and for empty samples", () => {
    expect(zTest(["k", "k"], ["k"])).toEqual({ statistic: 0, pValue: 1 });
    expect(zTest([], ["k"])).toEqual({ statistic: 0, pValue: 1 });
  });
});
