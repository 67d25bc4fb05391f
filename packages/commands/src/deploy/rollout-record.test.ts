import { describe, expect, it } from "vitest";
import {
  deploySummary,
  gatesCheck,
  rollbackCheck,
  rollbackStep,
  slug,
  stepCheck,
  stepRow,
  weights,
} from "./rollout-record.ts";

const canary = {
  label: "canary 1.1.0 10%",
  backends: [
    { track: "stable", version: "1.0.0", weight: 90 },
    { track: "canary", version: "1.1.0", weight: 10 },
  ],
  probe: { track: "canary", version: "1.1.0", weight: 10 },
};

describe("rollout record", () => {
  it("describes a step's traffic, mirrors included, and names its folder", () => {
    expect(weights(canary.backends)).toBe("stable 1.0.0 90%, canary 1.1.0 10%");
    expect(weights([{ track: "shadow", version: "2.0.0", weight: 0, mirror: true }])).toBe(
      "shadow 2.0.0 mirror",
    );
    expect(slug("Canary 1.1.0 10%")).toBe("canary-1.1.0-10");
  });

  it("rows and checks a step by its outcome", () => {
    const failed = { ok: false, detail: "apply exited 1" };
    expect(stepRow(2, canary, failed)).toEqual([
      2,
      canary.label,
      weights(canary.backends),
      "failed",
      "apply exited 1",
    ]);
    expect(stepCheck(2, canary, failed)).toMatchObject({
      id: "deploy:step-2",
      status: "fail",
      observed: "apply exited 1",
    });
    expect(stepCheck(1, canary, { ok: true, detail: "200" }).status).toBe("pass");
  });

  it("checks the recorded gates, naming the first refusal", () => {
    expect(gatesCheck([], 3)).toMatchObject({ status: "pass", observed: "3 gates passed" });
    expect(gatesCheck(["gate a failed", "gate b failed"], 3)).toMatchObject({
      status: "fail",
      observed: "gate a failed",
    });
  });

  it("rolls back with all traffic on the previous version's track; a failed rollback is an error", () => {
    const back = rollbackStep({ version: "1.0.0", track: "blue" });
    expect(back).toEqual({
      label: "rollback to 1.0.0",
      backends: [{ track: "blue", version: "1.0.0", weight: 100 }],
      probe: { track: "blue", version: "1.0.0", weight: 100 },
    });
    expect(rollbackCheck("1.0.0", { ok: false, detail: "down" }).status).toBe("error");
    expect(rollbackCheck("1.0.0", { ok: true, detail: "up" }).status).toBe("pass");
  });

  it("sums up a deploy, a failure with a rollback, and one with nothing to roll back to", () => {
    const base = { model: "churn", version: "1.1.0", environment: "production", strategy: "canary" };
    expect(deploySummary({ ...base, steps: 3, failure: undefined, rolledBackTo: "1.0.0" })).toBe(
      "deployed churn 1.1.0 to production (canary, 3 steps)",
    );
    expect(deploySummary({ ...base, steps: 1, failure: undefined, rolledBackTo: undefined })).toContain(
      "1 step)",
    );
    expect(deploySummary({ ...base, steps: 3, failure: "step 2 failed", rolledBackTo: "1.0.0" })).toBe(
      "failed: step 2 failed; rolled back to 1.0.0",
    );
    expect(deploySummary({ ...base, steps: 1, failure: "step 1 failed", rolledBackTo: undefined })).toBe(
      "failed: step 1 failed; nothing to roll back to",
    );
    const note = "first deployment: nothing to compare with or roll back to";
    expect(deploySummary({ ...base, steps: 1, failure: undefined, rolledBackTo: undefined, note })).toBe(
      `deployed churn 1.1.0 to production (canary, 1 step; ${note})`,
    );
    expect(
      deploySummary({ ...base, steps: 1, failure: "step 1 failed", rolledBackTo: undefined, note }),
    ).toBe(`failed: step 1 failed; ${note}`);
  });
});
