import { describe, expect, it } from "vitest";
import { FIRST_DEPLOYMENT, planRollout } from "./rollout-plan.ts";

const canary = { type: "canary" as const, steps: [10, 50], pause: "0s" };
const labels = (plan: ReturnType<typeof planRollout>) => plan.steps.map((s) => s.label);

describe("planRollout", () => {
  it("shifts traffic step by step from what serves", () => {
    const plan = planRollout(canary, "1.1.0", { version: "1.0.0", track: "stable" });
    expect(labels(plan)).toEqual(["canary 10%", "canary 50%", "stable 1.1.0 100%"]);
    expect(plan.note).toBeUndefined();
  });

  it("says a canary, blue-green or shadow with nothing serving is a first deployment of one step", () => {
    for (const strategy of [canary, { type: "blue-green" as const }, { type: "shadow" as const }]) {
      const plan = planRollout(strategy, "1.0.0", undefined);
      expect(labels(plan)).toEqual(["stable 1.0.0 100%"]);
      expect(plan.note, strategy.type).toBe(FIRST_DEPLOYMENT);
    }
    // A rolling deploy is one step whether or not something served: nothing to say.
    expect(planRollout({ type: "rolling" }, "1.0.0", undefined).note).toBeUndefined();
  });
});
