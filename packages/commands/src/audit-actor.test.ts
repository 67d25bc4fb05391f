import { execFileSync } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { auditActor } from "./audit-actor.ts";

// A home without a global git config, so only the repository's own settings count.
const isolated = async () => {
  const home = await mkdtemp(path.join(tmpdir(), "actor-home-"));
  return { PATH: process.env.PATH, HOME: home, GIT_CONFIG_NOSYSTEM: "1" };
};

describe("auditActor", () => {
  it("names the workflow's actor inside GitHub Actions", async () => {
    expect(await auditActor({ actor: "octocat" }, tmpdir(), await isolated())).toBe("octocat");
  });

  it("names the repository's git author on a workstation", async () => {
    const env = await isolated();
    const repo = await mkdtemp(path.join(tmpdir(), "actor-repo-"));
    const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, env });
    git("init", "-q");
    git("config", "user.name", "Ana Lima");
    git("config", "user.email", "ana@example.com");
    expect(await auditActor({ actor: undefined }, repo, env)).toBe("Ana Lima <ana@example.com>");
  });

  it("falls back to the operating-system user outside a repository", async () => {
    const env = await isolated();
    const dir = await mkdtemp(path.join(tmpdir(), "actor-none-"));
    expect(await auditActor({ actor: undefined }, dir, env)).toBe(userInfo().username);
  });
});
