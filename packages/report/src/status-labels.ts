import type { Check, CheckStatus, Status } from "@mlops/core";

/** Icons and words for statuses. Every label pairs an icon with a word, so colour is never the only cue. */

export interface Label {
  icon: string;
  word: string;
}

const STATUS_LABELS: Record<Status, Label> = {
  pass: { icon: "✅", word: "pass" },
  warn: { icon: "⚠️", word: "warning" },
  fail: { icon: "❌", word: "fail" },
  error: { icon: "🛑", word: "error" },
};

export function statusLabel(status: Status): Label {
  return STATUS_LABELS[status];
}

const CHECK_LABELS: Record<CheckStatus, Label> = {
  pass: { icon: "✅", word: "pass" },
  fail: { icon: "❌", word: "fail" },
  // Too little data to decide is its own outcome and must never read as a pass.
  inconclusive: { icon: "❔", word: "insufficient data" },
  error: { icon: "🛑", word: "error" },
  skipped: { icon: "⏭️", word: "skipped" },
};

export function checkLabel(check: Pick<Check, "status" | "severity">): Label {
  const label = CHECK_LABELS[check.status];
  // A failed check that only warns does not block: it reads as a warning, never as a failure.
  if (check.status === "fail" && check.severity === "warn") return { icon: "⚠️", word: "warning" };
  return label;
}

export function severityWord(severity: Check["severity"]): string {
  return severity === "fail" ? "required" : "warning";
}

const CHECK_ORDER: Record<CheckStatus, number> = { error: 0, fail: 1, inconclusive: 2, skipped: 3, pass: 4 };

/** Failing, erroring and undecided checks first, blocking before warning; otherwise in their given order. */
export function orderChecks<C extends Pick<Check, "status" | "severity">>(checks: readonly C[]): C[] {
  return checks
    .map((check, index) => ({ check, index }))
    .sort(
      (a, b) =>
        CHECK_ORDER[a.check.status] - CHECK_ORDER[b.check.status] ||
        (a.check.severity === b.check.severity ? 0 : a.check.severity === "fail" ? -1 : 1) ||
        a.index - b.index,
    )
    .map((entry) => entry.check);
}

export function needsAttention(check: Pick<Check, "status">): boolean {
  return check.status === "fail" || check.status === "error" || check.status === "inconclusive";
}
