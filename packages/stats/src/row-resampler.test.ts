import { describe, expect, it } from "vitest";
import { chiSquareSf } from "./chi-square-distribution.ts";
import { drawGroupCounts, drawRowCounts, resampledColumnSums, resampledSlotSums } from "./row-resampler.ts";
import { binomialPmf } from "./saddle-point.ts";
import { Xoshiro128 } from "./xoshiro128.ts";

function goodnessOfFit(
  observed: Map<number, number>,
  probability: (value: number) => number,
  total: number,
): number {
  let statistic = 0;
  let cells = 0;
  let covered = 0;
  for (const [value, count] of observed) {
    const expected = probability(value) * total;
    if (expected < 5) continue;
    statistic += (count - expected) ** 2 / expected;
    covered += expected;
    cells++;
  }
  // The pooled remainder is one more cell.
  let rest = 0;
  for (const [value, count] of observed) if (probability(value) * total < 5) rest += count;
  statistic += (rest - (total - covered)) ** 2 / Math.max(total - covered, 1e-9);
  return chiSquareSf(statistic, cells);
}

describe("drawRowCounts", () => {
  it("draws exactly n rows, every row equally likely, across full and partial blocks", () => {
    const n = 65_536 + 3_000;
    const counts = new Uint32Array(n);
    const rng = new Xoshiro128(3);
    let firstBlock = 0;
    let partialBlock = 0;
    const resamples = 60;
    for (let r = 0; r < resamples; r++) {
      drawRowCounts(rng, counts);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(n);
      for (let i = 0; i < 65_536; i++) firstBlock += counts[i]!;
      for (let i = 65_536; i < n; i++) partialBlock += counts[i]!;
    }
    // Share of draws landing in the partial block ≈ 3000/n, within 5 standard errors.
    const share = partialBlock / (firstBlock + partialBlock);
    const expected = 3_000 / n;
    expect(Math.abs(share - expected)).toBeLessThan(
      5 * Math.sqrt((expected * (1 - expected)) / (n * resamples)),
    );
  });
});

describe("drawGroupCounts", () => {
  it("makes the draws of drawRowCounts, added up per group", () => {
    const n = 65_536 + 500;
    const groupOfRow = Uint32Array.from({ length: n }, (_, i) => (i * 7) % 13);
    const rows = new Uint32Array(n);
    const groups = new Uint32Array(13);
    drawRowCounts(new Xoshiro128(21), rows);
    drawGroupCounts(new Xoshiro128(21), groupOfRow, groups);
    const expected = new Uint32Array(13);
    rows.forEach((c, i) => {
      expected[groupOfRow[i]!]! += c;
    });
    expect(groups).toEqual(expected);
  });
});

describe("drawRowCounts on a partial block", () => {
  it("draws each of a few rows Binomial(n, 1/n) times", () => {
    const counts = new Uint32Array(3);
    const rng = new Xoshiro128(9);
    const resamples = 20_000;
    const observed = [new Map<number, number>(), new Map<number, number>(), new Map<number, number>()];
    for (let r = 0; r < resamples; r++) {
      drawRowCounts(rng, counts);
      for (const [row, c] of counts.entries()) observed[row]!.set(c, (observed[row]!.get(c) ?? 0) + 1);
    }
    for (const row of observed)
      expect(goodnessOfFit(row, (k) => binomialPmf(k, 3, 1 / 3), resamples)).toBeGreaterThan(1e-4);
  });
});

describe("resampledSlotSums", () => {
  it("matches the exact multinomial distribution of a resample's per-slot sums on a tiny sample", () => {
    // Rows 0, 1, 10 in slots 0, 1, 0: slot 0's sum and slot 1's identify how often each row was drawn.
    const column = { slot: Uint8Array.from([0, 1, 0]), value: Float64Array.from([0, 1, 10]) };
    const resamples = 30_000;
    const sums = resampledSlotSums([column], 2, resamples, new Xoshiro128(13));
    const observed = new Map<number, number>();
    for (let r = 0; r < resamples; r++) {
      const key = sums[2 * r]! + 100 * sums[2 * r + 1]!;
      observed.set(key, (observed.get(key) ?? 0) + 1);
    }
    const exact = new Map<number, number>();
    for (const a of [0, 1, 2])
      for (const b of [0, 1, 2])
        for (const c of [0, 1, 2]) {
          let key = 0;
          for (const row of [a, b, c])
            key += column.slot[row] === 0 ? column.value[row]! : 100 * column.value[row]!;
          exact.set(key, (exact.get(key) ?? 0) + 1 / 27);
        }
    expect(goodnessOfFit(observed, (v) => exact.get(v) ?? 0, resamples)).toBeGreaterThan(1e-4);
  });

  it("sums every column over the same rows, in groups larger than a block", () => {
    const n = 150_000;
    const slot = Uint8Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 0 : i % 3 === 0 ? 1 : 2));
    const shifted = slot.map((s) => s + 3);
    const ones = new Float64Array(n).fill(1);
    const index = Float64Array.from({ length: n }, (_, i) => i);
    const sums = resampledSlotSums(
      [
        { slot, value: ones },
        { slot, value: index },
        { slot: shifted, value: index },
      ],
      6,
      40,
      new Xoshiro128(5),
    );
    for (let r = 0; r < 40; r++) {
      const at = (s: number) => sums[6 * r + s]!;
      // Slots 0–2 hold the draw counts plus the index sums; slots 3–5 the index sums again.
      expect(at(3) + at(4) + at(5) + n).toBe(at(0) + at(1) + at(2));
      for (let s = 0; s < 3; s++) expect(at(s) - at(s + 3)).toBeGreaterThan(0);
    }
  });
});

describe("resampledColumnSums", () => {
  it("matches the exact multinomial distribution of a resample's sum on a tiny sample", () => {
    // Rows 0, 1, 10: the sum of 3 draws identifies how often each row was drawn.
    const values = Float64Array.from([0, 1, 10]);
    const resamples = 30_000;
    const sums = resampledColumnSums([values], resamples, new Xoshiro128(11));
    const observed = new Map<number, number>();
    for (const s of sums) observed.set(s, (observed.get(s) ?? 0) + 1);
    const exact = new Map<number, number>();
    for (let a = 0; a < 3; a++)
      for (let b = 0; b < 3; b++)
        for (let c = 0; c < 3; c++) {
          const s = values[a]! + values[b]! + values[c]!;
          exact.set(s, (exact.get(s) ?? 0) + 1 / 27);
        }
    expect(goodnessOfFit(observed, (v) => exact.get(v) ?? 0, resamples)).toBeGreaterThan(1e-4);
  });

  it("draws each row Binomial(n, 1/n) times on the full-block path", () => {
    const n = 2 * 65_536;
    const values = new Float64Array(n);
    values[12_345] = 1;
    const resamples = 1500;
    const sums = resampledColumnSums([values], resamples, new Xoshiro128(12));
    const observed = new Map<number, number>();
    for (const s of sums) observed.set(s, (observed.get(s) ?? 0) + 1);
    expect(goodnessOfFit(observed, (k) => binomialPmf(k, n, 1 / n), resamples)).toBeGreaterThan(1e-4);
  });

  it("sums every column over the same rows", () => {
    const n = 70_000;
    const ones = new Float64Array(n).fill(1);
    const index = Float64Array.from({ length: n }, (_, i) => i);
    const sums = resampledColumnSums([ones, index, index], 50, new Xoshiro128(4));
    for (let r = 0; r < 50; r++) {
      expect(sums[3 * r]).toBe(n);
      expect(sums[3 * r + 1]).toBe(sums[3 * r + 2]);
    }
    expect(resampledColumnSums([ones], 20, new Xoshiro128(4)).every((s) => s === n)).toBe(true);
  });
});
