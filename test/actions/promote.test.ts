/**
 * Black-box runs of the bundled promote action against the GitHub API emulator: the registry lives in
 * the emulated repository and every change is a contents-API commit with a sha precondition.
 */

import { createHash } from "node:crypto";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { getOctokit } from "@actions/github";
import { sha256Hex } from "@mlops/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GitHubEmulator, startGitHubEmulator } from "../emulators/github-api.ts";
import { type MlflowEmulator, startMlflowEmulator } from "../emulators/mlflow-api.ts";
import { committedAuditRecords } from "../harness/audit-records.ts";
import { churnBacktest } from "../harness/churn-backtest.ts";
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

/** A checkout of the merge commit: the policy, the trained challenger and the PR run's results. */
async function workspace(options: {
  model: string;
  evaluated?: string;
  gate?: "pass" | "fail";
  /** Replaces the `registry: registry` line of the policy. */
  registry?: string;
  extra?: string;
}) {
  const dir = await mkdtemp(path.join(tmpdir(), "promote-ws-"));
  await mkdir(path.join(dir, "ml", "evidence"), { recursive: true });
  await writeFile(
    path.join(dir, "ml", "promote.yml"),
    `model: churn\n${options.registry ?? "registry: registry"}\n${options.extra ?? ""}stages:\n  - name: staging\n    alias: challenger\n  - name: production\n    alias: champion\n`,
  );
  await writeFile(path.join(dir, "ml", "model.json"), options.model);
  const digest = `sha256:${sha256Hex(options.evaluated ?? options.model)}`;
  await writeFile(
    path.join(dir, "ml", "evidence", "backtest--churn.json"),
    JSON.stringify(churnBacktest(digest, options.gate ?? "pass")),
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
const audit = (repo: string) => committedAuditRecords(gh, repo, "ml/registry", "churn");

describe("promote action", () => {
  it("promotes through the stages in order, committing registry, artifact and audit records", async () => {
    const repo = await seedRepository();
    const ws = await workspace({ model: '{"weights":[2]}\n' });
    const staging = await runAction(run(repo, ws));
    expect(staging.exitCode, staging.stdout + staging.stderr).toBe(0);
    expect(staging.outputs).toMatchObject({ status: "pass", "model-version": "1.0.1", alias: "challenger" });

    const production = await runAction(run(repo, ws, { stage: "production", model: "" }));
    expect(production.exitCode, production.stdout).toBe(0);
    expect(production.outputs).toMatchObject({
      "model-version": "1.0.1",
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
    expect(new Set(runs.map((r) => r.outputs["model-version"]))).toEqual(new Set(["1.0.1", "1.0.2"]));
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

describe("promote action with the MLflow registry", () => {
  const MLFLOW_TOKEN = "mlflow-secret-token-123";
  const mlflowPolicy = (url: string) =>
    `registry:\n  type: mlflow\n  tracking_uri: ${url}\n  token_env: MLFLOW_TOKEN_FOR_TEST\n  audit: registry`;
  const withMlflow = (options: RunActionOptions): RunActionOptions => ({
    ...options,
    env: { ...options.env, MLFLOW_TOKEN_FOR_TEST: MLFLOW_TOKEN },
  });

  for (const aliases of [true, false]) {
    it(`registers the version with its digest, evidence and links, and moves aliases${aliases ? "" : " (tag fallback where aliases are unsupported)"}`, async () => {
      const mlflow: MlflowEmulator = await startMlflowEmulator({ aliases });
      try {
        const repo = await seedRepository();
        const model = '{"weights":[8]}\n';
        const ws = await workspace({ model, registry: mlflowPolicy(mlflow.url) });
        const staging = await runAction(withMlflow(run(repo, ws)));
        expect(staging.exitCode, staging.stdout + staging.stderr).toBe(0);
        expect(staging.outputs).toMatchObject({ status: "pass", "model-version": "1", alias: "challenger" });
        // Masked for the runner, and never printed otherwise.
        expect((staging.stdout + staging.stderr).split(`::add-mask::${MLFLOW_TOKEN}`)).toHaveLength(2);
        expect((staging.stdout + staging.stderr).split(MLFLOW_TOKEN)).toHaveLength(2);

        expect(mlflow.requests.every((r) => r.authorization === `Bearer ${MLFLOW_TOKEN}`)).toBe(true);
        const registered = mlflow.models.get("churn")!;
        const v1 = registered.versions[0]!;
        const digest = `sha256:${sha256Hex(model)}`;
        // The artifact is stored content-addressed in the repository; MLflow's source is its URL there.
        const stored = `ml/registry/artifacts/churn/sha256-${sha256Hex(model)}/model.json`;
        expect(gh.file(repo, stored)?.content.toString()).toBe(model);
        expect(v1.source).toBe(`https://github.com/${repo}/blob/main/${stored}`);
        expect(v1.tags.get("mlops.digest")).toBe(digest);
        expect(JSON.parse(v1.tags.get("mlops.evidence")!)).toMatchObject({
          digest,
          gates: [{ id: "gate:roc_auc", status: "pass" }],
        });
        expect(v1.tags.get("mlops.link.pullRequest")).toBe(`https://github.com/${repo}/pull/12`);
        if (aliases) expect(registered.aliases.get("challenger")).toBe("1");
        else expect(registered.tags.get("mlops.alias.challenger")).toBe("1");

        // Later stage: the version at the previous alias is read back from MLflow, evidence included.
        const production = await runAction(withMlflow(run(repo, ws, { stage: "production", model: "" })));
        expect(production.exitCode, production.stdout + production.stderr).toBe(0);
        expect(production.outputs).toMatchObject({
          "model-version": "1",
          "previous-version": "",
          alias: "champion",
        });
        if (aliases) expect(registered.aliases.get("champion")).toBe("1");
        else expect(registered.tags.get("mlops.alias.champion")).toBe("1");
        expect(registered.versions).toHaveLength(1);
        expect(audit(repo)).toMatchObject([
          { action: "register", version: "1", digest },
          { action: "promote", version: "1", alias: "challenger", previous: null },
          { action: "promote", version: "1", alias: "champion", previous: null },
        ]);
        // The file registry's aliases were not touched: MLflow holds them now.
        expect(registryFile(repo, "models/churn/model.yml")).toBe(
          "schemaVersion: 1\nname: churn\naliases:\n  champion: 1.0.0\n",
        );
      } finally {
        await mlflow.close();
      }
    });
  }

  it("refuses a failed gate without creating anything in MLflow", async () => {
    const mlflow = await startMlflowEmulator();
    try {
      const repo = await seedRepository();
      const ws = await workspace({
        model: '{"weights":[9]}\n',
        gate: "fail",
        registry: mlflowPolicy(mlflow.url),
      });
      const r = await runAction(withMlflow(run(repo, ws)));
      expect(r.exitCode).toBe(1);
      expect(r.outputs.refusal).toContain('gate "gate:roc_auc"');
      expect(mlflow.models.size).toBe(0);
      expect(audit(repo)).toEqual([]);
    } finally {
      await mlflow.close();
    }
  });
});

/** The run's commit: tags and releases point at it, so it must exist in the emulated repository. */
const onCommit = (options: RunActionOptions, after: string): RunActionOptions => ({
  ...options,
  event: { ...(options.event as Record<string, unknown>), after },
});

describe("promote action with GitHub Release assets and GTO tags", () => {
  it("uploads the artifact as a release asset whose download matches the registered digest, and tags like GTO", async () => {
    const repo = await seedRepository();
    const [owner, name] = repo.split("/") as [string, string];
    const head = gh.ref(repo, "heads/main")!;
    const model = '{"weights":[10]}\n';
    const ws = await workspace({ model, extra: "artifacts: github-release\ngto_tags: true\n" });
    const onHead = (inputs: Record<string, string> = {}) => onCommit(run(repo, ws, inputs), head);
    const staging = await runAction(onHead());
    expect(staging.exitCode, staging.stdout + staging.stderr).toBe(0);
    const production = await runAction(onHead({ stage: "production", model: "" }));
    expect(production.exitCode, production.stdout + production.stderr).toBe(0);

    // The release asset backs the version: its URL is the artifact's URI, its bytes the registered digest.
    const sha256 = sha256Hex(model);
    const [release] = gh.releases(repo);
    expect(release).toMatchObject({ tag_name: `churn@sha256-${sha256.slice(0, 12)}` });
    const version = registryFile(repo, "models/churn/versions/1.0.1.yml")!;
    const uri = /uri: (\S+)/.exec(version)![1]!;
    expect(uri).toBe((release!.assets as Array<{ browser_download_url: string }>)[0]!.browser_download_url);
    expect(version).toContain(`sha256: ${sha256}`);
    const download = await fetch(uri);
    expect(download.status).toBe(200);
    expect(
      createHash("sha256")
        .update(Buffer.from(await download.arrayBuffer()))
        .digest("hex"),
    ).toBe(sha256);
    expect(registryFile(repo, `artifacts/churn/sha256-${sha256}/model.json`)).toBeUndefined();

    // GTO reads annotated tags: model@vX.Y.Z on registration, model#stage#N with one counter per model.
    const octokit = getOctokit(TOKEN, { baseUrl: gh.url });
    const tags = (await octokit.rest.git.listMatchingRefs({ owner, repo: name, ref: "tags/churn" })).data;
    expect(tags.map((t) => t.ref).sort()).toEqual([
      "refs/tags/churn#production#2",
      "refs/tags/churn#staging#1",
      "refs/tags/churn@sha256-" + sha256.slice(0, 12),
      "refs/tags/churn@v1.0.1",
    ]);
    for (const [tag, message] of [
      ["churn@v1.0.1", "Register churn v1.0.1"],
      ["churn#staging#1", "Assign staging to churn v1.0.1"],
      ["churn#production#2", "Assign production to churn v1.0.1"],
    ] as const) {
      const ref = tags.find((t) => t.ref === `refs/tags/${tag}`)!;
      expect(ref.object.type, tag).toBe("tag");
      const { data } = await octokit.rest.git.getTag({ owner, repo: name, tag_sha: ref.object.sha });
      expect(data).toMatchObject({ tag, message: expect.stringContaining(message), object: { sha: head } });
    }
  });

  it("a run that stops after its commit, before its GTO tags: the rerun pushes the missing tags, once", async () => {
    const repo = await seedRepository();
    const [owner, name] = repo.split("/") as [string, string];
    const head = gh.ref(repo, "heads/main")!;
    const ws = await workspace({ model: '{"weights":[12]}\n', extra: "gto_tags: true\n" });
    const options = onCommit(run(repo, ws), head);
    gh.faults.add({
      method: "POST",
      path: `/repos/${repo}/git/tags`,
      status: 502,
      headers: { "retry-after": "0" },
    });
    try {
      const stopped = await runAction(options);
      expect(stopped.exitCode).not.toBe(0);
    } finally {
      gh.faults.clear();
    }
    const octokit = getOctokit(TOKEN, { baseUrl: gh.url });
    const tags = async () =>
      (await octokit.rest.git.listMatchingRefs({ owner, repo: name, ref: "tags/churn" })).data
        .map((t) => t.ref)
        .sort();
    expect(await tags()).toEqual([]);
    for (let i = 0; i < 2; i++) {
      const rerun = await runAction(options);
      expect(rerun.exitCode, rerun.stdout + rerun.stderr).toBe(0);
      expect(rerun.stdout).toContain("already promoted");
      expect(await tags()).toEqual(["refs/tags/churn#staging#1", "refs/tags/churn@v1.0.1"]);
    }
  });

  it("refuses to replace a release asset with other bytes under the same name", async () => {
    const repo = await seedRepository();
    const head = gh.ref(repo, "heads/main")!;
    const model = '{"weights":[11]}\n';
    const ws = await workspace({ model, extra: "artifacts: github-release\n" });
    const first = await runAction(onCommit(run(repo, ws), head));
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    // Tamper with the stored asset: a rerun must not register or serve bytes other than those evaluated.
    const [release] = gh.releases(repo);
    const asset = (release!.assets as Array<Record<string, unknown>>)[0]!;
    asset.digest = `sha256:${"0".repeat(64)}`;
    const rerun = await runAction(onCommit(run(repo, ws, { "model-version": "2.0.0" }), head));
    expect(rerun.exitCode).toBe(1);
    expect(rerun.stdout).toContain("already has an asset model.json with digest sha256:0000");
    expect(registryFile(repo, "models/churn/versions/2.0.0.yml")).toBeUndefined();
  });
});
