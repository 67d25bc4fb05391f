/**
 * Black-box runs of the bundled promote action that a promotion is one atomic change and a rerun is
 * idempotent: concurrent promotions under latency, answers lost after GitHub committed a step, and
 * `kill -9` at random moments, against the GitHub API emulator and a local registry folder.
 */

import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { getOctokit } from "@actions/github";
import { sha256Hex } from "@mlops/core";
import { githubContentsFiles } from "@mlops/github";
import { localRegistryFiles, type RegistryReader, verifyAuditChain } from "@mlops/registry";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GitHubEmulator, startGitHubEmulator } from "../emulators/github-api.ts";
import { churnBacktest } from "../harness/churn-backtest.ts";
import { type ActionRun, type RunActionOptions, runAction } from "../harness/run-action.ts";

const ENTRY = "actions/promote/dist/index.js";
const TOKEN = "ghs_atomictoken000000000000000000000";
const CHAMPION = '{"weights":[1]}\n';
const REGISTRY = "ml/registry";

let gh: GitHubEmulator;
let repoCount = 0;

beforeAll(async () => {
  gh = await startGitHubEmulator();
  gh.addToken(TOKEN, { login: "github-actions[bot]", type: "Bot" });
});
afterAll(() => gh.close());

const SEED: Record<string, string> = {
  "artifacts/churn/1.0.0/model.json": CHAMPION,
  "models/churn/versions/1.0.0.yml": `schemaVersion: 1\nversion: 1.0.0\ncreatedAt: "2026-01-02T09:00:00Z"\nartifact:\n  uri: artifacts/churn/1.0.0/model.json\n  sha256: ${sha256Hex(CHAMPION)}\n`,
  "models/churn/model.yml": "schemaVersion: 1\nname: churn\naliases:\n  champion: 1.0.0\n",
};

function seedRepository(): string {
  const repo = `org/atomic${++repoCount}`;
  gh.addRepo(repo);
  gh.seedFiles(
    repo,
    Object.fromEntries(Object.entries(SEED).map(([file, text]) => [`${REGISTRY}/${file}`, text])),
  );
  return repo;
}

/** A checkout with the policy, the challenger and its evidence; with the registry folder when local. */
async function workspace(model: string, localRegistry = false): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "promote-atomic-"));
  await mkdir(path.join(dir, "ml", "evidence"), { recursive: true });
  await writeFile(
    path.join(dir, "ml", "promote.yml"),
    "model: churn\nregistry: registry\nstages:\n  - name: staging\n    alias: challenger\n  - name: production\n    alias: champion\n",
  );
  await writeFile(path.join(dir, "ml", "model.json"), model);
  await writeFile(
    path.join(dir, "ml", "evidence", "backtest--churn.json"),
    JSON.stringify(churnBacktest(`sha256:${sha256Hex(model)}`, "pass")),
  );
  if (localRegistry) {
    for (const [file, text] of Object.entries(SEED)) {
      await mkdir(path.dirname(path.join(dir, REGISTRY, file)), { recursive: true });
      await writeFile(path.join(dir, REGISTRY, file), text);
    }
  }
  return dir;
}

function run(repo: string, cwd: string, writes: "api" | "local" = "api"): RunActionOptions {
  return {
    entry: ENTRY,
    cwd,
    repository: repo,
    eventName: "push",
    event: { ref: "refs/heads/main", after: "d".repeat(40), repository: { full_name: repo } },
    env: { GITHUB_API_URL: gh.url, GITHUB_RUN_ID: "7001", GITHUB_RUN_ATTEMPT: "1" },
    inputs: {
      config: "ml/promote.yml",
      model: "ml/model.json",
      evidence: "ml/evidence",
      "registry-writes": writes,
      "github-token": TOKEN,
      reason: "AUC up",
    },
  };
}

const githubRegistry = (repo: string): RegistryReader => {
  const [owner, name] = repo.split("/") as [string, string];
  return githubContentsFiles(getOctokit(TOKEN, { baseUrl: gh.url }), {
    owner,
    repo: name,
    branch: "main",
    root: REGISTRY,
  });
};

/**
 * Registry and audit log agree: the chain verifies, ids are unique, every registered version has its
 * artifact with the recorded digest, the alias names a version whose promote record is the newest
 * one for it, and each promote record's `previous` is what the alias held before.
 */
async function expectConsistent(
  files: RegistryReader,
  artifact: (uri: string) => Promise<Buffer | undefined>,
) {
  const chain = await verifyAuditChain(files, "churn");
  expect(chain.problems).toEqual([]);
  const records: Record<string, unknown>[] = [];
  for (let seq = 1; seq <= chain.records; seq++) {
    const shard = String(Math.floor(seq / 1000)).padStart(5, "0");
    const found = await files.read(`models/churn/audit/${shard}/${String(seq).padStart(8, "0")}.json`);
    records.push(JSON.parse(found!.text) as Record<string, unknown>);
  }
  const versions = (await files.list("models/churn/versions")).map((n) => n.replace(/\.yml$/, ""));
  const registered = records.filter((r) => r["action"] === "register").map((r) => r["version"]);
  expect(new Set(registered).size).toBe(registered.length);
  expect(["1.0.0", ...registered].sort()).toEqual([...versions].sort());
  for (const version of versions) {
    const text = (await files.read(`models/churn/versions/${version}.yml`))!.text;
    const uri = /uri: (\S+)/.exec(text)![1]!;
    const bytes = await artifact(uri);
    expect(bytes, `artifact of ${version}`).toBeDefined();
    expect(text).toContain(`sha256: ${sha256Hex(bytes!)}`);
  }
  const promotions = records.filter((r) => r["action"] === "promote");
  let alias: unknown = null;
  for (const p of promotions) {
    expect(p["previous"]).toBe(alias);
    alias = p["version"];
  }
  const model = (await files.read("models/churn/model.yml"))!.text;
  if (alias !== null) expect(model).toContain(`challenger: ${alias}`);
  else expect(model).not.toContain("challenger");
  return { records, versions, promotions };
}

const repoArtifact = (repo: string) => async (uri: string) => gh.file(repo, `${REGISTRY}/${uri}`)?.content;

async function expectRerunWritesNothing(
  options: RunActionOptions,
  head: () => string | undefined | Promise<string>,
) {
  const before = await head();
  const again = await runAction(options);
  expect(again.exitCode, again.stdout + again.stderr).toBe(0);
  expect(again.summary + again.stdout).toContain("already promoted");
  expect(await head()).toBe(before);
}

describe("promote: one atomic commit per promotion", () => {
  it("10 concurrent promotions with 100–600 ms latency: 10 versions, verified artifacts, one alias, 20 chained records", async () => {
    const repo = seedRepository();
    gh.faults.add({ path: new RegExp(`^/repos/${repo}/`), delayMs: 100, jitterMs: 500 });
    try {
      const runs = await Promise.all(
        Array.from({ length: 10 }, async (_, i) =>
          runAction({ ...run(repo, await workspace(`{"weights":[${i + 10}]}\n`)), timeoutMs: 400_000 }),
        ),
      );
      for (const r of runs) expect(r.exitCode, r.stdout + r.stderr).toBe(0);
      expect(new Set(runs.map((r) => r.outputs["model-version"])).size).toBe(10);
    } finally {
      gh.faults.clear();
    }
    const { records, versions } = await expectConsistent(githubRegistry(repo), repoArtifact(repo));
    expect(versions).toHaveLength(11);
    expect(records).toHaveLength(20);
  }, 480_000);

  const steps = [
    ["a blob", "POST", "/git/blobs"],
    ["the tree", "POST", "/git/trees"],
    ["the commit", "POST", "/git/commits"],
    ["the ref move", "PATCH", "/git/refs/heads/main"],
  ] as const;
  for (const [step, method, suffix] of steps) {
    for (const fault of [{ status: 502 }, { drop: true }]) {
      it(`${step} committed but answered with ${"drop" in fault ? "a dropped connection" : "502"}: the rerun converges, nothing twice, nothing lost`, async () => {
        const repo = seedRepository();
        const ws = await workspace('{"weights":[3]}\n');
        // More times than the client retries: the promotion sees the loss itself.
        // A 502 says Retry-After: 0 so the client's own retries do not wait seconds each; a dropped
        // connection has no answer to say it in.
        const answer = "status" in fault ? { ...fault, headers: { "retry-after": "0" } } : fault;
        gh.faults.add({ method, path: `/repos/${repo}${suffix}`, afterHandling: true, times: 5, ...answer });
        let first: ActionRun;
        try {
          first = await runAction(run(repo, ws));
        } finally {
          gh.faults.clear();
        }
        const rerun = await runAction(run(repo, ws));
        expect(rerun.exitCode, first.stdout + first.stderr + rerun.stdout + rerun.stderr).toBe(0);
        const { records, versions } = await expectConsistent(githubRegistry(repo), repoArtifact(repo));
        expect(versions).toEqual(["1.0.0", "1.0.1"]);
        expect(records.map((r) => r["action"])).toEqual(["register", "promote"]);
        await expectRerunWritesNothing(run(repo, ws), () => gh.ref(repo, "heads/main"));
      }, 120_000);
    }
  }
});

/** Kills a run with SIGKILL after a random moment in [0, ms), then reruns it to completion. */
async function killThenRerun(
  options: RunActionOptions,
  ms: number,
): Promise<{ killed: ActionRun; rerun: ActionRun }> {
  const at = Date.now() + Math.random() * ms;
  const killed = await runAction({ ...options, signal: { name: "SIGKILL", when: () => Date.now() >= at } });
  const rerun = await runAction(options);
  return { killed, rerun };
}

async function inBatches<T>(count: number, size: number, trial: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < count; i += size) {
    out.push(
      ...(await Promise.all(Array.from({ length: Math.min(size, count - i) }, (_, j) => trial(i + j)))),
    );
  }
  return out;
}

const localHead = async (dir: string) => {
  const all: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else all.push(`${path.relative(dir, p)}:${sha256Hex(await readFile(p))}`);
    }
  };
  await walk(dir);
  return all.sort().join("\n");
};

describe("promote: kill -9 at random moments, then a rerun", () => {
  it("a local registry folder ends consistent after each of 20 kills, and a finished promotion's rerun writes nothing", async () => {
    const template = await workspace('{"weights":[4]}\n', true);
    const timed = await runAction(run("org/local", template, "local"));
    expect(timed.exitCode, timed.stdout + timed.stderr).toBe(0);
    const killedMidway = await inBatches(20, 4, async () => {
      const ws = await mkdtemp(path.join(tmpdir(), "promote-kill-"));
      await cp(await workspace('{"weights":[4]}\n', true), ws, { recursive: true });
      const options = run("org/local", ws, "local");
      const { killed, rerun } = await killThenRerun(options, timed.durationMs);
      expect(rerun.exitCode, rerun.stdout + rerun.stderr).toBe(0);
      const registry = path.join(ws, REGISTRY);
      const { records, versions } = await expectConsistent(localRegistryFiles(registry), async (uri) =>
        readFile(path.join(registry, uri)).catch(() => undefined),
      );
      expect(versions).toEqual(["1.0.0", "1.0.1"]);
      expect(records.map((r) => r["action"])).toEqual(["register", "promote"]);
      await expectRerunWritesNothing(options, () => localHead(registry));
      return killed.signal === "SIGKILL";
    });
    expect(killedMidway.filter(Boolean).length).toBeGreaterThan(10);
  }, 300_000);

  it("a GitHub registry ends consistent after each of 20 kills, and a finished promotion's rerun writes nothing", async () => {
    const timed = await runAction(run(seedRepository(), await workspace('{"weights":[4]}\n')));
    expect(timed.exitCode, timed.stdout + timed.stderr).toBe(0);
    const killedMidway = await inBatches(20, 4, async () => {
      const repo = seedRepository();
      const options = run(repo, await workspace('{"weights":[4]}\n'));
      const { killed, rerun } = await killThenRerun(options, timed.durationMs);
      expect(rerun.exitCode, rerun.stdout + rerun.stderr).toBe(0);
      const { records, versions } = await expectConsistent(githubRegistry(repo), repoArtifact(repo));
      expect(versions).toEqual(["1.0.0", "1.0.1"]);
      expect(records.map((r) => r["action"])).toEqual(["register", "promote"]);
      await expectRerunWritesNothing(options, () => gh.ref(repo, "heads/main"));
      return killed.signal === "SIGKILL";
    });
    expect(killedMidway.filter(Boolean).length).toBeGreaterThan(10);
  }, 400_000);
});
