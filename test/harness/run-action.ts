import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";
import { parseFileCommand, parseWorkflowCommands, type WorkflowCommand } from "./workflow-commands.ts";

export interface RunActionOptions {
  /** Path to the bundle, relative to the repository root (or absolute), e.g. "actions/report/dist/index.js". */
  entry: string;
  /** Input name as in action.yml → INPUT_<NAME upper-cased, spaces→_, hyphens kept>. */
  inputs?: Record<string, string>;
  /** Extra environment, applied last (e.g. GITHUB_API_URL, ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN). */
  env?: Record<string, string>;
  /** Written to a file and passed as GITHUB_EVENT_PATH. */
  event?: unknown;
  /** GITHUB_EVENT_NAME (default "pull_request"). */
  eventName?: string;
  /** GITHUB_REPOSITORY (default "org/repo"). */
  repository?: string;
  /** Working directory and GITHUB_WORKSPACE (default: a fresh temporary directory). */
  cwd?: string;
  /** Kill the process after this long (default 60 s). */
  timeoutMs?: number;
  /** Send this signal once `when` holds (checked every 10 ms), as the runner does on cancellation. */
  signal?: { name: NodeJS.Signals; when: () => boolean };
}

export interface ActionRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Parsed from GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** Contents of GITHUB_STEP_SUMMARY. */
  summary: string;
  /** Workflow commands (`::warning file=a.ts,line=3::careful`) printed on stdout, in order. */
  commands: WorkflowCommand[];
  workspace: string;
  durationMs: number;
}

export type { WorkflowCommand } from "./workflow-commands.ts";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DEFAULT_SHA = "0123456789abcdef0123456789abcdef01234567";

const createdWorkspaces: string[] = [];
// Workspaces the harness made are left for the test to inspect, then removed with the test file.
afterAll(() => Promise.all(createdWorkspaces.map((dir) => rm(dir, { recursive: true, force: true }))));

/**
 * Spawns a bundled action the way the runner does: `node <entry>` with a clean environment, INPUT_*
 * variables, and the runner's file commands backed by temporary files that are read back afterwards.
 */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const runnerDir = await mkdtemp(path.join(tmpdir(), "mlops-runner-"));
  try {
    let workspace = options.cwd;
    if (!workspace) {
      workspace = await mkdtemp(path.join(tmpdir(), "mlops-workspace-"));
      createdWorkspaces.push(workspace);
    }
    const files = {
      GITHUB_OUTPUT: path.join(runnerDir, "output"),
      GITHUB_STEP_SUMMARY: path.join(runnerDir, "step_summary"),
      GITHUB_ENV: path.join(runnerDir, "env"),
      GITHUB_PATH: path.join(runnerDir, "path"),
      GITHUB_STATE: path.join(runnerDir, "state"),
      GITHUB_EVENT_PATH: path.join(runnerDir, "event.json"),
    };
    for (const file of Object.values(files)) await writeFile(file, "");
    await writeFile(files.GITHUB_EVENT_PATH, JSON.stringify(options.event ?? {}));
    const runnerTemp = path.join(runnerDir, "temp");
    const toolCache = path.join(runnerDir, "tool-cache");
    await mkdir(runnerTemp);
    await mkdir(toolCache);

    const env: Record<string, string> = {
      ...runnerEnv(options, workspace),
      ...files,
      RUNNER_TEMP: runnerTemp,
      RUNNER_TOOL_CACHE: toolCache,
      ...inputEnv(options.inputs ?? {}),
      ...options.env,
    };
    const started = performance.now();
    const { exitCode, signal, stdout, stderr } = await spawnNode(
      path.resolve(REPO_ROOT, options.entry),
      workspace,
      env,
      options.timeoutMs ?? 60_000,
      options.signal,
    );
    const durationMs = performance.now() - started;
    return {
      exitCode,
      signal,
      stdout,
      stderr,
      outputs: parseFileCommand(await readFile(files.GITHUB_OUTPUT, "utf8"), "GITHUB_OUTPUT"),
      summary: await readFile(files.GITHUB_STEP_SUMMARY, "utf8"),
      commands: parseWorkflowCommands(stdout),
      workspace,
      durationMs,
    };
  } finally {
    await rm(runnerDir, { recursive: true, force: true });
  }
}

export function runActionsConcurrently(runs: RunActionOptions[]): Promise<ActionRun[]> {
  return Promise.all(runs.map(runAction));
}

function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, "_").toUpperCase()}`, value]),
  );
}

/** What the runner sets for every step, derived from the event where the runner derives it. */
function runnerEnv(options: RunActionOptions, workspace: string): Record<string, string> {
  const repository = options.repository ?? "org/repo";
  const eventName = options.eventName ?? "pull_request";
  const event = (options.event ?? {}) as {
    pull_request?: {
      number?: number;
      merge_commit_sha?: string;
      head?: { ref?: string };
      base?: { ref?: string };
    };
    after?: string;
    ref?: string;
  };
  const pull = eventName.startsWith("pull_request") ? event.pull_request : undefined;
  const ref =
    pull?.number !== undefined ? `refs/pull/${pull.number}/merge` : (event.ref ?? "refs/heads/main");
  return {
    PATH: process.env["PATH"] ?? "/usr/bin:/bin",
    HOME: process.env["HOME"] ?? tmpdir(),
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split("/")[0] ?? repository,
    GITHUB_SHA: pull?.merge_commit_sha ?? event.after ?? DEFAULT_SHA,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags|pull)\//, ""),
    GITHUB_REF_TYPE: ref.startsWith("refs/tags/") ? "tag" : "branch",
    ...(pull ? { GITHUB_HEAD_REF: pull.head?.ref ?? "", GITHUB_BASE_REF: pull.base?.ref ?? "" } : {}),
    GITHUB_RUN_ID: "1658821493",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_RUN_NUMBER: "42",
    GITHUB_WORKFLOW: "mlops",
    GITHUB_JOB: "evaluate",
    GITHUB_ACTION: "__run",
    GITHUB_ACTOR: "octocat",
    GITHUB_SERVER_URL: "https://github.com",
    RUNNER_OS: "Linux",
    RUNNER_ARCH: "X64",
  };
}

function spawnNode(
  entry: string,
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
  send?: { name: NodeJS.Signals; when: () => boolean },
): Promise<{ exitCode: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    const watch = send
      ? setInterval(() => {
          if (!send.when()) return;
          clearInterval(watch);
          child.kill(send.name);
        }, 10)
      : undefined;
    child.once("error", (error) => {
      clearTimeout(timer);
      clearInterval(watch);
      reject(error);
    });
    child.once("close", (exitCode, signal) => {
      clearTimeout(timer);
      clearInterval(watch);
      resolve({
        exitCode,
        signal,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
      });
    });
  });
}
