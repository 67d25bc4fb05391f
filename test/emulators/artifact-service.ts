import { randomBytes, randomUUID } from "node:crypto";
import type http from "node:http";
import { FaultInjector } from "./faults.ts";
import { listenOnLoopback, readBody } from "./loopback.ts";

export interface StoredArtifact {
  id: string;
  name: string;
  size: number;
  hash: string;
  data: Buffer;
  finalized: boolean;
}

export interface ArtifactService {
  /** Origin to use as ACTIONS_RESULTS_URL. */
  url: string;
  /** A JWT the client accepts as ACTIONS_RUNTIME_TOKEN (scp "Actions.Results:<runId>:<jobId>"). */
  runtimeToken: string;
  faults: FaultInjector;
  artifacts(): StoredArtifact[];
  close(): Promise<void>;
}

interface Artifact {
  id: string;
  runId: string;
  jobId: string;
  name: string;
  mimeType: string;
  createdAt: string;
  uploadSig: string;
  downloadSig: string;
  blocks: Map<string, Buffer>;
  data: Buffer | undefined;
  size: number;
  hash: string;
  finalized: boolean;
}

const TWIRP_PREFIX = "/twirp/github.actions.results.api.v1.ArtifactService/";
const BLOB_PREFIX = "/blob/artifacts/";

const TWIRP_STATUS: Record<string, number> = {
  invalid_argument: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  already_exists: 409,
  failed_precondition: 412,
  internal: 500,
};

class TwirpError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

/**
 * The Actions results service behind `@actions/artifact` v2+: Twirp JSON for artifact metadata and an
 * Azure block-blob endpoint for the bytes, as the real client and the Azure SDK speak them.
 */
export async function startArtifactService(): Promise<ArtifactService> {
  const runId = randomUUID();
  const jobId = randomUUID();
  const runtimeToken = unsignedJwt({ scp: `Actions.ExampleScope Actions.Results:${runId}:${jobId}` });
  const faults = new FaultInjector();
  const artifacts: Artifact[] = [];
  let nextId = 1;
  let origin = "";

  const find = (request: Record<string, unknown>, name: unknown): Artifact | undefined =>
    artifacts.find(
      (a) =>
        a.name === name &&
        a.runId === request["workflow_run_backend_id"] &&
        a.jobId === request["workflow_job_run_backend_id"],
    );

  const rpc: Record<string, (request: Record<string, unknown>) => unknown> = {
    CreateArtifact(request) {
      const name = requireString(request, "name");
      requireOwnIds(request, runId, jobId);
      const existing = find(request, name);
      if (existing?.finalized) {
        throw new TwirpError(
          "already_exists",
          "an artifact with this name already exists on the workflow run",
        );
      }
      if (existing) artifacts.splice(artifacts.indexOf(existing), 1);
      const artifact: Artifact = {
        id: String(nextId++),
        runId,
        jobId,
        name,
        mimeType: typeof request["mime_type"] === "string" ? request["mime_type"] : "application/zip",
        createdAt: new Date().toISOString(),
        uploadSig: randomBytes(16).toString("hex"),
        downloadSig: randomBytes(16).toString("hex"),
        blocks: new Map(),
        data: undefined,
        size: 0,
        hash: "",
        finalized: false,
      };
      artifacts.push(artifact);
      return { ok: true, signed_upload_url: blobUrl(origin, artifact, artifact.uploadSig, "cw") };
    },
    FinalizeArtifact(request) {
      const name = requireString(request, "name");
      requireOwnIds(request, runId, jobId);
      const artifact = find(request, name);
      if (!artifact) throw new TwirpError("not_found", `artifact ${name} not found`);
      if (!artifact.data)
        throw new TwirpError("failed_precondition", `no blob was uploaded for artifact ${name}`);
      artifact.size = Number(request["size"] ?? 0);
      artifact.hash = typeof request["hash"] === "string" ? request["hash"] : "";
      artifact.finalized = true;
      return { ok: true, artifact_id: artifact.id };
    },
    ListArtifacts(request) {
      requireOwnIds(request, runId, jobId);
      const listed = artifacts.filter(
        (a) =>
          a.finalized &&
          (request["name_filter"] === undefined || a.name === request["name_filter"]) &&
          (request["id_filter"] === undefined || a.id === String(request["id_filter"])),
      );
      return {
        artifacts: listed.map((a) => ({
          workflow_run_backend_id: a.runId,
          workflow_job_run_backend_id: a.jobId,
          database_id: a.id,
          name: a.name,
          size: String(a.size),
          created_at: a.createdAt,
          ...(a.hash ? { digest: a.hash } : {}),
        })),
      };
    },
    GetSignedArtifactURL(request) {
      const name = requireString(request, "name");
      const artifact = find(request, name);
      if (!artifact?.finalized) throw new TwirpError("not_found", `artifact ${name} not found`);
      return { signed_url: blobUrl(origin, artifact, artifact.downloadSig, "r") };
    },
    DeleteArtifact(request) {
      const name = requireString(request, "name");
      const artifact = find(request, name);
      if (!artifact?.finalized) throw new TwirpError("not_found", `artifact ${name} not found`);
      artifacts.splice(artifacts.indexOf(artifact), 1);
      return { ok: true, artifact_id: artifact.id };
    },
  };

  async function handleTwirp(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    method: string,
    body: Buffer,
  ) {
    try {
      const handler = Object.hasOwn(rpc, method) ? rpc[method] : undefined;
      if (req.method !== "POST" || !handler) throw new TwirpError("not_found", `no handler for ${method}`);
      if (req.headers.authorization !== `Bearer ${runtimeToken}`) {
        throw new TwirpError("unauthenticated", "invalid or missing runtime token");
      }
      let request: unknown;
      try {
        request = JSON.parse(body.toString("utf8"));
      } catch {
        throw new TwirpError("invalid_argument", "request body is not valid JSON");
      }
      if (typeof request !== "object" || request === null) {
        throw new TwirpError("invalid_argument", "request body must be a JSON object");
      }
      sendJson(res, 200, handler(request as Record<string, unknown>));
    } catch (error) {
      if (!(error instanceof TwirpError)) throw error;
      sendJson(res, TWIRP_STATUS[error.code] ?? 500, { code: error.code, msg: error.message });
    }
  }

  function handleBlob(req: http.IncomingMessage, res: http.ServerResponse, url: URL, body: Buffer) {
    const artifact = artifacts.find((a) => url.pathname === `${BLOB_PREFIX}${a.id}`);
    const sig = url.searchParams.get("sig");
    if (req.method === "GET" && artifact?.finalized && artifact.data && sig === artifact.downloadSig) {
      res.writeHead(200, {
        "content-type": artifact.mimeType,
        "content-length": artifact.data.length,
        "content-disposition": `attachment; filename="${downloadName(artifact)}"`,
        ...azureHeaders(),
      });
      res.end(artifact.data);
      return;
    }
    if (req.method !== "PUT" || !artifact || artifact.finalized || sig !== artifact.uploadSig) {
      azureError(res, 403, "AuthenticationFailed", "Server failed to authenticate the request.");
      return;
    }
    const comp = url.searchParams.get("comp");
    if (comp === "block") {
      const blockId = url.searchParams.get("blockid");
      if (!blockId) return azureError(res, 400, "InvalidQueryParameterValue", "blockid is required.");
      artifact.blocks.set(blockId, body);
    } else if (comp === "blocklist") {
      const ids = [...body.toString("utf8").matchAll(/<(?:Latest|Committed|Uncommitted)>([^<]*)<\//g)].map(
        (m) => m[1] ?? "",
      );
      const parts = ids.map((id) => artifact.blocks.get(id));
      if (parts.some((p) => p === undefined)) {
        return azureError(res, 400, "InvalidBlockList", "The specified block list is invalid.");
      }
      artifact.data = Buffer.concat(parts as Buffer[]);
      artifact.blocks.clear();
      setBlobContentType(artifact, req);
    } else if (comp === null && req.headers["x-ms-blob-type"] === "BlockBlob") {
      artifact.data = body;
      setBlobContentType(artifact, req);
    } else {
      return azureError(res, 400, "InvalidQueryParameterValue", `Unsupported blob operation ${comp}.`);
    }
    res.writeHead(201, {
      "content-length": 0,
      etag: `"0x${randomBytes(8).toString("hex").toUpperCase()}"`,
      "last-modified": new Date().toUTCString(),
      "x-ms-request-server-encrypted": "true",
      ...azureHeaders(),
    });
    res.end();
  }

  const server = await listenOnLoopback(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const body = await readBody(req);
    if (await faults.apply(req, res)) return;
    if (url.pathname.startsWith(TWIRP_PREFIX)) {
      await handleTwirp(req, res, url.pathname.slice(TWIRP_PREFIX.length), body);
    } else if (url.pathname.startsWith(BLOB_PREFIX)) {
      handleBlob(req, res, url, body);
    } else {
      sendJson(res, 404, { code: "bad_route", msg: `no route for ${req.method} ${url.pathname}` });
    }
  });
  origin = server.url;

  return {
    url: `${server.url}/`,
    runtimeToken,
    faults,
    artifacts: () =>
      artifacts.map((a) => ({
        id: a.id,
        name: a.name,
        size: a.size,
        hash: a.hash,
        data: a.data ?? Buffer.alloc(0),
        finalized: a.finalized,
      })),
    close: server.close,
  };
}

function unsignedJwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "none", typ: "JWT" })}.${part(claims)}.${Buffer.from("unsigned").toString("base64url")}`;
}

function requireString(request: Record<string, unknown>, field: string): string {
  const value = request[field];
  if (typeof value !== "string" || value === "")
    throw new TwirpError("invalid_argument", `${field} is required`);
  return value;
}

function requireOwnIds(request: Record<string, unknown>, runId: string, jobId: string): void {
  if (request["workflow_run_backend_id"] !== runId || request["workflow_job_run_backend_id"] !== jobId) {
    throw new TwirpError("permission_denied", "backend ids do not match the runtime token");
  }
}

function blobUrl(origin: string, artifact: Artifact, sig: string, permissions: string): string {
  const expires = new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d{3}Z$/, "Z");
  return `${origin}${BLOB_PREFIX}${artifact.id}?sv=2021-12-02&se=${encodeURIComponent(expires)}&sr=b&sp=${permissions}&sig=${sig}`;
}

function downloadName(artifact: Artifact): string {
  return artifact.mimeType === "application/zip" ? `${artifact.name}.zip` : artifact.name;
}

function setBlobContentType(artifact: Artifact, req: http.IncomingMessage): void {
  const type = req.headers["x-ms-blob-content-type"];
  if (typeof type === "string" && type) artifact.mimeType = type;
}

function azureHeaders(): Record<string, string> {
  return { "x-ms-request-id": randomUUID(), "x-ms-version": "2025-11-05", date: new Date().toUTCString() };
}

function azureError(res: http.ServerResponse, status: number, code: string, message: string): void {
  const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  res.writeHead(status, {
    "content-type": "application/xml",
    "content-length": Buffer.byteLength(xml),
    "x-ms-error-code": code,
    ...azureHeaders(),
  });
  res.end(xml);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}
