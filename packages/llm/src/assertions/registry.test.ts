import { describe, expect, it } from "vitest";
import { assertion, configProblems, grade, gradingContext } from "../test-support/grading.ts";
import { ASSERTION_DEFINITIONS, ASSERTION_TYPES, runAssertion } from "./registry.ts";

describe("the assertion registry", () => {
  it("negates a negatable type with not-, inverting pass and score", async () => {
    const r = await grade({ type: "not-icontains-any", value: ["refund", "discount"] }, "A Discount!");
    expect(r).toMatchObject({ pass: false, score: 0, assertion: "not-icontains-any", reason: /^not: / });
    expect((await grade({ type: "not-contains", value: "refund" }, "no")).pass).toBe(true);
    const negatable = ASSERTION_DEFINITIONS.filter((d) => d.negatable).map((d) => d.type);
    for (const type of negatable)
      expect(configProblems({ type: `not-${type}` })).not.toContainEqual(expect.stringMatching(/^type: /));
  });

  it("rejects an unknown type, and any key the type does not have, when the suite is read", () => {
    expect(configProblems({ type: "contains-some" })).toEqual([
      expect.stringMatching(/^type: Invalid discriminator value/),
    ]);
    expect(configProblems({ type: "contains", value: "x", threshold: 0.5 })).toEqual([
      expect.stringMatching(/^: Unrecognized key: "threshold"/),
    ]);
    expect(configProblems({ type: "not-regex", value: "x" })).toEqual([]);
  });

  it("gives every assertion a weight, 1 unless set", () => {
    expect(assertion({ type: "is-json" }).weight).toBe(1);
    expect(configProblems({ type: "is-json", weight: -1 })).toEqual([expect.stringMatching(/^weight: /)]);
  });

  it("lists each type once and grades only known types", async () => {
    expect(new Set(ASSERTION_TYPES).size).toBe(ASSERTION_TYPES.length);
    const error = await runAssertion({ type: "nope", weight: 1 }, gradingContext("x")).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toBe('unknown assertion type "nope"');
  });
});
