import { describe, expect, it } from "vitest";
import { assertion, gradingContext } from "../test-support/grading.ts";
import { gradeOutput } from "./grade-output.ts";

describe("a test's verdict", () => {
  it("needs every weighted assertion to pass, or a threshold on the weighted score; weight 0 only reports", async () => {
    const list = [
      assertion({ type: "contains", value: "Acme" }),
      assertion({ type: "contains", value: "Bob", weight: 3 }),
      assertion({ type: "contains", value: "zzz", weight: 0 }),
    ];
    const strict = await gradeOutput(list, gradingContext("Acme"));
    expect(strict).toMatchObject({ pass: false, score: 0.25 });
    expect(strict.components).toHaveLength(3);
    expect((await gradeOutput(list, gradingContext("Acme"), 0.2)).pass).toBe(true);
    expect((await gradeOutput([list[0]!, list[2]!], gradingContext("Acme"))).pass).toBe(true);
  });
});
