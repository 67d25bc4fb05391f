import { describe, expect, it } from "vitest";
import { defaultCompletionTokens } from "./completion-defaults.ts";

describe("default completion tokens of a dry run", () => {
  it("assumes more output for reasoning models, whose hidden reasoning is billed as output", () => {
    for (const model of ["gpt-5", "gpt-5-mini", "gpt-5.1", "o3", "o4-mini", "openai/o1-preview"])
      expect(defaultCompletionTokens(model).tokens, model).toBe(2_000);
    for (const model of ["gpt-4o-mini", "gpt-4.1", "llama-3-8b", "omni-model"])
      expect(defaultCompletionTokens(model).tokens, model).toBe(500);
  });
});
