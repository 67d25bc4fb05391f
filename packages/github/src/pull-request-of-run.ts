import type { RepositoryRef, TriggeringRun } from "./context.ts";
import type { GitHubClient } from "./octokit.ts";

/**
 * The open pull request a `workflow_run` event's triggering run tested, asked of GitHub: its head branch
 * (in the fork, for a fork's pull request) at exactly the commit that ran. GitHub leaves the event's own
 * `pull_requests` empty for forks, and a number the triggering run uploaded is whatever the fork wrote.
 */
export async function pullRequestOfRun(
  octokit: GitHubClient,
  repository: RepositoryRef,
  run: TriggeringRun,
): Promise<number | undefined> {
  const owner = run.headOwner ?? repository.owner;
  const pulls = await octokit.paginate(octokit.rest.pulls.list, {
    ...repository,
    state: "open",
    head: `${owner}:${run.headBranch}`,
    per_page: 100,
  });
  const matching = pulls.filter((p) => p.head.sha === run.headSha);
  return matching.length === 1 ? matching[0]!.number : undefined;
}
