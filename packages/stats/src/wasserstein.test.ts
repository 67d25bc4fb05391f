import { describe, expect, it } from "vitest";
import { distanceCases } from "./test-support/distance-cases.ts";
import { expectClose } from "./test-support/expect-close.ts";
import { normedWassersteinDistance, wassersteinDistance } from "./wasserstein.ts";

describe("wassersteinDistance", () => {
  it.each(distanceCases.numerical.map((c) => [c.name, c] as const))("matches scipy: %s", (_name, c) => {
    expectClose(wassersteinDistance(c.reference, c.current), c.wasserstein);
    expectClose(normedWassersteinDistance(c.reference, c.current), c.normedWasserstein);
  });

  it("is symmetric and 0 for identical or empty samples", () => {
    expect(wassersteinDistance([1, 5, 2], [3, 3])).toBe(wassersteinDistance([3, 3], [1, 5, 2]));
    expect(wassersteinDistance([1, 2, 3], [3, 2, 1])).toBe(0);
    expect(wassersteinDistance([], [1])).toBe(0);
    expect(normedWassersteinDistance([null], [1])).toBe(0);
  });

  it("divides by 0.001 when the reference is constant (Evidently's floor)", () => {
    expectClose(normedWassersteinDistance([2, 2, 2], [2.001, 2.001]), 1);
  });
});
