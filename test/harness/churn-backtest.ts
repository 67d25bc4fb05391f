import type { Envelope } from "@mlops/core";

/** The pull request run's backtest result for a churn artifact: the evidence promote looks for. */
export function churnBacktest(digest: string, gate: "pass" | "fail"): Envelope {
  return {
    schemaVersion: 1,
    kind: "backtest",
    subject: { type: "model", name: "churn", digest, baseline: { name: "churn", version: "1.0.0" } },
    status: gate,
    startedAt: "2026-11-23T10:00:00.000Z",
    durationMs: 1,
    metrics: { roc_auc: { value: 0.83, baseline: { value: 0.8 } } },
    checks: [
      {
        id: "gate:roc_auc",
        title: "roc_auc gate",
        status: gate,
        severity: "fail",
        observed: 0.83,
        expected: "≥ 0.85",
        gate: true,
      },
    ],
    artifacts: [],
    lineage: { gitSha: "c".repeat(40), runUrl: "https://github.com/org/models/actions/runs/5" },
  };
}
