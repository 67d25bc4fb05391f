import { readFileSync } from "node:fs";
import { ConfigError } from "@mlops/core";

export interface RepositoryRef {
  owner: string;
  repo: string;
}

export interface PullRequestContext {
  number: number;
  headSha: string;
  baseSha: string;
  headRef: string;
  baseRef: string;
  /** The head branch lives in another repository: the run has a read-only token and no secrets. */
  isFork: boolean;
}

/** Where and why this run happens. Every field is optional in practice: the CLI runs outside Actions. */
export interface RunContext {
  repository: RepositoryRef | undefined;
  eventName: string | undefined;
  sha: string | undefined;
  ref: string | undefined;
  runId: number | undefined;
  runAttempt: number | undefined;
  workflow: string | undefined;
  job: string | undefined;
  serverUrl: string;
  apiUrl: string;
  /** Link to the workflow run, when repository and run id are known. */
  runUrl: string | undefined;
  pullRequest?: PullRequestContext;
  /** A `workflow_run` event: the run that triggered this one, to find its pull request from GitHub. */
  workflowRun?: TriggeringRun;
  actor: string | undefined;
}

/** The run a `workflow_run` event reports on: what GitHub says, never what that run uploaded. */
export interface TriggeringRun {
  /** The event of the triggering run, e.g. "pull_request". */
  event: string;
  headSha: string;
  headBranch: string;
  /** Owner of the repository the head branch lives in (a fork's owner for a fork's pull request). */
  headOwner: string | undefined;
}

/**
 * Reads the run's context from the runner's environment and event payload. Read per call, not at import
 * time, so tests and the CLI can pass their own environment.
 */
export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const eventPath = nonEmpty(env.GITHUB_EVENT_PATH);
  const event = eventPath === undefined ? undefined : readEvent(eventPath);
  const repository = parseRepository(env.GITHUB_REPOSITORY) ?? repositoryFromEvent(event);
  const serverUrl = trimSlash(nonEmpty(env.GITHUB_SERVER_URL) ?? "https://github.com");
  const runId = positiveInteger(env.GITHUB_RUN_ID);
  const eventName = nonEmpty(env.GITHUB_EVENT_NAME);
  const pullRequest =
    event === undefined || eventPath === undefined
      ? undefined
      : pullRequestFromEvent(eventName, event, eventPath);
  const workflowRun =
    eventName === "workflow_run" && event !== undefined && eventPath !== undefined
      ? triggeringRun(new PayloadReader(event, eventPath))
      : undefined;

  return {
    repository,
    eventName,
    sha: nonEmpty(env.GITHUB_SHA),
    ref: nonEmpty(env.GITHUB_REF),
    runId,
    runAttempt: positiveInteger(env.GITHUB_RUN_ATTEMPT),
    workflow: nonEmpty(env.GITHUB_WORKFLOW),
    job: nonEmpty(env.GITHUB_JOB),
    serverUrl,
    apiUrl: trimSlash(nonEmpty(env.GITHUB_API_URL) ?? "https://api.github.com"),
    runUrl:
      repository && runId !== undefined
        ? `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}`
        : undefined,
    ...(pullRequest === undefined ? {} : { pullRequest }),
    ...(workflowRun === undefined ? {} : { workflowRun }),
    actor: nonEmpty(env.GITHUB_ACTOR),
  };
}

type Json = Record<string, unknown>;

function readEvent(file: string): Json {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError(`Cannot read the event payload: ${(error as Error).message}`, {
      location: { file },
      hint: "GITHUB_EVENT_PATH must name the event JSON the runner wrote; unset it when running outside GitHub Actions.",
    });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`The event payload is not valid JSON: ${(error as Error).message}`, {
      location: { file, ...jsonErrorPosition(text, (error as Error).message) },
      hint: "GITHUB_EVENT_PATH must name the event JSON the runner wrote; in tests, write a complete payload.",
    });
  }
  if (!isObject(parsed)) {
    throw new ConfigError("The event payload is not a JSON object.", {
      location: { file },
      hint: "GITHUB_EVENT_PATH must name the event JSON the runner wrote.",
    });
  }
  return parsed;
}

function jsonErrorPosition(text: string, message: string): { line?: number; column?: number } {
  const reported = /\(line (\d+) column (\d+)\)/.exec(message);
  if (reported) return { line: Number(reported[1]), column: Number(reported[2]) };
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : text.length;
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function pullRequestFromEvent(
  eventName: string | undefined,
  event: Json,
  file: string,
): PullRequestContext | undefined {
  const read = new PayloadReader(event, file);
  if (eventName === "pull_request" || eventName === "pull_request_target") {
    const headRepo = read.optionalString("pull_request.head.repo.full_name");
    return {
      number: read.number("pull_request.number"),
      headSha: read.string("pull_request.head.sha"),
      baseSha: read.string("pull_request.base.sha"),
      headRef: read.string("pull_request.head.ref"),
      baseRef: read.string("pull_request.base.ref"),
      // A deleted fork leaves head.repo null: still a fork.
      isFork: headRepo !== read.string("pull_request.base.repo.full_name"),
    };
  }
  if (eventName === "workflow_run") {
    // GitHub lists only pull requests from branches of this repository here; a fork's run has none.
    if (read.optionalValue("workflow_run.pull_requests.0") === undefined) return undefined;
    const headRepo = read.optionalValue("workflow_run.pull_requests.0.head.repo.id");
    return {
      number: read.number("workflow_run.pull_requests.0.number"),
      headSha: read.string("workflow_run.pull_requests.0.head.sha"),
      baseSha: read.string("workflow_run.pull_requests.0.base.sha"),
      headRef: read.string("workflow_run.pull_requests.0.head.ref"),
      baseRef: read.string("workflow_run.pull_requests.0.base.ref"),
      isFork: headRepo !== read.optionalValue("workflow_run.pull_requests.0.base.repo.id"),
    };
  }
  return undefined;
}

function triggeringRun(read: PayloadReader): TriggeringRun | undefined {
  const event = read.optionalString("workflow_run.event");
  const headSha = read.optionalString("workflow_run.head_sha");
  const headBranch = read.optionalString("workflow_run.head_branch");
  if (!event || !headSha || !headBranch) return undefined;
  return {
    event,
    headSha,
    headBranch,
    headOwner: read.optionalString("workflow_run.head_repository.owner.login"),
  };
}

/** Typed access to payload fields; a missing or mistyped field is a ConfigError naming its path. */
class PayloadReader {
  private readonly event: Json;
  private readonly file: string;

  constructor(event: Json, file: string) {
    this.event = event;
    this.file = file;
  }

  optionalValue(path: string): unknown {
    let value: unknown = this.event;
    for (const key of path.split(".")) {
      if (value === null || typeof value !== "object") return undefined;
      value = (value as Json)[key];
    }
    return value ?? undefined;
  }

  optionalString(path: string): string | undefined {
    const value = this.optionalValue(path);
    return typeof value === "string" ? value : undefined;
  }

  string(path: string): string {
    const value = this.optionalValue(path);
    if (typeof value !== "string" || value === "") throw this.invalid(path, "a non-empty string", value);
    return value;
  }

  number(path: string): number {
    const value = this.optionalValue(path);
    if (typeof value !== "number" || !Number.isInteger(value) || value <= 0) {
      throw this.invalid(path, "a positive integer", value);
    }
    return value;
  }

  private invalid(path: string, expected: string, value: unknown): ConfigError {
    const found = value === undefined ? "it is missing" : `found ${JSON.stringify(value)}`;
    return new ConfigError(`The event payload should have ${expected} at ${path}; ${found}.`, {
      location: { file: this.file, path },
      hint: "The payload does not match its GITHUB_EVENT_NAME; check which event triggered the workflow.",
    });
  }
}

function parseRepository(value: string | undefined): RepositoryRef | undefined {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? "");
  return match ? { owner: match[1]!, repo: match[2]! } : undefined;
}

function repositoryFromEvent(event: Json | undefined): RepositoryRef | undefined {
  const repository = event?.repository;
  return isObject(repository) && typeof repository.full_name === "string"
    ? parseRepository(repository.full_name)
    : undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value;
}

function positiveInteger(value: string | undefined): number | undefined {
  return value !== undefined && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, "");
}
