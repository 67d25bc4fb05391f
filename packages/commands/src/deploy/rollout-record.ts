import type { Check, Detail } from "@mlops/core";
import type { ArtifactCheck, Backend, RolloutStep } from "@mlops/registry";

/** How a rollout step went: applied and healthy, or why not. */
export interface StepOutcome {
  ok: boolean;
  detail: string;
}

export type RolloutRow = (string | number | null)[];

export const weights = (backends: Backend[]) =>
  backends.map((b) => `${b.track} ${b.version} ${b.mirror ? "mirror" : `${b.weight}%`}`).join(", ");

/** A step's label as a folder name for its rendered manifests. */
export const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, "-")
    .replace(/^-|-$/g, "");

export const stepRow = (step: number | "rollback", s: RolloutStep, outcome: StepOutcome): RolloutRow => [
  step,
  s.label,
  weights(s.backends),
  outcome.ok ? "healthy" : "failed",
  outcome.detail,
];

export const stepCheck = (index: number, step: RolloutStep, outcome: StepOutcome): Check => ({
  id: `deploy:step-${index}`,
  title: `Step ${index}: ${step.label}`,
  status: outcome.ok ? "pass" : "fail",
  severity: "fail",
  observed: outcome.detail,
  expected: "applied and healthy",
});

/** The gates recorded with the version: a deploy goes ahead only when none refuses. */
export const gatesCheck = (refusals: readonly string[], gates: number, adopted?: string): Check => ({
  id: "deploy:gates",
  title: "Every required gate passed for this artifact",
  status: refusals.length === 0 ? "pass" : "fail",
  severity: "fail",
  observed: adopted ?? (refusals.length === 0 ? `${gates} gates passed` : refusals[0]!),
  expected: "recorded evidence with every fail-severity gate passing, or an adopted version",
});

/** Why the bytes about to be deployed are not the registered ones, or cannot be shown to be; `undefined` when they are. */
export function artifactRefusal(check: ArtifactCheck, digest: string): string | undefined {
  switch (check.verdict) {
    case "verified":
      return undefined;
    case "mismatch":
      return `artifact digest mismatch: ${check.from} has ${check.actual}, the registry records ${digest}`;
    case "unreachable":
      return `${check.reason}; keep a copy in the repository's registry folder (promote with artifacts: registry), or pass github-token so that it is downloaded`;
  }
}

/** The artifact re-hashed before anything is applied: the deployed version's, or the rollback target's. */
export const artifactCheck = (
  refusal: string | undefined,
  digest: string,
  check: ArtifactCheck,
  rollbackTarget?: string,
): Check => ({
  id: rollbackTarget ? "deploy:rollback-artifact" : "deploy:artifact",
  title: rollbackTarget
    ? `The rollback target ${rollbackTarget}'s bytes match the registry's digest`
    : "The artifact's bytes match the registry's digest",
  status: refusal === undefined ? "pass" : "fail",
  severity: "fail",
  observed: check.verdict === "verified" ? `${digest}, re-hashed from ${check.from}` : refusal,
  expected: digest,
});

/** Everything back on what served before, on its own track. */
export const rollbackStep = (previous: { version: string; track: string }): RolloutStep => ({
  label: `rollback to ${previous.version}`,
  backends: [{ track: previous.track, version: previous.version, weight: 100 }],
  probe: { track: previous.track, version: previous.version, weight: 100 },
});

/** A rollback that fails is an error, not a failure: nothing healthy is known to serve. */
export const rollbackCheck = (version: string, outcome: StepOutcome): Check => ({
  id: "deploy:rollback",
  title: `Rolled back to ${version}`,
  status: outcome.ok ? "pass" : "error",
  severity: "fail",
  observed: outcome.detail,
  expected: "applied and healthy",
});

export const rolloutTable = (rows: RolloutRow[]): Detail => ({
  type: "table",
  title: "Rollout",
  columns: ["step", "what", "traffic", "health", "detail"],
  rows,
});

export function deploySummary(outcome: {
  model: string;
  version: string;
  environment: string;
  strategy: string;
  steps: number;
  failure: string | undefined;
  rolledBackTo: string | undefined;
  /** Why the plan differs from the strategy's usual one (a first deployment). */
  note?: string | undefined;
}): string {
  const { failure, rolledBackTo, steps, note } = outcome;
  if (failure) {
    return `failed: ${failure}${rolledBackTo ? `; rolled back to ${rolledBackTo}` : note ? `; ${note}` : "; nothing to roll back to"}`;
  }
  return `deployed ${outcome.model} ${outcome.version} to ${outcome.environment} (${outcome.strategy}, ${steps} step${steps > 1 ? "s" : ""}${note ? `; ${note}` : ""})`;
}

/** The plan's note shown above the rollout table, where a reader looks for the canary steps. */
export const planNote = (note: string): Detail => ({ type: "text", title: "Plan", text: note });
