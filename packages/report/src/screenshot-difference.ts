/** RGBA pixels, four bytes a pixel, row by row (a canvas's `ImageData`). */
export interface Pixels {
  width: number;
  height: number;
  data: ArrayLike<number>;
}

/**
 * How far two screenshots are apart, coarsely: the largest difference, over blocks of `block` × `block`
 * pixels, between the blocks' mean colours (0–255, the worst of the channels). Anti-aliasing and
 * sub-pixel text move single pixels, which block means absorb; a missing bar, legend or row moves a
 * whole block. `null` when the sizes differ, which no tolerance should excuse.
 */
export function blockDifference(a: Pixels, b: Pixels, block = 16): number | null {
  if (a.width !== b.width || a.height !== b.height) return null;
  let worst = 0;
  for (let top = 0; top < a.height; top += block) {
    for (let left = 0; left < a.width; left += block) {
      const sums = [0, 0, 0, 0];
      let count = 0;
      for (let y = top; y < Math.min(a.height, top + block); y++) {
        for (let x = left; x < Math.min(a.width, left + block); x++) {
          const at = (y * a.width + x) * 4;
          for (let c = 0; c < 4; c++) sums[c]! += a.data[at + c]! - b.data[at + c]!;
          count++;
        }
      }
      for (const sum of sums) worst = Math.max(worst, Math.abs(sum) / count);
    }
  }
  return worst;
}
