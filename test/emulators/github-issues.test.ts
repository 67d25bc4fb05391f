import { getOctokit } from "@actions/github";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GitHubEmulator, startGitHubEmulator } from "./github-api.ts";

let emu: GitHubEmulator;
const REPO = { owner: "org", repo: "repo" };
const octokit = (token: string) => getOctokit(token, { baseUrl: emu.url });
/** Sends parameters the typed client would refuse to build, as a careless caller might. */
const send = (route: string, params: Record<string, unknown>) => octokit("ghs_bot").request(route, params);

beforeAll(async () => {
  emu = await startGitHubEmulator();
  emu.addRepo("org/repo");
  emu.addToken("ghs_bot", { login: "github-actions[bot]", type: "Bot" });
  emu.addToken("ghp_other", { login: "someone" });
});
afterAll(() => emu.close());

describe("issue comments", () => {
  it("paginates 250 comments so octokit.paginate walks every page in order", async () => {
    const pr = emu.addPullRequest("org/repo", {});
    for (let i = 0; i < 250; i++)
      emu.seedComment("org/repo", pr, { body: `comment ${i}`, user: `user${i % 7}` });
    const seen = emu.requests.length;

    const all = await octokit("ghs_bot").paginate(octokit("ghs_bot").rest.issues.listComments, {
      ...REPO,
      issue_number: pr,
      per_page: 100,
    });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 250 }, (_, i) => `comment ${i}`));
    expect(emu.requests.slice(seen).map((r) => new URLSearchParams(r.query).get("page") ?? "1")).toEqual([
      "1",
      "2",
      "3",
    ]);

    const defaultPages = await octokit("ghs_bot").paginate(octokit("ghs_bot").rest.issues.listComments, {
      ...REPO,
      issue_number: pr,
    });
    expect(defaultPages).toHaveLength(250);
  });

  it("links pages the way GitHub does", async () => {
    const pr = emu.addPullRequest("org/repo", {});
    for (let i = 0; i < 7; i++) emu.seedComment("org/repo", pr, { body: `c${i}`, user: "someone" });
    const client = octokit("ghs_bot");
    const page = (n: number) =>
      client.rest.issues.listComments({ ...REPO, issue_number: pr, per_page: 3, page: n });
    const rels = (link: string | undefined) =>
      [...(link ?? "").matchAll(/[?&]page=(\d+)[^>]*>; rel="(\w+)"/g)].map((m) => `${m[2]}=${m[1]}`);

    expect(rels((await page(1)).headers.link)).toEqual(["next=2", "last=3"]);
    expect(rels((await page(2)).headers.link)).toEqual(["prev=1", "next=3", "last=3", "first=1"]);
    const last = await page(3);
    expect(rels(last.headers.link)).toEqual(["prev=2", "first=1"]);
    expect(last.data.map((c) => c.body)).toEqual(["c6"]);
    expect((await page(1)).headers.link).toContain("per_page=3");
  });

  it("accepts a body of exactly 65,536 characters and answers 422 above it", async () => {
    const pr = emu.addPullRequest("org/repo", {});
    const client = octokit("ghs_bot");
    // Characters are code points: 65,536 emoji are 131,072 UTF-16 units and still fit.
    const created = await client.rest.issues.createComment({
      ...REPO,
      issue_number: pr,
      body: "😀".repeat(65_536),
    });
    expect(created.status).toBe(201);

    const error = await client.rest.issues
      .createComment({ ...REPO, issue_number: pr, body: "x".repeat(65_537) })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 422,
      response: {
        data: {
          message: "Validation Failed",
          errors: [{ resource: "IssueComment", message: "Body is too long (maximum is 65536 characters)" }],
        },
      },
    });
    await expect(
      client.rest.issues.updateComment({ ...REPO, comment_id: created.data.id, body: "y".repeat(65_537) }),
    ).rejects.toMatchObject({ status: 422 });
  });

  it("creates, reads, updates and deletes a comment, with GitHub's URLs", async () => {
    const pr = emu.addPullRequest("org/repo", {});
    const client = octokit("ghs_bot");
    const { data: created } = await client.rest.issues.createComment({
      ...REPO,
      issue_number: pr,
      body: "first",
    });
    expect(created).toMatchObject({
      body: "first",
      user: { login: "github-actions[bot]", type: "Bot" },
      html_url: `https://github.com/org/repo/pull/${pr}#issuecomment-${created.id}`,
    });
    expect(created.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    const { data: updated } = await client.rest.issues.updateComment({
      ...REPO,
      comment_id: created.id,
      body: "second",
    });
    expect(updated.body).toBe("second");
    const { data: read } = await client.rest.issues.getComment({ ...REPO, comment_id: created.id });
    expect(read.body).toBe("second");
    expect(emu.comments("org/repo", pr)).toMatchObject([{ id: created.id, body: "second" }]);

    expect((await client.rest.issues.deleteComment({ ...REPO, comment_id: created.id })).status).toBe(204);
    expect(emu.comments("org/repo", pr)).toHaveLength(0);
    await expect(client.rest.issues.getComment({ ...REPO, comment_id: created.id })).rejects.toMatchObject({
      status: 404,
    });
  });

  it("lets only the author edit or delete a comment", async () => {
    const pr = emu.addPullRequest("org/repo", {});
    const { id } = emu.seedComment("org/repo", pr, { body: "mine", user: "github-actions[bot]" });
    const other = octokit("ghp_other");
    await expect(
      other.rest.issues.updateComment({ ...REPO, comment_id: id, body: "hijack" }),
    ).rejects.toMatchObject({
      status: 403,
    });
    await expect(other.rest.issues.deleteComment({ ...REPO, comment_id: id })).rejects.toMatchObject({
      status: 403,
    });
    expect(emu.comments("org/repo", pr)[0]!.body).toBe("mine");
  });

  it("answers 404 for a comment on an issue that does not exist and 422 without a body", async () => {
    const client = octokit("ghs_bot");
    await expect(
      client.rest.issues.createComment({ ...REPO, issue_number: 9999, body: "x" }),
    ).rejects.toMatchObject({
      status: 404,
    });
    const pr = emu.addPullRequest("org/repo", {});
    await expect(
      send("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        ...REPO,
        issue_number: pr,
      }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining(`"body" wasn't supplied.`) });
  });
});

describe("pull requests", () => {
  it("serves a seeded pull request and its files, paginated", async () => {
    const files = Array.from({ length: 45 }, (_, i) => ({
      filename: `data/part-${i}.csv`,
      additions: i,
      deletions: 1,
    }));
    const number = emu.addPullRequest("org/repo", {
      title: "Retrain churn",
      head: { ref: "feature", sha: "a".repeat(40) },
      user: "alice",
      files,
    });
    const client = octokit("ghs_bot");
    const { data: pull } = await client.rest.pulls.get({ ...REPO, pull_number: number });
    expect(pull).toMatchObject({
      number,
      title: "Retrain churn",
      state: "open",
      user: { login: "alice" },
      head: { ref: "feature", sha: "a".repeat(40) },
      base: { ref: "main", sha: emu.ref("org/repo", "heads/main") },
      html_url: `https://github.com/org/repo/pull/${number}`,
    });
    const listed = await client.paginate(client.rest.pulls.listFiles, { ...REPO, pull_number: number });
    expect(listed.map((f) => f.filename)).toEqual(files.map((f) => f.filename));
    expect(listed[3]).toMatchObject({ status: "modified", additions: 3, deletions: 1, changes: 4 });
    await expect(client.rest.pulls.get({ ...REPO, pull_number: 4242 })).rejects.toMatchObject({
      status: 404,
    });
  });

  it("numbers pull requests from one sequence per repository", () => {
    const a = emu.addPullRequest("org/other", {});
    const b = emu.addPullRequest("org/other", {});
    expect([a, b]).toEqual([1, 2]);
  });
});
