import { describe, expect, it } from "vitest";
import { InputError, parseInput } from "./input-types.ts";

const parse = (type: Parameters<typeof parseInput>[0], raw: string) => parseInput(type, raw, "k", "--k");

function refused(type: Parameters<typeof parseInput>[0], raw: string): string {
  try {
    parse(type, raw);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).message;
  }
  throw new Error(`"${raw}" was accepted`);
}

describe("parseInput", () => {
  it("reads positive integers and refuses 0, negatives, fractions and words", () => {
    expect(parse({ type: "positive-integer" }, " 20 ")).toBe(20);
    for (const raw of ["0", "-1", "1.5", "abc", "1e3", ""]) {
      expect(refused({ type: "positive-integer" }, raw)).toMatch(/^--k must be a whole number of at least 1/);
    }
  });

  it("reads YAML booleans only", () => {
    expect(parse({ type: "boolean" }, "True")).toBe(true);
    expect(parse({ type: "boolean" }, "false")).toBe(false);
    expect(refused({ type: "boolean" }, "yes")).toBe('--k must be true or false; found "yes"');
  });

  it("reads choices case-insensitively and names the allowed values", () => {
    const type = { type: "choice", choices: ["fail", "warn", "never"] } as const;
    expect(parse(type, "WARN")).toBe("warn");
    expect(refused(type, "always")).toBe('--k must be one of fail, warn, never; found "always"');
  });

  it("reads shares as fractions or percentages, 0 included", () => {
    expect(parse({ type: "share" }, "0.1")).toBe(0.1);
    expect(parse({ type: "share" }, " 25% ")).toBe(0.25);
    expect(parse({ type: "share" }, "0")).toBe(0);
    expect(parse({ type: "share" }, "1.5")).toBe(1.5);
    for (const raw of ["-0.1", "ten", "", "10%%"]) {
      expect(refused({ type: "share" }, raw)).toMatch(/^--k must be a share such as 0\.1 or 10%/);
    }
  });

  it("reads durations with units, seconds by default", () => {
    expect(parse({ type: "duration" }, "90")).toBe(90_000);
    expect(parse({ type: "duration" }, "1.5m")).toBe(90_000);
    expect(parse({ type: "duration" }, "250ms")).toBe(250);
    expect(parse({ type: "duration" }, "2h")).toBe(7_200_000);
    expect(refused({ type: "duration" }, "soon")).toMatch(/must be a duration/);
    expect(refused({ type: "duration" }, "0s")).toMatch(/must be a duration/);
  });

  it("splits lists on commas and lines, dropping blanks", () => {
    expect(parse({ type: "list" }, "a, b\nc,,\n")).toEqual(["a", "b", "c"]);
  });

  it("keeps strings and paths as typed", () => {
    expect(parse({ type: "string" }, " x ")).toBe(" x ");
    expect(parse({ type: "path" }, "data/d.csv")).toBe("data/d.csv");
  });
});
