import { describe, expect, it } from "vitest";
import { sampleBinomial, sampleMultinomial } from "./binomial-sampler.ts";
import { chiSquareSf } from "./chi-square-distribution.ts";
import { binomialPmf } from "./saddle-point.ts";
import { Xoshiro128 } from "./xoshiro128.ts";

/** Pearson's goodness-of-fit p-value of observed counts against expected probabilities (cells with ≥ 5 expected). */
function goodnessOfFit(observed: number[], probabilities: number[]): number {
  const total = observed.reduce((a, b) => a + b, 0);
  let statistic = 0;
  let cells = 0;
  probabilities.forEach((p, k) => {
    const expected = p * total;
    if (expected < 5) return;
    statistic += (observed[k]! - expected) ** 2 / expected;
    cells++;
  });
  return chiSquareSf(statistic, cells - 1);
}

describe("sampleBinomial", () => {
  it.each([
    [20, 0.3],
    [15, 0.9],
    [200, 0.02],
  ])("draws Binomial(%i, %f) with the right distribution", (n, p) => {
    const rng = new Xoshiro128(n);
    const observed = new Array(n + 1).fill(0);
    for (let i = 0; i < 40_000; i++) observed[sampleBinomial(rng, n, p)]++;
    const probabilities = observed.map((_, k) => binomialPmf(k, n, p));
    expect(goodnessOfFit(observed, probabilities)).toBeGreaterThan(1e-4);
  });

  it("has the right mean and variance for a million trials", () => {
    const rng = new Xoshiro128(5);
    const n = 1_000_000;
    const p = 0.37;
    const draws = Array.from({ length: 20_000 }, () => sampleBinomial(rng, n, p));
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    const variance = draws.reduce((a, b) => a + (b - mean) ** 2, 0) / (draws.length - 1);
    const sd = Math.sqrt(n * p * (1 - p));
    expect(Math.abs(mean - n * p)).toBeLessThan((5 * sd) / Math.sqrt(draws.length));
    expect(Math.abs(variance / (sd * sd) - 1)).toBeLessThan(0.05);
  });

  it("handles degenerate parameters", () => {
    const rng = new Xoshiro128(1);
    expect(sampleBinomial(rng, 0, 0.5)).toBe(0);
    expect(sampleBinomial(rng, 10, 0)).toBe(0);
    expect(sampleBinomial(rng, 10, 1)).toBe(10);
  });
});

describe("sampleMultinomial", () => {
  it("splits n draws over the cells in proportion to their weights", () => {
    const rng = new Xoshiro128(9);
    const weights = [5, 0, 3, 2];
    const totals = [0, 0, 0, 0];
    const out = new Float64Array(4);
    for (let i = 0; i < 5000; i++) {
      sampleMultinomial(rng, 100, weights, out);
      expect(out.reduce((a, b) => a + b)).toBe(100);
      out.forEach((c, k) => {
        totals[k]! += c;
      });
    }
    expect(totals[1]).toBe(0);
    for (const [k, t] of totals.entries())
      expect(Math.abs(t / 500_000 - weights[k]! / 10)).toBeLessThan(0.003);
  });
});
