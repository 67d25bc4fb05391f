import { type Check, type Envelope, newEnvelope } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { recordedRefusals, verifyEvidence } from "./promotion-evidence.ts";

const DIGEST = `sha256:${"a".repeat(64)}`;

function backtest(checks: Check[], fields: Partial<Envelope> = {}): Envelope {
  return newEnvelope({
    kind: "backtest",
    subject: { type: "model", name: "churn", digest: DIGEST as `sha256:${string}` },
    startedAt: "2026-11-23T12:00:00Z",
    lineage: {},
    checks,
    ...fields,
  });
}

const gate = (id: string, status: Check["status"], extra: Partial<Check> = {}): Check => ({
  id,
  title: `${id} gate`,
  status,
  severity: "fail",
  gate: true,
  ...extra,
});

const verify = (envelopes: Envelope[], firstModel?: boolean) =>
  verifyEvidence(envelopes, {
    model: "churn",
    digest: DIGEST,
    kinds: ["backtest"],
    ...(firstModel === undefined ? {} : { firstModel }),
  });

describe("verifyEvidence", () => {
  it("promotes when every required gate passed, or was skipped because the user marked it optional", () => {
    const v = verify([
      backtest([gate("gate:auc", "pass"), gate("gate:ece", "skipped", { skip: "optional" })]),
    ]);
    expect(v.refusals).toEqual([]);
    expect(v.evidence.gates.map((g) => [g.id, g.status, g.skip])).toEqual([
      ["gate:auc", "pass", undefined],
      ["gate:ece", "skipped", "optional"],
    ]);
  });

  it.each(["fail", "inconclusive", "error"] as const)(
    "refuses a required gate that is %s, naming the gate and its status",
    (status) => {
      const v = verify([backtest([gate("gate:auc", status, { observed: "0.8", message: "why" })])]);
      expect(v.refusals).toEqual([
        `gate "gate:auc" (gate:auc gate) of the backtest result is ${status}: observed 0.8 (why)`,
      ]);
    },
  );

  it("refuses a skipped gate the user did not ask for", () => {
    const v = verify([backtest([gate("gate:auc", "skipped", { message: "no baseline" })])]);
    expect(v.refusals).toEqual([
      'gate "gate:auc" (gate:auc gate) of the backtest result is skipped without a reason the user gave (no baseline)',
    ]);
  });

  it("accepts a gate skipped as a first version only when the registry holds no version of the model", () => {
    const first = [backtest([gate("gate:auc", "skipped", { skip: "first-version" })])];
    expect(verify(first, true).refusals).toEqual([]);
    expect(verify(first).refusals).toEqual([
      'gate "gate:auc" (gate:auc gate) of the backtest result is skipped as a first version, but the model already has versions in the registry',
    ]);
    expect(verify(first, false).refusals).toHaveLength(1);
  });

  it("does not block on warn gates or on non-gate checks that were skipped", () => {
    const v = verify([
      backtest(
        [
          gate("gate:ece", "inconclusive", { severity: "warn" }),
          { id: "drift", title: "drift", status: "skipped", severity: "fail" },
        ],
        { status: "warn" },
      ),
    ]);
    expect(v.refusals).toEqual([]);
  });

  it("refuses a failed or errored result even without a failing check", () => {
    const failed = verify([backtest([gate("gate:auc", "pass")], { status: "fail" })]);
    expect(failed.refusals).toEqual(["the backtest result's status is fail"]);
    expect(failed.checks.find((c) => c.id === "backtest/status")).toMatchObject({
      status: "fail",
      observed: "fail",
    });
    const errored = verify([backtest([], { status: "error", error: { message: "the scorer crashed" } })]);
    expect(errored.refusals).toEqual(["the backtest result is an error: the scorer crashed"]);
  });

  it("says a failed result's reason once when a gate already names it", () => {
    const v = verify([backtest([gate("gate:auc", "fail")], { status: "fail" })]);
    expect(v.refusals).toEqual(['gate "gate:auc" (gate:auc gate) of the backtest result is fail']);
  });
});

describe("recordedRefusals", () => {
  const evidence = (gates: { status: Check["status"]; skip?: "optional" | "first-version" }[]) => ({
    digest: DIGEST,
    results: [],
    gates: gates.map((g, i) => ({ kind: "backtest", id: `gate:${i}`, severity: "fail" as const, ...g })),
  });
  it("accepts what registration accepted, and refuses a skip with no recorded cause", () => {
    expect(
      recordedRefusals(evidence([{ status: "pass" }, { status: "skipped", skip: "first-version" }]), DIGEST),
    ).toEqual([]);
    expect(recordedRefusals(evidence([{ status: "skipped" }, { status: "inconclusive" }]), DIGEST)).toEqual([
      'gate "gate:0" (gate:0) of the backtest result is skipped without a reason the user gave',
      'gate "gate:1" (gate:1) of the backtest result is inconclusive',
    ]);
  });
});
