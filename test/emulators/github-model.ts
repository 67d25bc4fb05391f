import type http from "node:http";

/** JSON as the API sends and receives it; tests read arbitrary fields of it. */
// biome-ignore lint/suspicious/noExplicitAny: emulated resources are free-form JSON documents
export type Json = Record<string, any>;

export interface EmulatedUser {
  login: string;
  id: number;
  type: "User" | "Bot";
}

export interface Commit {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  files: Map<string, Buffer>;
  author: { name: string; email: string; date: string };
}

export interface TagObject {
  sha: string;
  tag: string;
  message: string;
  object: { type: string; sha: string };
  tagger: { name: string; email: string; date: string };
}

export interface IssueComment {
  id: number;
  issueNumber: number;
  body: string;
  user: EmulatedUser;
  created_at: string;
  updated_at: string;
}

export interface Repo {
  id: number;
  owner: string;
  name: string;
  fullName: string;
  defaultBranch: string;
  /** Full ref names ("refs/heads/main") to commit or tag-object shas. */
  refs: Map<string, string>;
  commits: Map<string, Commit>;
  /** Tree shas to the files they hold: every commit's tree, and trees made through the API. */
  trees: Map<string, Map<string, Buffer>>;
  /** Blobs made through the API and not yet in any commit. */
  blobs: Map<string, Buffer>;
  tags: Map<string, TagObject>;
  /** Pull requests by number; issue numbers share the sequence. */
  pulls: Map<number, Json>;
  pullFiles: Map<number, Json[]>;
  nextNumber: number;
  comments: IssueComment[];
  checkRuns: Json[];
  statuses: Json[];
  deployments: Json[];
  releases: Json[];
}

export interface ApiReply {
  status: number;
  body?: unknown;
  /** Bytes sent as is instead of a JSON body. */
  raw?: Buffer;
  headers?: Record<string, string>;
}

const DOCS = "https://docs.github.com/rest";

/** An error answer, thrown from a handler and sent as GitHub sends it. */
export class ApiError extends Error {
  readonly status: number;
  readonly body: Json;
  readonly headers: Record<string, string>;

  constructor(status: number, body: Json, headers: Record<string, string> = {}) {
    super(String(body["message"]));
    this.status = status;
    this.body = { ...body, documentation_url: DOCS, status: String(status) };
    this.headers = headers;
  }
}

export const notFound = (message = "Not Found") => new ApiError(404, { message });
export const forbidden = (message = "Resource not accessible by integration") =>
  new ApiError(403, { message });
export const conflict = (message: string, extra: Json = {}) => new ApiError(409, { message, ...extra });
export const unprocessable = (message: string) => new ApiError(422, { message });
/** The JSON-schema layer's answer: "Invalid request.\n\n<detail>". */
export const invalidRequest = (detail: string) =>
  new ApiError(422, { message: `Invalid request.\n\n${detail}` });

/** The model layer's answer: "Validation Failed" with one error entry. */
export function validationFailed(resource: string, field: string, code: string, message?: string): ApiError {
  const error: Json = { resource, code, field };
  if (message !== undefined) error["message"] = message;
  return new ApiError(422, { message: "Validation Failed", errors: [error] });
}

/** Mirrors the schema layer: `"sha" wasn't supplied.` / `"a", "b" weren't supplied.` */
export function requireFields(body: Json, fields: string[]): void {
  const missing = fields.filter((f) => body[f] === undefined || body[f] === null);
  if (missing.length === 0) return;
  const names = missing.map((f) => `"${f}"`).join(", ");
  throw invalidRequest(`${names} ${missing.length === 1 ? "wasn't" : "weren't"} supplied.`);
}

export function requireOneOf(body: Json, field: string, allowed: readonly string[]): void {
  const value = body[field];
  if (value !== undefined && !allowed.includes(value)) {
    const members = allowed.map((a) => `"${a}"`).join(", ");
    throw invalidRequest(
      `For 'properties/${field}', ${JSON.stringify(value)} is not a member of [${members}].`,
    );
  }
}

/** GitHub timestamps: ISO 8601 without milliseconds. */
export function timestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(String(id)).toString("base64url")}`;
}

export interface RequestContext {
  store: Store;
  method: string;
  url: URL;
  params: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  /** The parsed JSON body ({} when there is none). */
  body: Json;
  raw: Buffer;
  user: EmulatedUser;
}

export interface RepoContext extends RequestContext {
  repo: Repo;
}

/** Everything the emulator knows, shared by the endpoint modules. */
export class Store {
  /** Set once the server listens: "http://127.0.0.1:<port>". */
  baseUrl = "";
  readonly repos = new Map<string, Repo>();
  readonly tokens = new Map<string, { user: EmulatedUser; readOnly: boolean }>();
  readonly users = new Map<string, EmulatedUser>();
  /** How many coming asset uploads fail as GitHub's can: a 502 that leaves an empty `starter` asset. */
  starterUploads = 0;
  #nextId = 1000;

  nextId(): number {
    this.#nextId += 1;
    return this.#nextId;
  }

  user(login: string, type: "User" | "Bot" = "User"): EmulatedUser {
    let user = this.users.get(login);
    if (!user) {
      user = { login, id: this.nextId(), type };
      this.users.set(login, user);
    }
    return user;
  }

  findRepo(owner: string, name: string): Repo | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  /** For the test-side accessors: a missing repository is a mistake in the test. */
  repo(fullName: string): Repo {
    const repo = this.repos.get(fullName.toLowerCase());
    if (!repo) throw new Error(`GitHub emulator: no repository ${fullName}; call addRepo first`);
    return repo;
  }

  api(repo: Repo, path = ""): string {
    return `${this.baseUrl}/repos/${repo.fullName}${path}`;
  }

  html(repo: Repo, path = ""): string {
    return `https://github.com/${repo.fullName}${path}`;
  }

  userJson(user: EmulatedUser): Json {
    return {
      login: user.login,
      id: user.id,
      node_id: nodeId(user.type === "Bot" ? "BOT" : "U", user.id),
      avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
      url: `${this.baseUrl}/users/${encodeURIComponent(user.login)}`,
      html_url: `https://github.com/${user.type === "Bot" ? `apps/${user.login.replace(/\[bot\]$/, "")}` : user.login}`,
      type: user.type,
      site_admin: false,
    };
  }

  repoJson(repo: Repo): Json {
    const owner = this.user(repo.owner);
    return {
      id: repo.id,
      node_id: nodeId("R", repo.id),
      name: repo.name,
      full_name: repo.fullName,
      private: false,
      owner: this.userJson(owner),
      html_url: this.html(repo),
      url: this.api(repo),
      default_branch: repo.defaultBranch,
      visibility: "public",
      fork: false,
    };
  }
}
