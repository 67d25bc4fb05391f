import { createHash, randomBytes } from "node:crypto";
import { resolveCommit } from "./github-git.ts";
import {
  ApiError,
  type ApiReply,
  type Json,
  nodeId,
  notFound,
  type Repo,
  type RepoContext,
  requireFields,
  type Store,
  timestamp,
  unprocessable,
  validationFailed,
} from "./github-model.ts";
import { paginated, type Route, repoRoute } from "./github-router.ts";

/** Where asset downloads redirect to, like GitHub's signed object-storage links; served without a token. */
const OBJECTS_PREFIX = "/_objects/release-assets/";

/** Stored releases keep their assets' bytes (`data`); the API never sends them. */
function assetJson(asset: Json): Json {
  const { data: _data, signature: _signature, ...json } = asset;
  return json;
}

function releaseJson(release: Json): Json {
  return { ...release, assets: (release["assets"] as Json[]).map(assetJson) };
}

function findRelease(ctx: RepoContext): Json {
  const release = ctx.repo.releases.find((r) => r["id"] === Number(ctx.params["id"]));
  if (!release) throw notFound();
  return release;
}

function findAsset(ctx: RepoContext): { release: Json; asset: Json } {
  const id = Number(ctx.params["id"]);
  for (const release of ctx.repo.releases) {
    const asset = (release["assets"] as Json[]).find((a) => a["id"] === id);
    if (asset) return { release, asset };
  }
  throw notFound();
}

/** A published release's tag must exist: GitHub creates it at `target_commitish` when missing. */
function ensureTag(repo: Repo, release: Json): void {
  if (release["draft"] || repo.refs.has(`refs/tags/${release["tag_name"]}`)) return;
  const commit = resolveCommit(repo, release["target_commitish"]);
  if (!commit) throw validationFailed("Release", "target_commitish", "invalid");
  repo.refs.set(`refs/tags/${release["tag_name"]}`, commit.sha);
}

function applyReleaseFields(release: Json, body: Json): void {
  for (const field of ["tag_name", "target_commitish", "name", "body", "draft", "prerelease"]) {
    if (body[field] !== undefined) release[field] = body[field];
  }
}

function requireUniqueTag(repo: Repo, tag: unknown, except?: Json): void {
  if (repo.releases.some((r) => r !== except && r["tag_name"] === tag)) {
    throw validationFailed("Release", "tag_name", "already_exists");
  }
}

function releaseUrls(store: Store, repo: Repo, id: number, tag: string): Json {
  return {
    url: store.api(repo, `/releases/${id}`),
    assets_url: store.api(repo, `/releases/${id}/assets`),
    upload_url: `${store.api(repo, `/releases/${id}/assets`)}{?name,label}`,
    html_url: store.html(repo, `/releases/tag/${encodeURIComponent(tag)}`),
    tarball_url: store.api(repo, `/tarball/${encodeURIComponent(tag)}`),
    zipball_url: store.api(repo, `/zipball/${encodeURIComponent(tag)}`),
  };
}

export const releaseRoutes: Route[] = [
  repoRoute("POST", "/releases", (ctx) => {
    const { body, repo, store } = ctx;
    requireFields(body, ["tag_name"]);
    requireUniqueTag(repo, body["tag_name"]);
    const id = store.nextId();
    const now = timestamp();
    const release: Json = {
      ...releaseUrls(store, repo, id, String(body["tag_name"])),
      id,
      node_id: nodeId("RE", id),
      author: store.userJson(ctx.user),
      tag_name: String(body["tag_name"]),
      target_commitish: repo.defaultBranch,
      name: null,
      body: null,
      draft: false,
      prerelease: false,
      immutable: false,
      created_at: now,
      published_at: null,
      assets: [],
    };
    applyReleaseFields(release, body);
    ensureTag(repo, release);
    if (!release["draft"]) release["published_at"] = now;
    repo.releases.push(release);
    return { status: 201, body: releaseJson(release) };
  }),

  repoRoute("PATCH", "/releases/:id", (ctx) => {
    const release = findRelease(ctx);
    if (ctx.body["tag_name"] !== undefined) requireUniqueTag(ctx.repo, ctx.body["tag_name"], release);
    const wasDraft = release["draft"];
    applyReleaseFields(release, ctx.body);
    Object.assign(release, releaseUrls(ctx.store, ctx.repo, release["id"], release["tag_name"]));
    ensureTag(ctx.repo, release);
    if (wasDraft && !release["draft"]) release["published_at"] = timestamp();
    return { status: 200, body: releaseJson(release) };
  }),

  repoRoute("GET", "/releases", (ctx) => paginated(ctx, [...ctx.repo.releases].reverse(), releaseJson)),

  repoRoute("GET", "/releases/latest", (ctx) => {
    const published = ctx.repo.releases.filter((r) => !r["draft"] && !r["prerelease"]);
    const latest = published.at(-1);
    if (!latest) throw notFound();
    return { status: 200, body: releaseJson(latest) };
  }),

  repoRoute("GET", "/releases/tags/:tag", (ctx) => {
    const release = ctx.repo.releases.find((r) => r["tag_name"] === ctx.params["tag"] && !r["draft"]);
    if (!release) throw notFound();
    return { status: 200, body: releaseJson(release) };
  }),

  repoRoute("GET", "/releases/:id", (ctx) => ({ status: 200, body: releaseJson(findRelease(ctx)) })),

  repoRoute("DELETE", "/releases/:id", (ctx) => {
    const release = findRelease(ctx);
    ctx.repo.releases.splice(ctx.repo.releases.indexOf(release), 1);
    return { status: 204 };
  }),

  repoRoute("GET", "/releases/:id/assets", (ctx) =>
    paginated(ctx, findRelease(ctx)["assets"] as Json[], assetJson),
  ),

  repoRoute(
    "POST",
    "/releases/:id/assets",
    (ctx) => {
      const { repo, store } = ctx;
      const release = findRelease(ctx);
      const name = ctx.url.searchParams.get("name");
      if (!name) throw unprocessable("Bad Content-Length or missing name parameter");
      const assets: Json[] = release["assets"];
      if (assets.some((a) => a["name"] === name))
        throw validationFailed("ReleaseAsset", "name", "already_exists");
      const id = store.nextId();
      const now = timestamp();
      const signature = randomBytes(16).toString("hex");
      const failed = store.starterUploads > 0;
      if (failed) store.starterUploads -= 1;
      const asset: Json = {
        url: store.api(repo, `/releases/assets/${id}`),
        browser_download_url: `${store.baseUrl}${OBJECTS_PREFIX}${id}?sig=${signature}`,
        id,
        node_id: nodeId("RA", id),
        name,
        label: ctx.url.searchParams.get("label") ?? "",
        state: failed ? "starter" : "uploaded",
        content_type: ctx.headers["content-type"] ?? "application/octet-stream",
        size: failed ? 0 : ctx.raw.length,
        digest: failed ? null : `sha256:${createHash("sha256").update(ctx.raw).digest("hex")}`,
        download_count: 0,
        created_at: now,
        updated_at: now,
        uploader: store.userJson(ctx.user),
        data: failed ? Buffer.alloc(0) : ctx.raw,
        signature,
      };
      assets.push(asset);
      if (failed) throw new ApiError(502, { message: "Bad Gateway" });
      return { status: 201, body: assetJson(asset) };
    },
    { rawBody: true },
  ),

  repoRoute("GET", "/releases/assets/:id", (ctx) => {
    const { asset } = findAsset(ctx);
    if (!String(ctx.headers.accept ?? "").includes("application/octet-stream")) {
      return { status: 200, body: assetJson(asset) };
    }
    // GitHub answers with a redirect to signed object storage; clients follow it.
    return { status: 302, headers: { location: asset["browser_download_url"] } };
  }),

  repoRoute("DELETE", "/releases/assets/:id", (ctx) => {
    const { release, asset } = findAsset(ctx);
    const assets: Json[] = release["assets"];
    assets.splice(assets.indexOf(asset), 1);
    return { status: 204 };
  }),
];

/** Serves a signed asset download link, or returns undefined when the path is not one. */
export function serveAssetObject(store: Store, url: URL): ApiReply | undefined {
  if (!url.pathname.startsWith(OBJECTS_PREFIX)) return undefined;
  const id = Number(url.pathname.slice(OBJECTS_PREFIX.length));
  for (const repo of store.repos.values()) {
    for (const release of repo.releases) {
      const asset = (release["assets"] as Json[]).find((a) => a["id"] === id);
      if (asset && url.searchParams.get("sig") === asset["signature"]) {
        asset["download_count"] += 1;
        return {
          status: 200,
          raw: asset["data"],
          headers: {
            "content-type": "application/octet-stream",
            "content-disposition": `attachment; filename=${asset["name"]}`,
          },
        };
      }
    }
  }
  return {
    status: 403,
    raw: Buffer.from("<Error><Code>AccessDenied</Code></Error>"),
    headers: { "content-type": "application/xml" },
  };
}
