import { describe, expect, it } from "vitest";
import { rougeL } from "../rouge.ts";
import { configProblems, grade } from "../test-support/grading.ts";

describe("similarity assertions", () => {
  it("score Levenshtein and ROUGE-L similarity to a reference, passing from a threshold", async () => {
    expect(rougeL("the cat sat on the mat", "the cat sat on the mat")).toBe(1);
    // LCS "the cat the mat" = 4 of 6 and 4 of 6 tokens.
    expect(rougeL("the cat was on the mat", "the cat sat on the mat")).toBeCloseTo(5 / 6);
    expect(rougeL("", "x")).toBe(0);
    const lev = await grade({ type: "levenshtein", value: "kitten" }, "sitting");
    expect(lev.score).toBeCloseTo(1 - 3 / 7);
    expect(lev.pass).toBe(false);
    expect((await grade({ type: "levenshtein", value: "kitten", threshold: 0.5 }, "sitting")).pass).toBe(
      true,
    );
    const rouge = await grade({ type: "rouge-l", value: "{{ref}}", threshold: 0.8 }, "the cat sat on a mat");
    expect(rouge.pass).toBe(true);
  });

  it("need a reference and a threshold between 0 and 1", () => {
    expect(configProblems({ type: "rouge-l", threshold: 0.5 })).toEqual([expect.stringMatching(/^value: /)]);
    expect(configProblems({ type: "levenshtein", value: "x", threshold: 80 })).toEqual([
      expect.stringMatching(/^threshold: Too big/),
    ]);
  });
});
