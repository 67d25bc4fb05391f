import { ConfigError } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { pairedBootstrap, percentileInterval } from "./paired-bootstrap.ts";
import { pairedMeanBootstrap } from "./paired-mean-bootstrap.ts";
import { Xoshiro128 } from "./xoshiro128.ts";

const rng = new Xoshiro128(99);
const n = 2000;
const a = Float64Array.from({ length: n }, () => rng.nextFloat());
const b = Float64Array.from(a, (v) => v * 0.9 + 0.1 * rng.nextFloat());

/** mean(a) − mean(b) over the drawn rows. */
function meanDelta(weights: Uint32Array): number {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    sum += weights[i]! * (a[i]! - b[i]!);
    total += weights[i]!;
  }
  return sum / total;
}

describe("pairedBootstrap", () => {
  it("computes the estimate on the full sample and a percentile interval around it", () => {
    const interval = pairedBootstrap(n, meanDelta, { resamples: 1000, seed: 1 })!;
    expect(interval.estimate).toBeCloseTo(meanDelta(new Uint32Array(n).fill(1)), 15);
    expect(interval.lower).toBeLessThan(interval.estimate);
    expect(interval.upper).toBeGreaterThan(interval.estimate);
    expect(interval).toMatchObject({ level: 0.95, resamples: 1000, method: "percentile" });
  });

  it("agrees with the fast mean path up to Monte Carlo error", () => {
    const generic = pairedBootstrap(n, meanDelta, { resamples: 3000, seed: 2 })!;
    const fast = pairedMeanBootstrap(a, b, { resamples: 3000, seed: 3 })!;
    const width = generic.upper - generic.lower;
    expect(Math.abs(generic.lower - fast.lower)).toBeLessThan(0.1 * width);
    expect(Math.abs(generic.upper - fast.upper)).toBeLessThan(0.1 * width);
  });

  it("is reproducible for a seed and narrower at a lower level", () => {
    const first = pairedBootstrap(n, meanDelta, { resamples: 300, seed: 7 });
    expect(pairedBootstrap(n, meanDelta, { resamples: 300, seed: 7 })).toEqual(first);
    expect(pairedBootstrap(n, meanDelta, { resamples: 300, seed: 8 })).not.toEqual(first);
    const narrow = pairedBootstrap(n, meanDelta, { resamples: 300, seed: 7, level: 0.8 })!;
    expect(narrow.upper - narrow.lower).toBeLessThan(first!.upper - first!.lower);
  });

  it("hands every resample weights that sum to the number of rows", () => {
    pairedBootstrap(
      10,
      (w) => {
        expect(w.reduce((s, x) => s + x, 0)).toBe(10);
        return 0;
      },
      { resamples: 50 },
    );
  });

  it("is null, not a partial interval, when the statistic is undefined anywhere", () => {
    expect(pairedBootstrap(0, () => 1)).toBeNull();
    expect(pairedBootstrap(5, () => null)).toBeNull();
    // Undefined whenever row 0 is not drawn: some resample will miss it.
    expect(pairedBootstrap(5, (w) => (w[0]! > 0 ? 1 : null), { resamples: 200 })).toBeNull();
  });

  it("rejects impossible options as configuration errors", () => {
    expect(() => pairedBootstrap(5, () => 1, { level: 95 })).toThrow(ConfigError);
    expect(() => pairedBootstrap(5, () => 1, { resamples: 0 })).toThrow(ConfigError);
    expect(() => pairedBootstrap(5, () => 1, { seed: 0.5 })).toThrow(ConfigError);
  });
});

describe("percentileInterval", () => {
  it("takes numpy's linear quantiles at (1 ± level)/2 of the sorted replicates", () => {
    const replicates = Float64Array.from({ length: 101 }, (_, i) => 100 - i);
    const interval = percentileInterval(50, replicates, 0.9);
    expect(interval.lower).toBeCloseTo(5, 12);
    expect(interval.upper).toBeCloseTo(95, 12);
    expect(replicates[0]).toBe(0);
  });
});
