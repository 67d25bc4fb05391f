import { ConfigError } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { chooseDriftTest, driftTest, uniqueCount } from "./drift-test.ts";
import type { KsMethod } from "./ks-test.ts";
import { distanceCases } from "./test-support/distance-cases.ts";
import { expectClose } from "./test-support/expect-close.ts";
import { loadFixture } from "./test-support/fixtures.ts";

describe("chooseDriftTest (Evidently's defaults)", () => {
  it.each([
    ["numerical", 6, 1000, "ks", 0.05, "p-value-at-most"],
    ["numerical", 5, 1000, "chisquare", 0.05, "p-value-below"],
    ["numerical", 3, 500, "chisquare", 0.05, "p-value-below"],
    ["numerical", 2, 500, "z", 0.05, "p-value-below"],
    ["categorical", 3, 1000, "chisquare", 0.05, "p-value-below"],
    ["categorical", 2, 10, "z", 0.05, "p-value-below"],
    ["numerical", 6, 1001, "wasserstein", 0.1, "distance-at-least"],
    ["numerical", 5, 1001, "jensenshannon", 0.1, "distance-at-least"],
    ["numerical", 2, 5000, "jensenshannon", 0.1, "distance-at-least"],
    ["categorical", 40, 5000, "jensenshannon", 0.1, "distance-at-least"],
    ["categorical", 2, 5000, "jensenshannon", 0.1, "distance-at-least"],
  ] as const)(
    "%s column, %i unique, %i present reference values → %s",
    (columnType, nUnique, referencePresent, method, threshold, direction) => {
      expect(chooseDriftTest({ columnType, nUnique, referencePresent })).toEqual({
        method,
        threshold,
        direction,
      });
    },
  );

  it("counts unique values over both samples, ignoring missing ones", () => {
    expect(uniqueCount([1, 2, null, Number.NaN], [2, 3])).toBe(3);
    expect(uniqueCount(["a", null], ["b", "a", undefined])).toBe(2);
  });
});

describe("driftTest", () => {
  const ks = loadFixture<
    {
      name: string;
      reference: (number | null)[];
      current: (number | null)[];
      method: KsMethod;
      pValue: number;
      statistic: number;
    }[]
  >("ks.json").filter((c) => c.method === "auto");

  it("decides ks drift as p ≤ threshold on scipy's p-value", () => {
    for (const c of ks) {
      const result = driftTest("ks", c.reference, c.current);
      expectClose(result.pValue, c.pValue, 1e-9, 1e-300);
      expect(result.drifted).toBe(c.pValue <= 0.05);
      expect(result.inconclusive).toBe(false);
    }
    // p = 1 is "p ≤ 1": Evidently's comparison includes equality.
    expect(driftTest("ks", [1, 2], [1, 2], { threshold: 1 }).drifted).toBe(true);
  });

  it("decides chisquare and z drift as p < threshold", () => {
    const identical = ["u", "v", "v", "w"];
    expect(driftTest("chisquare", identical, identical, { threshold: 1 }).drifted).toBe(false);
    expect(driftTest("z", ["a", "b"], ["a", "b"], { threshold: 1 }).drifted).toBe(false);
    const shifted = driftTest("chisquare", ["a", "a", "a", "b"], ["b", "b", "b", "c"]);
    expect(shifted).toMatchObject({
      method: "chisquare",
      statistic: Number.POSITIVE_INFINITY,
      pValue: 0,
      drifted: true,
    });
  });

  it("decides distances as score ≥ threshold, with Evidently's binning", () => {
    for (const c of distanceCases.numerical) {
      const wasserstein = driftTest("wasserstein", c.reference, c.current);
      expectClose(wasserstein.statistic, c.normedWasserstein);
      expect(wasserstein.drifted).toBe(c.normedWasserstein >= 0.1);
      expect(wasserstein.pValue).toBeUndefined();
      const js = driftTest("jensenshannon", c.reference, c.current);
      expectClose(js.statistic, c.jensenShannon);
      expect(js.drifted).toBe(c.jensenShannon >= 0.1);
      const psi = driftTest("psi", c.reference, c.current, { threshold: 0.2 });
      expectClose(psi.statistic, c.psi);
      expect(psi.drifted).toBe(c.psi >= 0.2);
    }
    for (const c of distanceCases.categorical)
      expectClose(driftTest("jensenshannon", c.reference, c.current).statistic, c.jensenShannon);
    expect(driftTest("psi", [1, 2, 3], [1, 2, 3], { threshold: 0 }).drifted).toBe(true);
  });

  it("bins numbers declared categorical one value per bin", () => {
    const reference = Array.from({ length: 100 }, (_, i) => i % 30);
    const current = Array.from({ length: 100 }, (_, i) => (i * 7) % 30);
    const asCategories = driftTest("jensenshannon", reference, current, { columnType: "categorical" });
    const asHistogram = driftTest("jensenshannon", reference, current);
    expect(asCategories.statistic).not.toBe(asHistogram.statistic);
  });

  it("is inconclusive, not passed, when a sample has no present value", () => {
    expect(driftTest("ks", [null, Number.NaN], [1, 2])).toMatchObject({
      drifted: false,
      inconclusive: true,
      statistic: 0,
      pValue: 1,
    });
    expect(driftTest("jensenshannon", ["a"], [])).toMatchObject({
      drifted: false,
      inconclusive: true,
      statistic: 0,
    });
    expect(driftTest("psi", [], [])).not.toHaveProperty("pValue");
  });

  it("refuses ks and wasserstein on categorical data, and non-numbers in a numerical column", () => {
    expect(() => driftTest("ks", ["a"], ["b"])).toThrow(ConfigError);
    expect(() => driftTest("wasserstein", [1, 2], [3], { columnType: "categorical" })).toThrow(ConfigError);
    expect(() => driftTest("psi", [1, "x"], [3], { columnType: "numerical" })).toThrow(ConfigError);
  });
});
