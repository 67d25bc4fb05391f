import { latestStatuses } from "./github-checks.ts";
import { resolveCommit } from "./github-git.ts";
import {
  conflict,
  invalidRequest,
  type Json,
  nodeId,
  notFound,
  type RepoContext,
  requireFields,
  requireOneOf,
  timestamp,
  unprocessable,
} from "./github-model.ts";
import { paginated, type Route, repoRoute } from "./github-router.ts";

const DEPLOYMENT_STATES = ["error", "failure", "inactive", "in_progress", "queued", "pending", "success"];

/** Stored deployments carry their statuses (oldest first); the API serves them separately. */
function deploymentJson(deployment: Json): Json {
  const { statuses: _statuses, ...json } = deployment;
  return json;
}

/**
 * GitHub refuses a deployment while commit statuses are not all successful, unless `required_contexts`
 * narrows them down (`[]` skips the check). Check runs are not consulted here (a simplification).
 */
function checkRequiredContexts(ctx: RepoContext, sha: string, ref: string): void {
  const required: string[] | undefined = ctx.body["required_contexts"];
  const latest = latestStatuses(ctx.repo.statuses, sha);
  const contexts = required ?? latest.map((s) => s["context"]);
  const failing = contexts
    .map((context) => ({
      context,
      state: latest.find((s) => s["context"] === context)?.["state"] ?? "missing",
    }))
    .filter((c) => c.state !== "success");
  if (failing.length === 0) return;
  throw conflict(`Conflict: Commit status checks failed for ${ref}.`, {
    errors: [{ contexts: failing, resource: "Deployment", field: "required_contexts", code: "invalid" }],
  });
}

/** GitHub takes the payload as an object or as a JSON string, and always returns an object. */
function parsePayload(payload: unknown): unknown {
  if (typeof payload !== "string") return payload ?? {};
  try {
    return JSON.parse(payload);
  } catch {
    throw invalidRequest(`"payload" is not valid JSON.`);
  }
}

function findDeployment(ctx: RepoContext): Json {
  const deployment = ctx.repo.deployments.find((d) => d["id"] === Number(ctx.params["id"]));
  if (!deployment) throw notFound();
  return deployment;
}

export const deploymentRoutes: Route[] = [
  repoRoute("POST", "/deployments", (ctx) => {
    const { body, repo, store } = ctx;
    requireFields(body, ["ref"]);
    const ref = String(body["ref"]);
    const commit = resolveCommit(repo, ref);
    if (!commit) throw unprocessable(`No ref found for: ${ref}`);
    checkRequiredContexts(ctx, commit.sha, ref);
    const id = store.nextId();
    const now = timestamp();
    const environment = body["environment"] ?? "production";
    const deployment: Json = {
      url: store.api(repo, `/deployments/${id}`),
      id,
      node_id: nodeId("DE", id),
      task: body["task"] ?? "deploy",
      original_environment: environment,
      environment,
      description: body["description"] ?? null,
      created_at: now,
      updated_at: now,
      statuses_url: store.api(repo, `/deployments/${id}/statuses`),
      repository_url: store.api(repo),
      creator: store.userJson(ctx.user),
      sha: commit.sha,
      ref,
      payload: parsePayload(body["payload"]),
      transient_environment: body["transient_environment"] ?? false,
      production_environment: body["production_environment"] ?? environment === "production",
      performed_via_github_app: null,
      statuses: [],
    };
    repo.deployments.push(deployment);
    return { status: 201, body: deploymentJson(deployment) };
  }),

  repoRoute("GET", "/deployments", (ctx) => {
    const query = ctx.url.searchParams;
    const listed = ctx.repo.deployments
      .filter((d) =>
        ["sha", "ref", "task", "environment"].every((f) => !query.has(f) || d[f] === query.get(f)),
      )
      .reverse();
    return paginated(ctx, listed, deploymentJson);
  }),

  repoRoute("GET", "/deployments/:id", (ctx) => ({ status: 200, body: deploymentJson(findDeployment(ctx)) })),

  repoRoute("POST", "/deployments/:id/statuses", (ctx) => {
    const { body, repo, store } = ctx;
    const deployment = findDeployment(ctx);
    requireFields(body, ["state"]);
    requireOneOf(body, "state", DEPLOYMENT_STATES);
    if (body["environment"] !== undefined) deployment["environment"] = body["environment"];
    const id = store.nextId();
    const now = timestamp();
    const status: Json = {
      url: store.api(repo, `/deployments/${deployment["id"]}/statuses/${id}`),
      id,
      node_id: nodeId("DES", id),
      state: body["state"],
      creator: store.userJson(ctx.user),
      description: body["description"] ?? "",
      environment: deployment["environment"],
      target_url: body["target_url"] ?? body["log_url"] ?? "",
      log_url: body["log_url"] ?? body["target_url"] ?? "",
      environment_url: body["environment_url"] ?? "",
      created_at: now,
      updated_at: now,
      deployment_url: deployment["url"],
      repository_url: store.api(repo),
      performed_via_github_app: null,
    };
    deployment["statuses"].push(status);
    deployment["updated_at"] = now;
    if (body["state"] === "success" && body["auto_inactive"] !== false) {
      deactivatePrevious(ctx, deployment, now);
    }
    return { status: 201, body: status };
  }),

  repoRoute("GET", "/deployments/:id/statuses", (ctx) => {
    const statuses: Json[] = findDeployment(ctx)["statuses"];
    return paginated(ctx, [...statuses].reverse(), (s) => s);
  }),
];

/**
 * `auto_inactive`: earlier successful deployments to the same environment get an `inactive` status,
 * except transient and production ones, as GitHub documents.
 */
function deactivatePrevious(ctx: RepoContext, current: Json, now: string): void {
  for (const previous of ctx.repo.deployments) {
    if (previous === current || previous["environment"] !== current["environment"]) continue;
    if (previous["transient_environment"] || previous["production_environment"]) continue;
    const statuses: Json[] = previous["statuses"];
    if (statuses.at(-1)?.["state"] !== "success") continue;
    const id = ctx.store.nextId();
    statuses.push({
      ...statuses.at(-1),
      url: `${previous["url"]}/statuses/${id}`,
      id,
      node_id: nodeId("DES", id),
      state: "inactive",
      description: "",
      created_at: now,
      updated_at: now,
    });
  }
}
