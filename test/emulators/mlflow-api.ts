import type http from "node:http";
import { listenOnLoopback, readBody } from "./loopback.ts";

/**
 * The MLflow Model Registry REST API (`/api/2.0/mlflow/...`, mlflow/protos/model_registry.proto) on
 * loopback: registered models, model versions (PENDING_REGISTRATION, READY on the next read), tags and
 * aliases, with MLflow's error bodies. `aliases: false` answers 404 ENDPOINT_NOT_FOUND to the alias
 * endpoints, as registries without alias support do. Searches page through `max_results` /
 * `page_token` (at most `pageSize` per page); tag values over 5,000 characters are refused as the
 * database store refuses them; version numbers are never reused after a delete. `fail` injects
 * transient faults: an error status, a dropped connection, or no answer at all, before or after the
 * request took effect.
 */

interface Version {
  name: string;
  version: string;
  source: string;
  run_id: string;
  run_link: string;
  description: string;
  status: "PENDING_REGISTRATION" | "READY";
  creation_timestamp: number;
  tags: Map<string, string>;
}

interface Model {
  name: string;
  lastVersion: number;
  description: string;
  creation_timestamp: number;
  tags: Map<string, string>;
  aliases: Map<string, string>;
  versions: Version[];
}

export interface MlflowFault {
  /** An error status to answer (with `Retry-After: retryAfter` when given), or drop the connection. */
  answer: number | "reset" | "hang";
  retryAfter?: string;
  /** Apply the request first, so the client loses the answer to a write that took effect. */
  applied?: boolean;
}

export interface MlflowEmulator {
  url: string;
  models: Map<string, Model>;
  requests: Array<{ method: string; path: string; body: unknown; authorization?: string }>;
  /** The next `times` requests to `endpoint` (e.g. "model-versions/create") meet `fault`. */
  fail(endpoint: string, fault: MlflowFault, times?: number): void;
  close(): Promise<void>;
}

/** MLflow's database store: `MAX_MODEL_REGISTRY_TAG_VALUE_LENGTH`. */
export const MLFLOW_TAG_VALUE_LIMIT = 5000;

class MlflowError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

const PREFIX = "/api/2.0/mlflow/";

export async function startMlflowEmulator(
  options: { aliases?: boolean; pageSize?: number } = {},
): Promise<MlflowEmulator> {
  const models = new Map<string, Model>();
  const requests: MlflowEmulator["requests"] = [];
  const faults: Array<{ endpoint: string; fault: MlflowFault }> = [];
  const server = await listenOnLoopback(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const raw = await readBody(req);
    let body: Record<string, unknown> = {};
    try {
      if (raw.length > 0) body = JSON.parse(raw.toString("utf8"));
      if (req.method === "GET") body = Object.fromEntries(url.searchParams);
      requests.push({
        method: req.method ?? "GET",
        path: url.pathname,
        body,
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      });
      if (!url.pathname.startsWith(PREFIX))
        throw new MlflowError(404, "ENDPOINT_NOT_FOUND", "No API endpoint");
      const endpoint = url.pathname.slice(PREFIX.length);
      const at = faults.findIndex((f) => f.endpoint === endpoint);
      const fault = at < 0 ? undefined : faults.splice(at, 1)[0]!.fault;
      if (fault && !fault.applied) return injure(res, fault);
      const reply = handle(`${req.method} ${endpoint}`, body);
      if (fault) return injure(res, fault);
      send(res, 200, reply);
    } catch (e) {
      if (e instanceof SyntaxError)
        return send(res, 400, { error_code: "MALFORMED_REQUEST", message: e.message });
      if (!(e instanceof MlflowError)) throw e;
      send(res, e.status, { error_code: e.code, message: e.message });
    }
  });

  function model(name: unknown): Model {
    required({ name }, "name");
    const found = models.get(String(name));
    if (!found)
      throw new MlflowError(404, "RESOURCE_DOES_NOT_EXIST", `Registered Model with name=${name} not found`);
    return found;
  }

  function version(m: Model, v: unknown): Version {
    const found = m.versions.find((x) => x.version === String(v));
    if (!found) {
      throw new MlflowError(
        404,
        "RESOURCE_DOES_NOT_EXIST",
        `Model Version (name=${m.name}, version=${v}) not found`,
      );
    }
    return found;
  }

  function versionJson(v: Version, m: Model): Record<string, unknown> {
    const json = {
      name: v.name,
      version: v.version,
      creation_timestamp: v.creation_timestamp,
      last_updated_timestamp: v.creation_timestamp,
      current_stage: "None",
      description: v.description,
      source: v.source,
      run_id: v.run_id,
      run_link: v.run_link,
      status: v.status,
      tags: [...v.tags].map(([key, value]) => ({ key, value })),
      aliases: [...m.aliases].filter(([, to]) => to === v.version).map(([a]) => a),
    };
    // Registration completes asynchronously: the first read after create sees it done.
    v.status = "READY";
    return json;
  }

  function modelJson(m: Model): Record<string, unknown> {
    return {
      name: m.name,
      creation_timestamp: m.creation_timestamp,
      description: m.description,
      tags: [...m.tags].map(([key, value]) => ({ key, value })),
      aliases: [...m.aliases].map(([alias, version]) => ({ alias, version })),
    };
  }

  function aliasesSupported(): void {
    if (options.aliases === false) throw new MlflowError(404, "ENDPOINT_NOT_FOUND", "No API endpoint");
  }

  function handle(route: string, b: Record<string, unknown>): unknown {
    switch (route) {
      case "POST registered-models/create": {
        required(b, "name");
        const name = String(b.name);
        if (models.has(name)) {
          throw new MlflowError(
            400,
            "RESOURCE_ALREADY_EXISTS",
            `Registered Model (name=${name}) already exists.`,
          );
        }
        const m: Model = {
          name,
          description: String(b.description ?? ""),
          creation_timestamp: Date.now(),
          tags: new Map(tagList(b.tags)),
          aliases: new Map(),
          versions: [],
          lastVersion: 0,
        };
        models.set(name, m);
        return { registered_model: modelJson(m) };
      }
      case "GET registered-models/get":
        return { registered_model: modelJson(model(b.name)) };
      case "POST registered-models/set-tag": {
        required(b, "name", "key", "value");
        model(b.name).tags.set(String(b.key), tagValue(b.value));
        return {};
      }
      case "POST model-versions/create": {
        required(b, "name", "source");
        const m = model(b.name);
        const v: Version = {
          name: m.name,
          version: String(m.lastVersion + 1),
          source: String(b.source),
          run_id: String(b.run_id ?? ""),
          run_link: String(b.run_link ?? ""),
          description: String(b.description ?? ""),
          status: "PENDING_REGISTRATION",
          creation_timestamp: Date.now(),
          tags: new Map(tagList(b.tags)),
        };
        m.lastVersion += 1;
        m.versions.push(v);
        const json = versionJson(v, m);
        v.status = "PENDING_REGISTRATION";
        return { model_version: json };
      }
      case "GET model-versions/get": {
        required(b, "name", "version");
        const m = model(b.name);
        return { model_version: versionJson(version(m, b.version), m) };
      }
      case "GET model-versions/search": {
        const filter = String(b.filter ?? "");
        const name = /^name\s*=\s*'([^']*)'$/.exec(filter.trim())?.[1];
        if (filter && name === undefined) {
          throw new MlflowError(400, "INVALID_PARAMETER_VALUE", `Unsupported filter: ${filter}`);
        }
        const ms = name === undefined ? [...models.values()] : models.has(name) ? [model(name)] : [];
        const all = ms.flatMap((m) => m.versions.map((v) => ({ v, m })));
        const size = Math.min(Number(b.max_results ?? 200_000), options.pageSize ?? Number.POSITIVE_INFINITY);
        const from = b.page_token === undefined ? 0 : Number(Buffer.from(String(b.page_token), "base64url"));
        const page = all.slice(from, from + size);
        const next = from + size < all.length ? Buffer.from(String(from + size)).toString("base64url") : "";
        return {
          model_versions: page.map(({ v, m }) => versionJson(v, m)),
          ...(next ? { next_page_token: next } : {}),
        };
      }
      case "DELETE model-versions/delete": {
        required(b, "name", "version");
        const m = model(b.name);
        const v = version(m, b.version);
        m.versions.splice(m.versions.indexOf(v), 1);
        for (const [alias, to] of m.aliases) if (to === v.version) m.aliases.delete(alias);
        return {};
      }
      case "POST model-versions/set-tag": {
        required(b, "name", "version", "key", "value");
        const m = model(b.name);
        version(m, b.version).tags.set(String(b.key), tagValue(b.value));
        return {};
      }
      case "POST registered-models/alias": {
        aliasesSupported();
        required(b, "name", "alias", "version");
        const m = model(b.name);
        version(m, b.version);
        m.aliases.set(String(b.alias), String(b.version));
        return {};
      }
      case "GET registered-models/alias": {
        aliasesSupported();
        required(b, "name", "alias");
        const m = model(b.name);
        const to = m.aliases.get(String(b.alias));
        if (to === undefined) {
          throw new MlflowError(
            404,
            "RESOURCE_DOES_NOT_EXIST",
            `Registered model alias ${b.alias} not found.`,
          );
        }
        return { model_version: versionJson(version(m, to), m) };
      }
      case "DELETE registered-models/alias": {
        aliasesSupported();
        required(b, "name", "alias");
        model(b.name).aliases.delete(String(b.alias));
        return {};
      }
      default:
        throw new MlflowError(404, "ENDPOINT_NOT_FOUND", `No API endpoint for ${route}`);
    }
  }

  return {
    url: server.url,
    models,
    requests,
    fail(endpoint, fault, times = 1) {
      for (let i = 0; i < times; i++) faults.push({ endpoint, fault });
    },
    close: server.close,
  };
}

function injure(res: http.ServerResponse, fault: MlflowFault): void {
  if (fault.answer === "reset") {
    res.socket?.destroy();
    return;
  }
  // No answer: the client's timeout is what ends the request (close() drops the connection).
  if (fault.answer === "hang") return;
  res.writeHead(fault.answer, {
    "content-type": "text/html",
    ...(fault.retryAfter === undefined ? {} : { "retry-after": fault.retryAfter }),
  });
  res.end(`<html><body>${fault.answer}</body></html>`);
}

function tagValue(value: unknown): string {
  const text = String(value);
  const length = [...text].length;
  if (length > MLFLOW_TAG_VALUE_LIMIT) {
    throw new MlflowError(
      400,
      "INVALID_PARAMETER_VALUE",
      `Tag value '${text.slice(0, 50)}...' had length ${length}, which exceeded length limit of ${MLFLOW_TAG_VALUE_LIMIT}`,
    );
  }
  return text;
}

function required(body: Record<string, unknown>, ...fields: string[]): void {
  for (const f of fields) {
    if (body[f] === undefined || body[f] === "") {
      throw new MlflowError(400, "INVALID_PARAMETER_VALUE", `Missing value for required parameter '${f}'.`);
    }
  }
}

function tagList(tags: unknown): Array<[string, string]> {
  return Array.isArray(tags)
    ? tags.map((t: { key: string; value: string }) => [String(t.key), tagValue(t.value)])
    : [];
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const payload = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { "content-type": "application/json", "content-length": payload.length });
  res.end(payload);
}
