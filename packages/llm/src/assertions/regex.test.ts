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
      "value: Invalid regular expression: /(unclosed/: Unterminated group",
    ]);
    expect(configProblems({ type: "regex", value: "a", flags: "iz" })).toEqual([
      expect.stringMatching(/^flags: Invalid flags/),
    ]);
    expect(configProblems({ type: "regex", value: '"label"\\s*:\\s*"{{label}}"', flags: "u" })).toEqual([]);
  });

  it("fails the case when a variable makes the pattern invalid", async () => {
    const error = await grade({ type: "regex", value: "{{name}}" }, "x", { vars: { name: "(" } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toMatch(/invalid regex "\(" for this case/);
  });
});
