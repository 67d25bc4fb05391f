import path from "node:path";
import { pathToFileURL } from "node:url";
import { ConfigError, type Logger } from "@mlops/core";
import type { GitHubClient, RunContext } from "@mlops/github";
import { type ArtifactCheck, checkArtifact } from "./artifact-check.ts";
import { localArtifactFile, type Registered } from "./artifact-file.ts";
import type { ModelRegistry, ResolvedVersion } from "./model-registry.ts";
import { openModelRegistry, type RegistryConfig, registryFolder } from "./registry-config.ts";
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
  /** The configured backend. */
  registry: ModelRegistry;
  /** The registry folder in the repository: the file registry, or the audit log and stored artifacts. */
  files: RegistryFiles;
  /** A version's artifact as a verified file on this machine; `undefined` when it is stored elsewhere. */
  artifactFile(version: ResolvedVersion): Promise<string | undefined>;
  /** Re-hashes a version's artifact wherever its bytes are, downloading them through GitHub when remote. */
  checkArtifact(version: Registered): Promise<ArtifactCheck>;
  /** A registry file as an absolute URI: file:// locally, its blob URL in the repository through the API. */
  uri(file: string): string;
  context: RunContext;
  github?: GitHubTarget;
}

/**
 * Opens the configured backend, and decides where registry writes go: the local folder (you commit
 * it), or — `api` — the repository's branch: single files through the contents API with sha
 * preconditions, transactions (a whole promotion) as one Git Data API commit moved in as a
 * fast-forward, which is what makes concurrent jobs safe.
 */
export async function openRegistry(options: {
  /** The config that names the registry; its folder is relative to this file. */
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
  // Read only when asked for: a read-only lookup (a backtest's champion) never depends on the event.
  let runContext: RunContext | undefined;
  const contextOf = () => (runContext ??= readRunContext(options.env));
  const needsClient = options.writes === "api";
  const local = (file: string) => pathToFileURL(path.join(registryDir, file)).href;
  const target = (files: RegistryFiles, uri: (file: string) => string, github?: GitHubTarget) => ({
    registry: openModelRegistry(options.registry, { files, env: options.env, logger: options.logger }),
    files,
    artifactFile: (version: ResolvedVersion) => localArtifactFile(version, registryDir),
    checkArtifact: (version: Registered) =>
      checkArtifact(version, { folder: registryDir, ...(github ? { github } : {}) }),
    uri,
    get context() {
      return contextOf();
    },
    ...(github ? { github } : {}),
  });
  if (!needsClient && !options.token) return target(localRegistryFiles(registryDir), local);
  const context = contextOf();
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
  if (!needsClient) return target(localRegistryFiles(registryDir), local, github);
  const { githubContentsFiles } = await import("@mlops/github");
  const blob = `${context.serverUrl}/${github.owner}/${github.repo}/blob/${branch}/`;
  return target(
    githubContentsFiles(octokit, github),
    (file) => `${blob}${[root, file].filter(Boolean).join("/")}`,
    github,
  );
}
