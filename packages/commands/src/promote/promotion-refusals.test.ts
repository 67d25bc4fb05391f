import { describe, expect, it } from "vitest";
import { approvalDecision, digestRefusals, stageOrderDecision } from "./promotion-refusals.ts";

const staging = { name: "staging", alias: "challenger" };
const production = { name: "production", alias: "champion", environment: "production" };

describe("stageOrderDecision", () => {
  it("passes a version at the previous stage", () => {
    const d = stageOrderDecision(staging, { challenger: "1.2.0" }, "1.2.0");
    expect(d.check).toMatchObject({ status: "pass", observed: "challenger → 1.2.0" });
    expect(d.refusals).toEqual([]);
  });

  it("refuses a version elsewhere or an unset stage", () => {
    const d = stageOrderDecision(staging, {}, "1.2.0");
    expect(d.check).toMatchObject({
      status: "fail",
      observed: "challenger → unset",
      expected: "challenger → 1.2.0",
    });
    expect(d.refusals).toEqual(['version 1.2.0 is not at stage "staging": stages are promoted in order']);
  });
});

describe("approvalDecision", () => {
  it("passes with an approval, naming who approved", () => {
    const d = approvalDecision(production, [{ user: "ana" }, { user: "bo" }], false);
    expect(d.check).toMatchObject({ id: "policy:approval", status: "pass", observed: "ana, bo" });
    expect(d.check.message).toBeUndefined();
    expect(d.refusals).toEqual([]);
  });

  it("refuses without an approval, and a dry run only reports it as skipped", () => {
    const real = approvalDecision(production, [], false);
    expect(real.check).toMatchObject({
      status: "fail",
      message: expect.stringContaining("environment: production"),
    });
    expect(real.refusals[0]).toContain('needs an approval of the GitHub Environment "production"');
    const dry = approvalDecision(production, [], true);
    expect(dry.check.status).toBe("skipped");
    expect(dry.refusals).toEqual([]);
  });
});

describe("digestRefusals", () => {
  it("refuses a file whose digest is not the registered one", () => {
    expect(digestRefusals("m.json", "sha256:aa", "1.0.0", "sha256:aa")).toEqual([]);
    expect(digestRefusals("m.json", "sha256:bb", "1.0.0", "sha256:aa")).toEqual([
      "digest mismatch: m.json is sha256:bb, version 1.0.0 is sha256:aa",
    ]);
  });
});
