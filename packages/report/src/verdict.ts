import { type Envelope, type Status, worstStatus } from "@mlops/core";
import { plural } from "./format.ts";

/**
 * The worst status of all envelopes. With no envelopes nothing failed, so this is `pass`: whether
 * missing results are acceptable is the caller's decision (the rendered report never calls them a pass).
 */
export function overallStatus(envelopes: readonly Envelope[]): Status {
  return worstStatus(envelopes.map((e) => e.status));
}

export interface CheckCounts {
  /** Required checks that failed or errored. */
  failed: number;
  /** Non-blocking checks that failed or errored. */
  warnings: number;
  /** Checks that had too little data to decide, at either severity. */
  inconclusive: number;
  /** Of the inconclusive ones, those that are required. */
  requiredInconclusive: number;
  passed: number;
  skipped: number;
  total: number;
}

export function countChecks(envelope: Envelope): CheckCounts {
  const counts: CheckCounts = {
    failed: 0,
    warnings: 0,
    inconclusive: 0,
    requiredInconclusive: 0,
    passed: 0,
    skipped: 0,
    total: envelope.checks.length,
  };
  for (const check of envelope.checks) {
    if (check.status === "fail" || check.status === "error") {
      if (check.severity === "fail") counts.failed++;
      else counts.warnings++;
    } else if (check.status === "inconclusive") {
      counts.inconclusive++;
      if (check.severity === "fail") counts.requiredInconclusive++;
    } else if (check.status === "pass") counts.passed++;
    else counts.skipped++;
  }
  return counts;
}

const STATUS_RANK: Record<Status, number> = { error: 0, fail: 1, warn: 2, pass: 3 };

/** Worst first, so what needs attention is read first; equal statuses keep their given order. */
export function orderEnvelopes(envelopes: readonly Envelope[]): Envelope[] {
  return envelopes
    .map((envelope, index) => ({ envelope, index }))
    .sort((a, b) => STATUS_RANK[a.envelope.status] - STATUS_RANK[b.envelope.status] || a.index - b.index)
    .map((entry) => entry.envelope);
}

/** The verdict in words, worst news first: "1 evaluation errored; 2 required gates failed in 1 of 3 evaluations". */
export function verdictText(envelopes: readonly Envelope[]): string {
  const total = envelopes.length;
  if (total === 0) return "No evaluation results were found";
  const ofTotal = total === 1 ? "" : ` of ${total}`;
  const parts: string[] = [];

  const errored = envelopes.filter((e) => e.status === "error").length;
  if (errored > 0)
    parts.push(`${errored}${ofTotal} ${errored === 1 && total === 1 ? "evaluation" : "evaluations"} errored`);

  let failedGates = 0;
  let undecidedGates = 0;
  let evaluationsWithBlockers = 0;
  let warnings = 0;
  for (const envelope of envelopes) {
    const counts = countChecks(envelope);
    failedGates += counts.failed;
    undecidedGates += counts.requiredInconclusive;
    warnings += counts.warnings + counts.inconclusive - counts.requiredInconclusive;
    if (counts.failed + counts.requiredInconclusive > 0) evaluationsWithBlockers++;
  }
  const blockers: string[] = [];
  if (failedGates > 0) blockers.push(`${plural(failedGates, "required gate")} failed`);
  if (undecidedGates > 0) {
    const subject = failedGates > 0 ? String(undecidedGates) : plural(undecidedGates, "required gate");
    blockers.push(`${subject} had insufficient data`);
  }
  if (blockers.length > 0) {
    parts.push(
      blockers.join(", ") + (total > 1 ? ` in ${evaluationsWithBlockers} of ${total} evaluations` : ""),
    );
  } else {
    // An evaluation may fail without a failing check (its producer decided); say so rather than nothing.
    const failed = envelopes.filter((e) => e.status === "fail").length;
    if (failed > 0) parts.push(`${failed}${ofTotal} ${total === 1 ? "evaluation" : "evaluations"} failed`);
  }

  if (warnings > 0) parts.push(plural(warnings, "warning"));
  else {
    const warned = envelopes.filter((e) => e.status === "warn").length;
    if (warned > 0) parts.push(`${plural(warned, "evaluation")} with warnings`);
  }

  if (parts.length === 0)
    return total === 1 ? "All gates passed" : `All gates passed in ${total} evaluations`;
  return parts.join("; ");
}
