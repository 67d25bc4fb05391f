import { resolveCommit } from "./github-git.ts";
import {
  forbidden,
  invalidRequest,
  type Json,
  nodeId,
  notFound,
  type RepoContext,
  requireFields,
  requireOneOf,
  timestamp,
  unprocessable,
  validationFailed,
} from "./github-model.ts";
import { paginate, paginated, type Route, repoRoute } from "./github-router.ts";

const ANNOTATIONS_PER_REQUEST = 50;
const OUTPUT_LIMIT = 65_535;
const STATUS_DESCRIPTION_LIMIT = 140;
const CHECK_STATUSES = ["queued", "in_progress", "completed", "waiting", "requested", "pending"];
const CONCLUSIONS = [
  "action_required",
  "cancelled",
  "failure",
  "neutral",
  "success",
  "skipped",
  "stale",
  "timed_out",
];
const ANNOTATION_LEVELS = ["notice", "warning", "failure"];
export const COMMIT_STATES = ["error", "failure", "pending", "success"];

const GITHUB_ACTIONS_APP = {
  id: 15368,
  slug: "github-actions",
  node_id: "MDM6QXBwMTUzNjg=",
  name: "GitHub Actions",
  html_url: "https://github.com/apps/github-actions",
};

/**
 * A full sha, or a ref the repository knows. Any 40-hex sha is accepted: tests rarely seed every
 * commit they report on.
 */
export function commitSha(ctx: RepoContext, ref: string): string {
  if (/^[0-9a-f]{40}$/.test(ref)) return ref;
  const commit = resolveCommit(ctx.repo, ref);
  if (!commit) throw unprocessable(`No commit found for SHA: ${ref}`);
  return commit.sha;
}

/** The two layers GitHub validates output text with: characters (schema), then UTF-8 bytes (model). */
function checkOutputText(output: Json, field: string): void {
  const text = output[field];
  if (typeof text !== "string") return;
  const characters = [...text].length;
  if (characters > OUTPUT_LIMIT) {
    throw invalidRequest(`Only ${OUTPUT_LIMIT} characters are allowed; ${characters} were supplied.`);
  }
  if (Buffer.byteLength(text) > OUTPUT_LIMIT) {
    throw validationFailed(
      "CheckRun",
      field,
      "custom",
      `${field} exceeds a maximum bytesize of ${OUTPUT_LIMIT}`,
    );
  }
}

function validateCheckRun(body: Json): void {
  requireOneOf(body, "status", CHECK_STATUSES);
  requireOneOf(body, "conclusion", CONCLUSIONS);
  if (body["status"] === "completed" && body["conclusion"] === undefined) requireFields(body, ["conclusion"]);
  const output = body["output"];
  if (output === undefined) return;
  requireFields(output, ["title", "summary"]);
  checkOutputText(output, "summary");
  checkOutputText(output, "text");
  const annotations: Json[] = output["annotations"] ?? [];
  if (annotations.length > ANNOTATIONS_PER_REQUEST) {
    throw invalidRequest(
      `No more than ${ANNOTATIONS_PER_REQUEST} items are allowed; ${annotations.length} were supplied.`,
    );
  }
  for (const annotation of annotations) {
    requireFields(annotation, ["path", "start_line", "end_line", "annotation_level", "message"]);
    requireOneOf(annotation, "annotation_level", ANNOTATION_LEVELS);
  }
}

function annotationJson(ctx: RepoContext, run: Json, a: Json): Json {
  return {
    path: a["path"],
    start_line: a["start_line"],
    end_line: a["end_line"],
    start_column: a["start_column"] ?? null,
    end_column: a["end_column"] ?? null,
    annotation_level: a["annotation_level"],
    title: a["title"] ?? null,
    message: a["message"],
    raw_details: a["raw_details"] ?? null,
    blob_href: ctx.store.html(ctx.repo, `/blob/${run["head_sha"]}/${a["path"]}`),
  };
}

/** The stored run keeps every annotation; the API reports only their count. */
function checkRunJson(run: Json): Json {
  const { annotations, ...output } = run["output"];
  return { ...run, output: { ...output, annotations_count: annotations.length } };
}

function applyCheckRunUpdate(run: Json, body: Json): void {
  for (const field of ["name", "details_url", "external_id", "started_at", "actions"]) {
    if (body[field] !== undefined) run[field] = body[field];
  }
  if (body["conclusion"] !== undefined) {
    run["status"] = "completed";
    run["conclusion"] = body["conclusion"];
  } else if (body["status"] !== undefined) {
    run["status"] = body["status"];
  }
  if (run["status"] === "completed")
    run["completed_at"] = body["completed_at"] ?? run["completed_at"] ?? timestamp();
  const output = body["output"];
  if (output !== undefined) {
    const stored = run["output"];
    stored.title = output.title;
    stored.summary = output.summary;
    if (output.text !== undefined) stored.text = output.text;
    stored.annotations.push(...(output.annotations ?? []));
    stored.images = [...(stored.images ?? []), ...(output.images ?? [])];
  }
}

function findRun(ctx: RepoContext): Json {
  const run = ctx.repo.checkRuns.find((r) => r["id"] === Number(ctx.params["id"]));
  if (!run) throw notFound();
  return run;
}

function requireApp(ctx: RepoContext): void {
  if (ctx.user.type !== "Bot") throw forbidden("You must authenticate via a GitHub App.");
}

function combinedState(latest: Json[]): string {
  if (latest.some((s) => s["state"] === "error" || s["state"] === "failure")) return "failure";
  if (latest.length === 0 || latest.some((s) => s["state"] === "pending")) return "pending";
  return "success";
}

/** The newest status per context, newest first. */
export function latestStatuses(statuses: Json[], sha: string): Json[] {
  const latest = new Map<string, Json>();
  for (const status of statuses.filter((s) => s["sha"] === sha).reverse()) {
    if (!latest.has(status["context"])) latest.set(status["context"], status);
  }
  return [...latest.values()];
}

function statusJson(status: Json): Json {
  const { sha: _sha, ...json } = status;
  return json;
}

export const checkRoutes: Route[] = [
  repoRoute("POST", "/check-runs", (ctx) => {
    requireApp(ctx);
    const { body, repo, store } = ctx;
    requireFields(body, ["name", "head_sha"]);
    validateCheckRun(body);
    const id = store.nextId();
    const run: Json = {
      id,
      name: body["name"],
      head_sha: commitSha(ctx, String(body["head_sha"])),
      node_id: nodeId("CR", id),
      external_id: body["external_id"] ?? "",
      url: store.api(repo, `/check-runs/${id}`),
      html_url: store.html(repo, `/runs/${id}`),
      details_url: body["details_url"] ?? null,
      status: "queued",
      conclusion: null,
      started_at: body["started_at"] ?? timestamp(),
      completed_at: null,
      output: {
        title: null,
        summary: null,
        text: null,
        annotations: [],
        annotations_url: store.api(repo, `/check-runs/${id}/annotations`),
      },
      check_suite: { id: store.nextId() },
      app: GITHUB_ACTIONS_APP,
      pull_requests: [],
    };
    applyCheckRunUpdate(run, body);
    repo.checkRuns.push(run);
    return { status: 201, body: checkRunJson(run) };
  }),

  repoRoute("PATCH", "/check-runs/:id", (ctx) => {
    requireApp(ctx);
    const run = findRun(ctx);
    validateCheckRun(ctx.body);
    applyCheckRunUpdate(run, ctx.body);
    return { status: 200, body: checkRunJson(run) };
  }),

  repoRoute("GET", "/check-runs/:id", (ctx) => ({ status: 200, body: checkRunJson(findRun(ctx)) })),

  repoRoute("GET", "/check-runs/:id/annotations", (ctx) => {
    const run = findRun(ctx);
    return paginated(ctx, run["output"].annotations as Json[], (a) => annotationJson(ctx, run, a));
  }),

  repoRoute("GET", "/commits/:ref/check-runs", (ctx) => {
    const sha = commitSha(ctx, ctx.params["ref"]!);
    const name = ctx.url.searchParams.get("check_name");
    const status = ctx.url.searchParams.get("status");
    const runs = ctx.repo.checkRuns.filter(
      (r) => r["head_sha"] === sha && (!name || r["name"] === name) && (!status || r["status"] === status),
    );
    const { items, headers } = paginate(ctx, [...runs].reverse());
    return { status: 200, body: { total_count: runs.length, check_runs: items.map(checkRunJson) }, headers };
  }),

  repoRoute("POST", "/statuses/:sha", (ctx) => {
    const { body, repo, store } = ctx;
    requireFields(body, ["state"]);
    if (!COMMIT_STATES.includes(body["state"])) {
      throw validationFailed("Status", "state", "custom", "state is not included in the list");
    }
    const description = body["description"] ?? null;
    if (typeof description === "string" && description.length > STATUS_DESCRIPTION_LIMIT) {
      throw validationFailed(
        "Status",
        "description",
        "custom",
        `description is too long (maximum is ${STATUS_DESCRIPTION_LIMIT} characters)`,
      );
    }
    const id = store.nextId();
    const now = timestamp();
    const status: Json = {
      url: store.api(repo, `/statuses/${ctx.params["sha"]}`),
      avatar_url: `https://avatars.githubusercontent.com/u/${ctx.user.id}?v=4`,
      id,
      node_id: nodeId("SC", id),
      state: body["state"],
      description,
      target_url: body["target_url"] ?? null,
      context: body["context"] ?? "default",
      created_at: now,
      updated_at: now,
      creator: store.userJson(ctx.user),
      sha: commitSha(ctx, ctx.params["sha"]!),
    };
    repo.statuses.push(status);
    return { status: 201, body: statusJson(status) };
  }),

  repoRoute("GET", "/commits/:ref/statuses", (ctx) => {
    const sha = commitSha(ctx, ctx.params["ref"]!);
    const statuses = ctx.repo.statuses.filter((s) => s["sha"] === sha).reverse();
    return paginated(ctx, statuses, statusJson);
  }),

  repoRoute("GET", "/commits/:ref/status", (ctx) => {
    const sha = commitSha(ctx, ctx.params["ref"]!);
    const latest = latestStatuses(ctx.repo.statuses, sha);
    return {
      status: 200,
      body: {
        state: combinedState(latest),
        statuses: latest.map(statusJson),
        sha,
        total_count: latest.length,
        repository: ctx.store.repoJson(ctx.repo),
        commit_url: ctx.store.api(ctx.repo, `/commits/${sha}`),
        url: ctx.store.api(ctx.repo, `/commits/${sha}/status`),
      },
    };
  }),
];
