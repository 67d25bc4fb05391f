import { describe, expect, it } from "vitest";
import type { KsMethod } from "./ks-test.ts";
import { ksTwoSample } from "./ks-test.ts";
import { expectClose } from "./test-support/expect-close.ts";
import { loadFixture } from "./test-support/fixtures.ts";

interface Case {
  name: string;
  reference: (number | null)[];
  current: (number | null)[];
  method: KsMethod;
  statistic: number;
  pValue: number;
}

const cases = loadFixture<Case[]>("ks.json");

describe("ksTwoSample", () => {
  it.each(cases.map((c) => [c.name, c] as const))("matches scipy's ks_2samp: %s", (_name, c) => {
    const result = ksTwoSample(c.reference, c.current, { method: c.method });
    expectClose(result.statistic, c.statistic, 1e-9, 1e-300);
    expectClose(result.pValue, c.pValue, 1e-9, 1e-300);
  });

  it("uses the exact distribution up to 10,000 values per sample under auto, as scipy does", () => {
    const a = Array.from({ length: 10_000 }, (_, i) => i);
    const b = Array.from({ length: 50 }, (_, i) => i * 3);
    expect(ksTwoSample(a, b).method).toBe("exact");
    expect(ksTwoSample([...a, 1], b).method).toBe("asymp");
    expect(ksTwoSample(a, b, { method: "asymp" }).method).toBe("asymp");
  });

  it("accepts typed arrays", () => {
    const a = Float64Array.from([1, 2, 3, 4, 5]);
    expect(ksTwoSample(a, Float64Array.from([6, 7, 8]))).toEqual(ksTwoSample([1, 2, 3, 4, 5], [6, 7, 8]));
  });

  it("reports no evidence (statistic 0, p-value 1) when a sample is empty or all missing", () => {
    expect(ksTwoSample([], [1, 2, 3])).toMatchObject({ statistic: 0, pValue: 1 });
    expect(ksTwoSample([null, Number.NaN], [1, 2, 3])).toMatchObject({ statistic: 0, pValue: 1 });
    expect(ksTwoSample([Number.POSITIVE_INFINITY], [])).toMatchObject({ statistic: 0, pValue: 1 });
  });

  it("gives statistic 0 and p-value 1 for two identical constant samples", () => {
    expect(ksTwoSample([2, 2, 2], [2, 2])).toMatchObject({ statistic: 0, pValue: 1 });
  });
});
