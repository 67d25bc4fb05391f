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
