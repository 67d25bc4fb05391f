import { describe, expect, it } from "vitest";
import { configProblems, grade } from "../test-support/grading.ts";
import { embeddedJson } from "./contains-json.ts";

const schema = { type: "object", required: ["label"], properties: { label: { enum: ["yes", "no"] } } };

describe("contains-json assertion", () => {
  it("finds JSON in prose and code blocks, skipping brackets that open none", () => {
    const output =
      'Sure [sic]! Here it is:\n```json\n{"label": "yes", "why": "a } in a string"}\n```\nand [1, 2].';
    expect(embeddedJson(output)).toEqual([{ label: "yes", why: "a } in a string" }, [1, 2]]);
    expect(embeddedJson("{ [3] {")).toEqual([[3]]);
    expect(embeddedJson("no json {here}")).toEqual([]);
  });

  it("passes when some JSON is there, and matches the schema when one is given", async () => {
    expect(await grade({ type: "contains-json" }, 'The answer: {"label": "no"}.')).toMatchObject({
      pass: true,
      reason: "output contains JSON (1 found)",
    });
    expect((await grade({ type: "contains-json" }, "label: no")).pass).toBe(false);
    const matched = await grade({ type: "contains-json", value: schema }, '[1] then {"label": "yes"}');
    expect(matched.pass).toBe(true);
    const wrong = await grade({ type: "contains-json", value: schema }, 'Result: {"label": "maybe"}');
    expect(wrong).toMatchObject({ pass: false, reason: expect.stringMatching(/must be equal to one of/) });
    expect((await grade({ type: "not-contains-json" }, "plain words")).pass).toBe(true);
  });

  it("tries a bounded number of brackets, so unbalanced output stays cheap", () => {
    expect(embeddedJson(`${"{".repeat(200_000)}{"a": 1}`)).toEqual([]);
    expect(embeddedJson(`${"[x] ".repeat(99)}{"a": 1}`)).toEqual([{ a: 1 }]);
  });

  it("needs a valid JSON Schema when the suite loads", () => {
    expect(configProblems({ type: "contains-json", value: { type: 3 } })).toEqual([
      expect.stringMatching(/^value: not a valid JSON Schema/),
    ]);
    expect(configProblems({ type: "contains-json", schema })).toEqual([
      expect.stringMatching(/Unrecognized key: "schema"/),
    ]);
  });
});
