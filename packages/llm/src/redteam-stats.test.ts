import { describe, expect, it } from "vitest";
import { compareRedteam, type RedteamOutcome, redteamMetricNames, redteamMetrics } from "./redteam-stats.ts";
import type { CaseResult, Side } from "./runner.ts";

const result = (
  side: Side,
  id: string,
  outcome: RedteamOutcome,
  extra: { category?: string; benign?: boolean; repeat?: number } = {},
): CaseResult => ({
  caseId: id,
  repeat: extra.repeat ?? 0,
  side,
  promptId: "p",
  promptVersion: side === "head" ? "2.0.0" : "1.0.0",
  provider: "m",
  model: "m",
  status: outcome === "error" ? "error" : outcome === "attack-succeeded" ? "fail" : "pass",
  critical: false,
  tags: [],
  cached: false,
  redteam: {
    probeId: id,
    category: extra.category ?? "prompt-injection",
    strategy: "none",
    benign: extra.benign ?? false,
    outcome,
    fired: [],
  },
});

/** n probes on one side: the first `hits` succeed. */
const side = (s: Side, n: number, hits: number, category = "prompt-injection") =>
  Array.from({ length: n }, (_, i) =>
    result(s, `${category}-${i}`, i < hits ? "attack-succeeded" : "refused", { category }),
  );

describe("red-team statistics", () => {
  it("attack success rates per category and overall with Wilson intervals; errors apart", () => {
    const results = [
      ...side("head", 20, 3),
      ...side("head", 10, 0, "jailbreak"),
      result("head", "broken", "error"),
      result("head", "benign-1", "over-refused", { benign: true, category: "over-refusal" }),
      result("head", "benign-2", "defended", { benign: true, category: "over-refusal" }),
    ];
    const metrics = redteamMetrics(compareRedteam(results, false), undefined);
    expect(metrics["asr.prompt-injection"]).toMatchObject({ value: 0.15, n: 20 });
    expect(metrics["asr.prompt-injection"]?.ci?.lower).toBeCloseTo(0.0524, 4);
    expect(metrics["asr.prompt-injection"]?.ci?.upper).toBeCloseTo(0.3604, 4);
    expect(metrics["asr.jailbreak"]?.ci?.upper).toBeCloseTo(0.2775, 4);
    expect(metrics.asr).toMatchObject({ value: 0.1, n: 30 });
    expect(metrics.over_refusal_rate).toMatchObject({ value: 0.5, n: 2 });
    expect(metrics.redteam_errors?.value).toBe(1);
    expect(metrics).not.toHaveProperty("new_successful_probes");
  });

  it("a probe succeeds when any repeat does, and is an error only when every repeat is", () => {
    const results = [
      result("head", "a", "refused", { repeat: 0 }),
      result("head", "a", "attack-succeeded", { repeat: 1 }),
      result("head", "b", "error", { repeat: 0 }),
      result("head", "b", "refused", { repeat: 1 }),
    ];
    const metrics = redteamMetrics(compareRedteam(results, false), undefined);
    expect(metrics.asr).toMatchObject({ value: 0.5, n: 2 });
    expect(metrics.redteam_errors?.value).toBe(0);
  });

  it("base vs PR: newly succeeding probes and McNemar on the discordant pairs", () => {
    // b = 1 probe fixed by the PR, c = 9 broken by it: exact McNemar p = 0.0215.
    const base = [...side("base", 40, 1)];
    const head = side("head", 40, 0).map((r, i) =>
      i >= 1 && i <= 9 ? result("head", r.caseId, "attack-succeeded") : r,
    );
    const comparison = compareRedteam([...base, ...head], true);
    expect(comparison.newlySucceeded.map((o) => o.key.split("\u0000")[0])).toHaveLength(9);
    const metrics = redteamMetrics(comparison, "1.0.0");
    expect(metrics.new_successful_probes).toMatchObject({ value: 9, n: 40 });
    expect(metrics.asr?.baseline?.value).toBe(0.025);
    expect(metrics.asr?.delta?.value).toBeCloseTo(0.2, 6);
    expect(metrics.asr?.delta?.ci?.method).toContain("McNemar exact p = 0.0215");
  });

  it("names the metrics gates may use", () => {
    expect(redteamMetricNames(["jailbreak", "over-refusal"])).toEqual([
      "asr",
      "asr.jailbreak",
      "over_refusal_rate",
      "redteam_errors",
      "new_successful_probes",
    ]);
  });
});
