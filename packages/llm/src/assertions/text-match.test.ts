import { describe, expect, it } from "vitest";
import { configProblems, grade } from "../test-support/grading.ts";

const pass = async (config: Record<string, unknown>, output: string) => (await grade(config, output)).pass;

describe("text assertions", () => {
  it("match text: equals, contains and its case-insensitive form, starts-with, with {{variables}}", async () => {
    expect(await pass({ type: "equals", value: "Hi Acme" }, "Hi Acme")).toBe(true);
    expect(await pass({ type: "equals", value: "Hi {{name}}" }, "Hi Acme ")).toBe(false);
    expect(await pass({ type: "equals", value: 42 }, "42")).toBe(true);
    expect(await pass({ type: "contains", value: "{{name}}" }, "Dear Acme,")).toBe(true);
    expect(await pass({ type: "contains", value: "acme" }, "Dear Acme,")).toBe(false);
    expect(await pass({ type: "icontains", value: "acme" }, "Dear Acme,")).toBe(true);
    expect(await pass({ type: "starts-with", value: "Dear" }, "Dear Acme")).toBe(true);
    expect(await pass({ type: "starts-with", value: "Acme" }, "Dear Acme")).toBe(false);
  });

  it("look for any or all of a list, all scored by the share found", async () => {
    expect(await pass({ type: "contains-any", value: ["x", "Dear"] }, "Dear Acme")).toBe(true);
    expect(await pass({ type: "icontains-any", value: ["x", "dear"] }, "Dear Acme")).toBe(true);
    expect(await pass({ type: "icontains-all", value: ["dear", "ACME"] }, "Dear Acme")).toBe(true);
    const partial = await grade({ type: "contains-all", value: ["Dear", "Bob"] }, "Dear Acme");
    expect(partial).toMatchObject({ pass: false, score: 0.5, reason: 'output lacks ["Bob"]' });
    expect(await pass({ type: "contains-any", value: "{{name}}" }, "Dear Acme")).toBe(true);
  });

  it("need a value of text, or a list for the any and all forms", () => {
    expect(configProblems({ type: "contains" })).toEqual([expect.stringMatching(/^value: /)]);
    expect(configProblems({ type: "equals", value: ["a"] })).toEqual([expect.stringMatching(/^value: /)]);
    expect(configProblems({ type: "icontains-all", value: ["a", "b"], values: ["c"] })).toEqual([
      expect.stringMatching(/Unrecognized key: "values"/),
    ]);
  });
});
