import { RuntimeFailure, retryAfterMs, withoutUrlCredentials } from "@mlops/core";

/**
 * The MLflow Model Registry over its REST API (`/api/2.0/mlflow`). Aliases (`champion → 3`) are the
 * MLflow 2.9+ replacement for stages; registries that answer 404 to the alias endpoints (some hosted
 * ones do) get the same behaviour from a registered-model tag `mlops.alias.<alias>`.
 */
export interface MlflowVersion {
  name: string;
  version: string;
  source: string;
  status: string;
  tags: Record<string, string>;
  aliases: string[];
}

export interface MlflowClientOptions {
  /** e.g. http://mlflow.internal:5000 */
  trackingUri: string;
  /** Sent as a bearer token (Databricks and most proxies); never logged. */
  token?: string;
  /** How long to wait for a new version to leave PENDING_REGISTRATION. */
  readyTimeoutMs?: number;
  /** Tries per request when the server is briefly unavailable (429, 5xx, reset, timeout). */
  attempts?: number;
  /** First backoff delay; doubled each try, unless the server names a Retry-After. */
  backoffMs?: number;
  /** A request without an answer by then counts as lost and is retried. */
  requestTimeoutMs?: number;
}

/** Versions per search page: within what every MLflow flavour accepts (Databricks caps it at 10,000). */
export const SEARCH_PAGE_SIZE = 1000;

export const ALIAS_TAG_PREFIX = "mlops.alias.";

/** 429 and 5xx are the server saying "not now"; every other 4xx will answer the same on a retry. */
const isTransientStatus = (status: number) => status === 429 || status >= 500;

class MlflowApiError extends RuntimeFailure {
  readonly status: number;
  readonly code: string;
  constructor(message: string, status: number, code: string) {
    super(message, {
      hint:
        status === 401 || status === 403
          ? "check the MLflow token and its permissions on the registered model"
          : status >= 500
            ? "the MLflow server failed; rerun later"
            : undefined,
    });
    this.status = status;
    this.code = code;
  }
}

export function createMlflowClient(options: MlflowClientOptions) {
  const tracking = withoutUrlCredentials(options.trackingUri);
  const base = `${tracking.url.replace(/\/+$/, "")}/api/2.0/mlflow/`;
  let aliasesSupported: boolean | undefined;

  const attempts = Math.max(1, options.attempts ?? 5);
  const backoffMs = options.backoffMs ?? 500;

  /**
   * One REST call, retried with exponential backoff while the failure is transient. A retried write may
   * already have been applied (its answer was lost): every write here is idempotent except
   * model-versions/create, whose duplicates the registry resolves by reading back.
   */
  async function call<T>(
    method: "GET" | "POST" | "DELETE",
    endpoint: string,
    body: Record<string, unknown>,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const outcome = await callOnce<T>(method, endpoint, body);
      if (!("retryAfter" in outcome)) return outcome.value;
      if (attempt >= attempts) throw outcome.error;
      const delay = outcome.retryAfter ?? backoffMs * 2 ** (attempt - 1);
      await new Promise((res) => setTimeout(res, delay));
    }
  }

  async function callOnce<T>(
    method: "GET" | "POST" | "DELETE",
    endpoint: string,
    body: Record<string, unknown>,
  ): Promise<{ value: T } | { error: Error; retryAfter: number | undefined }> {
    const url = new URL(endpoint, base);
    if (method === "GET") for (const [k, v] of Object.entries(body)) url.searchParams.set(k, String(v));
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method,
        headers: {
          "content-type": "application/json",
          ...tracking.headers,
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        ...(method === "GET" ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(options.requestTimeoutMs ?? 30_000),
      });
      text = await response.text();
    } catch (e) {
      const error = new RuntimeFailure(`MLflow ${endpoint} failed: ${(e as Error).message}`, {
        hint: `is the tracking server at ${tracking.url} reachable?`,
      });
      return { error, retryAfter: undefined };
    }
    const json = parseJson(text);
    if (response.ok && json) return { value: json as T };
    const code = String(json?.error_code ?? response.status);
    const error = new MlflowApiError(
      `MLflow ${endpoint}: ${code}: ${String(json?.message ?? text.slice(0, 200))}`,
      response.status,
      code,
    );
    if (!isTransientStatus(response.status)) throw error;
    return { error, retryAfter: retryAfterMs(response.headers) };
  }

  const toVersion = (v: Record<string, unknown>): MlflowVersion => ({
    name: String(v.name),
    version: String(v.version),
    source: String(v.source ?? ""),
    status: String(v.status ?? "READY"),
    tags: Object.fromEntries(
      ((v.tags as Array<{ key: string; value: string }>) ?? []).map((t) => [t.key, t.value]),
    ),
    aliases: (v.aliases as string[]) ?? [],
  });

  /** Runs the alias call, or answers undefined once the server has shown it has no alias endpoints. */
  async function withAliases<T>(fn: () => Promise<T>): Promise<T | undefined> {
    if (aliasesSupported === false) return undefined;
    try {
      const out = await fn();
      aliasesSupported = true;
      return out;
    } catch (e) {
      if (e instanceof MlflowApiError && e.status === 404 && e.code === "ENDPOINT_NOT_FOUND") {
        aliasesSupported = false;
        return undefined;
      }
      throw e;
    }
  }

  const registry = {
    async ensureModel(name: string, description?: string): Promise<void> {
      try {
        await call("POST", "registered-models/create", { name, ...(description ? { description } : {}) });
      } catch (e) {
        if (!(e instanceof MlflowApiError && e.code === "RESOURCE_ALREADY_EXISTS")) throw e;
      }
    },

    async getVersion(name: string, version: string): Promise<MlflowVersion> {
      const r = await call<{ model_version: Record<string, unknown> }>("GET", "model-versions/get", {
        name,
        version,
      });
      return toVersion(r.model_version);
    },

    /** Like `getVersion`, but undefined when the model or the version does not exist. */
    async findVersion(name: string, version: string): Promise<MlflowVersion | undefined> {
      try {
        return await registry.getVersion(name, version);
      } catch (e) {
        if (e instanceof MlflowApiError && e.code === "RESOURCE_DOES_NOT_EXIST") return undefined;
        throw e;
      }
    },

    /** Creates a version and waits until MLflow has finished registering it. */
    async createVersion(
      name: string,
      source: string,
      extra: { tags?: Record<string, string>; runLink?: string; description?: string } = {},
    ): Promise<MlflowVersion> {
      const r = await call<{ model_version: Record<string, unknown> }>("POST", "model-versions/create", {
        name,
        source,
        tags: Object.entries(extra.tags ?? {}).map(([key, value]) => ({ key, value })),
        ...(extra.runLink ? { run_link: extra.runLink } : {}),
        ...(extra.description ? { description: extra.description } : {}),
      });
      let v = toVersion(r.model_version);
      const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
      while (v.status === "PENDING_REGISTRATION") {
        if (Date.now() > deadline) {
          throw new RuntimeFailure(`MLflow did not finish registering ${name} version ${v.version}`);
        }
        await new Promise((res) => setTimeout(res, 200));
        v = await registry.getVersion(name, v.version);
      }
      if (v.status !== "READY")
        throw new RuntimeFailure(`MLflow registration of ${name} ${v.version} ended ${v.status}`);
      return v;
    },

    /** Every version of the model, following `next_page_token` to the last page. */
    async searchVersions(name: string): Promise<MlflowVersion[]> {
      const out: MlflowVersion[] = [];
      let pageToken: string | undefined;
      do {
        const r = await call<{ model_versions?: Record<string, unknown>[]; next_page_token?: string }>(
          "GET",
          "model-versions/search",
          {
            filter: `name='${name.replace(/'/g, "\\'")}'`,
            max_results: SEARCH_PAGE_SIZE,
            ...(pageToken ? { page_token: pageToken } : {}),
          },
        );
        out.push(...(r.model_versions ?? []).map(toVersion));
        pageToken = r.next_page_token || undefined;
      } while (pageToken);
      return out;
    },

    /** Deletes a version; one that is already gone (a retried delete) counts as deleted. */
    async deleteVersion(name: string, version: string): Promise<void> {
      try {
        await call("DELETE", "model-versions/delete", { name, version });
      } catch (e) {
        if (!(e instanceof MlflowApiError && e.code === "RESOURCE_DOES_NOT_EXIST")) throw e;
      }
    },

    async setVersionTag(name: string, version: string, key: string, value: string): Promise<void> {
      await call("POST", "model-versions/set-tag", { name, version, key, value });
    },

    async setAlias(name: string, alias: string, version: string): Promise<void> {
      const done = await withAliases(() => call("POST", "registered-models/alias", { name, alias, version }));
      if (done === undefined) {
        await call("POST", "registered-models/set-tag", {
          name,
          key: `${ALIAS_TAG_PREFIX}${alias}`,
          value: version,
        });
      }
    },

    /** The version an alias points at, or undefined when it is not set. */
    async getAlias(name: string, alias: string): Promise<MlflowVersion | undefined> {
      try {
        const r = await withAliases(() =>
          call<{ model_version: Record<string, unknown> }>("GET", "registered-models/alias", { name, alias }),
        );
        if (r) return toVersion(r.model_version);
      } catch (e) {
        if (e instanceof MlflowApiError && e.code === "RESOURCE_DOES_NOT_EXIST") return undefined;
        throw e;
      }
      const version = (await registry.getAliases(name))[alias];
      return version === undefined ? undefined : registry.getVersion(name, version);
    },

    /** Every alias of the model (alias → version), from MLflow's aliases and the fallback tags; {} for an unknown model. */
    async getAliases(name: string): Promise<Record<string, string>> {
      let m: {
        registered_model: {
          tags?: Array<{ key: string; value: string }>;
          aliases?: Array<{ alias: string; version: string }>;
        };
      };
      try {
        m = await call("GET", "registered-models/get", { name });
      } catch (e) {
        if (e instanceof MlflowApiError && e.code === "RESOURCE_DOES_NOT_EXIST") return {};
        throw e;
      }
      const out: Record<string, string> = {};
      for (const t of m.registered_model.tags ?? []) {
        if (t.key.startsWith(ALIAS_TAG_PREFIX)) out[t.key.slice(ALIAS_TAG_PREFIX.length)] = t.value;
      }
      for (const a of m.registered_model.aliases ?? []) out[a.alias] = a.version;
      return out;
    },
  };
  return registry;
}

export type MlflowClient = ReturnType<typeof createMlflowClient>;

/** The JSON object a body holds, or undefined for an empty or non-JSON body (a proxy's error page). */
function parseJson(text: string): Record<string, unknown> | undefined {
  if (!text) return {};
  try {
    const json: unknown = JSON.parse(text);
    return typeof json === "object" && json !== null ? (json as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
