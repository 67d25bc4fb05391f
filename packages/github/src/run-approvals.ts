import { toGitHubApiError } from "./api-error.ts";
import type { GitHubClient } from "./octokit.ts";

export interface EnvironmentApproval {
  user: string;
  environment: string;
  comment: string;
}

/**
 * Who approved this workflow run's jobs for which environments (GitHub Environments with required
 * reviewers). Only approvals count; rejected runs never reach a step.
 */
export async function listRunApprovals(
  octokit: GitHubClient,
  options: { owner: string; repo: string; runId: number },
): Promise<EnvironmentApproval[]> {
  try {
    const { data } = await octokit.rest.actions.getReviewsForRun({
      owner: options.owner,
      repo: options.repo,
      run_id: options.runId,
    });
    return data
      .filter((review) => review.state === "approved")
      .flatMap((review) =>
        review.environments.map((env) => ({
          user: review.user.login,
          environment: env.name ?? "",
          comment: review.comment,
        })),
      );
  } catch (error) {
    throw toGitHubApiError(error, "Reading the environment approvals of this run", "actions: read");
  }
}
