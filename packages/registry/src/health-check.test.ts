import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { diesWithin, pidIn } from "../../../test/harness/process-state.ts";
import { checkHealth } from "./health-check.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "health-check-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const probe = (script: string, passEnv: Record<string, string> = {}) => ({
  argv: ["sh", "-c", script],
  cwd: dir,
  env: {
    PATH: process.env.PATH,
    GITHUB_OUTPUT: "/canary/set_output",
    GITHUB_TOKEN: "canary-write-token",
    "INPUT_GITHUB-TOKEN": "canary-input-token",
    KUBECONFIG_TOKEN: "canary-kube",
  },
  passEnv,
});

describe("checkHealth with a command", () => {
  it("runs the probe without the runner's files and tokens, with what the config passes", async () => {
    const r = await checkHealth(probe("env > env.txt", { KUBE_TOKEN: `\${KUBECONFIG_TOKEN}` }), {
      timeoutMs: 30_000,
      intervalMs: 10,
    });
    expect(r).toMatchObject({ healthy: true, attempts: 1 });
    const env = await readFile(path.join(dir, "env.txt"), "utf8");
    expect(env).not.toMatch(/canary-(write|input)|GITHUB_OUTPUT=|INPUT_|KUBECONFIG_TOKEN=/);
    expect(env).toContain("KUBE_TOKEN=canary-kube\n");
  });

  it("kills a probe and its children when the health timeout runs out", async () => {
    const pidFile = path.join(dir, "child.pid");
    const r = await checkHealth(probe(`sleep 60 & echo $! > ${pidFile}; wait`), {
      timeoutMs: 300,
      intervalMs: 10,
    });
    expect(r).toMatchObject({ healthy: false, detail: "the health command timed out" });
    expect(await diesWithin(await pidIn(pidFile), 10_000)).toBe(true);
  });

  it("stops probing when the run is cancelled", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const r = await checkHealth(probe("exit 1"), {
      timeoutMs: 60_000,
      intervalMs: 20,
      signal: controller.signal,
    });
    expect(r).toMatchObject({ healthy: false, detail: "cancelled" });
  });
});
