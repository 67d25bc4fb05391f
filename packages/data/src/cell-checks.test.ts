import { ConfigError } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { buildCellChecks, type CellCheck } from "./cell-checks.ts";
import { type ColumnContract, loadContract } from "./contract.ts";
import { tempFiles } from "./test-support/temp-files.ts";

function check(spec: Partial<ColumnContract>): CellCheck {
  const [only] = buildCellChecks("c", "string", { required: true, ...spec }, "contract.yaml");
  return only!;
}

/** The email pattern this check replaced, to compare with on values where it is quick. */
const BACKTRACKING_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

describe("cell checks", () => {
  it("accepts the emails the former pattern accepted, and no others", () => {
    const email = check({ format: "email" });
    const values = [
      "a@b.co",
      "first.last@sub.example.org",
      "a@b.",
      "a@.b",
      "@b.co",
      "a@bco",
      "a@@b.co",
      "a@b@c.co",
      "a b@c.co",
      "a@b.c\u00a0o",
      "a@b..c",
      "a.b@c",
      "ü@ü.ü",
      "",
    ];
    for (const value of values) expect(email.test(value), value).toBe(BACKTRACKING_EMAIL.test(value));
  });

  it("finishes email and regex checks on hostile values quickly", () => {
    const started = performance.now();
    expect(check({ format: "email" }).test(`a@${"a.".repeat(50_000)} `)).toBe(false);
    expect(check({ regex: "(a+)+b" }).test("a".repeat(100_000))).toBe(false);
    expect(check({ regex: "([a-z]+\\.)+[a-z]+" }).test(`${"a.".repeat(50_000)}!`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("matches a regex against the whole value", () => {
    const re = check({ regex: "[A-Z]{2}\\d+|none" });
    expect(["AB12", "none"].map((v) => re.test(v))).toEqual([true, true]);
    expect(["xAB12", "AB12x", "nonex"].map((v) => re.test(v))).toEqual([false, false, false]);
  });

  it("names the contract key of a pattern the engine cannot run", () => {
    const error = (() => {
      try {
        check({ regex: "(\\w)\\1" });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({
      message: expect.stringMatching(/backreferences are not supported/),
      location: { file: "contract.yaml", path: "columns.c.regex" },
    });
  });

  it("refuses backreferences and lookaround when the contract loads, at their line", async () => {
    const { "contract.yaml": file } = await tempFiles({
      "contract.yaml":
        "columns:\n  code:\n    regex: '(?!x)\\w+'\n  twice:\n    regex: { value: '(a)\\1' }\n",
    });
    const error = (await loadContract(file!).catch((e: unknown) => e)) as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    const problems = [error, ...error.others].map((e) => ({ line: e.location?.line, message: e.message }));
    expect(problems).toEqual([
      { line: 3, message: expect.stringMatching(/lookahead and lookbehind are not supported.*RE2 syntax/) },
      { line: 5, message: expect.stringMatching(/backreferences are not supported/) },
    ]);
  });
});
