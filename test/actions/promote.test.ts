/**
 * Black-box runs of the bundled promote action against the GitHub API emulator: the registry lives in
 * the emulated repository and every change is a contents-API commit with a sha precondition.
 */
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { getOctokit } from "@actions/github";
import { type Envelope, sha256Hex } from "@mlops/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GitHubEmulator, startGitHubEmulator } from "../emulators/github-api.ts";
import { type RunActionOptions, runAction, runActionsConcurrently } from "../harness/run-action.ts";

const ENTRY = "actions/promote/dist/index.js";
const TOKEN = "ghs_promotetoken00000000000000000000";
const CHAMPION = '{"weights":[1]}\n';

let gh: GitHubEmulator;
let repoCount = 0;

beforeAll(async () => {
  gh = await startGitHubEmulator();
  gh.addToken(TOKEN, { login: "github-actions[bot]", type: "Bot" });
});
afterAll(() => gh.close());

/** A fresh repository whose registry has churn 1.0.0 as champion. */
async function seedRepository(modelYml?: string): Promise<string> {
  const repo = `org/models${++repoCount}`;
  gh.addRepo(repo);
  const [owner, name] = repo.split("/") as [string, string];
  const octokit = getOctokit(TOKEN, { baseUrl: gh.url });
  const put = (file: string, text: string) =>
    octokit.rest.repos.createOrUpdateFileContents({
      owner,
      repo: name,
      path: `ml/registry/${file}`,
      message: `seed ${file}`,
      content: Buffer.from(text).toString("base64"),
    });
  await put("artifacts/churn/1.0.0/model.json", CHAMPION);
  await put(
    "models/churn/versions/1.0.0.yml",
    `schemaVersion: 1\nversion: 1.0.0\ncreatedAt: "2026-01-02T09:00:00Z"\nartifact:\n  uri: artifacts/churn/1.0.0/model.json\n  sha256: ${sha256Hex(CHAMPION)}\n`,
  );
  await put(
    "models/churn/model.yml",
    modelYml ?? "schemaVersion: 1\nname: churn\naliases:\n  champion: 1.0.0\n",
  );
  return repo;
}

function backtest(digest: string, gate: "pass" | "fail"): Envelope {
  return {
    schemaVersion: 1,
    kind: "backtest",
    subject: { type: "model", name: "churn", digest, baseline: { name: "churn", version: "1.0.0" } },
    status: gate,
    startedAt: "2026-11-23T10:00:00.000Z",
    durationMs: 1,
    metrics: { roc_auc: { value: 0.83, baseline: { value: 0.8 } } },
    checks: [
      {
        id: "gate:roc_auc",
        title: "roc_auc gate",
        status: gate,
        severity: "fail",
        observed: 0.83,
        expected: "≥ 0.85",
        gate: true,
      },
    ],
    artifacts: [],
    lineage: { gitSha: "c".repeat(40), runUrl: "https://github.com/org/models/actions/runs/5" },
  };
}

/** A checkout of the merge commit: the policy, the trained challenger and the PR run's results. */
async function workspace(options: { model: string; evaluated?: string; gate?: "pass" | "fail" }) {
  const dir = await mkdtemp(path.join(tmpdir(), "promote-ws-"));
  await mkdir(path.join(dir, "ml", "evidence"), { recursive: true });
  await writeFile(
    path.join(dir, "ml", "promote.yml"),
    "model: churn\nregistry: registry\nstages:\n  - name: staging\n    alias: challenger\n  - name: production\n    alias: champion\n",
  );
  await writeFile(path.join(dir, "ml", "model.json"), options.model);
  const digest = `sha256:${sha256Hex(options.evaluated ?? options.model)}`;
  await writeFile(
    path.join(dir, "ml", "evidence", "backtest--churn.json"),
    JSON.stringify(backtest(digest, options.gate ?? "pass")),
  );
  return dir;
}

function run(repo: string, cwd: string, inputs: Record<string, string> = {}): RunActionOptions {
  return {
    entry: ENTRY,
    cwd,
    repository: repo,
    eventName: "push",
    event: { ref: "refs/heads/main", after: "d".repeat(40), repository: { full_name: repo } },
    env: { GITHUB_API_URL: gh.url },
    inputs: {
      config: "ml/promote.yml",
      model: "ml/model.json",
      evidence: "ml/evidence",
      "registry-writes": "api",
      "github-token": TOKEN,
      "pull-request": "12",
      reason: "AUC up",
      ...inputs,
    },
  };
}

const registryFile = (repo: string, file: string) => gh.file(repo, `ml/registry/${file}`)?.content.toString();
const audit = (repo: string) =>
  (registryFile(repo, "models/churn/audit.jsonl") ?? "")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe("promote action", () => {
  it("promotes through the stages in order, committing registry, artifact and audit records", async () => {
    const repo = await seedRepository();
    const ws = await workspace({ model: '{"weights":[2]}\n' });
    const staging = await runAction(run(repo, ws));
    expect(staging.exitCode, staging.stdout + staging.stderr).toBe(0);
    expect(staging.outputs).toMatchObject({ status: "pass", version: "1.0.1", alias: "challenger" });

    const production = await runAction(run(repo, ws, { stage: "production", model: "" }));
    expect(production.exitCode, production.stdout).toBe(0);
    expect(production.outputs).toMatchObject({
      version: "1.0.1",
      "previous-version": "1.0.0",
      alias: "champion",
    });
    expect(registryFile(repo, "models/churn/model.yml")).toMatch(
      /champion: 1\.0\.1[\s\S]*challenger: 1\.0\.1|challenger: 1\.0\.1[\s\S]*champion: 1\.0\.1/,
    );
    const version = registryFile(repo, "models/churn/versions/1.0.1.yml")!;
    expect(version).toContain(`sha256: ${sha256Hex('{"weights":[2]}\n')}`);
    expect(version).toContain("gate:roc_auc");
    expect(audit(repo)).toMatchObject([
      { action: "register", version: "1.0.1" },
      { action: "promote", alias: "challenger", previous: null, actor: "octocat", reason: "AUC up" },
      {
        action: "promote",
        alias: "champion",
        previous: "1.0.0",
        links: {
          pullRequest: `https://github.com/${repo}/pull/12`,
          run: `https://github.com/${repo}/actions/runs/1658821493`,
        },
      },
    ]);
  });

  it("refuses a failed gate, naming it, and leaves the registry untouched", async () => {
    const repo = await seedRepository();
    const before = registryFile(repo, "models/churn/model.yml");
    const r = await runAction(run(repo, await workspace({ model: '{"weights":[3]}\n', gate: "fail" })));
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status, r.stdout + r.stderr).toBe("fail");
    expect(r.outputs.refusal).toContain('gate "gate:roc_auc" (roc_auc gate)');
    expect(r.stdout).toContain("::error::refused: gate");
    expect(registryFile(repo, "models/churn/model.yml")).toBe(before);
    expect(registryFile(repo, "models/churn/versions/1.0.1.yml")).toBeUndefined();
  });

  it("refuses an artifact whose digest is not the one evaluated", async () => {
    const repo = await seedRepository();
    const r = await runAction(
      run(repo, await workspace({ model: '{"weights":[4]}\n', evaluated: "other bytes" })),
    );
    expect(r.exitCode).toBe(1);
    expect(r.outputs.refusal).toContain("digest mismatch");
    expect(audit(repo)).toEqual([]);
  });

  it("two promotions at once: distinct versions, a consistent alias and a complete audit chain", async () => {
    const repo = await seedRepository();
    const runs = await runActionsConcurrently([
      run(repo, await workspace({ model: '{"weights":[5]}\n' })),
      run(repo, await workspace({ model: '{"weights":[6]}\n' })),
    ]);
    for (const r of runs) expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(new Set(runs.map((r) => r.outputs.version))).toEqual(new Set(["1.0.1", "1.0.2"]));
    const records = audit(repo);
    expect(records.filter((r) => r.action === "register")).toHaveLength(2);
    const promotions = records.filter((r) => r.action === "promote");
    expect(promotions).toHaveLength(2);
    // Each move saw what the other left: the records chain from nothing to what the alias holds now.
    const next = new Map(promotions.map((p) => [p.previous, p.version]));
    const last = next.get(next.get(null));
    expect(last).toBeDefined();
    expect(registryFile(repo, "models/churn/model.yml")).toContain(`challenger: ${last}`);
  }, 60_000);

  it("names the file and field of a hand-broken registry file, without a stack trace or a write", async () => {
    const repo = await seedRepository("schemaVersion: 1\nname: churn\naliases:\n  champion: 7.0.0\n");
    const r = await runAction(run(repo, await workspace({ model: '{"weights":[7]}\n' })));
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain(`${repo}:ml/registry/models/churn/model.yml:4 (aliases.champion)`);
    expect(r.stdout).toContain("7.0.0, which is not registered");
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
    expect(registryFile(repo, "models/churn/versions/1.0.1.yml")).toBeUndefined();
  });
});
