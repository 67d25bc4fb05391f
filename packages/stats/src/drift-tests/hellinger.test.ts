import { describe, expect, it } from "vitest";
import { driftTestOnSample, expand } from "../drift-sample-test.ts";
import { driftTest } from "../drift-test.ts";
import { expectClose } from "../test-support/expect-close.ts";
import { loadFixture } from "../test-support/fixtures.ts";
import { Xoshiro128 } from "../xoshiro128.ts";

interface Case<T> {
  name: string;
  reference: (T | null)[];
  current: (T | null)[];
  hellinger: number;
}

const cases = loadFixture<{ numerical: Case<number>[]; categorical: Case<string>[] }>("hellinger.json");

describe("the hellinger drift test", () => {
  it.each(cases.numerical.map((c) => [c.name, c] as const))(
    "matches Evidently on numbers: %s",
    (_name, c) => {
      const result = driftTest("hellinger", c.reference, c.current);
      expectClose(result.statistic, c.hellinger);
      expect(result).toMatchObject({
        threshold: 0.1,
        direction: "distance-at-least",
        drifted: c.hellinger >= 0.1,
      });
      expect(result.pValue).toBeUndefined();
    },
  );

  it.each(cases.categorical.map((c) => [c.name, c] as const))(
    "matches Evidently on categories: %s",
    (_name, c) => {
      expectClose(driftTest("hellinger", c.reference, c.current).statistic, c.hellinger);
    },
  );

  it("is √(1 − Σ √(p·q)) over shares, worked by hand", () => {
    // Shares ½, ½ against 1, 0: Σ √(p·q) = √½.
    expectClose(driftTest("hellinger", ["a", "b"], ["a", "a"]).statistic, Math.sqrt(1 - Math.SQRT1_2));
    // Distinct values 1…6: Sturges gives ⌈5 / (5 / (log2 6 + 1))⌉ = 4 bins with edges 1, 2.25, 3.5, 4.75, 6,
    // so the shares are 3/7, 1/7, 0, 3/7 against 2/4, 0, 1/4, 1/4.
    const affinity = Math.sqrt((3 / 7) * (2 / 4)) + Math.sqrt((3 / 7) * (1 / 4));
    expectClose(
      driftTest("hellinger", [1, 2, 2, 3, 5, 5, 5], [2, 2, 4, 6]).statistic,
      Math.sqrt(1 - affinity),
    );
  });

  it("scores a column holding one number throughout as no drift", () => {
    expect(driftTest("hellinger", [4, 4, 4], [4, 4])).toMatchObject({ statistic: 0, drifted: false });
  });

  it("gives the same from a scan's sorted numbers and category counts", () => {
    const random = new Xoshiro128(3);
    const sorted = (n: number, shift: number) =>
      Float64Array.from({ length: n }, () => random.nextFloat() * 10 + shift).sort();
    const numbers = { kind: "numerical", reference: sorted(3000, 0), current: sorted(2000, 0.7) } as const;
    expect(driftTestOnSample("hellinger", numbers)).toEqual(
      driftTest("hellinger", numbers.reference, numbers.current),
    );
    const counts = {
      kind: "categorical",
      reference: Float64Array.of(5, 0, 7),
      current: Float64Array.of(1, 4, 0),
    } as const;
    const typed = driftTestOnSample("hellinger", counts, 0.5);
    const values = driftTest("hellinger", expand(counts.reference), expand(counts.current), {
      columnType: "categorical",
      threshold: 0.5,
    });
    expect(typed.statistic).toBeCloseTo(values.statistic, 15);
    expect({ ...typed, statistic: 0 }).toEqual({ ...values, statistic: 0 });
    expect(driftTestOnSample("hellinger", { ...counts, current: new Float64Array(3) })).toMatchObject({
      inconclusive: true,
      drifted: false,
    });
  });
});
