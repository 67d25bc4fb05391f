import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);

// packages/core/src/run-context.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var exec = promisify(execFile);
var MLOPS_VERSION = "1.0.0";
async function gitState(cwd, env) {
  try {
    const { stdout: sha } = await exec("git", ["rev-parse", "HEAD"], { cwd });
    const { stdout: status } = await exec("git", ["status", "--porcelain", "--untracked-files=no"], { cwd });
    return { gitSha: sha.trim(), gitDirty: status.trim() !== "" };
  } catch {
    return env.GITHUB_SHA ? { gitSha: env.GITHUB_SHA } : {};
  }
}
function runUrl(env) {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env;
  if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID) return void 0;
  return `${GITHUB_SERVER_URL ?? "https://github.com"}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`;
}
async function runLineage(cwd, env) {
  const url = runUrl(env);
  return {
    ...await gitState(cwd, env),
    ...url ? { runUrl: url } : {},
    tools: { node: process.version, mlops: MLOPS_VERSION }
  };
}

export {
  runUrl,
  runLineage
};
