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

  it("takes a judge with its own provider keys, and refuses embeddings on an azure judge", () => {
    const suite = (judge: Record<string, unknown>) =>
      SuiteSchema.safeParse({ prompts: ["a.prompt"], providers: [{ model: "m" }], judge });
    expect(suite({ model: "j", concurrency: 2, embedding_model: "e" }).success).toBe(true);
    const azure = suite({
      type: "azure",
      model: "j",
      azure_endpoint: "https://x.example.com",
      embedding_model: "e",
    });
    expect(azure.error?.issues.map((i) => i.path.join("."))).toEqual(["judge.embedding_model"]);
  });
});
