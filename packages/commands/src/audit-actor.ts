import { execFile } from "node:child_process";
import { userInfo } from "node:os";
import { promisify } from "node:util";
import type { RegistryTarget } from "@mlops/registry";

const run = promisify(execFile);

async function gitConfig(key: string, cwd: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  try {
    const { stdout } = await run("git", ["config", "--get", key], { cwd, env, timeout: 5000 });
    return stdout.trim() || undefined;
  } catch {
    // No git, no repository or the key unset: the next source of a name is tried.
    return undefined;
  }
}

/**
 * Who an audit record names: the workflow's actor inside GitHub Actions; on a workstation the git
 * author of the repository (as in a commit, `Name <email>`), else the operating-system user.
 */
export async function auditActor(
  context: Pick<RegistryTarget["context"], "actor">,
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<string> {
  if (context.actor) return context.actor;
  const [name, email] = await Promise.all([
    gitConfig("user.name", cwd, env),
    gitConfig("user.email", cwd, env),
  ]);
  if (name) return email ? `${name} <${email}>` : name;
  if (email) return email;
  return userInfo().username;
}
