import { describe, expect, it } from "vitest";
import {
  formatBytes,
  formatDelta,
  formatDuration,
  formatNumber,
  formatScalar,
  formatValue,
  shortDigest,
  shortSha,
} from "./format.ts";

describe("formatNumber", () => {
  it.each([
    [0.912, "0.912"],
    [0.91234, "0.9123"],
    [1.23456, "1.235"],
    [123.456, "123.5"],
    [1234.5, "1,235"],
    [48213, "48,213"],
    [12345.678, "12,346"],
    [0.00001234, "1.23e-5"],
    [-0.5, "−0.5"],
    [0, "0"],
    [2e20, "2e20"],
  ])("%d → %s", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it("shows missing and non-finite values as such", () => {
    expect(formatNumber(null)).toBe("—");
    expect(formatNumber(Number.NaN)).toBe("NaN");
    expect(formatNumber(-Infinity)).toBe("−∞");
  });

  it("signs differences", () => {
    expect(formatNumber(0.011, { signed: true })).toBe("+0.011");
    expect(formatNumber(-0.011, { signed: true })).toBe("−0.011");
    expect(formatNumber(0, { signed: true })).toBe("0");
  });
});

describe("formatValue and formatDelta", () => {
  const ci = { lower: 0.901, upper: 0.923 };

  it("puts the interval after the value", () => {
    expect(formatValue(0.912, undefined, ci)).toBe("0.912 [0.901, 0.923]");
    expect(formatValue(41.5, "ms")).toBe("41.5 ms");
    expect(formatValue(null, "ms")).toBe("—");
  });

  it("shows percentages for % and for rates, and their differences in points", () => {
    expect(formatValue(12.5, "%")).toBe("12.5%");
    expect(formatValue(0.912, "ratio", ci)).toBe("91.2% [90.1, 92.3]");
    expect(formatDelta(-0.03, "rate")).toBe("−3 pp");
    expect(formatDelta(0.011, undefined, { lower: -0.002, upper: 0.02 })).toBe("+0.011 [−0.002, +0.02]");
  });
});

describe("labels", () => {
  it("shortens digests and shas but leaves other strings alone", () => {
    expect(shortDigest(`sha256:${"ab".repeat(32)}`)).toBe("sha256:abababababab");
    expect(shortDigest("cd".repeat(32))).toBe("sha256:cdcdcdcdcdcd");
    expect(shortDigest("md5:xyz")).toBe("md5:xyz");
    expect(shortSha("3f2a9c1d4e5b6a7980112233445566778899aabb")).toBe("3f2a9c1");
    expect(shortSha("main")).toBe("main");
  });

  it("formats durations, sizes and scalars", () => {
    expect(formatDuration(950)).toBe("950 ms");
    expect(formatDuration(4210)).toBe("4.2 s");
    expect(formatDuration(183_400)).toBe("3 min 3 s");
    expect(formatDuration(3_725_000)).toBe("1 h 2 min");
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(3_400_000)).toBe("3.2 MiB");
    expect(formatScalar(null)).toBe("—");
    expect(formatScalar(true)).toBe("true");
    expect(formatScalar(2045)).toBe("2,045");
  });
});
