import { describe, expect, it } from "vitest";
import { compareSides, statsOf } from "./side-stats.ts";
import { caseResult } from "./test-support/case-result.ts";

describe("statsOf", () => {
  it("takes the majority of repeats as a case's verdict and the mean pass share as the pass rate", () => {
    const s = statsOf([
      caseResult({ caseId: "a", repeat: 0 }),
      caseResult({ caseId: "a", repeat: 1, status: "fail" }),
      caseResult({ caseId: "a", repeat: 2 }),
      caseResult({ caseId: "b", status: "error", latencyMs: 300 }),
    ]);
    expect(s.cases).toBe(2);
    expect(s.passRate).toBeCloseTo(1 / 3);
    expect(s.passes).toBe(1);
    expect(s.errors).toBe(1);
    expect(s.flaky).toEqual([{ key: "a\u0000p", passes: 2, repeats: 3 }]);
    expect(s.tokens).toBe(60);
    expect(s.costUsd).toBeCloseTo(0.004);
    expect(s.p50).toBe(100);
    expect(s.p95).toBeGreaterThan(100);
  });

  it("has no cost when a model answered without a price, and no rate without cases", () => {
    const s = statsOf([caseResult(), caseResult({ caseId: "b", model: "free", costUsd: undefined })]);
    expect(s.costUsd).toBeNull();
    expect(s.unpriced).toEqual(["free"]);
    expect(statsOf([])).toMatchObject({ cases: 0, passRate: null, p50: null, p95: null });
  });

  it("adds the red-team attacker's cost to the total and keeps it apart; without a price it is unknown", () => {
    const attacked = caseResult({ attacker: { model: "att", calls: 3, costUsd: 0.01 } });
    const s = statsOf([attacked, caseResult({ caseId: "b" })]);
    expect(s.costUsd).toBeCloseTo(0.012);
    expect(s).toMatchObject({ attackerCalls: 3, attackerCostUsd: 0.01, unpriced: [] });
    const unpriced = statsOf([caseResult({ attacker: { model: "att", calls: 2 } })]);
    expect(unpriced).toMatchObject({ costUsd: null, attackerCostUsd: null, unpriced: ["att (attacker)"] });
  });
});

describe("compareSides", () => {
  it("pairs the cases both sides ran and counts regressions and improvements", () => {
    const c = compareSides(
      [
        caseResult({ caseId: "a", side: "base" }),
        caseResult({ caseId: "a", status: "fail" }),
        caseResult({ caseId: "b", side: "base", status: "fail" }),
        caseResult({ caseId: "b" }),
        caseResult({ caseId: "new" }),
      ],
      true,
    );
    expect(c.headResults).toHaveLength(3);
    expect(c.pairs).toEqual([
      { key: "a\u0000p", base: true, head: false },
      { key: "b\u0000p", base: false, head: true },
    ]);
    expect(c.paired).toMatchObject({ n: 2, regressions: 1, improvements: 1, delta: 0 });
  });

  it("has nothing to pair without a base version", () => {
    const c = compareSides([caseResult(), caseResult({ side: "base" })], false);
    expect(c.pairs).toEqual([]);
    expect(c.base).toBeUndefined();
    expect(c.paired).toBeUndefined();
    expect(c.head.cases).toBe(1);
  });
});
