/** The promotion's one-line outcome: the first refusal (and how many more), or what moved where. */
export function promotionSummary(outcome: {
  refusals: readonly string[];
  dryRun: boolean;
  model: string;
  version?: string;
  stage: { name: string; alias: string };
  previous?: string;
  alreadyPromoted?: boolean;
  awaitsApproval?: string;
}): string {
  const { refusals, stage, previous } = outcome;
  if (refusals.length > 0) {
    return `refused: ${refusals[0]}${refusals.length > 1 ? ` (and ${refusals.length - 1} more)` : ""}`;
  }
  if (outcome.alreadyPromoted) {
    return `already promoted: ${outcome.model} ${outcome.version} is at ${stage.name} (${stage.alias}); nothing written`;
  }
  const verb = outcome.dryRun ? "dry run: would promote" : "promoted";
  // The environment's protection rules decide in the real run only: the dry run cannot count on them.
  const after = outcome.awaitsApproval
    ? ` after the ${outcome.awaitsApproval} environment's required reviewers approve (not visible to a dry run)`
    : "";
  return `${verb} ${outcome.model} ${outcome.version} to ${stage.name} (${stage.alias}${previous ? `, was ${previous}` : ""})${after}`;
}
