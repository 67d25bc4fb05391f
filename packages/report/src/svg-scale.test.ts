import { describe, expect, it } from "vitest";
import { linearScale, niceAxis } from "./svg-scale.ts";

describe("niceAxis", () => {
  it("covers the range with round steps", () => {
    expect(niceAxis(0, 0.31)).toEqual({ min: 0, max: 0.4, ticks: [0, 0.1, 0.2, 0.3, 0.4] });
    expect(niceAxis(0.895, 0.918).ticks).toEqual([0.895, 0.9, 0.905, 0.91, 0.915, 0.92]);
    expect(niceAxis(-3, 7).ticks).toEqual([-4, -2, 0, 2, 4, 6, 8]);
  });

  it("widens a range of one value", () => {
    const axis = niceAxis(5, 5);
    expect(axis.min).toBeLessThan(5);
    expect(axis.max).toBeGreaterThan(5);
  });
});

describe("linearScale", () => {
  it("maps and inverts ranges", () => {
    const y = linearScale([0, 10], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(2.5)).toBe(150);
  });
});
