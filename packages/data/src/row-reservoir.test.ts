import { describe, expect, it } from "vitest";
import { RowReservoir } from "./row-reservoir.ts";

/** The row indexes a reservoir keeps out of `rows`. */
function kept(reservoir: RowReservoir, rows: number): number[] {
  const slots = new Array<number>(Math.min(rows, reservoir.size)).fill(-1);
  for (let i = 0; i < rows; i++) {
    const slot = reservoir.slot(i);
    expect(slot).toBeLessThan(reservoir.size);
    if (slot >= 0) slots[slot] = i;
  }
  return slots;
}

describe("RowReservoir", () => {
  it("keeps every row while there is room, each in its own slot", () => {
    expect(kept(new RowReservoir(10, 1), 7)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("keeps the same sample for the same seed and another for another seed", () => {
    const a = kept(new RowReservoir(100, 7), 5000);
    expect(kept(new RowReservoir(100, 7), 5000)).toEqual(a);
    expect(kept(new RowReservoir(100, 8), 5000)).not.toEqual(a);
  });

  it("keeps a uniform sample of all rows", () => {
    const rows = 20_000;
    const sample = kept(new RowReservoir(2000, 20_260_101), rows);
    expect(new Set(sample).size).toBe(2000);
    // Each quarter of the rows holds about a quarter of the sample (sd ≈ 19 rows).
    const quarters = [0, 0, 0, 0];
    for (const i of sample) quarters[Math.floor((4 * i) / rows)]!++;
    for (const q of quarters) expect(Math.abs(q - 500)).toBeLessThan(80);
  });
});
