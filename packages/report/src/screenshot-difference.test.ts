import { describe, expect, it } from "vitest";
import { blockDifference, type Pixels } from "./screenshot-difference.ts";

function image(width: number, height: number, paint: (x: number, y: number) => number): Pixels {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const v = paint(x, y);
      data.set([v, v, v, 255], (y * width + x) * 4);
    }
  return { width, height, data };
}

describe("blockDifference", () => {
  const white = image(32, 32, () => 255);

  it("is zero for the same pixels", () => {
    expect(
      blockDifference(
        white,
        image(32, 32, () => 255),
      ),
    ).toBe(0);
  });

  it("absorbs a stray pixel in a block's mean", () => {
    const speck = image(32, 32, (x, y) => (x === 3 && y === 3 ? 0 : 255));
    expect(blockDifference(white, speck)).toBeCloseTo(255 / 256, 6);
  });

  it("sees a missing block", () => {
    const hole = image(32, 32, (x, y) => (x >= 16 && y < 16 ? 0 : 255));
    expect(blockDifference(white, hole)).toBe(255);
  });

  it("refuses to compare images of different sizes", () => {
    expect(
      blockDifference(
        white,
        image(32, 33, () => 255),
      ),
    ).toBeNull();
  });
});
