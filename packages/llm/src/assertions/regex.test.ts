import { ConfigError } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { configProblems, grade } from "../test-support/grading.ts";

describe("regex assertion", () => {
  it("matches the output with flags and the case's variables", async () => {
    expect((await grade({ type: "regex", value: "^dear\\s+\\w+$", flags: "i" }, "Dear Acme")).pass).toBe(
      true,
    );
    expect((await grade({ type: "regex", value: "^{{name}}$" }, "Acme")).pass).toBe(true);
    expect(await grade({ type: "regex", value: "^\\d+$" }, "12a")).toMatchObject({
      pass: false,
      reason: "output does not match /^\\d+$/",
    });
  });

  it("rejects a pattern or flags that do not compile when the suite loads", () => {
    expect(configProblems({ type: "regex", value: "(unclosed" })).toEqual([
      "value: Invalid regular expression /(unclosed/: missing closing ): `(unclosed`; patterns use RE2 syntax (https://github.com/google/re2/wiki/Syntax)",
    ]);
    expect(configProblems({ type: "regex", value: "a", flags: "iz" })).toEqual([
      expect.stringMatching(/^flags: Invalid flags/),
    ]);
    expect(configProblems({ type: "regex", value: '"label"\\s*:\\s*"{{label}}"', flags: "u" })).toEqual([]);
  });

  it("refuses backreferences and lookaround when the suite loads, saying why", () => {
    expect(configProblems({ type: "regex", value: "(\\w+) \\1" })).toEqual([
      expect.stringMatching(/^value: .*backreferences are not supported.*linear-time engine/),
    ]);
    expect(configProblems({ type: "not-regex", value: "^(?!{{name}})" })).toEqual([
      expect.stringMatching(/^value: .*lookahead and lookbehind are not supported/),
    ]);
    expect(configProblems({ type: "regex", value: "a", flags: "y" })).toEqual([
      expect.stringMatching(/^flags: Invalid flags "y"/),
    ]);
  });

  it("grades a catastrophic pattern on a long answer in linear time", async () => {
    const started = performance.now();
    const answer = "a".repeat(160);
    expect((await grade({ type: "regex", value: "(a+)+b" }, answer)).pass).toBe(false);
    expect((await grade({ type: "not-regex", value: "^(a|a)*$" }, `${answer.repeat(500)}!`)).pass).toBe(true);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("fails the case when a variable makes the pattern invalid", async () => {
    const error = await grade({ type: "regex", value: "{{name}}" }, "x", { vars: { name: "(" } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toMatch(/invalid regex "\(" for this case/);
  });
});
