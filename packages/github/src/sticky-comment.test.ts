import { SECTION_SEPARATOR } from "@mlops/core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type GitHubEmulator, startGitHubEmulator } from "../../../test/emulators/github-api.ts";
import { GitHubApiError } from "./api-error.ts";
import { createOctokit } from "./octokit.ts";
import { isPermissionDenied } from "./permissions.ts";
import {
  defaultCommentKey,
  STICKY_MARKER_PREFIX,
  stickyMarker,
  upsertStickyComment,
} from "./sticky-comment.ts";
import { COMMENT_LIMIT } from "./truncate-comment.ts";

const USER_TOKEN = "ghp_stickyUserToken0123456789abcdefABCDE";
const BOT_TOKEN = "ghs_stickyInstallationToken0123456789abcd";
const APP_TOKEN = "ghs_stickyAppInstallationToken0123456789ab";
const READ_ONLY_TOKEN = "ghs_stickyForkReadOnlyToken0123456789abcd";
const REPO = "acme/models";

let github: GitHubEmulator;
let pr = 0;

beforeAll(async () => {
  github = await startGitHubEmulator();
  github.addToken(USER_TOKEN, { login: "octocat" });
  github.addToken(BOT_TOKEN, { login: "github-actions[bot]", type: "Bot" });
  github.addToken(APP_TOKEN, { login: "mlops-app[bot]", type: "Bot" });
  github.addToken(READ_ONLY_TOKEN, { login: "github-actions[bot]", type: "Bot" }, { readOnly: true });
});
afterAll(async () => {
  await github.close();
});
afterEach(() => {
  github.faults.clear();
});

function newPullRequest(): number {
  pr = github.addPullRequest(REPO, { title: "Retrain the churn model" });
  return pr;
}

const client = (token: string) => createOctokit(token, { baseUrl: github.url });
const target = (issueNumber: number) => ({
  owner: "acme",
  repo: "models",
  issueNumber,
  key: "ML checks/evaluate",
});
const marker = stickyMarker("ML checks/evaluate");
const requestsTo = (method: string, pattern: RegExp) =>
  github.requests.filter((r) => r.method === method && pattern.test(r.path));

describe("upsertStickyComment", () => {
  it("creates the comment, then updates it, and leaves an unchanged body alone", async () => {
    const number = newPullRequest();
    const octokit = await client(USER_TOKEN);

    const created = await upsertStickyComment(octokit, { ...target(number), body: "## Report v1" });
    expect(created).toMatchObject({ action: "created", truncated: false });
    expect(github.comments(REPO, number)).toEqual([
      expect.objectContaining({ id: created.id, body: `${marker}\n## Report v1`, html_url: created.url }),
    ]);

    const updated = await upsertStickyComment(octokit, { ...target(number), body: "## Report v2" });
    expect(updated).toMatchObject({ action: "updated", id: created.id });
    expect(github.comments(REPO, number).map((c) => c.body)).toEqual([`${marker}\n## Report v2`]);

    const patches = requestsTo("PATCH", /\/issues\/comments\//).length;
    const unchanged = await upsertStickyComment(octokit, { ...target(number), body: "## Report v2" });
    expect(unchanged).toMatchObject({ action: "unchanged", id: created.id });
    expect(requestsTo("PATCH", /\/issues\/comments\//).length).toBe(patches);
  });

  it("finds its comment on a later page among 120 others and ignores a copied marker by someone else", async () => {
    const number = newPullRequest();
    const impostor = github.seedComment(REPO, number, { body: `${marker}\nfake report`, user: "mallory" });
    for (let i = 0; i < 120; i++)
      github.seedComment(REPO, number, { body: `comment ${i}`, user: `user${i % 7}` });
    const ours = github.seedComment(REPO, number, { body: `${marker}\nold report`, user: "octocat" });

    const result = await upsertStickyComment(await client(USER_TOKEN), {
      ...target(number),
      body: "new report",
    });

    expect(result).toMatchObject({ action: "updated", id: ours.id });
    const comments = github.comments(REPO, number);
    expect(comments).toHaveLength(122);
    expect(comments.find((c) => c.id === ours.id)?.body).toBe(`${marker}\nnew report`);
    expect(comments.find((c) => c.id === impostor.id)?.body).toBe(`${marker}\nfake report`);
    const listed = requestsTo("GET", new RegExp(`/issues/${number}/comments$`));
    expect(listed.some((r) => /(^|&)page=2(&|$)/.test(r.query))).toBe(true);
    expect(listed.every((r) => /per_page=100/.test(r.query))).toBe(true);
  });

  it("leaves exactly one comment when three runs start together", async () => {
    const number = newPullRequest();
    // Hold every creation back until all three runs have looked and found nothing.
    github.faults.add({
      method: "POST",
      path: `/repos/acme/models/issues/${number}/comments`,
      delayMs: 150,
      times: 3,
    });
    const bodies = ["report from run 1", "report from run 2", "report from run 3"];

    const results = await Promise.all(
      bodies.map(async (body) => upsertStickyComment(await client(BOT_TOKEN), { ...target(number), body })),
    );

    const comments = github.comments(REPO, number);
    expect(comments).toHaveLength(1);
    expect(bodies.map((b) => `${marker}\n${b}`)).toContain(comments[0]!.body);
    expect(comments[0]!.user.login).toBe("github-actions[bot]");
    expect(results.map((r) => r.id)).toEqual([comments[0]!.id, comments[0]!.id, comments[0]!.id]);
    expect(results.filter((r) => r.action === "created")).toHaveLength(1);
    expect(requestsTo("POST", new RegExp(`/issues/${number}/comments$`))).toHaveLength(3);
  });

  it("takes github-actions[bot] as the author when the token cannot read /user", async () => {
    const number = newPullRequest();
    const existing = github.seedComment(REPO, number, {
      body: `${marker}\nold`,
      user: "github-actions[bot]",
    });

    const result = await upsertStickyComment(await client(BOT_TOKEN), { ...target(number), body: "new" });

    expect(result).toMatchObject({ action: "updated", id: existing.id });
    expect(github.comments(REPO, number)).toHaveLength(1);
  });

  it("uses the given author login instead of asking GitHub", async () => {
    const number = newPullRequest();
    const existing = github.seedComment(REPO, number, { body: `${marker}\nold`, user: "mlops-app[bot]" });
    const lookups = requestsTo("GET", /^\/user$/).length;

    const result = await upsertStickyComment(await client(APP_TOKEN), {
      ...target(number),
      body: "new",
      authorLogin: "mlops-app[bot]",
    });

    expect(result).toMatchObject({ action: "updated", id: existing.id });
    expect(requestsTo("GET", /^\/user$/).length).toBe(lookups);
  });

  it("fails with a permission error that explains fork pull requests when the token is read-only", async () => {
    const number = newPullRequest();
    const failure = await upsertStickyComment(await client(READ_ONLY_TOKEN), {
      ...target(number),
      body: "report",
    }).then(
      () => undefined,
      (error: unknown) => error,
    );

    expect(isPermissionDenied(failure)).toBe(true);
    expect(failure).toBeInstanceOf(GitHubApiError);
    expect((failure as GitHubApiError).status).toBe(403);
    expect((failure as GitHubApiError).hint).toMatch(/pull-requests: write.*workflow_run/s);
    expect(JSON.stringify(failure)).not.toContain(READ_ONLY_TOKEN);
    expect((failure as Error).message).not.toContain(READ_ONLY_TOKEN);
    expect(github.comments(REPO, number)).toHaveLength(0);
  });

  it("cuts a body too long for one comment, marker included", async () => {
    const number = newPullRequest();
    const section = (i: number) => `## Section ${i}\n\n${"x".repeat(9_000)}\n`;
    const body = Array.from({ length: 10 }, (_, i) => section(i)).join(`\n${SECTION_SEPARATOR}\n`);

    const result = await upsertStickyComment(await client(USER_TOKEN), {
      ...target(number),
      body,
      reportUrl: "https://github.com/acme/models/actions/runs/1",
    });

    expect(result.truncated).toBe(true);
    const stored = github.comments(REPO, number)[0]!.body;
    expect(stored.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(stored.startsWith(`${marker}\n## Section 0`)).toBe(true);
    expect(stored).toContain("Full report: https://github.com/acme/models/actions/runs/1");
  });
});

describe("stickyMarker", () => {
  it("keeps any key from ending the HTML comment or leaving the first line", () => {
    const hostile = stickyMarker("x --> <b>hi</b>\n<!-- y --!>");
    expect(hostile.split("\n")).toHaveLength(1);
    expect(hostile.slice(4, -3)).not.toMatch(/--|[<>]/);
    expect(hostile.startsWith(STICKY_MARKER_PREFIX)).toBe(true);
    expect(hostile.endsWith(" -->")).toBe(true);
  });

  it("defaults to one comment per workflow and job", () => {
    expect(defaultCommentKey({ workflow: "ML checks", job: "evaluate" })).toBe("ML checks/evaluate");
  });
});
