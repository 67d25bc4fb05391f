import { spawn } from "node:child_process";
import { userCommandEnv } from "./user-command-env.ts";

/**
 * Runs a command a pull request controls, in its own process group with a scrubbed environment
 * (`userCommandEnv`). At the timeout or on cancellation the whole group gets SIGTERM, then SIGKILL after
 * a short grace, so children a command started (`server & wait`) die with it; strays left behind by a
 * command that finished are killed too. A process group bounds time, it is not a sandbox: a command
 * can still leave it on purpose (`setsid`).
 */

export interface UserProcessOptions {
  /** A shell command line, or argv run without a shell. */
  command: string | readonly string[];
  cwd: string;
  /** The step's environment; the command gets it scrubbed. */
  parentEnv: NodeJS.ProcessEnv;
  /** A config's `env:`, whose `${NAME}` references read `parentEnv`. */
  passEnv?: Readonly<Record<string, string>>;
  /** Variables the tool itself gives the command. */
  ownEnv?: Readonly<Record<string, string>>;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Each line of output as it arrives. */
  onLine?: (line: string, stream: "stdout" | "stderr") => void;
  /** Time between SIGTERM and SIGKILL. */
  graceMs?: number;
}

export interface UserProcessResult {
  /** null when killed by a signal or when the command could not start. */
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  cancelled: boolean;
  /** Why the command could not start, in words ("command not found: kubectl"). */
  startError?: string;
  /** The last lines of output, both streams as they arrived. */
  tail: string[];
  durationMs: number;
}

const TAIL_LINES = 20;
/** A line longer than this is cut into pieces, so output without newlines cannot fill the memory. */
const MAX_LINE = 64 * 1024;
const DEFAULT_GRACE_MS = 2000;

/** Groups still running, killed if this process exits first (a detached group would outlive it). */
const liveGroups = new Set<number>();
let exitHookInstalled = false;

function killGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const pid of liveGroups) killGroup(pid, "SIGKILL");
  });
}

/** Node's spawn errors ("spawn kubectl ENOENT") said as a user would: what is wrong with the command. */
function startFailure(command: string | readonly string[], error: NodeJS.ErrnoException): string {
  const program = typeof command === "string" ? command : command[0]!;
  switch (error.code) {
    case "ENOENT":
      return `command not found: ${program}`;
    case "EACCES":
      return `not allowed to run ${program} (is it executable?)`;
    default:
      return `${program} could not start (${error.code ?? error.message})`;
  }
}

export function runUserProcess(options: UserProcessOptions): Promise<UserProcessResult> {
  const started = Date.now();
  const env = userCommandEnv(options.parentEnv, options.passEnv, options.ownEnv);
  const tail: string[] = [];
  const keep = (line: string, stream: "stdout" | "stderr") => {
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
    options.onLine?.(line, stream);
  };
  const result = (fields: Partial<UserProcessResult>): UserProcessResult => ({
    code: null,
    signal: null,
    timedOut: false,
    cancelled: false,
    tail,
    durationMs: Date.now() - started,
    ...fields,
  });
  if (options.signal?.aborted) return Promise.resolve(result({ cancelled: true }));

  return new Promise((resolve) => {
    const spawnOptions = {
      cwd: options.cwd,
      env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"] as ["ignore", "pipe", "pipe"],
    };
    const child =
      typeof options.command === "string"
        ? spawn(options.command, { ...spawnOptions, shell: true })
        : spawn(options.command[0]!, options.command.slice(1), spawnOptions);
    const pid = child.pid;
    if (pid !== undefined) {
      installExitHook();
      liveGroups.add(pid);
    }
    let stopped: "timedOut" | "cancelled" | undefined;
    let killed = false;
    /** What `close` said, kept while a stopped group's grace runs out. */
    let closed: Partial<UserProcessResult> | undefined;
    let killTimer: NodeJS.Timeout | undefined;
    const stop = (why: "timedOut" | "cancelled") => {
      if (stopped || pid === undefined) return;
      stopped = why;
      killGroup(pid, "SIGTERM");
      killTimer = setTimeout(() => {
        killed = true;
        killGroup(pid, "SIGKILL");
        if (closed) done(closed);
      }, options.graceMs ?? DEFAULT_GRACE_MS);
    };
    const timer = setTimeout(() => stop("timedOut"), options.timeoutMs);
    const onAbort = () => stop("cancelled");
    options.signal?.addEventListener("abort", onAbort, { once: true });

    for (const [stream, name] of [
      [child.stdout, "stdout"],
      [child.stderr, "stderr"],
    ] as const) {
      let pending = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => {
        pending += chunk;
        const lines = pending.split("\n");
        pending = lines.pop() ?? "";
        for (const line of lines) keep(line, name);
        for (; pending.length > MAX_LINE; pending = pending.slice(MAX_LINE)) {
          keep(pending.slice(0, MAX_LINE), name);
        }
      });
      stream.on("end", () => {
        if (pending) keep(pending, name);
      });
    }

    let finished = false;
    const done = (fields: Partial<UserProcessResult>) => {
      clearTimeout(killTimer);
      if (pid !== undefined) liveGroups.delete(pid);
      resolve(result({ timedOut: stopped === "timedOut", cancelled: stopped === "cancelled", ...fields }));
    };
    const finish = (fields: Partial<UserProcessResult>) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      if (pid === undefined) return done(fields);
      // A stopped group keeps its grace before SIGKILL; strays of a command that finished die at once.
      if (!stopped) killGroup(pid, "SIGKILL");
      if (stopped && !killed && killGroup(pid, 0)) closed = fields;
      else done(fields);
    };
    child.once("error", (e) => finish({ startError: startFailure(options.command, e) }));
    child.once("close", (code, signal) => finish({ code, signal }));
  });
}
