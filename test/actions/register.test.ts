/**
 * Black-box runs of the bundled register action: adopting the model in production through the GitHub
 * API is one commit (artifact, adopted version, alias, audit record), and a rerun commits nothing.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sha256Hex } from "@mlops/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type GitHubEmulator, startGitHubEmulator } from "../emulators/github-api.ts";
import { type RunActionOptions, runAction } from "../harness/run-action.ts";

const ENTRY = "actions/register/dist/index.js";
const TOKEN = "ghs_registertoken00000000000000000000";
const MODEL = '{"weights":[0.4]}\n';

let gh: GitHubEmulator;

beforeAll(async () => {
  gh = await startGitHubEmulator();
  gh.addToken(TOKEN, { login: "github-actions[bot]", type: "Bot" });
});
afterAll(() => gh.close());

async function options(repo: string): Promise<RunActionOptions> {
  const cwd = await mkdtemp(path.join(tmpdir(), "register-action-"));
  await writeFile(path.join(cwd, "model.json"), MODEL);
  return {
    entry: ENTRY,
    cwd,
    repository: repo,
    eventName: "workflow_dispatch",
    event: { ref: "refs/heads/main", repository: { full_name: repo } },
    env: { GITHUB_API_URL: gh.url, GITHUB_RUN_ID: "9001", GITHUB_RUN_ATTEMPT: "1" },
    inputs: {
      name: "churn",
      model: "model.json",
      stage: "champion",
      reason: "serving since 2025",
      "registry-writes": "api",
      "github-token": TOKEN,
    },
  };
}

describe("register action", () => {
  it("adopts the model in production in one commit, and a rerun commits nothing", async () => {
    const repo = "org/adopt1";
    gh.addRepo(repo);
    const start = gh.ref(repo, "heads/main")!;
    const run = await options(repo);
    const first = await runAction(run);
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(first.outputs).toMatchObject({ status: "pass", "model-version": "1.0.0", alias: "champion" });
    const head = gh.ref(repo, "heads/main")!;
    expect(gh.commit(repo, head).parents).toEqual([start]);
    const sha256 = sha256Hex(MODEL);
    const version = parse(gh.file(repo, "registry/models/churn/versions/1.0.0.yml")!.content.toString());
    expect(version).toMatchObject({ artifact: { sha256 }, adopted: { reason: "serving since 2025" } });
    expect(gh.file(repo, `registry/${version.artifact.uri}`)?.content.toString()).toBe(MODEL);
    expect(gh.file(repo, "registry/models/churn/model.yml")?.content.toString()).toContain("champion: 1.0.0");
    const audit = JSON.parse(
      gh.file(repo, "registry/models/churn/audit/00000/00000001.json")!.content.toString(),
    );
    expect(audit).toMatchObject({ action: "adopt", actor: "octocat", alias: "champion", previous: null });

    const again = await runAction(run);
    expect(again.exitCode, again.stdout + again.stderr).toBe(0);
    expect(again.stdout + again.stderr).toContain(
      "already adopted: churn 1.0.0 is at champion; nothing written",
    );
    expect(gh.ref(repo, "heads/main")).toBe(head);
  }, 120_000);
});
