import { describe, expect, it } from "vitest";
import { civilDate, clockMillis, dateKey, parseDecimal } from "./byte-cells.ts";
import { parseIsoDate } from "./data-types.ts";

const bytes = (text: string) => Buffer.from(text);

describe("parseDecimal", () => {
  it("reads plain decimals exactly as Number() does, and declines everything else", () => {
    for (const text of [
      "0",
      "-0",
      "12",
      "-2.5",
      ".5",
      "5.",
      "+7",
      "1e3",
      "1.5E-7",
      "0.1",
      "123456789012345",
      "9.99999999999999",
      "007",
      "1e22",
      "3e-22",
    ]) {
      expect([text, parseDecimal(bytes(text), 0, text.length)]).toEqual([text, Number(text)]);
    }
    for (const text of [
      "",
      ".",
      "-",
      "1e",
      "0x10",
      " 1",
      "1 ",
      "1,5",
      "NaN",
      "Infinity",
      "1234567890123456",
      "1e23",
      "1e-23",
      "1..2",
      "--1",
    ]) {
      expect(parseDecimal(bytes(text), 0, text.length)).toBeNaN();
    }
  });
});

describe("civilDate", () => {
  it("agrees with the string reader on every day of years around the leap-year rules", () => {
    for (const y of [100, 1600, 1899, 1900, 1970, 2000, 2023, 2024, 2100, 9999]) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const text = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          const expected = parseIsoDate(text) ?? Number.NaN;
          expect([text, civilDate(dateKey(bytes(text), 0))]).toEqual([text, expected]);
        }
      }
    }
  });

  it("reads the clock of a date-time, or declines", () => {
    const clock = (text: string) => clockMillis(bytes(text), 0, text.length);
    expect(clock("2025-01-02T03:04:05Z")).toBe(((3 * 60 + 4) * 60 + 5) * 1000);
    expect(clock("2025-01-02 23:59:59")).toBe(86_399_000);
    for (const text of [
      "2025-01-02T24:00:00Z",
      "2025-01-02T10:00:00+02:00",
      "2025-01-02T10:00:00.5Z",
      "2025-01-02T10:00",
    ])
      expect(clock(text)).toBe(-1);
  });
});
