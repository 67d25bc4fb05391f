import { describe, expect, it } from "vitest";
import { loadFixture } from "./test-support/fixtures.ts";
import { Xoshiro128 } from "./xoshiro128.ts";

const reference = loadFixture<{
  fromState1234: number[];
  seeded: Record<string, number[]>;
  seed7AfterJump: number[];
  seed7AfterLongJump: number[];
}>("xoshiro.json");

const take = (g: Xoshiro128, n: number) => Array.from({ length: n }, () => g.nextUint32());

describe("Xoshiro128", () => {
  it("produces the reference xoshiro128** sequence from a given state", () => {
    const g = new Xoshiro128(0);
    g.state.set([1, 2, 3, 4]);
    expect(take(g, 10)).toEqual(reference.fromState1234);
  });

  it("seeds through splitmix32 as documented", () => {
    for (const [seed, outputs] of Object.entries(reference.seeded)) {
      expect(take(new Xoshiro128(Number(seed)), outputs.length)).toEqual(outputs);
    }
  });

  it("split() hands out the current stream and jumps 2^64 draws ahead", () => {
    const g = new Xoshiro128(7);
    const unjumped = take(new Xoshiro128(7), 5);
    const child = g.split();
    expect(take(child, 5)).toEqual(unjumped);
    expect(take(g, 5)).toEqual(reference.seed7AfterJump);
  });

  it("longSplit() hands out the current stream and jumps 2^96 draws ahead", () => {
    const g = new Xoshiro128(7);
    const unjumped = take(new Xoshiro128(7), 5);
    expect(take(g.longSplit(), 5)).toEqual(unjumped);
    expect(take(g, 5)).toEqual(reference.seed7AfterLongJump);
  });

  it("draws floats in [0, 1) with mean 1/2", () => {
    const g = new Xoshiro128(1);
    let sum = 0;
    let min = 1;
    let max = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = g.nextFloat();
      sum += u;
      min = Math.min(min, u);
      max = Math.max(max, u);
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.005);
  });

  it("draws bounded integers uniformly, including non-powers of two", () => {
    const g = new Xoshiro128(2);
    const counts = new Array(7).fill(0);
    for (let i = 0; i < 70_000; i++) counts[g.nextBelow(7)]++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500);
    expect(() => g.nextBelow(0)).toThrow(RangeError);
    expect(g.nextBelow(1)).toBe(0);
  });
});
