import { toJsonSchema } from "@mlops/core";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { SuiteSchema } from "./suite-schema.ts";

const validate = new Ajv2020({ strict: false }).compile(toJsonSchema("eval-suite", SuiteSchema));
const suiteWith = (assertion: Record<string, unknown>) => ({
  prompts: ["a.prompt"],
  providers: [{ model: "gpt-4o-mini" }],
  tests: [{ vars: {}, assert: [assertion] }],
});

describe("the published eval-suite JSON Schema", () => {
  it("gives each assertion type its own keys, so editors flag a misconfigured one", () => {
    expect(validate(suiteWith({ type: "not-icontains-any", value: ["refund", "discount"] }))).toBe(true);
    expect(validate(suiteWith({ type: "length", max: 600 }))).toBe(true);
    expect(validate(suiteWith({ type: "contains" }))).toBe(false);
    expect(validate(suiteWith({ type: "length", max: 600, flags: "i" }))).toBe(false);
    expect(validate(suiteWith({ type: "not-latency", max: 5 }))).toBe(false);
    expect(validate(suiteWith({ type: "contians", value: "x" }))).toBe(false);
  });
});
