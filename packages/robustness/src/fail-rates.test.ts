import { describe, expect, it } from "vitest";
import { failRate, failRateChange } from "./fail-rates.ts";

describe("failRate", () => {
  it("counts failures with Wilson's interval (10 of 100: [0.0552, 0.1744])", () => {
    const failed = Uint8Array.from({ length: 100 }, (_, i) => (i < 10 ? 1 : 0));
    const r = failRate(failed, 0.95);
    expect(r).toMatchObject({ failures: 10, n: 100, rate: 0.1 });
    expect(r.ci!.lower).toBeCloseTo(0.0552, 4);
    expect(r.ci!.upper).toBeCloseTo(0.1744, 4);
  });

  it("has no rate for no rows", () => {
    expect(failRate(new Uint8Array(0), 0.95)).toEqual({ failures: 0, n: 0, rate: null, ci: null });
  });
});

describe("failRateChange", () => {
  it("pairs the two models' failures on the same rows: only discordant rows move the change", () => {
    const ch = Uint8Array.from({ length: 200 }, (_, i) => (i < 40 ? 1 : 0));
    const cp = Uint8Array.from({ length: 200 }, (_, i) => (i < 10 ? 1 : 0));
    const change = failRateChange(ch, cp, 0.95)!;
    expect(change.estimate).toBeCloseTo(0.15, 10);
    expect(change.lower).toBeGreaterThan(0.09);
    expect(change.upper).toBeLessThan(0.21);
    expect(failRateChange(ch, ch, 0.95)!.estimate).toBe(0);
  });

  it("refuses rows of different lengths", () => {
    expect(() => failRateChange(new Uint8Array(2), new Uint8Array(3), 0.95)).toThrow(/different rows/);
  });
});
