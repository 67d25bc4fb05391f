import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Lineage } from "@mlops/core";

const exec = promisify(execFile);

/** The commit and whether the working tree has uncommitted changes; empty outside a git checkout. */
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

export function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env;
  if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID) return undefined;
  return `${GITHUB_SERVER_URL ?? "https://github.com"}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`;
}
