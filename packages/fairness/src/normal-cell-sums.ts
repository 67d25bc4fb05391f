import { sampleMultinomial, type Xoshiro128 } from "@mlops/stats";

/** One model's per-row value of a binned mean and its bin (absent for a single bin). */
export interface BinnedColumn {
  value: Float64Array;
  bin: Uint8Array | undefined;
}

/**
 * A resample's per-bin sums of large intersections without a pass over their rows. Drawing an
 * intersection's n rows with replacement draws its joint cells (the models' bins together) as a
 * multinomial over the cells' row counts, which is sampled exactly; the sum of the values drawn in a
 * cell is then a sum of c independent draws from that cell's rows, taken as normal with mean c·μ and
 * covariance c·Σ (the cell's mean and population covariance over the models). Both models' sums come
 * from the same draws, which keeps the change paired. The cost per resample is the number of cells,
 * not of rows.
 */
export class NormalCellSums {
  private readonly cells: number;
  /** Per intersection and joint cell: row count, the models' means, and the Cholesky factor (l00, l10, l11). */
  private readonly counts: Float64Array;
  private readonly moments: Float64Array;
  private readonly drawn: Float64Array;
  private readonly intersections: Int32Array;
  private readonly columns: readonly BinnedColumn[];
  private readonly bins: number;

  constructor(
    intersections: Int32Array,
    rows: { order: Int32Array; starts: Int32Array },
    columns: readonly BinnedColumn[],
    bins: number,
  ) {
    this.intersections = intersections;
    this.columns = columns;
    this.bins = bins;
    this.cells = bins ** columns.length;
    const cells = this.cells;
    this.counts = new Float64Array(intersections.length * cells);
    this.moments = new Float64Array(intersections.length * cells * 5);
    this.drawn = new Float64Array(cells);
    const sums = new Float64Array(cells * 2);
    const cross = new Float64Array(cells * 3);
    intersections.forEach((k, at) => {
      const members = rows.order.subarray(rows.starts[k]!, rows.starts[k + 1]!);
      const count = this.counts.subarray(at * cells, (at + 1) * cells);
      sums.fill(0);
      cross.fill(0);
      for (const i of members) {
        const c = this.cellOf(i);
        count[c]!++;
        for (let m = 0; m < columns.length; m++) sums[c * 2 + m]! += columns[m]!.value[i]!;
      }
      // Centred second moments in a second pass, which keeps the variance of near-constant values exact.
      for (const i of members) {
        const c = this.cellOf(i);
        const d0 = columns[0]!.value[i]! - sums[c * 2]! / count[c]!;
        const d1 = columns.length > 1 ? columns[1]!.value[i]! - sums[c * 2 + 1]! / count[c]! : 0;
        cross[c * 3]! += d0 * d0;
        cross[c * 3 + 1]! += d1 * d0;
        cross[c * 3 + 2]! += d1 * d1;
      }
      for (let c = 0; c < cells; c++) {
        const n = count[c]!;
        if (n === 0) continue;
        const l00 = Math.sqrt(cross[c * 3]! / n);
        const l10 = l00 > 0 ? cross[c * 3 + 1]! / n / l00 : 0;
        const l11 = Math.sqrt(Math.max(0, cross[c * 3 + 2]! / n - l10 * l10));
        this.moments.set([sums[c * 2]! / n, sums[c * 2 + 1]! / n, l00, l10, l11], (at * cells + c) * 5);
      }
    });
  }

  private cellOf(i: number): number {
    const first = this.columns[0]!.bin?.[i] ?? 0;
    return this.columns.length > 1 ? first + this.bins * (this.columns[1]!.bin?.[i] ?? 0) : first;
  }

  /** Adds one resample's sums into each model's `sums` (intersection k's bin b at k·bins + b). */
  addResample(rng: Xoshiro128, sums: readonly Float64Array[]): void {
    const { cells, bins, drawn, moments } = this;
    const two = this.columns.length > 1;
    this.intersections.forEach((k, at) => {
      const count = this.counts.subarray(at * cells, (at + 1) * cells);
      let n = 0;
      for (const c of count) n += c;
      sampleMultinomial(rng, n, count, drawn);
      for (let c = 0; c < cells; c++) {
        const draws = drawn[c]!;
        if (draws === 0) continue;
        const o = (at * cells + c) * 5;
        const [z0, z1] = standardNormalPair(rng);
        const root = Math.sqrt(draws);
        sums[0]![k * bins + (c % bins)]! += draws * moments[o]! + root * moments[o + 2]! * z0;
        if (two)
          sums[1]![k * bins + Math.floor(c / bins)]! +=
            draws * moments[o + 1]! + root * (moments[o + 3]! * z0 + moments[o + 4]! * z1);
      }
    });
  }
}

/** Two independent standard normal draws (Box–Muller; 1 − u keeps the logarithm finite). */
function standardNormalPair(rng: Xoshiro128): [number, number] {
  const radius = Math.sqrt(-2 * Math.log(1 - rng.nextFloat()));
  const angle = 2 * Math.PI * rng.nextFloat();
  return [radius * Math.cos(angle), radius * Math.sin(angle)];
}
