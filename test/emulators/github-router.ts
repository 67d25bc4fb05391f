import type { ApiReply, RepoContext, RequestContext } from "./github-model.ts";

type Handler = (ctx: RequestContext & { repo?: RepoContext["repo"] }) => ApiReply;

export interface Route {
  method: string;
  segments: string[];
  /** The body is bytes (an upload), not JSON. */
  rawBody: boolean;
  handle: Handler;
}

interface RouteOptions {
  rawBody?: boolean;
}

export function route(
  method: string,
  path: string,
  handle: (ctx: RequestContext) => ApiReply,
  options: RouteOptions = {},
): Route {
  return { method, segments: path.split("/").filter(Boolean), rawBody: options.rawBody ?? false, handle };
}

/** A route under /repos/:owner/:repo; the dispatcher resolves the repository (404) before calling it. */
export function repoRoute(
  method: string,
  subpath: string,
  handle: (ctx: RepoContext) => ApiReply,
  options: RouteOptions = {},
): Route {
  const wrapped = (ctx: RequestContext & { repo?: RepoContext["repo"] }) => {
    if (!ctx.repo) throw new Error(`repository not resolved for ${subpath}`);
    return handle(ctx as RepoContext);
  };
  return route(method, `/repos/:owner/:repo${subpath}`, wrapped, options);
}

/**
 * Matches `:name` to one segment and `*name` to the rest of the path (possibly empty). Segments are
 * decoded after matching, because clients percent-encode slashes inside parameters (`heads%2Fmain`).
 */
export function matchRoute(route: Route, pathname: string): Record<string, string> | undefined {
  const parts = pathname.split("/").filter(Boolean);
  const params: Record<string, string> = {};
  for (const [i, segment] of route.segments.entries()) {
    if (segment.startsWith("*")) {
      params[segment.slice(1)] = decodeURIComponent(parts.slice(i).join("/"));
      return params;
    }
    const part = parts[i];
    if (part === undefined) return undefined;
    if (segment.startsWith(":")) params[segment.slice(1)] = decodeURIComponent(part);
    else if (segment !== part) return undefined;
  }
  return parts.length === route.segments.length ? params : undefined;
}

/** One page of `items` per `per_page` (default 30, max 100) and `page`, with GitHub's Link header. */
export function paginate<T>(
  ctx: RequestContext,
  items: T[],
): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(ctx.url.searchParams.get("per_page")) || 30));
  const page = Math.max(1, Number(ctx.url.searchParams.get("page")) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = (n: number, rel: string) => {
    const url = new URL(ctx.url.pathname + ctx.url.search, ctx.store.baseUrl);
    url.searchParams.set("page", String(n));
    return `<${url.href}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(Math.min(page - 1, last), "prev"));
  if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
  if (page > 1) links.push(link(1, "first"));
  return { items: slice, headers: links.length > 0 ? { link: links.join(", ") } : {} };
}

export function paginated<T>(ctx: RequestContext, items: T[], render: (item: T) => unknown): ApiReply {
  const { items: slice, headers } = paginate(ctx, items);
  return { status: 200, body: slice.map(render), headers };
}
