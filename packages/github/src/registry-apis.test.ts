import http from "node:http";
import { getOctokit } from "@actions/github";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GitHubEmulator, startGitHubEmulator } from "../../../test/emulators/github-api.ts";
import { createAnnotatedTag, listTags } from "./annotated-tag.ts";
import { githubContentsFiles } from "./contents-files.ts";
import { createDeployment, latestSuccessfulDeployment, setDeploymentStatus } from "./deployment.ts";
import { putReleaseAsset } from "./release-asset.ts";
import { listRunApprovals } from "./run-approvals.ts";

let gh: GitHubEmulator;
const TOKEN = "ghs_registrytoken";
const REPO = { owner: "org", repo: "models" };

beforeAll(async () => {
  gh = await startGitHubEmulator();
  gh.addRepo("org/models");
  gh.addToken(TOKEN, { login: "github-actions[bot]" });
});
afterAll(() => gh.close());

// Without the throttling plugin, which spaces writes a second apart.
const client = async () => getOctokit(TOKEN, { baseUrl: gh.url });

describe("contents files", () => {
  it("creates, reads, lists and replaces with a sha precondition; a stale sha is a conflict", async () => {
    const files = githubContentsFiles(await client(), { ...REPO, branch: "main", root: "registry" });
    expect(await files.read("models/a/model.yml")).toBeUndefined();
    expect(await files.write("models/a/model.yml", "one\n", { expect: null, message: "add" })).toBe(
      "written",
    );
    const first = await files.read("models/a/model.yml");
    expect(first?.text).toBe("one\n");
    expect(await files.write("models/a/model.yml", "again\n", { expect: null, message: "add" })).toBe(
      "conflict",
    );
    expect(await files.write("models/a/model.yml", "two\n", { expect: first!.version, message: "x" })).toBe(
      "written",
    );
    expect(await files.write("models/a/model.yml", "three\n", { expect: first!.version, message: "x" })).toBe(
      "conflict",
    );
    expect(gh.file("org/models", "registry/models/a/model.yml")?.content.toString()).toBe("two\n");
    expect(await files.list("models/a")).toEqual(["model.yml"]);
    expect(await files.list("models/none")).toEqual([]);
    expect(files.describe("models/a/model.yml")).toBe("org/models:registry/models/a/model.yml");
  });

  it("reads a file over 1 MB in full (GitHub sends it with empty content), and lists folders", async () => {
    const files = githubContentsFiles(await client(), { ...REPO, branch: "main", root: "big" });
    const log = `${'{"n":1}\n'.repeat(150_000)}`;
    gh.seedFiles("org/models", { "big/models/a/audit.jsonl": log, "big/models/a/audit/00000/1.json": "{}" });
    const read = await files.read("models/a/audit.jsonl");
    expect(read?.text.length).toBe(log.length);
    expect(read?.text).toBe(log);
    expect(read?.version).toBe(gh.file("org/models", "big/models/a/audit.jsonl")?.sha);
    expect(await files.folders("models/a")).toEqual(["audit"]);
    expect(await files.list("models/a")).toEqual(["audit.jsonl"]);
    expect(await files.folders("models/none")).toEqual([]);
  });
});

describe("release assets, deployments, tags", () => {
  it("stores an asset once, reuses it on a rerun, and refuses other bytes under the same name", async () => {
    const octokit = await client();
    const options = { ...REPO, tag: "churn@v1.0.1", target: "main", name: "model.json" };
    const stored = await putReleaseAsset(octokit, { ...options, data: Buffer.from("weights") });
    expect(stored).toMatchObject({ uploaded: true, bytes: 7 });
    expect(gh.releases("org/models")[0]!["assets"][0].data.toString()).toBe("weights");
    expect(await putReleaseAsset(octokit, { ...options, data: Buffer.from("weights") })).toMatchObject({
      uploaded: false,
      url: stored.url,
    });
    await expect(putReleaseAsset(octokit, { ...options, data: Buffer.from("other") })).rejects.toThrow(
      /already has an asset/,
    );
  });

  it("replaces a starter asset a failed upload left, and counts only an uploaded asset with the digest", async () => {
    const octokit = await client();
    const options = { ...REPO, tag: "churn@v1.0.2", target: "main", name: "model.json" };
    gh.leaveStarterAssets(2);
    const stored = await putReleaseAsset(octokit, { ...options, data: Buffer.from("weights2") });
    expect(stored).toMatchObject({ uploaded: true, bytes: 8 });
    const assets = gh.releases("org/models").find((r) => r["tag_name"] === options.tag)!["assets"];
    expect(assets.map((a: { state: string; data: Buffer }) => [a.state, a.data.toString()])).toEqual([
      ["uploaded", "weights2"],
    ]);
    gh.leaveStarterAssets(4);
    await expect(
      putReleaseAsset(octokit, { ...options, name: "never.json", data: Buffer.from("x") }),
    ).rejects.toThrow(/not uploaded after 3 attempts/);
    gh.leaveStarterAssets(0);
  });

  it("creates a deployment with statuses, and annotated tags", async () => {
    const octokit = await client();
    const d = await createDeployment(octokit, {
      ...REPO,
      ref: "main",
      environment: "production",
      description: "churn 1.0.1",
      payload: { version: "1.0.1" },
    });
    await setDeploymentStatus(octokit, {
      ...REPO,
      deploymentId: d.id,
      state: "in_progress",
      description: "x",
    });
    await setDeploymentStatus(octokit, { ...REPO, deploymentId: d.id, state: "success", description: "ok" });
    const [deployment] = gh.deployments("org/models");
    expect(deployment!["payload"]).toEqual({ version: "1.0.1" });
    expect(deployment!["statuses"].map((s: { state: string }) => s.state)).toEqual([
      "in_progress",
      "success",
    ]);

    const sha = gh.ref("org/models", "heads/main")!;
    expect(await createAnnotatedTag(octokit, { ...REPO, tag: "churn@v1.0.1", sha, message: "m" })).toEqual({
      created: false,
    });
    expect(await createAnnotatedTag(octokit, { ...REPO, tag: "churn#prod#1", sha, message: "m" })).toEqual({
      created: true,
    });
    expect(await listTags(octokit, { ...REPO, prefix: "churn#" })).toEqual(["churn#prod#1"]);
  });

  it("finds an environment's latest deployment whose newest status is success", async () => {
    const octokit = await client();
    const deployTo = async (
      environment: string,
      version: string,
      states: ("success" | "failure" | "in_progress")[],
    ) => {
      const d = await createDeployment(octokit, {
        ...REPO,
        ref: "main",
        environment,
        description: version,
        payload: { version },
      });
      for (const state of states)
        await setDeploymentStatus(octokit, { ...REPO, deploymentId: d.id, state, description: state });
      return d.id;
    };
    const live = await deployTo("staging", "2.0.0", ["success"]);
    // A later success would have marked it inactive, as GitHub does outside production.
    await deployTo("staging", "2.0.1", ["in_progress", "failure"]);
    await deployTo("staging", "2.0.2", ["failure"]);
    await deployTo("qa", "9.9.9", ["success"]);
    expect(await latestSuccessfulDeployment(octokit, { ...REPO, environment: "staging" })).toMatchObject({
      id: live,
      payload: { version: "2.0.0" },
    });
    expect(await latestSuccessfulDeployment(octokit, { ...REPO, environment: "nowhere" })).toBeUndefined();
  });
});

describe("run approvals", () => {
  it("lists the approved environments of a run", async () => {
    const server = http.createServer((req, res) => {
      expect(req.url).toBe("/repos/org/models/actions/runs/7/approvals");
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify([
          {
            state: "approved",
            comment: "ship it",
            user: { login: "alice" },
            environments: [{ name: "production" }],
          },
          { state: "rejected", comment: "", user: { login: "bob" }, environments: [{ name: "staging" }] },
        ]),
      );
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as { port: number };
    try {
      const octokit = getOctokit(TOKEN, { baseUrl: `http://127.0.0.1:${port}` });
      expect(await listRunApprovals(octokit, { ...REPO, runId: 7 })).toEqual([
        { user: "alice", environment: "production", comment: "ship it" },
      ]);
    } finally {
      server.close();
    }
  });
});
