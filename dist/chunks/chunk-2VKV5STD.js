import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);

// packages/commands/src/audit-actor.ts
import { execFile } from "node:child_process";
import { userInfo } from "node:os";
import { promisify } from "node:util";
var run = promisify(execFile);
async function gitConfig(key, cwd, env) {
  try {
    const { stdout } = await run("git", ["config", "--get", key], { cwd, env, timeout: 5e3 });
    return stdout.trim() || void 0;
  } catch {
    return void 0;
  }
}
async function auditActor(context, cwd, env) {
  if (context.actor) return context.actor;
  const [name, email] = await Promise.all([
    gitConfig("user.name", cwd, env),
    gitConfig("user.email", cwd, env)
  ]);
  if (name) return email ? `${name} <${email}>` : name;
  if (email) return email;
  return userInfo().username;
}

export {
  auditActor
};
