import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Lineage } from "./envelope.ts";

const exec = promisify(execFile);

/** The version every result records as the tool that made it. */
export const MLOPS_VERSION = "1.0.0";

/** The commit and whether the working tree has uncommitted changes; GITHUB_SHA outside a checkout. */
export async function gitState(
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<Pick<Lineage, "gitSha" | "gitDirty">> {
  try {
    const { stdout: sha } = await exec("git", ["rev-parse", "HEAD"], { cwd });
    const { stdout: status } = await exec("git", ["status", "--porcelain", "--untracked-files=no"], { cwd });
    return { gitSha: sha.trim(), gitDirty: status.trim() !== "" };
  } catch {
    return env.GITHUB_SHA ? { gitSha: env.GITHUB_SHA } : {};
  }
}

/** The URL of the workflow run, when running in GitHub Actions. */
export function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env;
  if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID) return undefined;
  return `${GITHUB_SERVER_URL ?? "https://github.com"}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`;
}

/** What every result records about where it was made: commit, run and tool versions. */
export async function runLineage(cwd: string, env: NodeJS.ProcessEnv): Promise<Lineage> {
  const url = runUrl(env);
  return {
    ...(await gitState(cwd, env)),
    ...(url ? { runUrl: url } : {}),
    tools: { node: process.version, mlops: MLOPS_VERSION },
  };
}
