import { randomBytes } from "node:crypto";
import type http from "node:http";
import { FaultInjector } from "./faults.ts";
import { checkRoutes } from "./github-checks.ts";
import { deploymentRoutes } from "./github-deployments.ts";
import { addCommit, blobSha, gitRoutes, resolveCommit } from "./github-git.ts";
import { addPullRequest, issueRoutes, type PullRequestSeed } from "./github-issues.ts";
import {
  ApiError,
  type ApiReply,
  type EmulatedUser,
  forbidden,
  type Json,
  notFound,
  type Repo,
  Store,
  timestamp,
} from "./github-model.ts";
import { releaseRoutes, serveAssetObject } from "./github-releases.ts";
import { matchRoute, type Route, repoRoute, route } from "./github-router.ts";
import { listenOnLoopback, readBody } from "./loopback.ts";

export type { EmulatedUser } from "./github-model.ts";

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  headers: http.IncomingHttpHeaders;
  /** Parsed JSON, the raw bytes when the body is not JSON, or undefined when there is none. */
  body: unknown;
}

export interface GitHubEmulator {
  /** "http://127.0.0.1:<port>": use as GITHUB_API_URL or octokit's baseUrl. */
  url: string;
  faults: FaultInjector;
  requests: RecordedRequest[];
  /** Register a token; requests with `Authorization: token|Bearer <token>` act as this user. */
  addToken(
    token: string,
    user: { login: string; type?: "User" | "Bot" },
    options?: { readOnly?: boolean },
  ): EmulatedUser;
  /** Create a repository (owner/name) with an empty initial commit on its default branch, if missing. */
  addRepo(fullName: string, options?: { defaultBranch?: string }): void;
  /** Create a pull request (and its repository if missing); returns its number. */
  addPullRequest(fullName: string, pr: PullRequestSeed): number;
  /** Seed a comment directly (bypasses auth), e.g. 120 comments by other users. */
  seedComment(fullName: string, issueNumber: number, comment: { body: string; user: string }): { id: number };
  comments(
    fullName: string,
    issueNumber: number,
  ): Array<{
    id: number;
    body: string;
    user: EmulatedUser;
    created_at: string;
    updated_at: string;
    html_url: string;
  }>;
  /** Stored check runs, oldest first, with every annotation accumulated in `output.annotations`. */
  checkRuns(fullName: string): Json[];
  /** Commit statuses for `sha`, oldest first. */
  statuses(fullName: string, sha: string): Json[];
  /** Deployments, oldest first, each with its `statuses` (oldest first). */
  deployments(fullName: string): Json[];
  /** Releases, oldest first, each with its `assets` and each asset's bytes in `data`. */
  releases(fullName: string): Json[];
  file(fullName: string, path: string, ref?: string): { content: Buffer; sha: string } | undefined;
  /** Commit files onto the default branch directly (bypasses the API), e.g. a long history to start from. */
  seedFiles(fullName: string, files: Record<string, string | Buffer>, message?: string): void;
  /** "heads/main" or "tags/v1" → the sha it points at. */
  ref(fullName: string, ref: string): string | undefined;
  /** The next `count` asset uploads fail with a 502 that leaves an empty `starter` asset, as GitHub's can. */
  leaveStarterAssets(count: number): void;
  /** A commit's message and parents, e.g. to walk a branch's history back. */
  commit(fullName: string, sha: string): { message: string; parents: string[] };
  close(): Promise<void>;
}

const RATE_LIMIT = 5000;

const coreRoutes: Route[] = [
  route("GET", "/user", (ctx) => {
    // Installation tokens (GITHUB_TOKEN) cannot read /user.
    if (ctx.user.type === "Bot") throw forbidden();
    const user = ctx.store.userJson(ctx.user);
    return {
      status: 200,
      body: { ...user, name: ctx.user.login, email: null, created_at: timestamp(new Date(0)) },
    };
  }),
  repoRoute("GET", "", (ctx) => ({ status: 200, body: ctx.store.repoJson(ctx.repo) })),
];

const routes: Route[] = [
  ...coreRoutes,
  ...issueRoutes,
  ...gitRoutes,
  ...checkRoutes,
  ...deploymentRoutes,
  ...releaseRoutes,
];

/** A stateful GitHub REST API on loopback that the real octokit clients talk to unchanged. */
export async function startGitHubEmulator(): Promise<GitHubEmulator> {
  const faults = new FaultInjector();
  const requests: RecordedRequest[] = [];
  const used = new Map<string, number>();
  const resetAt = Math.floor(Date.now() / 1000) + 3600;
  const store = new Store();

  const server = await listenOnLoopback(async (req, res) => {
    const url = new URL(req.url ?? "/", store.baseUrl);
    const raw = await readBody(req);
    const json = parseJson(raw);
    requests.push({
      method: req.method ?? "GET",
      path: url.pathname,
      query: url.search.slice(1),
      headers: req.headers,
      body: json.ok ? json.value : raw.length > 0 ? raw : undefined,
    });
    if (await faults.apply(req, res)) return;
    const lostAnswer = faults.afterHandling(req);

    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
    const key = token ?? "anonymous";
    used.set(key, (used.get(key) ?? 0) + 1);
    const limit = token ? RATE_LIMIT : 60;
    const headers: Record<string, string> = {
      "x-github-request-id": randomRequestId(),
      "x-github-api-version-selected": "2022-11-28",
      "x-github-media-type": "github.v3; format=json",
      "x-ratelimit-limit": String(limit),
      "x-ratelimit-remaining": String(Math.max(0, limit - used.get(key)!)),
      "x-ratelimit-reset": String(resetAt),
      "x-ratelimit-used": String(used.get(key)),
      "x-ratelimit-resource": "core",
    };
    let reply: ApiReply;
    try {
      reply = serveAssetObject(store, url) ?? dispatch(store, req, url, raw, json, token);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      reply = { status: error.status, body: error.body, headers: error.headers };
    }
    if (lostAnswer && (await lostAnswer(req, res))) return;
    send(res, reply, headers);
  });
  store.baseUrl = server.url;

  return {
    url: server.url,
    faults,
    requests,
    addToken(token, user, options = {}) {
      const type = user.type ?? (user.login.endsWith("[bot]") ? "Bot" : "User");
      const emulated = store.user(user.login, type);
      store.tokens.set(token, { user: emulated, readOnly: options.readOnly ?? false });
      return emulated;
    },
    addRepo(fullName, options = {}) {
      createRepo(store, fullName, options.defaultBranch ?? "main");
    },
    addPullRequest(fullName, pr) {
      return addPullRequest(store, createRepo(store, fullName, "main"), pr);
    },
    seedComment(fullName, issueNumber, comment) {
      const repo = store.repo(fullName);
      if (!repo.pulls.has(issueNumber)) {
        throw new Error(`GitHub emulator: ${fullName} has no pull request #${issueNumber}`);
      }
      const now = timestamp();
      const id = store.nextId();
      repo.comments.push({
        id,
        issueNumber,
        body: comment.body,
        user: store.user(comment.user),
        created_at: now,
        updated_at: now,
      });
      return { id };
    },
    comments(fullName, issueNumber) {
      const repo = store.repo(fullName);
      return repo.comments
        .filter((c) => c.issueNumber === issueNumber)
        .map((c) => ({
          id: c.id,
          body: c.body,
          user: c.user,
          created_at: c.created_at,
          updated_at: c.updated_at,
          html_url: store.html(repo, `/pull/${issueNumber}#issuecomment-${c.id}`),
        }));
    },
    checkRuns: (fullName) => store.repo(fullName).checkRuns,
    statuses: (fullName, sha) => store.repo(fullName).statuses.filter((s) => s["sha"] === sha),
    deployments: (fullName) => store.repo(fullName).deployments,
    releases: (fullName) => store.repo(fullName).releases,
    file(fullName, path, ref) {
      const repo = store.repo(fullName);
      const content = resolveCommit(repo, ref ?? repo.defaultBranch)?.files.get(path);
      return content ? { content, sha: blobSha(content) } : undefined;
    },
    seedFiles(fullName, files, message = "Seed files") {
      const repo = store.repo(fullName);
      const ref = `refs/heads/${repo.defaultBranch}`;
      const head = resolveCommit(repo, repo.defaultBranch)!;
      const next = new Map(head.files);
      for (const [path, content] of Object.entries(files)) next.set(path, Buffer.from(content));
      const commit = addCommit(repo, {
        parents: [head.sha],
        files: next,
        message,
        author: store.user(repo.owner),
      });
      repo.refs.set(ref, commit.sha);
    },
    ref(fullName, ref) {
      return store.repo(fullName).refs.get(ref.startsWith("refs/") ? ref : `refs/${ref}`);
    },
    leaveStarterAssets(count) {
      store.starterUploads = count;
    },
    commit(fullName, sha) {
      const commit = store.repo(fullName).commits.get(sha);
      if (!commit) throw new Error(`GitHub emulator: no commit ${sha} in ${fullName}`);
      return { message: commit.message, parents: commit.parents };
    },
    close: server.close,
  };
}

function createRepo(store: Store, fullName: string, defaultBranch: string): Repo {
  const [owner, name, ...rest] = fullName.split("/");
  if (!owner || !name || rest.length > 0) throw new Error(`GitHub emulator: "${fullName}" is not owner/name`);
  const existing = store.findRepo(owner, name);
  if (existing) return existing;
  const repo: Repo = {
    id: store.nextId(),
    owner,
    name,
    fullName: `${owner}/${name}`,
    defaultBranch,
    refs: new Map(),
    commits: new Map(),
    trees: new Map(),
    blobs: new Map(),
    tags: new Map(),
    pulls: new Map(),
    pullFiles: new Map(),
    nextNumber: 1,
    comments: [],
    checkRuns: [],
    statuses: [],
    deployments: [],
    releases: [],
  };
  const initial = addCommit(repo, {
    parents: [],
    files: new Map(),
    message: "Initial commit",
    author: store.user(owner),
  });
  repo.refs.set(`refs/heads/${defaultBranch}`, initial.sha);
  store.repos.set(repo.fullName.toLowerCase(), repo);
  return repo;
}

function dispatch(
  store: Store,
  req: http.IncomingMessage,
  url: URL,
  raw: Buffer,
  json: ParsedJson,
  token: string | undefined,
): ApiReply {
  const method = req.method ?? "GET";
  let matched: { route: Route; params: Record<string, string> } | undefined;
  for (const candidate of routes) {
    if (candidate.method !== method) continue;
    const params = matchRoute(candidate, url.pathname);
    if (params) {
      matched = { route: candidate, params };
      break;
    }
  }
  if (!matched) throw notFound();
  if (!token) throw new ApiError(401, { message: "Requires authentication" });
  const grant = store.tokens.get(token);
  if (!grant) throw new ApiError(401, { message: "Bad credentials" });
  const { params } = matched;
  const repo =
    params["owner"] && params["repo"] ? store.findRepo(params["owner"], params["repo"]) : undefined;
  if (params["owner"] && !repo) throw notFound();
  if (method !== "GET" && method !== "HEAD" && grant.readOnly) throw forbidden();
  let body: Json = {};
  if (!matched.route.rawBody && raw.length > 0) {
    if (!json.ok || typeof json.value !== "object" || json.value === null || Array.isArray(json.value)) {
      throw new ApiError(400, { message: "Problems parsing JSON" });
    }
    body = json.value as Json;
  }
  return matched.route.handle({
    store,
    method,
    url,
    params,
    headers: req.headers,
    body,
    raw,
    user: grant.user,
    ...(repo ? { repo } : {}),
  });
}

type ParsedJson = { ok: true; value: unknown } | { ok: false };

function parseJson(raw: Buffer): ParsedJson {
  if (raw.length === 0) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(raw.toString("utf8")) };
  } catch {
    return { ok: false };
  }
}

function send(res: http.ServerResponse, reply: ApiReply, common: Record<string, string>): void {
  const headers: Record<string, string | number> = { ...common, ...reply.headers };
  let payload: Buffer | undefined = reply.raw;
  if (payload === undefined && reply.body !== undefined) {
    payload = Buffer.from(JSON.stringify(reply.body));
    headers["content-type"] = "application/json; charset=utf-8";
  }
  headers["content-length"] = payload?.length ?? 0;
  res.writeHead(reply.status, headers);
  res.end(payload);
}

function randomRequestId(): string {
  const hex = (bytes: number) => randomBytes(bytes).toString("hex").toUpperCase();
  return `${hex(2)}:${hex(2)}:${hex(3)}:${hex(4)}:${hex(4)}`;
}
