import { ConfigError } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { configProblems, grade } from "../test-support/grading.ts";

describe("custom assertion", () => {
  it("runs a grader module returning a boolean, a score or a result", async () => {
    const scored = await grade(
      { type: "custom", module: "./test-support/grader.ts", threshold: 0.5 },
      "four words in here",
    );
    expect(scored).toMatchObject({ pass: true, score: 0.8 });
    const named = await grade(
      { type: "custom", module: "./test-support/grader.ts", export: "mentionsName" },
      "hi",
    );
    expect(named).toMatchObject({ pass: false, reason: "no Acme" });
  });

  it("needs a module, and fails a case naming the export it did not find", async () => {
    expect(configProblems({ type: "custom", export: "x" })).toEqual([expect.stringMatching(/^module: /)]);
    const error = await grade(
      { type: "custom", module: "./test-support/grader.ts", export: "nope" },
      "x",
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(
      'grader module ./test-support/grader.ts has no function export "nope"',
    );
  });
});
