import type { RegistryTarget } from "@mlops/registry";

/** Who approved this workflow run's deployment to the environment; none without a token or a run. */
export async function environmentApprovals(
  target: RegistryTarget,
  environment: string,
): Promise<{ user: string; environment: string }[]> {
  const { context, github } = target;
  if (!github || context.runId === undefined) return [];
  const { listRunApprovals } = await import("@mlops/github");
  const approvals = await listRunApprovals(github.octokit, {
    owner: github.owner,
    repo: github.repo,
    runId: context.runId,
  });
  return approvals
    .filter((a) => a.environment === environment)
    .map(({ user, environment }) => ({ user, environment }));
}
