import { toGitHubApiError } from "./api-error.ts";
import type { GitHubClient } from "./octokit.ts";

export type DeploymentState =
  | "error"
  | "failure"
  | "inactive"
  | "in_progress"
  | "queued"
  | "pending"
  | "success";

export interface CreateDeploymentOptions {
  owner: string;
  repo: string;
  ref: string;
  environment: string;
  description: string;
  payload: Record<string, unknown>;
  productionEnvironment?: boolean;
}

/**
 * A GitHub Deployment for an environment. `required_contexts: []` because the gates were checked
 * before (the promotion's evidence), and a deployment must not fail on unrelated commit statuses.
 */
export async function createDeployment(
  octokit: GitHubClient,
  options: CreateDeploymentOptions,
): Promise<{ id: number; url: string }> {
  try {
    const { data } = await octokit.rest.repos.createDeployment({
      owner: options.owner,
      repo: options.repo,
      ref: options.ref,
      environment: options.environment,
      description: options.description,
      payload: options.payload as { [key: string]: unknown },
      auto_merge: false,
      required_contexts: [],
      ...(options.productionEnvironment === undefined
        ? {}
        : { production_environment: options.productionEnvironment }),
    });
    if (!("id" in data)) throw new Error(data.message ?? "no deployment created");
    return { id: data.id, url: data.url };
  } catch (error) {
    throw toGitHubApiError(error, `Creating a deployment to ${options.environment}`, "deployments: write");
  }
}

export async function setDeploymentStatus(
  octokit: GitHubClient,
  options: {
    owner: string;
    repo: string;
    deploymentId: number;
    state: DeploymentState;
    description: string;
    logUrl?: string;
    environmentUrl?: string;
  },
): Promise<void> {
  try {
    await octokit.rest.repos.createDeploymentStatus({
      owner: options.owner,
      repo: options.repo,
      deployment_id: options.deploymentId,
      state: options.state,
      description: options.description.slice(0, 140),
      ...(options.logUrl === undefined ? {} : { log_url: options.logUrl }),
      ...(options.environmentUrl === undefined ? {} : { environment_url: options.environmentUrl }),
    });
  } catch (error) {
    throw toGitHubApiError(error, `Setting deployment status ${options.state}`, "deployments: write");
  }
}

/** How many of an environment's newest deployments are searched for the latest successful one. */
const SEARCHED = 30;
/** How many pages of 100 deployments are read before sorting. */
const MAX_PAGES = 5;

/**
 * The environment's latest deployment whose newest status is `success`: GitHub documents no order for
 * the list, so it is sorted by creation time here; statuses come newest first. Only the newest few
 * are searched: an environment whose last 30 deployments all failed has no answer worth trusting.
 */
export async function latestSuccessfulDeployment(
  octokit: GitHubClient,
  options: { owner: string; repo: string; environment: string },
): Promise<{ id: number; createdAt: string; payload: Record<string, unknown> } | undefined> {
  const { owner, repo, environment } = options;
  try {
    let pages = 0;
    const all = await octokit.paginate(
      octokit.rest.repos.listDeployments,
      { owner, repo, environment, per_page: 100 },
      (response, done) => {
        // GitHub answers newest first in practice: a bounded read, whatever the history.
        if (++pages >= MAX_PAGES) done();
        return response.data;
      },
    );
    // Ids grow with time: they order deployments created within the same second.
    const newest = [...all]
      .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id)
      .slice(0, SEARCHED);
    for (const d of newest) {
      const { data } = await octokit.rest.repos.listDeploymentStatuses({
        owner,
        repo,
        deployment_id: d.id,
        per_page: 1,
      });
      if (data[0]?.state !== "success") continue;
      const payload = typeof d.payload === "string" ? {} : (d.payload as Record<string, unknown>);
      return { id: d.id, createdAt: d.created_at, payload };
    }
    return undefined;
  } catch (error) {
    throw toGitHubApiError(error, `Listing deployments to ${environment}`, "deployments: read");
  }
}
