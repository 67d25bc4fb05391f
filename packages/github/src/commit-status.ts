import { toGitHubApiError } from "./api-error.ts";
import type { GitHubClient } from "./octokit.ts";

/** GitHub keeps at most this many characters of a commit status description. */
const DESCRIPTION_LIMIT = 140;

export interface CommitStatusOptions {
  owner: string;
  repo: string;
  sha: string;
  state: "error" | "failure" | "pending" | "success";
  /** The status's name on the commit; one status per context is shown. */
  context: string;
  description: string;
  targetUrl?: string;
}

export async function setCommitStatus(octokit: GitHubClient, options: CommitStatusOptions): Promise<void> {
  try {
    await octokit.rest.repos.createCommitStatus({
      owner: options.owner,
      repo: options.repo,
      sha: options.sha,
      state: options.state,
      context: options.context,
      description: cutDescription(options.description),
      ...(options.targetUrl === undefined ? {} : { target_url: options.targetUrl }),
    });
  } catch (error) {
    throw toGitHubApiError(error, `Setting commit status "${options.context}"`, "statuses: write");
  }
}

/** At most 140 characters, ending in "…" when cut, and never half a surrogate pair. */
export function cutDescription(description: string): string {
  if (description.length <= DESCRIPTION_LIMIT) return description;
  const kept = description.slice(0, DESCRIPTION_LIMIT - 1).replace(/[\uD800-\uDBFF]$/, "");
  return `${kept}…`;
}
