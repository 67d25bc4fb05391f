import { randomBytes } from "node:crypto";
import { addCommit } from "./github-git.ts";
import {
  forbidden,
  type IssueComment,
  type Json,
  nodeId,
  notFound,
  type Repo,
  type RepoContext,
  requireFields,
  type Store,
  timestamp,
  validationFailed,
} from "./github-model.ts";
import { paginated, type Route, repoRoute } from "./github-router.ts";

export const COMMENT_BODY_LIMIT = 65_536;

export interface PullRequestSeed {
  title?: string;
  /** `owner` is the fork's owner when the head branch lives in a fork. */
  head?: { ref: string; sha: string; owner?: string };
  base?: { ref: string; sha: string };
  user?: string;
  files?: Array<{
    filename: string;
    status?: string;
    additions?: number;
    deletions?: number;
    patch?: string;
  }>;
}

export function addPullRequest(store: Store, repo: Repo, seed: PullRequestSeed): number {
  const number = repo.nextNumber++;
  const author = store.user(seed.user ?? "octocat");
  const baseRef = seed.base?.ref ?? repo.defaultBranch;
  const baseSha = seed.base?.sha ?? repo.refs.get(`refs/heads/${baseRef}`)!;
  const base =
    repo.commits.get(baseSha) ??
    addCommit(repo, { sha: baseSha, parents: [], files: new Map(), message: "Base", author });
  const headRef = seed.head?.ref ?? `pr-${number}`;
  const headSha = seed.head?.sha ?? randomBytes(20).toString("hex");
  if (!repo.commits.has(headSha)) {
    addCommit(repo, {
      sha: headSha,
      parents: [base.sha],
      files: new Map(base.files),
      message: seed.title ?? "Change",
      author,
    });
  }
  if (!repo.refs.has(`refs/heads/${headRef}`)) repo.refs.set(`refs/heads/${headRef}`, headSha);
  const files = (seed.files ?? []).map((f) => {
    const additions = f.additions ?? 0;
    const deletions = f.deletions ?? 0;
    const path = f.filename.split("/").map(encodeURIComponent).join("/");
    return {
      sha: randomBytes(20).toString("hex"),
      filename: f.filename,
      status: f.status ?? "modified",
      additions,
      deletions,
      changes: additions + deletions,
      blob_url: store.html(repo, `/blob/${headSha}/${path}`),
      raw_url: store.html(repo, `/raw/${headSha}/${path}`),
      contents_url: store.api(repo, `/contents/${path}?ref=${headSha}`),
      ...(f.patch === undefined ? {} : { patch: f.patch }),
    };
  });
  const id = store.nextId();
  const now = timestamp();
  const branch = (ref: string, sha: string) => ({
    label: `${repo.owner}:${ref}`,
    ref,
    sha,
    user: store.userJson(store.user(repo.owner)),
    repo: store.repoJson(repo),
  });
  repo.pulls.set(number, {
    url: store.api(repo, `/pulls/${number}`),
    id,
    node_id: nodeId("PR", id),
    html_url: store.html(repo, `/pull/${number}`),
    diff_url: store.html(repo, `/pull/${number}.diff`),
    patch_url: store.html(repo, `/pull/${number}.patch`),
    issue_url: store.api(repo, `/issues/${number}`),
    comments_url: store.api(repo, `/issues/${number}/comments`),
    statuses_url: store.api(repo, `/statuses/${headSha}`),
    number,
    state: "open",
    locked: false,
    title: seed.title ?? `Pull request #${number}`,
    user: store.userJson(author),
    body: null,
    labels: [],
    draft: false,
    created_at: now,
    updated_at: now,
    closed_at: null,
    merged_at: null,
    merge_commit_sha: null,
    head: seed.head?.owner
      ? {
          ...branch(headRef, headSha),
          label: `${seed.head.owner}:${headRef}`,
          user: store.userJson(store.user(seed.head.owner)),
          repo: { ...store.repoJson(repo), full_name: `${seed.head.owner}/${repo.name}`, fork: true },
        }
      : branch(headRef, headSha),
    base: branch(baseRef, base.sha),
    author_association: author.login === repo.owner ? "OWNER" : "CONTRIBUTOR",
    merged: false,
    mergeable: true,
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0),
    changed_files: files.length,
  });
  repo.pullFiles.set(number, files);
  return number;
}

export function commentJson(store: Store, repo: Repo, comment: IssueComment): Json {
  const bot = comment.user.type === "Bot";
  return {
    url: store.api(repo, `/issues/comments/${comment.id}`),
    html_url: store.html(repo, `/pull/${comment.issueNumber}#issuecomment-${comment.id}`),
    issue_url: store.api(repo, `/issues/${comment.issueNumber}`),
    id: comment.id,
    node_id: nodeId("IC", comment.id),
    user: store.userJson(comment.user),
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    author_association: comment.user.login === repo.owner ? "OWNER" : "NONE",
    body: comment.body,
    reactions: { url: store.api(repo, `/issues/comments/${comment.id}/reactions`), total_count: 0 },
    performed_via_github_app: bot
      ? { id: 15368, slug: comment.user.login.replace(/\[bot\]$/, ""), name: "GitHub Actions" }
      : null,
  };
}

/** GitHub counts characters (code points), not UTF-16 units. */
function checkBodyLength(body: string): void {
  if ([...body].length > COMMENT_BODY_LIMIT) {
    throw validationFailed(
      "IssueComment",
      "data",
      "unprocessable",
      `Body is too long (maximum is ${COMMENT_BODY_LIMIT} characters)`,
    );
  }
}

function requireIssue(ctx: RepoContext): number {
  const number = Number(ctx.params["number"]);
  if (!ctx.repo.pulls.has(number)) throw notFound();
  return number;
}

function ownComment(ctx: RepoContext): IssueComment {
  const comment = findComment(ctx);
  // Simplification: GitHub also lets maintainers edit others' comments; here only the author may.
  if (comment.user.login !== ctx.user.login) throw forbidden();
  return comment;
}

function findComment(ctx: RepoContext): IssueComment {
  const comment = ctx.repo.comments.find((c) => c.id === Number(ctx.params["id"]));
  if (!comment) throw notFound();
  return comment;
}

export const issueRoutes: Route[] = [
  repoRoute("GET", "/issues/:number/comments", (ctx) => {
    const number = requireIssue(ctx);
    const comments = ctx.repo.comments.filter((c) => c.issueNumber === number);
    return paginated(ctx, comments, (c) => commentJson(ctx.store, ctx.repo, c));
  }),

  repoRoute("POST", "/issues/:number/comments", (ctx) => {
    const issueNumber = requireIssue(ctx);
    requireFields(ctx.body, ["body"]);
    const body = String(ctx.body["body"]);
    checkBodyLength(body);
    const now = timestamp();
    const comment = {
      id: ctx.store.nextId(),
      issueNumber,
      body,
      user: ctx.user,
      created_at: now,
      updated_at: now,
    };
    ctx.repo.comments.push(comment);
    return { status: 201, body: commentJson(ctx.store, ctx.repo, comment) };
  }),

  repoRoute("GET", "/issues/comments/:id", (ctx) => ({
    status: 200,
    body: commentJson(ctx.store, ctx.repo, findComment(ctx)),
  })),

  repoRoute("PATCH", "/issues/comments/:id", (ctx) => {
    const comment = ownComment(ctx);
    requireFields(ctx.body, ["body"]);
    const body = String(ctx.body["body"]);
    checkBodyLength(body);
    comment.body = body;
    comment.updated_at = timestamp();
    return { status: 200, body: commentJson(ctx.store, ctx.repo, comment) };
  }),

  repoRoute("DELETE", "/issues/comments/:id", (ctx) => {
    const comment = ownComment(ctx);
    ctx.repo.comments.splice(ctx.repo.comments.indexOf(comment), 1);
    return { status: 204 };
  }),

  // GitHub: `head` filters by "user:ref-name" (the fork's owner for a fork's branch), `state` defaults to open.
  repoRoute("GET", "/pulls", (ctx) => {
    const state = ctx.url.searchParams.get("state") ?? "open";
    const head = ctx.url.searchParams.get("head");
    const pulls = [...ctx.repo.pulls.values()].filter(
      (p) => (state === "all" || p["state"] === state) && (head === null || p["head"]["label"] === head),
    );
    return paginated(ctx, pulls, (p) => p);
  }),

  repoRoute("GET", "/pulls/:number", (ctx) => {
    const pull = ctx.repo.pulls.get(Number(ctx.params["number"]));
    if (!pull) throw notFound();
    return { status: 200, body: pull };
  }),

  repoRoute("GET", "/pulls/:number/files", (ctx) => {
    const files = ctx.repo.pullFiles.get(Number(ctx.params["number"]));
    if (!files) throw notFound();
    return paginated(ctx, files, (f) => f);
  }),
];
