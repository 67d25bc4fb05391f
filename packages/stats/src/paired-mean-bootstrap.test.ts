import { describe, expect, it } from "vitest";
import { pairedMeanBootstrap, pairedMeansBootstrap } from "./paired-mean-bootstrap.ts";
import { expectClose } from "./test-support/expect-close.ts";
import { Xoshiro128 } from "./xoshiro128.ts";

describe("pairedMeanBootstrap", () => {
  it("centres on the mean difference and shrinks like 1/√n", () => {
    const rng = new Xoshiro128(5);
    const widths: number[] = [];
    for (const n of [1_000, 16_000]) {
      const candidate = Float64Array.from({ length: n }, () => rng.nextFloat());
      const baseline = Float64Array.from({ length: n }, () => rng.nextFloat() + 0.05);
      const interval = pairedMeanBootstrap(candidate, baseline, { resamples: 1000 })!;
      let delta = 0;
      for (let i = 0; i < n; i++) delta += candidate[i]! - baseline[i]!;
      expectClose(interval.estimate, delta / n);
      expect(interval.lower).toBeLessThan(interval.estimate);
      expect(interval.upper).toBeGreaterThan(interval.estimate);
      widths.push(interval.upper - interval.lower);
    }
    // 16× the rows: a quarter of the width (±15%).
    expect(widths[1]! / widths[0]!).toBeGreaterThan(0.25 * 0.85);
    expect(widths[1]! / widths[0]!).toBeLessThan(0.25 * 1.15);
  });

  it("collapses to the estimate when every row has the same difference, and is null without rows", () => {
    expect(pairedMeanBootstrap([3], [1])).toMatchObject({ estimate: 2, lower: 2, upper: 2 });
    expect(pairedMeanBootstrap([1, 2, 3], [1, 2, 3])).toMatchObject({ estimate: 0, lower: 0, upper: 0 });
    expect(pairedMeanBootstrap([], [])).toBeNull();
    expect(() => pairedMeanBootstrap([1], [1, 2])).toThrow(/candidate has 1 rows but baseline has 2/);
  });
});

describe("pairedMeansBootstrap", () => {
  it("maps column means of the same resample to the statistic", () => {
    const x = Float64Array.from({ length: 500 }, (_, i) => (i % 7) + 1);
    const interval = pairedMeansBootstrap([x, x], (m) => m[0]! - m[1]!, { resamples: 200 })!;
    expect(interval).toMatchObject({ estimate: 0, lower: 0, upper: 0 });
    expect(pairedMeansBootstrap([x], () => null)).toBeNull();
    expect(pairedMeansBootstrap([new Float64Array(0)], (m) => m[0]!)).toBeNull();
  });
});
