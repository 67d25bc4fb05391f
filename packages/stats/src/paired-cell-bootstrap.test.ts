import { describe, expect, it } from "vitest";
import { pairedBootstrap } from "./paired-bootstrap.ts";
import { pairedCellBootstrap } from "./paired-cell-bootstrap.ts";

describe("pairedCellBootstrap", () => {
  // Per-row outcome cells: 0 both right, 1 only the candidate right, 2 only the baseline right, 3 both wrong.
  const cellCounts = [700, 90, 60, 150];
  const accuracyDelta = (c: ArrayLike<number>) => (c[1]! - c[2]!) / (c[0]! + c[1]! + c[2]! + c[3]!);

  it("gives the same interval as resampling the rows themselves, up to Monte Carlo error", () => {
    const rows = cellCounts.flatMap((count, cell) => Array(count).fill(cell) as number[]);
    const fromCells = pairedCellBootstrap(cellCounts, accuracyDelta, { resamples: 4000, seed: 1 })!;
    const fromRows = pairedBootstrap(
      rows.length,
      (w) => {
        const c = [0, 0, 0, 0];
        rows.forEach((cell, i) => {
          c[cell]! += w[i]!;
        });
        return accuracyDelta(c);
      },
      { resamples: 4000, seed: 2 },
    )!;
    expect(fromCells.estimate).toBe(0.03);
    const width = fromRows.upper - fromRows.lower;
    expect(Math.abs(fromCells.lower - fromRows.lower)).toBeLessThan(0.1 * width);
    expect(Math.abs(fromCells.upper - fromRows.upper)).toBeLessThan(0.1 * width);
  });

  it("is null without rows and rejects fractional counts", () => {
    expect(pairedCellBootstrap([0, 0], accuracyDelta)).toBeNull();
    expect(() => pairedCellBootstrap([1.5, 2], accuracyDelta)).toThrow(RangeError);
  });
});
