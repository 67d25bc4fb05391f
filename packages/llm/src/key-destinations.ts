import { ConfigError, isRunnerOnlyVariable, type SourceLocation } from "@mlops/core";
import { providerEndpoint } from "./provider.ts";
import type { Suite } from "./suite-schema.ts";

/**
 * A suite comes with the pull request, and the action sends the variable its `api_key_env` names as a
 * bearer token to its `base_url`: left open, a suite could send any secret of the job to any server. So
 * a suite may name only the LLM keys below (the workflow allows more by name, never a runner token), and
 * a key goes only to its provider's host or to this machine unless the workflow lists the host.
 */

/** The keys a suite may use without the workflow saying so, each with the hosts it belongs to. */
export const KEY_HOSTS: Readonly<Record<string, readonly string[]>> = {
  OPENAI_API_KEY: ["api.openai.com"],
  AZURE_OPENAI_API_KEY: ["*.openai.azure.com", "*.cognitiveservices.azure.com"],
  ANTHROPIC_API_KEY: ["api.anthropic.com"],
  GROQ_API_KEY: ["api.groq.com"],
  MISTRAL_API_KEY: ["api.mistral.ai"],
  TOGETHER_API_KEY: ["api.together.xyz"],
  OPENROUTER_API_KEY: ["openrouter.ai"],
  DEEPSEEK_API_KEY: ["api.deepseek.com"],
};

/** The workflow's choices: more key variables, and more hosts a key may go to (`*.example.com` for subdomains). */
export interface KeyPolicy {
  allowApiKeyEnv?: readonly string[];
  allowHosts?: readonly string[];
}

/** Runner and GitHub tokens: no suite and no workflow input may turn them into an API key. */
export function isForbiddenKeyVariable(name: string): boolean {
  return isRunnerOnlyVariable(name) || /^(GITHUB_|GH_|RUNNER_)/i.test(name);
}

const hostMatches = (host: string, pattern: string) => {
  const p = pattern.toLowerCase();
  return p.startsWith("*.") ? host.endsWith(p.slice(1)) : host === p;
};

const isLoopback = (host: string) =>
  host === "localhost" ||
  host.endsWith(".localhost") ||
  /^127\.\d+\.\d+\.\d+$/.test(host) ||
  host === "[::1]";

/**
 * Every provider's key variable and destination (the judge's too) against the policy: problems located in the suite, and
 * a warning for each key the workflow lets go to a host not its provider's.
 */
export function checkKeyDestinations(
  suite: Suite,
  env: NodeJS.ProcessEnv,
  policy: KeyPolicy,
  locate: (path: readonly PropertyKey[]) => SourceLocation,
): { errors: ConfigError[]; warnings: string[] } {
  const errors: ConfigError[] = [];
  const warnings: string[] = [];
  const allowed = [...Object.keys(KEY_HOSTS), ...(policy.allowApiKeyEnv ?? [])];
  const endpoints: Array<[(typeof suite.providers)[number], (string | number)[]]> = [
    ...suite.providers.map((p, i): [typeof p, (string | number)[]] => [p, ["providers", i]]),
    ...(suite.judge ? [[suite.judge, ["judge"]] as [typeof suite.judge, string[]]] : []),
  ];
  for (const [provider, at] of endpoints) {
    const name = provider.api_key_env;
    if (isForbiddenKeyVariable(name) || !allowed.includes(name)) {
      errors.push(
        new ConfigError(`api_key_env may not name ${name}`, {
          location: locate([...at, "api_key_env"]),
          hint: isForbiddenKeyVariable(name)
            ? "runner and GitHub tokens are never sent to a model server"
            : `a suite may name ${allowed.join(", ")}; the workflow allows another with the allow-api-key-env input`,
        }),
      );
      continue;
    }
    // Without a key nothing is sent (an openai-compatible server that needs none).
    if (!env[name]) continue;
    const { url } = providerEndpoint(provider, env);
    if (!URL.canParse(url)) {
      errors.push(
        new ConfigError(`OPENAI_BASE_URL is not a URL: "${url}"`, {
          location: { file: "environment", path: "OPENAI_BASE_URL" },
        }),
      );
      continue;
    }
    const host = new URL(url).hostname.toLowerCase();
    if ((KEY_HOSTS[name] ?? []).some((p) => hostMatches(host, p)) || isLoopback(host)) continue;
    if ((policy.allowHosts ?? []).some((p) => hostMatches(host, p))) {
      warnings.push(`${name} is sent to ${host} (listed in allow-hosts)`);
      continue;
    }
    const field =
      provider.type === "azure"
        ? provider.azure_endpoint
          ? "azure_endpoint"
          : "base_url"
        : provider.base_url
          ? "base_url"
          : undefined;
    errors.push(
      new ConfigError(`${name} would be sent to ${host}, which is not a host of that key's provider`, {
        location: field
          ? locate([...at, field])
          : env.OPENAI_BASE_URL
            ? { file: "environment", path: "OPENAI_BASE_URL" }
            : locate([...at, "api_key_env"]),
        hint: `${name} goes to ${(KEY_HOSTS[name] ?? []).join(", ") || "loopback only"} unless the workflow lists ${host} in the allow-hosts input`,
      }),
    );
  }
  return { errors, warnings };
}
