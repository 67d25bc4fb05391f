import { getOctokit } from "@actions/github";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GitHubEmulator, startGitHubEmulator } from "./github-api.ts";

let emu: GitHubEmulator;
let prNumber: number;
const REPO = { owner: "org", repo: "repo" };
const octokit = (token: string) => getOctokit(token, { baseUrl: emu.url });

beforeAll(async () => {
  emu = await startGitHubEmulator();
  emu.addRepo("org/repo");
  emu.addToken("ghs_bot", { login: "github-actions[bot]", type: "Bot" });
  emu.addToken("ghs_fork", { login: "github-actions[bot]", type: "Bot" }, { readOnly: true });
  emu.addToken("ghp_user", { login: "octocat" });
  prNumber = emu.addPullRequest("org/repo", { title: "Retrain" });
});
afterAll(() => emu.close());

describe("authentication and permissions", () => {
  it("answers 401 without a token and with an unknown one", async () => {
    const anonymous = await fetch(`${emu.url}/repos/org/repo/issues/${prNumber}/comments`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ message: "Requires authentication" });
    await expect(octokit("ghp_unknown").rest.repos.get(REPO)).rejects.toMatchObject({
      status: 401,
      message: expect.stringContaining("Bad credentials"),
    });
  });

  it("lets a read-only token read but answers 403 to its writes", async () => {
    const fork = octokit("ghs_fork");
    await expect(fork.rest.issues.listComments({ ...REPO, issue_number: prNumber })).resolves.toMatchObject({
      status: 200,
    });
    await expect(
      fork.rest.issues.createComment({ ...REPO, issue_number: prNumber, body: "hi" }),
    ).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining("Resource not accessible by integration"),
    });
    expect(emu.comments("org/repo", prNumber)).toHaveLength(0);
  });

  it("answers 404 for an unknown repository, even to a valid token", async () => {
    await expect(
      octokit("ghs_bot").rest.issues.createComment({
        owner: "org",
        repo: "missing",
        issue_number: 1,
        body: "x",
      }),
    ).rejects.toMatchObject({ status: 404, message: expect.stringContaining("Not Found") });
  });

  it("serves GET /user to users and refuses it to installation (bot) tokens", async () => {
    const { data } = await octokit("ghp_user").rest.users.getAuthenticated();
    expect(data).toMatchObject({ login: "octocat", type: "User" });
    await expect(octokit("ghs_bot").rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403 });
  });

  it("answers 400 to a body that is not JSON", async () => {
    const response = await fetch(`${emu.url}/repos/org/repo/issues/${prNumber}/comments`, {
      method: "POST",
      headers: { authorization: "token ghs_bot" },
      body: "{not json",
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ message: "Problems parsing JSON" });
  });
});

describe("response headers and the request log", () => {
  it("sends JSON with rate-limit headers that count down, and records each request", async () => {
    const client = octokit("ghp_user");
    const first = await client.rest.repos.get(REPO);
    const second = await client.rest.repos.get(REPO);
    expect(first.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(first.headers["x-github-request-id"]).toMatch(/^[0-9A-F:]+$/);
    expect(
      Number(first.headers["x-ratelimit-remaining"]) - Number(second.headers["x-ratelimit-remaining"]),
    ).toBe(1);
    expect(second.data).toMatchObject({ full_name: "org/repo", default_branch: "main" });

    await client.rest.issues.createComment({ ...REPO, issue_number: prNumber, body: "logged" });
    const logged = emu.requests.at(-1)!;
    expect(logged).toMatchObject({ method: "POST", path: `/repos/org/repo/issues/${prNumber}/comments` });
    expect(logged.body).toEqual({ body: "logged" });
    expect(logged.headers.authorization).toBe("token ghp_user");
  });
});

describe("fault injection through the real client", () => {
  it("answers 429 with Retry-After once, then serves the retry", async () => {
    const path = `/repos/org/repo/issues/${prNumber}/comments`;
    emu.faults.add({ method: "POST", path, status: 429, headers: { "retry-after": "1" }, times: 1 });
    const client = octokit("ghs_bot");
    const error = await client.rest.issues
      .createComment({ ...REPO, issue_number: prNumber, body: "limited" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 429, response: { headers: { "retry-after": "1" } } });
    await client.rest.issues.createComment({ ...REPO, issue_number: prNumber, body: "limited" });
    expect(emu.comments("org/repo", prNumber).filter((c) => c.body === "limited")).toHaveLength(1);
  });

  it("surfaces a dropped connection as an error and changes nothing", async () => {
    emu.faults.add({ path: /\/issues\/\d+\/comments$/, method: "POST", drop: true, times: 1 });
    const before = emu.comments("org/repo", prNumber).length;
    await expect(
      octokit("ghs_bot").rest.issues.createComment({ ...REPO, issue_number: prNumber, body: "lost" }),
    ).rejects.toThrow();
    expect(emu.comments("org/repo", prNumber)).toHaveLength(before);
  });

  it("delays a request and then handles it normally", async () => {
    emu.faults.add({ method: "GET", path: "/repos/org/repo", delayMs: 150, times: 1 });
    const started = performance.now();
    const { status } = await octokit("ghs_bot").rest.repos.get(REPO);
    expect(status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("sends a malformed body as is", async () => {
    emu.faults.add({
      method: "GET",
      path: "/repos/org/repo",
      status: 502,
      rawBody: "<html>Bad gateway",
      times: 1,
    });
    const error = await octokit("ghs_bot")
      .rest.repos.get(REPO)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, response: { data: "<html>Bad gateway" } });
  });
});
