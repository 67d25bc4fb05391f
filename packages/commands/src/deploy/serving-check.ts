/** What GitHub's latest successful deployment of the environment rolled out, from its payload. */
export interface GitHubServing {
  id: number;
  createdAt: string;
  version: string;
  track: string | undefined;
  /** The idempotency key of the mlops deployment that made it. */
  deployment: string | undefined;
}

/** The registry's answer: the state file (with when it was written), or the audit log's last word. */
export interface RegistryServing {
  serving: { version: string; track: string } | undefined;
  at?: string | undefined;
  /** Where the answer was read, for messages. */
  file: string;
}

/**
 * Compares what the registry says serves with GitHub's latest successful deployment. When GitHub's
 * deployment is newer than the registry's last word, the cluster changed and the registry did not hear
 * of it (a record that could not be written): the deploy must not start from the registry's answer,
 * or a failure would roll back to a version that was not serving. When the registry is the newer one
 * (a deploy that ran without a token leaves no GitHub deployment) the disagreement is only reported.
 */
export function servingDisagreement(
  model: string,
  environment: string,
  registry: RegistryServing,
  github: GitHubServing | undefined,
): { refusal?: string; warning?: string } {
  if (!github || github.version === registry.serving?.version) return {};
  const said = `the registry (${registry.file}) says ${registry.serving?.version ?? "nothing"} serves ${model} in ${environment}`;
  const seen = `GitHub deployment ${github.id} (${github.createdAt}) rolled out ${github.version}`;
  if (registry.at === undefined || github.createdAt > registry.at) {
    return { refusal: `${seen} after the registry's last record: ${said}` };
  }
  return { warning: `${said}, but the latest successful ${seen}` };
}
