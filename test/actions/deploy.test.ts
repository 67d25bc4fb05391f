/**
 * Black-box runs of the bundled deploy action against the GitHub API emulator: the registry and its
 * audit log live in the emulated repository, the rollout shows up as a GitHub Deployment with statuses,
 * and the health check is a loopback URL.
 */
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { getOctokit } from "@actions/github";
import { sha256Hex } from "@mlops/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { type GitHubEmulator, startGitHubEmulator } from "../emulators/github-api.ts";
import { committedAuditRecords } from "../harness/audit-records.ts";
import { type RunActionOptions, runAction } from "../harness/run-action.ts";

const ENTRY = "actions/deploy/dist/index.js";
const TOKEN = "ghs_deploytoken000000000000000000000";
const TEMPLATES = path.resolve(import.meta.dirname, "../../examples/churn/deploy/templates");

let gh: GitHubEmulator;
let health: http.Server;
let healthUrl: string;
const unhealthy = new Set<string>();
let repoCount = 0;
let runCount = 0;

beforeAll(async () => {
  gh = await startGitHubEmulator();
  gh.addToken(TOKEN, { login: "github-actions[bot]", type: "Bot" });
  health = http.createServer((req, res) => {
    const version = req.url?.split("/").at(-1) ?? "";
    res.writeHead(unhealthy.has(version) ? 503 : 200).end();
  });
  await new Promise<void>((r) => health.listen(0, "127.0.0.1", r));
  healthUrl = `http://127.0.0.1:${(health.address() as { port: number }).port}`;
});
afterAll(async () => {
  await gh.close();
  health.close();
});

function versionFile(version: string, gate: "pass" | "fail" | undefined): string {
  const sha256 = sha256Hex(version);
  return stringify({
    schemaVersion: 1,
    version,
    createdAt: "2026-11-01T00:00:00Z",
    artifact: { uri: `artifacts/churn/sha256-${sha256}/model.json`, sha256 },
    ...(gate
      ? {
          evidence: {
            digest: `sha256:${sha256}`,
            results: [{ kind: "backtest", name: "churn", status: gate }],
            gates: [
              { kind: "backtest", id: "gate:roc_auc", title: "roc_auc gate", status: gate, severity: "fail" },
            ],
          },
        }
      : {}),
  });
}

/** churn 1.0.0 serves production; 1.0.1 is the new champion; 1.0.2 was never gated. */
async function seedRepository(): Promise<string> {
  const repo = `org/serving${++repoCount}`;
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
  // Each version's artifact is its version string, stored as promote stores it, so deploy can verify it.
  for (const version of ["1.0.0", "1.0.1", "1.0.2"])
    await put(`artifacts/churn/sha256-${sha256Hex(version)}/model.json`, version);
  await put("models/churn/versions/1.0.0.yml", versionFile("1.0.0", "pass"));
  await put("models/churn/versions/1.0.1.yml", versionFile("1.0.1", "pass"));
  await put("models/churn/versions/1.0.2.yml", versionFile("1.0.2", undefined));
  await put("models/churn/model.yml", "schemaVersion: 1\nname: churn\naliases:\n  champion: 1.0.1\n");
  await put(
    "models/churn/audit.jsonl",
    `${JSON.stringify({ id: "seed", at: "2026-11-01T00:00:00Z", action: "deploy", model: "churn", version: "1.0.0", environment: "production", track: "stable", actor: "alice", reason: "first" })}\n`,
  );
  return repo;
}

async function workspace(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "deploy-ws-"));
  await cp(TEMPLATES, path.join(dir, "ml", "templates"), { recursive: true });
  await writeFile(
    path.join(dir, "ml", "apply.mjs"),
    `import fs from "node:fs";import p from "node:path";fs.mkdirSync("cluster",{recursive:true});for(const f of fs.readdirSync(process.argv[2]))fs.copyFileSync(p.join(process.argv[2],f),p.join("cluster",f));`,
  );
  await writeFile(
    path.join(dir, "ml", "deploy.yml"),
    stringify({
      model: "churn",
      registry: "registry",
      strategy: { type: "canary", steps: [50] },
      templates: "templates",
      route: { name: "churn", gateway: "public" },
      apply: `${process.execPath} apply.mjs {manifests}`,
      health: { url: `${healthUrl}/health/{track}/{version}`, timeout: "1s", interval: "100ms" },
      environment_url: "https://churn.example.com",
    }),
  );
  return dir;
}

function run(
  repo: string,
  cwd: string,
  inputs: Record<string, string> = {},
  runId = String(++runCount),
): RunActionOptions {
  return {
    entry: ENTRY,
    cwd,
    repository: repo,
    eventName: "push",
    // The merge commit: the repository's head once the registry is seeded.
    event: { ref: "refs/heads/main", after: gh.ref(repo, "heads/main"), repository: { full_name: repo } },
    env: { GITHUB_API_URL: gh.url, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: "1" },
    inputs: { config: "ml/deploy.yml", "registry-writes": "api", "github-token": TOKEN, ...inputs },
  };
}

const audit = (repo: string) => committedAuditRecords(gh, repo, "ml/registry", "churn");
const states = (deployment: { statuses: Array<{ state: string }> }) =>
  deployment.statuses.map((s) => s.state);

describe("deploy action", () => {
  it("rolls the champion out as a canary with a GitHub Deployment and an audit record", async () => {
    const repo = await seedRepository();
    const ws = await workspace();
    const r = await runAction(run(repo, ws));
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({
      status: "pass",
      "model-version": "1.0.1",
      "previous-version": "1.0.0",
      "rolled-back": "false",
    });
    const [deployment] = gh.deployments(repo);
    expect(deployment).toMatchObject({
      environment: "production",
      payload: { model: "churn", version: "1.0.1" },
    });
    expect(states(deployment as never)).toEqual(["in_progress", "in_progress", "success"]);
    expect(deployment!["statuses"].at(-1).environment_url).toBe("https://churn.example.com");
    expect(audit(repo).at(-1)).toMatchObject({
      action: "deploy",
      version: "1.0.1",
      previous: "1.0.0",
      outcome: "success",
      links: { deployment: deployment!["url"] },
    });
    expect(await readFile(path.join(ws, "ml/cluster/stable-deployment.yaml"), "utf8")).toContain('"1.0.1"');
  });

  it("rolls back to the previous champion when the health check fails", async () => {
    const repo = await seedRepository();
    const ws = await workspace();
    unhealthy.add("1.0.1");
    try {
      const r = await runAction(run(repo, ws));
      expect(r.exitCode).toBe(1);
      expect(r.outputs).toMatchObject({ status: "fail", "rolled-back": "true", "previous-version": "1.0.0" });
      expect(r.stdout).toContain("rolled back to churn 1.0.0");
    } finally {
      unhealthy.delete("1.0.1");
    }
    expect(states(gh.deployments(repo)[0] as never).at(-1)).toBe("failure");
    expect(audit(repo).slice(-2)).toMatchObject([
      { action: "deploy", version: "1.0.1", outcome: "failure" },
      { action: "rollback", version: "1.0.0", outcome: "success", previous: "1.0.1" },
    ]);
    const route = await readFile(path.join(ws, "ml/cluster/httproute.yaml"), "utf8");
    expect(route).not.toContain("churn-canary");
    expect(await readFile(path.join(ws, "ml/cluster/stable-deployment.yaml"), "utf8")).toContain('"1.0.0"');
  });

  it("refuses a version without passing gates and creates no deployment", async () => {
    const repo = await seedRepository();
    const r = await runAction(run(repo, await workspace(), { "model-version": "1.0.2" }));
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain("refused: the version has no recorded evidence");
    expect(gh.deployments(repo)).toEqual([]);
  });
});

const registryFile = (repo: string, file: string) => gh.file(repo, `ml/registry/${file}`)?.content.toString();
const deployState = (repo: string) => parse(registryFile(repo, "models/churn/deployments/production.yml")!);

/** 1.0.3 becomes the champion: gated, stored, ready to fail its health check. */
function promoteNext(repo: string) {
  gh.seedFiles(repo, {
    [`ml/registry/artifacts/churn/sha256-${sha256Hex("1.0.3")}/model.json`]: "1.0.3",
    "ml/registry/models/churn/versions/1.0.3.yml": versionFile("1.0.3", "pass"),
    "ml/registry/models/churn/model.yml": "schemaVersion: 1\nname: churn\naliases:\n  champion: 1.0.3\n",
  });
}

/** Every write of the deploy's registry commit; the answer is lost more times than the client retries. */
const lostAnswer = (repo: string, method: string, suffix: string) => ({
  method,
  path: `/repos/${repo}${suffix}`,
  status: 502,
  headers: { "retry-after": "0" },
});

describe("deploy action: what serves is committed with the audit record", () => {
  it("a state write that fails at first lands on retry; a later failure rolls back to what actually serves", async () => {
    const repo = await seedRepository();
    const ws = await workspace();
    // One attempt's request and its three retries fail, then the commit goes through.
    gh.faults.add({ ...lostAnswer(repo, "POST", "/git/commits"), times: 4 });
    let first: Awaited<ReturnType<typeof runAction>>;
    try {
      first = await runAction(run(repo, ws));
    } finally {
      gh.faults.clear();
    }
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toContain("recording deployment");
    expect(deployState(repo)).toMatchObject({
      serving: { version: "1.0.1" },
      deployment: { outcome: "deployed" },
    });

    promoteNext(repo);
    unhealthy.add("1.0.3");
    try {
      const r = await runAction(run(repo, ws));
      expect(r.outputs).toMatchObject({ status: "fail", "previous-version": "1.0.1", "rolled-back": "true" });
    } finally {
      unhealthy.delete("1.0.3");
    }
    expect(await readFile(path.join(ws, "ml/cluster/stable-deployment.yaml"), "utf8")).toContain('"1.0.1"');
    expect(deployState(repo)).toMatchObject({
      serving: { version: "1.0.1" },
      deployment: { version: "1.0.3", outcome: "rolled-back" },
    });
  }, 60_000);

  it("a state write that never lands fails the run naming both; the next deploy refuses until told what serves", async () => {
    const repo = await seedRepository();
    const ws = await workspace();
    gh.faults.add(lostAnswer(repo, "POST", "/git/commits"));
    let first: Awaited<ReturnType<typeof runAction>>;
    try {
      first = await runAction(run(repo, ws));
    } finally {
      gh.faults.clear();
    }
    expect(first.exitCode).not.toBe(0);
    expect(first.stdout + first.stderr).toContain(
      "the cluster now serves churn 1.0.1 (stable) in production, but the registry says 1.0.0",
    );
    // GitHub's deployment says what the cluster did.
    expect(states(gh.deployments(repo)[0] as never).at(-1)).toBe("success");

    promoteNext(repo);
    unhealthy.add("1.0.3");
    try {
      const refused = await runAction(run(repo, ws));
      expect(refused.exitCode).toBe(1);
      expect(refused.stdout).toMatch(
        /refused: GitHub deployment \d+ \(.*\) rolled out 1\.0\.1 after the registry's last record/,
      );
      expect(refused.stdout).toContain("says 1.0.0 serves churn in production");
      expect(gh.deployments(repo)).toHaveLength(1);

      const told = await runAction(run(repo, ws, { "serving-version": "1.0.1" }));
      expect(told.outputs).toMatchObject({
        status: "fail",
        "previous-version": "1.0.1",
        "rolled-back": "true",
      });
    } finally {
      unhealthy.delete("1.0.3");
    }
    expect(await readFile(path.join(ws, "ml/cluster/stable-deployment.yaml"), "utf8")).toContain('"1.0.1"');
    expect(audit(repo).at(-1)).toMatchObject({ action: "rollback", version: "1.0.1", outcome: "success" });
  }, 60_000);

  it("a rerun of a deployment whose rollout succeeded but whose record never landed records it, applying nothing", async () => {
    const repo = await seedRepository();
    const ws = await workspace();
    const runId = String(++runCount);
    gh.faults.add(lostAnswer(repo, "POST", "/git/commits"));
    try {
      expect((await runAction(run(repo, ws, {}, runId))).exitCode).not.toBe(0);
    } finally {
      gh.faults.clear();
    }
    const applied = await readFile(path.join(ws, "ml/cluster/stable-deployment.yaml"), "utf8");
    const rerun = await runAction(run(repo, ws, {}, runId));
    expect(rerun.exitCode, rerun.stdout + rerun.stderr).toBe(0);
    expect(rerun.outputs).toMatchObject({ "already-deployed": "true", "previous-version": "1.0.0" });
    expect(rerun.stdout).toContain("its record is written now, nothing applied");
    expect(gh.deployments(repo)).toHaveLength(1);
    expect(await readFile(path.join(ws, "ml/cluster/stable-deployment.yaml"), "utf8")).toBe(applied);
    expect(deployState(repo)).toMatchObject({ serving: { version: "1.0.1", track: "stable" } });
    expect(audit(repo).filter((r) => r["action"] === "deploy" && r["version"] === "1.0.1")).toHaveLength(1);
  }, 60_000);

  for (const [step, method, suffix] of [
    ["the tree", "POST", "/git/trees"],
    ["the commit", "POST", "/git/commits"],
    ["the ref move", "PATCH", "/git/refs/heads/main"],
  ] as const) {
    it(`${step} written but answered with 502: the rerun converges with no duplicate record`, async () => {
      const repo = await seedRepository();
      const ws = await workspace();
      gh.faults.add({ ...lostAnswer(repo, method, suffix), afterHandling: true, times: 5 });
      const runId = String(++runCount);
      let first: Awaited<ReturnType<typeof runAction>>;
      try {
        first = await runAction(run(repo, ws, {}, runId));
      } finally {
        gh.faults.clear();
      }
      const rerun = await runAction(run(repo, ws, {}, runId));
      expect(rerun.exitCode, first.stdout + first.stderr + rerun.stdout + rerun.stderr).toBe(0);
      expect(rerun.outputs["already-deployed"]).toBe("true");
      const head = gh.ref(repo, "heads/main");
      const again = await runAction(run(repo, ws, {}, runId));
      expect(again.stdout).toContain("nothing applied or written");
      expect(gh.ref(repo, "heads/main")).toBe(head);
      const records = audit(repo).filter((r) => r["action"] === "deploy" && r["version"] === "1.0.1");
      expect(records).toHaveLength(1);
      expect(deployState(repo)).toMatchObject({
        serving: { version: "1.0.1" },
        deployment: { id: records[0]!["deployment"] },
      });
    }, 60_000);
  }

  it("refuses a version that does not hold the environment's alias; an override with a reason is recorded", async () => {
    const repo = await seedRepository();
    const ws = await workspace();
    const refused = await runAction(run(repo, ws, { "model-version": "1.0.0" }));
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain(
      'refused: version 1.0.0 does not hold alias "champion", which production requires (alias of',
    );
    expect(gh.deployments(repo)).toEqual([]);
    const overridden = await runAction(
      run(repo, ws, {
        "model-version": "1.0.0",
        "override-stage-check": "true",
        reason: "pin the old model",
      }),
    );
    expect(overridden.exitCode, overridden.stdout + overridden.stderr).toBe(0);
    expect(audit(repo).at(-1)).toMatchObject({
      action: "deploy",
      version: "1.0.0",
      stageOverridden: true,
      reason: "pin the old model",
    });
  }, 60_000);

  it("refuses a rollback target whose bytes do not match the registry's digest", async () => {
    const repo = await seedRepository();
    gh.seedFiles(repo, {
      [`ml/registry/artifacts/churn/sha256-${sha256Hex("1.0.0")}/model.json`]: "tampered",
    });
    const r = await runAction(run(repo, await workspace()));
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain(
      `refused: rollback target 1.0.0: artifact digest mismatch: artifacts/churn/sha256-${sha256Hex("1.0.0")}/model.json has sha256:${sha256Hex("tampered")}, the registry records sha256:${sha256Hex("1.0.0")}`,
    );
    expect(gh.deployments(repo)).toEqual([]);
  }, 60_000);
});
