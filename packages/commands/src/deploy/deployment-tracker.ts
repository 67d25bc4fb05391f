import type { Logger } from "@mlops/core";
import type { DeployConfig, RegistryTarget } from "@mlops/registry";

/** The GitHub Deployment that mirrors the rollout, when the run has a token and a repository. */
export class DeploymentTracker {
  url: string | undefined;
  #id: number | undefined;
  readonly #target: RegistryTarget;
  readonly #config: DeployConfig;
  readonly #logger: Logger;

  constructor(target: RegistryTarget, config: DeployConfig, logger: Logger) {
    this.#target = target;
    this.#config = config;
    this.#logger = logger;
  }

  async start(version: string, digest: string): Promise<void> {
    const github = this.#target.github;
    if (!github) return;
    const { createDeployment } = await import("@mlops/github");
    const created = await createDeployment(github.octokit, {
      owner: github.owner,
      repo: github.repo,
      ref: this.#target.context.sha ?? github.branch,
      environment: this.#config.environment,
      description: `${this.#config.model} ${version} (${this.#config.strategy.type})`,
      payload: { model: this.#config.model, version, digest, strategy: this.#config.strategy.type },
    });
    this.#id = created.id;
    this.url = created.url;
    this.#logger.info(`GitHub deployment ${created.id} to ${this.#config.environment}`);
    await this.progress("rollout started");
  }

  progress(description: string): Promise<void> {
    return this.#status("in_progress", description);
  }

  finish(state: "success" | "failure" | "error", description: string): Promise<void> {
    return this.#status(state, description);
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
