import { describe, expect, it } from "vitest";
import { configProblems, grade } from "../test-support/grading.ts";

const schema = { type: "object", required: ["n"], properties: { n: { type: "number" } } };

describe("JSON assertions", () => {
  it("is-json: the whole output parses, and matches a schema when one is given", async () => {
    expect((await grade({ type: "is-json" }, '{"n": 1}')).pass).toBe(true);
    expect((await grade({ type: "is-json" }, "{n: 1}")).reason).toMatch(/^output is not JSON/);
    expect((await grade({ type: "is-json", value: schema }, '{"n": "1"}')).pass).toBe(false);
  });

  it("json-schema: the output matches the schema, saying where it does not", async () => {
    expect((await grade({ type: "json-schema", value: schema }, '{"n": 1}')).pass).toBe(true);
    expect((await grade({ type: "json-schema", value: schema }, '{"n": "1"}')).reason).toMatch(
      /must be number/,
    );
  });

  it("needs a valid JSON Schema when the suite loads", () => {
    expect(configProblems({ type: "json-schema" })).toEqual([expect.stringMatching(/^value: /)]);
    expect(configProblems({ type: "json-schema", value: { type: "objekt" } })).toEqual([
      expect.stringMatching(/^value: not a valid JSON Schema: schema is invalid: data\/type must be/),
    ]);
    expect(configProblems({ type: "is-json", value: { $ref: "#/definitions/missing" } })).toEqual([
      expect.stringMatching(/^value: not a valid JSON Schema: can't resolve reference/),
    ]);
  });
});
