import type { Check } from "@mlops/core";
import type { Stage } from "@mlops/registry";

/** A policy rule's check for the report, and why it refuses the promotion (empty when it does not). */
export interface PolicyDecision {
  check: Check;
  refusals: string[];
}

/** Stages are climbed in order: the version must be at the stage before this one. */
export function stageOrderDecision(
  previousStage: Stage,
  aliases: Readonly<Record<string, string>>,
  version: string,
): PolicyDecision {
  const current = aliases[previousStage.alias];
  const atPrevious = current === version;
  return {
    check: {
      id: "policy:stage-order",
      title: `The version is at the previous stage (${previousStage.name})`,
      status: atPrevious ? "pass" : "fail",
      severity: "fail",
      observed: `${previousStage.alias} → ${current ?? "unset"}`,
      expected: `${previousStage.alias} → ${version}`,
    },
    refusals: atPrevious
      ? []
      : [`version ${version} is not at stage "${previousStage.name}": stages are promoted in order`],
  };
}

/**
 * A stage behind a GitHub Environment needs an approval of it in this run. A dry run only reports the
 * missing approval: it is what the real run's environment protection will ask for.
 */
export function approvalDecision(
  stage: Stage & { environment: string },
  approvals: readonly { user: string }[],
  dryRun: boolean,
): PolicyDecision {
  const ok = approvals.length > 0;
  return {
    check: {
      id: "policy:approval",
      title: `Approved for the ${stage.environment} environment`,
      status: ok ? "pass" : dryRun ? "skipped" : "fail",
      severity: "fail",
      observed: ok ? approvals.map((a) => a.user).join(", ") : "no approval",
      expected: `an approval of environment ${stage.environment}`,
      ...(ok
        ? {}
        : { message: "run this job with `environment: " + stage.environment + "` and required reviewers" }),
    },
    refusals:
      ok || dryRun
        ? []
        : [
            `stage "${stage.name}" needs an approval of the GitHub Environment "${stage.environment}", and this run has none`,
          ],
  };
}

/** A model file given at a later stage must be the registered artifact. */
export function digestRefusals(file: string, actual: string, version: string, registered: string): string[] {
  return actual === registered
    ? []
    : [`digest mismatch: ${file} is ${actual}, version ${version} is ${registered}`];
}
