import path from "node:path";
import { pathToFileURL } from "node:url";
import { ConfigError, type Logger } from "@mlops/core";
import type { GitHubClient, RunContext } from "@mlops/github";
import { type RegistryConfig, registryFolder } from "./registry-config.ts";
import { localRegistryFiles, type RegistryFiles } from "./registry-files.ts";

export interface GitHubTarget {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  branch: string;
  /** The registry folder inside the repository. */
  root: string;
}

export interface RegistryTarget {
  files: RegistryFiles;
  /** A registry file as an absolute URI: file:// locally, its blob URL in the repository through the API. */
  uri(file: string): string;
  context: RunContext;
  github?: GitHubTarget;
}

/**
 * Where registry writes go: the local folder (you commit it), or — `api` — the repository's branch
 * through the contents API, one commit per change with sha preconditions, which is what makes
 * concurrent jobs safe.
 */
export async function openRegistry(options: {
  /** The promote or deploy config that names the registry; its folder is relative to this file. */
  configFile: string;
  registry: RegistryConfig;
  /** `--registry`: a folder relative to the working directory, in place of the config's. */
  override?: string;
  writes?: "local" | "api";
  token?: string;
  env: NodeJS.ProcessEnv;
  cwd: string;
  logger: Logger;
}): Promise<RegistryTarget> {
  const registryDir = options.override
    ? path.resolve(options.cwd, options.override)
    : path.resolve(path.dirname(options.configFile), registryFolder(options.registry));
  const { readRunContext, createOctokit } = await import("@mlops/github");
  const context = readRunContext(options.env);
  const needsClient = options.writes === "api";
  const local = (file: string) => pathToFileURL(path.join(registryDir, file)).href;
  if (!needsClient && !options.token) {
    return { files: localRegistryFiles(registryDir), uri: local, context };
  }
  if (!options.token || !context.repository) {
    throw new ConfigError("writing the registry through the GitHub API needs a token and a repository", {
      location: { file: "inputs", path: options.token ? "GITHUB_REPOSITORY" : "github-token" },
      hint: "run inside GitHub Actions with github-token, or use registry-writes: local and commit the files",
    });
  }
  const octokit = await createOctokit(options.token, {
    baseUrl: context.apiUrl,
    onWarning: (m) => options.logger.warn(m),
  });
  const workspace = options.env.GITHUB_WORKSPACE ?? options.cwd;
  const root = path.relative(workspace, registryDir).split(path.sep).join("/");
  if (root.startsWith("..")) {
    throw new ConfigError(`the registry ${registryDir} is outside the repository ${workspace}`, {
      location: { file: "inputs", path: "registry" },
    });
  }
  const branch = context.ref?.startsWith("refs/heads/") ? context.ref.slice("refs/heads/".length) : "main";
  const github = { octokit, ...context.repository, branch, root };
  if (!needsClient) return { files: localRegistryFiles(registryDir), uri: local, context, github };
  const { githubContentsFiles } = await import("@mlops/github");
  const blob = `${context.serverUrl}/${github.owner}/${github.repo}/blob/${branch}/`;
  return {
    files: githubContentsFiles(octokit, github),
    uri: (file) => `${blob}${[root, file].filter(Boolean).join("/")}`,
    context,
    github,
  };
}
