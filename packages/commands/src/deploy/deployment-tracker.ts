import type { Logger } from "@mlops/core";
import type { DeployConfig, RegistryTarget } from "@mlops/registry";
import type { GitHubServing } from "./serving-check.ts";

/** The GitHub Deployment that mirrors the rollout, when the run has a token and a repository. */
export class DeploymentTracker {
  url: string | undefined;
  #id: number | undefined;
  #finished = false;
  readonly #target: RegistryTarget;
  readonly #config: DeployConfig;
  readonly #logger: Logger;

  constructor(target: RegistryTarget, config: DeployConfig, logger: Logger) {
    this.#target = target;
    this.#config = config;
    this.#logger = logger;
  }

  /**
   * The environment's latest successful deployment of this model that took traffic (a shadow copy
   * never serves); undefined without a token, or when there is none.
   */
  async latestServing(): Promise<GitHubServing | undefined> {
    const github = this.#target.github;
    if (!github) return undefined;
    const { latestSuccessfulDeployment } = await import("@mlops/github");
    const found = await latestSuccessfulDeployment(github.octokit, {
      owner: github.owner,
      repo: github.repo,
      environment: this.#config.environment,
    });
    const p = found?.payload;
    if (!found || p?.["model"] !== this.#config.model || typeof p["version"] !== "string") return undefined;
    if (p["track"] === "shadow") return undefined;
    const track = typeof p["track"] === "string" ? p["track"] : undefined;
    const deployment = typeof p["deployment"] === "string" ? p["deployment"] : undefined;
    return { id: found.id, createdAt: found.createdAt, version: p["version"], track, deployment };
  }

  /** `deployment` is the idempotency key; `track` where the version ends up, which tells a shadow copy apart. */
  async start(version: string, digest: string, ids: { deployment: string; track: string }): Promise<void> {
    const github = this.#target.github;
    if (!github) return;
    const { createDeployment } = await import("@mlops/github");
    const created = await createDeployment(github.octokit, {
      owner: github.owner,
      repo: github.repo,
      ref: this.#target.context.sha ?? github.branch,
      environment: this.#config.environment,
      description: `${this.#config.model} ${version} (${this.#config.strategy.type})`,
      payload: {
        model: this.#config.model,
        version,
        digest,
        strategy: this.#config.strategy.type,
        track: ids.track,
        deployment: ids.deployment,
      },
    });
    this.#id = created.id;
    this.url = created.url;
    this.#logger.info(`GitHub deployment ${created.id} to ${this.#config.environment}`);
    await this.progress("rollout started");
  }

  progress(description: string): Promise<void> {
    return this.#status("in_progress", description);
  }

  /** The first outcome stands: a run that fails after it reported success leaves what the cluster runs. */
  async finish(state: "success" | "failure" | "error", description: string): Promise<void> {
    if (this.#finished) return;
    await this.#status(state, description);
    this.#finished = true;
  }

  async #status(state: "in_progress" | "success" | "failure" | "error", description: string): Promise<void> {
    const github = this.#target.github;
    if (!github || this.#id === undefined) return;
    const { setDeploymentStatus } = await import("@mlops/github");
    await setDeploymentStatus(github.octokit, {
      owner: github.owner,
      repo: github.repo,
      deploymentId: this.#id,
      state,
      description,
      ...(this.#target.context.runUrl ? { logUrl: this.#target.context.runUrl } : {}),
      ...(state === "success" && this.#config.environment_url
        ? { environmentUrl: this.#config.environment_url }
        : {}),
    });
  }
}
