import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { ConfigError, RuntimeFailure } from "@mlops/core";

/** The base side of a comparison, read straight from git: no checkout, no second working tree. */

const run = promisify(execFile);

async function git(args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run("git", args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (e) {
    const stderr = String((e as { stderr?: string }).stderr ?? (e as Error).message).trim();
    throw new RuntimeFailure(`git ${args[0]} failed: ${stderr.split("\n")[0]}`, { cause: e });
  }
}

/** The ref to compare with: the one given, or the pull request's base branch in Actions. */
export function baseRef(given: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (given) return given;
  return env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : undefined;
}

export async function verifyRef(ref: string, cwd: string): Promise<string> {
  try {
    return (await git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd)).trim();
  } catch {
    throw new ConfigError(`the base ref "${ref}" is not in this clone`, {
      location: { file: "action inputs", path: "base" },
      hint: "check out with history (actions/checkout with fetch-depth: 0), or fetch the base branch first",
    });
  }
}

/** A file's text at a ref, or undefined when it did not exist there. Paths are relative to `cwd`. */
export async function fileAtRef(ref: string, file: string, cwd: string): Promise<string | undefined> {
  try {
    const { stdout } = await run("git", ["show", `${ref}:./${file.split("\\").join("/")}`], {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch {
    return undefined;
  }
}

/** The files under `dir` at a ref (paths relative to `cwd`); empty when the folder did not exist there. */
export async function filesAtRef(ref: string, dir: string, cwd: string): Promise<string[]> {
  const listing = await git(
    ["ls-tree", "-r", "--name-only", ref, "--", dir.split("\\").join("/") || "."],
    cwd,
  );
  return listing.split("\n").filter(Boolean);
}
