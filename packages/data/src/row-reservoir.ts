import { Xoshiro128 } from "@mlops/stats";

/**
 * Which rows are kept for analysis: all of the first `size`, then each later row replaces a random kept
 * one with probability size/(rows so far), so the kept rows are a uniform sample of all rows
 * (Algorithm R), the same one for the same seed.
 */
export class RowReservoir {
  readonly size: number;
  private readonly random: Xoshiro128;

  constructor(size: number, seed: number) {
    this.size = size;
    this.random = new Xoshiro128(seed);
  }

  /** The slot the `index`-th row (0-based) is kept in, or -1 when it is not kept. */
  slot(index: number): number {
    if (index < this.size) return index;
    const j = this.random.nextBelow(index + 1);
    return j < this.size ? j : -1;
  }
}
