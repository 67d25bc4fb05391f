import { getOctokit } from "@actions/github";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GitHubEmulator, startGitHubEmulator } from "./github-api.ts";

let emu: GitHubEmulator;
const REPO = { owner: "org", repo: "repo" };
const bot = () => getOctokit("ghs_bot", { baseUrl: emu.url });
/** Sends parameters the typed client would refuse to build, as a careless caller might. */
const send = (route: string, params: Record<string, unknown>) => bot().request(route, params);

beforeAll(async () => {
  emu = await startGitHubEmulator();
  emu.addRepo("org/repo");
  emu.addToken("ghs_bot", { login: "github-actions[bot]" });
});
afterAll(() => emu.close());

describe("deployments", () => {
  it("creates a deployment, records its statuses and lists them newest first", async () => {
    const client = bot();
    const { data: deployment } = await client.rest.repos.createDeployment({
      ...REPO,
      ref: "main",
      environment: "production",
      payload: { model: "churn", version: "1.2.0" },
      required_contexts: [],
      auto_merge: false,
    });
    if (!("id" in deployment)) throw new Error("expected a deployment");
    expect(deployment).toMatchObject({
      ref: "main",
      sha: emu.ref("org/repo", "heads/main"),
      environment: "production",
      payload: { model: "churn" },
      creator: { login: "github-actions[bot]" },
    });
    await client.rest.repos.createDeploymentStatus({
      ...REPO,
      deployment_id: deployment.id,
      state: "in_progress",
    });
    await client.rest.repos.createDeploymentStatus({
      ...REPO,
      deployment_id: deployment.id,
      state: "success",
      environment_url: "https://models.example/churn",
    });
    const { data: statuses } = await client.rest.repos.listDeploymentStatuses({
      ...REPO,
      deployment_id: deployment.id,
    });
    expect(statuses.map((s) => s.state)).toEqual(["success", "in_progress"]);
    const { data: listed } = await client.rest.repos.listDeployments({ ...REPO, environment: "production" });
    expect(listed.map((d) => d.id)).toContain(deployment.id);
    const stored = emu.deployments("org/repo").find((d) => d["id"] === deployment.id)!;
    expect(stored["statuses"].map((s: { state: string }) => s.state)).toEqual(["in_progress", "success"]);
    await expect(
      send("POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", {
        ...REPO,
        deployment_id: deployment.id,
        state: "done",
      }),
    ).rejects.toMatchObject({ status: 422 });
  });

  it("answers 409 while commit statuses fail, unless required_contexts is narrowed", async () => {
    const client = bot();
    const head = emu.ref("org/repo", "heads/main")!;
    await client.rest.repos.createCommitStatus({ ...REPO, sha: head, state: "failure", context: "ci/tests" });
    const error = await client.rest.repos.createDeployment({ ...REPO, ref: "main" }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 409,
      response: {
        data: {
          message: "Conflict: Commit status checks failed for main.",
          errors: [{ contexts: [{ context: "ci/tests", state: "failure" }], field: "required_contexts" }],
        },
      },
    });
    await expect(
      client.rest.repos.createDeployment({ ...REPO, ref: "main", required_contexts: [] }),
    ).resolves.toMatchObject({
      status: 201,
    });
    await expect(
      client.rest.repos.createDeployment({ ...REPO, ref: "no-such-branch" }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining("No ref found for: no-such-branch"),
    });
  });

  it("marks earlier successful deployments to the same environment inactive", async () => {
    const client = bot();
    const deploy = async () => {
      const { data } = await client.rest.repos.createDeployment({
        ...REPO,
        ref: "main",
        environment: "staging",
        required_contexts: [],
      });
      if (!("id" in data)) throw new Error("expected a deployment");
      await client.rest.repos.createDeploymentStatus({ ...REPO, deployment_id: data.id, state: "success" });
      return data.id;
    };
    const first = await deploy();
    const second = await deploy();
    const states = (id: number) =>
      emu
        .deployments("org/repo")
        .find((d) => d["id"] === id)!
        ["statuses"].map((s: { state: string }) => s.state);
    expect(states(first)).toEqual(["success", "inactive"]);
    expect(states(second)).toEqual(["success"]);
  });
});
