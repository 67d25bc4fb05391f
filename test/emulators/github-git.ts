import { createHash } from "node:crypto";
import {
  type Commit,
  conflict,
  type EmulatedUser,
  invalidRequest,
  type Json,
  nodeId,
  notFound,
  type Repo,
  type RepoContext,
  requireFields,
  requireOneOf,
  type Store,
  type TagObject,
  timestamp,
  unprocessable,
} from "./github-model.ts";
import { type Route, repoRoute } from "./github-router.ts";

// Commits share their file buffers, so each blob is hashed once however many commits and listings hold it.
const blobShas = new WeakMap<Buffer, string>();

/** Git's blob id: sha1 over "blob <length>\0" and the bytes. */
export function blobSha(content: Buffer): string {
  let sha = blobShas.get(content);
  if (sha === undefined) {
    sha = createHash("sha1").update(`blob ${content.length}\0`).update(content).digest("hex");
    blobShas.set(content, sha);
  }
  return sha;
}

/** Above this the contents API serves a file's content only through the raw media type. */
export const CONTENTS_OBJECT_LIMIT = 1024 * 1024;

/** A blob by its sha: one made through the API, else looked up from the newest commit back. */
function findBlob(repo: Repo, sha: string): Buffer | undefined {
  const made = repo.blobs.get(sha);
  if (made) return made;
  for (const commit of [...repo.commits.values()].reverse()) {
    for (const content of commit.files.values()) if (blobSha(content) === sha) return content;
  }
  return undefined;
}

// Not git's tree format: a stable digest of the snapshot is all clients compare.
function treeSha(files: Map<string, Buffer>): string {
  const hash = createHash("sha1").update("tree");
  for (const path of [...files.keys()].sort()) hash.update(`${path}\0${blobSha(files.get(path)!)}\n`);
  return hash.digest("hex");
}

export function addCommit(
  repo: Repo,
  commit: {
    parents: string[];
    files: Map<string, Buffer>;
    message: string;
    author: EmulatedUser;
    sha?: string;
  },
): Commit {
  const date = timestamp();
  const tree = treeSha(commit.files);
  const sha =
    commit.sha ??
    createHash("sha1")
      .update(
        `commit\0${tree}\0${commit.parents.join(",")}\0${commit.message}\0${date}\0${repo.commits.size}`,
      )
      .digest("hex");
  const created: Commit = {
    sha,
    tree,
    parents: commit.parents,
    message: commit.message,
    files: commit.files,
    author: { name: commit.author.login, email: noreplyEmail(commit.author), date },
  };
  repo.commits.set(sha, created);
  repo.trees.set(tree, commit.files);
  return created;
}

function noreplyEmail(user: EmulatedUser): string {
  return `${user.id}+${user.login}@users.noreply.github.com`;
}

/** A commit or annotated-tag sha → the commit it names. */
export function peel(repo: Repo, sha: string): Commit | undefined {
  let current = sha;
  for (let tag = repo.tags.get(current); tag; tag = repo.tags.get(current)) current = tag.object.sha;
  return repo.commits.get(current);
}

/** Resolves a sha (full or abbreviated), a branch or tag name, or "heads/x" / "refs/tags/x". */
export function resolveCommit(repo: Repo, ref: string): Commit | undefined {
  const exact = repo.commits.get(ref);
  if (exact) return exact;
  const name = ref.replace(/^refs\//, "");
  for (const candidate of [`refs/${name}`, `refs/heads/${name}`, `refs/tags/${name}`]) {
    const sha = repo.refs.get(candidate);
    if (sha) return peel(repo, sha);
  }
  if (/^[0-9a-f]{7,39}$/.test(ref)) {
    const matches = [...repo.commits.keys()].filter((sha) => sha.startsWith(ref));
    if (matches.length === 1) return repo.commits.get(matches[0]!);
  }
  return undefined;
}

function isAncestor(repo: Repo, ancestor: string, descendant: string): boolean {
  const queue = [descendant];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const sha = queue.shift()!;
    if (sha === ancestor) return true;
    if (seen.has(sha)) continue;
    seen.add(sha);
    queue.push(...(repo.commits.get(sha)?.parents ?? []));
  }
  return false;
}

export function commitJson(store: Store, repo: Repo, commit: Commit): Json {
  const person = { ...commit.author };
  return {
    sha: commit.sha,
    node_id: nodeId("C", Number.parseInt(commit.sha.slice(0, 8), 16)),
    url: store.api(repo, `/git/commits/${commit.sha}`),
    html_url: store.html(repo, `/commit/${commit.sha}`),
    author: person,
    committer: person,
    message: commit.message,
    tree: { sha: commit.tree, url: store.api(repo, `/git/trees/${commit.tree}`) },
    parents: commit.parents.map((sha) => ({
      sha,
      url: store.api(repo, `/git/commits/${sha}`),
      html_url: store.html(repo, `/commit/${sha}`),
    })),
    verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
  };
}

function refJson(store: Store, repo: Repo, ref: string, sha: string): Json {
  const type = repo.tags.has(sha) ? "tag" : "commit";
  return {
    ref,
    node_id: nodeId("REF", Number.parseInt(sha.slice(0, 8), 16)),
    url: store.api(repo, `/git/${ref}`),
    object: { type, sha, url: store.api(repo, `/git/${type === "tag" ? "tags" : "commits"}/${sha}`) },
  };
}

function tagJson(store: Store, repo: Repo, tag: TagObject): Json {
  return {
    node_id: nodeId("TAG", Number.parseInt(tag.sha.slice(0, 8), 16)),
    tag: tag.tag,
    sha: tag.sha,
    url: store.api(repo, `/git/tags/${tag.sha}`),
    message: tag.message,
    tagger: tag.tagger,
    object: {
      ...tag.object,
      url: store.api(repo, `/git/${tag.object.type === "tag" ? "tags" : "commits"}/${tag.object.sha}`),
    },
    verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
  };
}

function contentJson(ctx: RepoContext, path: string, content: Buffer, ref: string): Json {
  const { store, repo } = ctx;
  const sha = blobSha(content);
  const encodedPath = path.split("/").map(encodeURIComponent).join("/");
  const self = store.api(repo, `/contents/${encodedPath}?ref=${encodeURIComponent(ref)}`);
  const git = store.api(repo, `/git/blobs/${sha}`);
  const html = store.html(repo, `/blob/${ref}/${encodedPath}`);
  return {
    name: path.split("/").pop(),
    path,
    sha,
    size: content.length,
    url: self,
    html_url: html,
    git_url: git,
    download_url: `https://raw.githubusercontent.com/${repo.fullName}/${ref}/${encodedPath}`,
    type: "file",
    _links: { self, git, html },
  };
}

/** Base64 with a newline every 60 characters, as the contents API sends it. */
function wrappedBase64(content: Buffer): string {
  return (content.toString("base64").match(/.{1,60}/g) ?? []).map((line) => `${line}\n`).join("");
}

function branchHead(repo: Repo, branch: string): Commit {
  const sha = repo.refs.get(`refs/heads/${branch}`);
  const commit = sha ? peel(repo, sha) : undefined;
  if (!commit) throw notFound(`Branch ${branch} not found`);
  return commit;
}

function decodeBase64(value: unknown): Buffer {
  if (typeof value !== "string" || !/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(value)) {
    throw invalidRequest('"content" is not valid Base64.');
  }
  return Buffer.from(value, "base64");
}

function commitChange(ctx: RepoContext, branch: string, files: Map<string, Buffer>): Commit {
  const head = branchHead(ctx.repo, branch);
  const commit = addCommit(ctx.repo, {
    parents: [head.sha],
    files,
    message: String(ctx.body["message"]),
    author: ctx.user,
  });
  ctx.repo.refs.set(`refs/heads/${branch}`, commit.sha);
  return commit;
}

function requireObject(repo: Repo, sha: unknown): string {
  if (typeof sha !== "string" || (!repo.commits.has(sha) && !repo.tags.has(sha))) {
    throw unprocessable("Object does not exist");
  }
  return sha;
}

const TREE_MODES = ["100644", "100755", "040000", "160000", "120000"];

/** `POST /git/trees`: the base tree's files (none without `base_tree`) with the entries applied. */
function buildTree(repo: Repo, body: Json): Map<string, Buffer> {
  requireFields(body, ["tree"]);
  if (!Array.isArray(body["tree"])) throw invalidRequest("For 'properties/tree', it is not an array.");
  let files = new Map<string, Buffer>();
  if (body["base_tree"] !== undefined) {
    const base = repo.trees.get(String(body["base_tree"]));
    if (!base) throw unprocessable("base_tree is not a valid tree oid");
    files = new Map(base);
  }
  for (const entry of body["tree"] as Json[]) {
    const path = String(entry["path"] ?? "");
    if (!TREE_MODES.includes(entry["mode"])) throw invalidRequest(`tree.mode of ${path} is not a valid mode`);
    if (entry["sha"] !== undefined && entry["content"] !== undefined) {
      throw unprocessable(`Must supply either tree.sha or tree.content for ${path}, not both`);
    }
    if (entry["sha"] === null) {
      // GitHub fails the whole call when asked to delete what is not there.
      if (!files.delete(path)) throw unprocessable(`GitRPC::BadObjectState: ${path} is not in the base tree`);
      continue;
    }
    if (typeof entry["content"] === "string") {
      files.set(path, Buffer.from(entry["content"], "utf8"));
      continue;
    }
    const blob = typeof entry["sha"] === "string" ? findBlob(repo, entry["sha"]) : undefined;
    if (!blob) throw unprocessable(`Must supply a valid tree.sha or tree.content for ${path}`);
    files.set(path, blob);
  }
  return files;
}

/** Tree entries as `GET /git/trees` lists them: the top level, or (recursive) every file and folder. */
function treeEntries(store: Store, repo: Repo, files: Map<string, Buffer>, recursive: boolean): Json[] {
  const entries = new Map<string, Json>();
  for (const [path, content] of files) {
    const parts = path.split("/");
    const folders = recursive ? parts.length - 1 : Math.min(1, parts.length - 1);
    for (let i = 1; i <= folders; i++) {
      const folder = parts.slice(0, i).join("/");
      if (!entries.has(folder)) entries.set(folder, { path: folder, mode: "040000", type: "tree" });
    }
    if (recursive || parts.length === 1) {
      const sha = blobSha(content);
      entries.set(path, {
        path,
        mode: "100644",
        type: "blob",
        sha,
        size: content.length,
        url: store.api(repo, `/git/blobs/${sha}`),
      });
    }
  }
  return [...entries.values()].sort((a, b) => a["path"].localeCompare(b["path"]));
}

export const gitRoutes: Route[] = [
  repoRoute("POST", "/git/blobs", (ctx) => {
    const { repo, body } = ctx;
    requireFields(body, ["content"]);
    requireOneOf(body, "encoding", ["utf-8", "base64"]);
    const content =
      body["encoding"] === "base64"
        ? decodeBase64(body["content"])
        : Buffer.from(String(body["content"]), "utf8");
    const sha = blobSha(content);
    repo.blobs.set(sha, content);
    return { status: 201, body: { sha, url: ctx.store.api(repo, `/git/blobs/${sha}`) } };
  }),

  repoRoute("POST", "/git/trees", (ctx) => {
    const { repo, store } = ctx;
    const files = buildTree(repo, ctx.body);
    const sha = treeSha(files);
    repo.trees.set(sha, files);
    return {
      status: 201,
      body: {
        sha,
        url: store.api(repo, `/git/trees/${sha}`),
        tree: treeEntries(store, repo, files, false),
        truncated: false,
      },
    };
  }),

  repoRoute("GET", "/git/trees/:sha", (ctx) => {
    const { repo, store } = ctx;
    const sha = ctx.params["sha"]!;
    const files = repo.trees.get(sha) ?? resolveCommit(repo, sha)?.files;
    if (!files) throw notFound();
    const recursive = ctx.url.searchParams.has("recursive");
    return {
      status: 200,
      body: {
        sha,
        url: store.api(repo, `/git/trees/${sha}`),
        tree: treeEntries(store, repo, files, recursive),
        truncated: false,
      },
    };
  }),

  repoRoute("POST", "/git/commits", (ctx) => {
    const { repo, body } = ctx;
    requireFields(body, ["message", "tree"]);
    const files = repo.trees.get(String(body["tree"]));
    if (!files) throw unprocessable("Tree SHA does not exist");
    const parents = Array.isArray(body["parents"]) ? (body["parents"] as unknown[]).map(String) : [];
    for (const parent of parents)
      if (!repo.commits.has(parent))
        throw unprocessable("Parent SHA does not exist or is not a commit object");
    const commit = addCommit(repo, { parents, files, message: String(body["message"]), author: ctx.user });
    return { status: 201, body: commitJson(ctx.store, repo, commit) };
  }),

  repoRoute("GET", "/contents/*path", (ctx) => {
    const { repo } = ctx;
    const ref = ctx.url.searchParams.get("ref") ?? repo.defaultBranch;
    const commit = resolveCommit(repo, ref);
    if (!commit) throw notFound(`No commit found for the ref ${ref}`);
    const path = ctx.params["path"]!.replace(/^\/+|\/+$/g, "");
    const file = commit.files.get(path);
    if (file) {
      if (/^application\/vnd\.github(?:\.v3)?\.raw/.test(String(ctx.headers.accept ?? ""))) {
        return { status: 200, raw: file, headers: { "content-type": "application/octet-stream" } };
      }
      // GitHub: 1–100 MB files come with `content: ""` and `encoding: "none"` unless asked for raw.
      const large = file.length > CONTENTS_OBJECT_LIMIT;
      return {
        status: 200,
        body: {
          ...contentJson(ctx, path, file, ref),
          content: large ? "" : wrappedBase64(file),
          encoding: large ? "none" : "base64",
        },
      };
    }
    const prefix = path === "" ? "" : `${path}/`;
    const entries = new Map<string, Json>();
    for (const [filePath, content] of commit.files) {
      if (!filePath.startsWith(prefix)) continue;
      const [name, ...rest] = filePath.slice(prefix.length).split("/");
      if (rest.length === 0) entries.set(name!, contentJson(ctx, filePath, content, ref));
      else if (!entries.has(name!)) {
        entries.set(name!, { name, path: `${prefix}${name}`, type: "dir", size: 0, sha: commit.tree });
      }
    }
    if (entries.size === 0 && path !== "") throw notFound();
    return { status: 200, body: [...entries.values()].sort((a, b) => a["name"].localeCompare(b["name"])) };
  }),

  repoRoute("PUT", "/contents/*path", (ctx) => {
    const { repo, body } = ctx;
    requireFields(body, ["message", "content"]);
    const path = ctx.params["path"]!.replace(/^\/+|\/+$/g, "");
    const branch = typeof body["branch"] === "string" ? body["branch"] : repo.defaultBranch;
    const content = decodeBase64(body["content"]);
    const files = new Map(branchHead(repo, branch).files);
    const existing = files.get(path);
    if (existing) {
      if (body["sha"] === undefined) requireFields(body, ["sha"]);
      if (body["sha"] !== blobSha(existing)) throw conflict(`${path} does not match ${body["sha"]}`);
    }
    files.set(path, content);
    const commit = commitChange(ctx, branch, files);
    return {
      status: existing ? 200 : 201,
      body: { content: contentJson(ctx, path, content, branch), commit: commitJson(ctx.store, repo, commit) },
    };
  }),

  repoRoute("DELETE", "/contents/*path", (ctx) => {
    const { repo, body } = ctx;
    requireFields(body, ["message", "sha"]);
    const path = ctx.params["path"]!.replace(/^\/+|\/+$/g, "");
    const branch = typeof body["branch"] === "string" ? body["branch"] : repo.defaultBranch;
    const files = new Map(branchHead(repo, branch).files);
    const existing = files.get(path);
    if (!existing) throw notFound();
    if (body["sha"] !== blobSha(existing)) throw conflict(`${path} does not match ${body["sha"]}`);
    files.delete(path);
    const commit = commitChange(ctx, branch, files);
    return { status: 200, body: { content: null, commit: commitJson(ctx.store, repo, commit) } };
  }),

  repoRoute("GET", "/git/blobs/:sha", (ctx) => {
    const sha = ctx.params["sha"]!;
    const content = findBlob(ctx.repo, sha);
    if (!content) throw notFound();
    return {
      status: 200,
      body: {
        sha,
        node_id: nodeId("B", Number.parseInt(sha.slice(0, 8), 16)),
        size: content.length,
        url: ctx.store.api(ctx.repo, `/git/blobs/${sha}`),
        content: wrappedBase64(content),
        encoding: "base64",
      },
    };
  }),

  repoRoute("GET", "/git/ref/*ref", (ctx) => {
    const ref = `refs/${ctx.params["ref"]}`;
    const sha = ctx.repo.refs.get(ref);
    if (!sha) throw notFound();
    return { status: 200, body: refJson(ctx.store, ctx.repo, ref, sha) };
  }),

  repoRoute("GET", "/git/matching-refs/*ref", (ctx) => {
    const prefix = `refs/${ctx.params["ref"]}`;
    const refs = [...ctx.repo.refs.entries()]
      .filter(([ref]) => ref.startsWith(prefix))
      .sort(([a], [b]) => a.localeCompare(b));
    return { status: 200, body: refs.map(([ref, sha]) => refJson(ctx.store, ctx.repo, ref, sha)) };
  }),

  repoRoute("POST", "/git/refs", (ctx) => {
    const { repo, body } = ctx;
    requireFields(body, ["ref", "sha"]);
    const ref = String(body["ref"]);
    if (!ref.startsWith("refs/") || ref.split("/").length < 3) {
      throw unprocessable("ref must start with 'refs' and have at least two slashes.");
    }
    const sha = requireObject(repo, body["sha"]);
    if (repo.refs.has(ref)) throw unprocessable("Reference already exists");
    repo.refs.set(ref, sha);
    return { status: 201, body: refJson(ctx.store, repo, ref, sha) };
  }),

  repoRoute("PATCH", "/git/refs/*ref", (ctx) => {
    const { repo, body } = ctx;
    requireFields(body, ["sha"]);
    const ref = `refs/${ctx.params["ref"]}`;
    const current = repo.refs.get(ref);
    if (!current) throw unprocessable("Reference does not exist");
    const sha = requireObject(repo, body["sha"]);
    const from = peel(repo, current)?.sha ?? current;
    const to = peel(repo, sha)?.sha ?? sha;
    if (body["force"] !== true && !isAncestor(repo, from, to))
      throw unprocessable("Update is not a fast forward");
    repo.refs.set(ref, sha);
    return { status: 200, body: refJson(ctx.store, repo, ref, sha) };
  }),

  repoRoute("DELETE", "/git/refs/*ref", (ctx) => {
    const ref = `refs/${ctx.params["ref"]}`;
    if (!ctx.repo.refs.delete(ref)) throw unprocessable("Reference does not exist");
    return { status: 204 };
  }),

  repoRoute("POST", "/git/tags", (ctx) => {
    const { repo, body } = ctx;
    requireFields(body, ["tag", "message", "object", "type"]);
    const object = requireObject(repo, body["object"]);
    const tagger = body["tagger"] ?? { name: ctx.user.login, email: noreplyEmail(ctx.user) };
    const date = tagger.date ?? timestamp();
    const sha = createHash("sha1")
      .update(`tag\0${object}\0${body["tag"]}\0${body["message"]}\0${date}\0${repo.tags.size}`)
      .digest("hex");
    const tag: TagObject = {
      sha,
      tag: String(body["tag"]),
      message: String(body["message"]),
      object: { type: String(body["type"]), sha: object },
      tagger: { name: String(tagger.name), email: String(tagger.email), date },
    };
    repo.tags.set(sha, tag);
    return { status: 201, body: tagJson(ctx.store, repo, tag) };
  }),

  repoRoute("GET", "/git/tags/:sha", (ctx) => {
    const tag = ctx.repo.tags.get(ctx.params["sha"]!);
    if (!tag) throw notFound();
    return { status: 200, body: tagJson(ctx.store, ctx.repo, tag) };
  }),

  repoRoute("GET", "/git/commits/:sha", (ctx) => {
    const commit = ctx.repo.commits.get(ctx.params["sha"]!);
    if (!commit) throw notFound();
    return { status: 200, body: commitJson(ctx.store, ctx.repo, commit) };
  }),
];
