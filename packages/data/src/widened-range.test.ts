import { describe, expect, it } from "vitest";
import { widenRange } from "./widened-range.ts";

describe("widenRange", () => {
  it("widens by the margin times the observed width on each side", () => {
    expect(widenRange({ min: -10, max: 30 }, 0.1, false)).toEqual({ min: -14, max: 34 });
    expect(widenRange({ min: -10, max: 30 }, 0.25, true)).toEqual({ min: -20, max: 40 });
  });

  it("keeps the observed range with no margin, rounding outward only", () => {
    expect(widenRange({ min: 3, max: 17 }, 0, true)).toEqual({ min: 3, max: 17 });
    expect(widenRange({ min: 10.34, max: 29.41 }, 0, false)).toEqual({ min: 10.3, max: 29.5 });
  });

  it("rounds integer bounds outward to whole numbers and others to three digits of the width", () => {
    expect(widenRange({ min: 22, max: 90 }, 0.1, true)).toEqual({ min: 15, max: 97 });
    expect(widenRange({ min: 10.3, max: 29.4 }, 0.1, false)).toEqual({ min: 8.3, max: 31.4 });
    expect(widenRange({ min: 1012.2, max: 1033.9 }, 0.1, false)).toEqual({ min: 1010, max: 1036.1 });
  });

  it("stays at or above 0 for a column without negative values", () => {
    expect(widenRange({ min: 0, max: 40 }, 0.1, true)).toEqual({ min: 0, max: 44 });
    expect(widenRange({ min: 2, max: 100 }, 0.1, false)).toEqual({ min: 0, max: 109.8 });
  });

  it("stays within 0–1 for a fractional column there, but not for integers", () => {
    expect(widenRange({ min: 0.05, max: 0.95 }, 0.1, false)).toEqual({ min: 0, max: 1 });
    expect(widenRange({ min: 0, max: 1 }, 0.5, true)).toEqual({ min: 0, max: 2 });
  });

  it("widens a constant column around its value", () => {
    expect(widenRange({ min: 50, max: 50 }, 0.1, true)).toEqual({ min: 45, max: 55 });
    expect(widenRange({ min: 0, max: 0 }, 0.1, false)).toEqual({ min: 0, max: 0.1 });
  });
});
