import { describe, expect, it } from "vitest";
import {
  coercerFor,
  compileDatePattern,
  DEFAULT_NULL_VALUES,
  INVALID,
  parseIsoDatetime,
} from "./data-types.ts";

const nulls = new Set(DEFAULT_NULL_VALUES);

describe("coercerFor", () => {
  it("reads decimal numbers and rejects other number syntaxes", () => {
    const num = coercerFor("number", nulls);
    expect(["1.5", "-2", "+3", ".5", "1e3", "7."].map(num)).toEqual([1.5, -2, 3, 0.5, 1000, 7]);
    expect(["0x10", "0b1", " 1", "abc", "Infinity", "1,5"].map(num)).toEqual(Array(6).fill(INVALID));
    expect(["", "NA", "null", null].map(num)).toEqual([null, null, null, null]);
  });

  it("reads integers, booleans, and JSON/Parquet values", () => {
    const int = coercerFor("integer", nulls);
    expect([int("12"), int("1.5"), int(7), int(8n)]).toEqual([12, INVALID, 7, 8]);
    const bool = coercerFor("boolean", nulls);
    expect([bool("true"), bool("0"), bool(true), bool("maybe")]).toEqual(["true", "false", "true", INVALID]);
    expect(coercerFor("string", nulls)(42)).toBe("42");
  });

  it("reads ISO dates and rejects dates that do not exist", () => {
    const date = coercerFor("date", nulls);
    expect(date("2025-03-01")).toBe(Date.UTC(2025, 2, 1));
    expect(date("2025-02-30")).toBe(INVALID);
    expect(date("2025-3-1")).toBe(INVALID);
  });

  it("reads ISO date-times with and without offsets (no offset is UTC)", () => {
    expect(parseIsoDatetime("2025-03-01T10:20:30Z")).toBe(Date.UTC(2025, 2, 1, 10, 20, 30));
    expect(parseIsoDatetime("2025-03-01 10:20")).toBe(Date.UTC(2025, 2, 1, 10, 20));
    expect(parseIsoDatetime("2025-03-01T10:20:30+02:00")).toBe(Date.UTC(2025, 2, 1, 8, 20, 30));
    expect(parseIsoDatetime("March 1")).toBeUndefined();
  });

  it("reads dates by pattern", () => {
    const parse = compileDatePattern("DD/MM/YYYY HH:mm");
    expect(parse("31/12/2025 23:59")).toBe(Date.UTC(2025, 11, 31, 23, 59));
    expect(parse("2025-12-31 23:59")).toBeUndefined();
    expect(parse("31/02/2025 10:00")).toBeUndefined();
  });
});
