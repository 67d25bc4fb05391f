import { type ChildProcess, fork } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ConfigError, RuntimeFailure, userCommandEnv } from "@mlops/core";

/**
 * Custom grader modules run in a child process of their own, never in the action's: a grader is code from
 * the pull request, and the action's process holds the provider's API key and the runner's files. The child
 * gets the environment every user command gets (no runner files, tokens, action inputs or secret-looking
 * variables) and nothing else; its output is not passed through, so it cannot print a runner command. One
 * child serves every grader of a run; it is killed when the run ends.
 *
 * The child runs this very module (found by `import.meta.url`, a build entry of its own so that in a bundle
 * it is a chunk that does nothing else), marked by its first argument.
 */

const MARKER = "mlops-grader-host";
/** A grader that does not answer in this long fails its case, and its process is replaced. */
const CALL_TIMEOUT_MS = 60_000;

export interface GraderCall {
  /** Absolute path of the module. */
  module: string;
  exportName: string;
  output: string;
  context: { vars: Record<string, unknown>; value: unknown; latencyMs: number };
}

interface Request extends GraderCall {
  id: number;
}

type Reply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; missingExport?: boolean; message: string };

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

let host: { child: ChildProcess; pending: Map<number, Pending>; stderrFile: string } | undefined;
let nextId = 0;

/** Calls `exportName` of the grader module in the grader process; what it returns comes back as JSON. */
export function callGrader(call: GraderCall, shown: string): Promise<unknown> {
  host ??= startHost();
  const h = host;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      h.pending.delete(id);
      stopHost(
        h,
        new RuntimeFailure(`grader module ${shown} did not answer within ${CALL_TIMEOUT_MS / 1000} s`),
      );
      reject(new RuntimeFailure(`grader module ${shown} did not answer within ${CALL_TIMEOUT_MS / 1000} s`));
    }, CALL_TIMEOUT_MS);
    h.pending.set(id, { resolve, reject, timer });
    h.child.send({ id, ...call } satisfies Request);
  }).then(
    (value) => value,
    (e: Error & { missingExport?: boolean }) => {
      if (e.missingExport) throw new ConfigError(e.message, { location: { file: shown } });
      throw e;
    },
  );
}

function startHost(): NonNullable<typeof host> {
  // Its errors go to a file, read when it dies: a pipe would keep the run alive after its last call.
  const stderrFile = path.join(mkdtempSync(path.join(tmpdir(), "mlops-grader-")), "stderr");
  const stderr = openSync(stderrFile, "w");
  const child = fork(fileURLToPath(import.meta.url), [MARKER], {
    env: userCommandEnv(process.env),
    execArgv: [],
    stdio: ["ignore", "ignore", stderr, "ipc"],
  });
  closeSync(stderr);
  const h = { child, pending: new Map<number, Pending>(), stderrFile };
  child.on("message", (reply: Reply) => {
    const waiting = h.pending.get(reply.id);
    if (!waiting) return;
    h.pending.delete(reply.id);
    clearTimeout(waiting.timer);
    if (reply.ok) waiting.resolve(reply.value);
    else waiting.reject(Object.assign(new Error(reply.message), { missingExport: reply.missingExport }));
  });
  child.on("exit", (code, signal) => {
    const last = lastLine(h.stderrFile);
    stopHost(
      h,
      new RuntimeFailure(
        `the grader process stopped (${signal ?? `exit code ${code}`})${last ? `: ${last}` : ""}`,
      ),
    );
  });
  // Idle, the child must not keep the run alive; a pending call's timer does while it waits.
  child.unref();
  child.channel?.unref();
  process.once("exit", () => child.kill("SIGKILL"));
  return h;
}

function lastLine(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8").trim().split("\n").at(-1) || undefined;
  } catch {
    return undefined;
  }
}

function stopHost(h: NonNullable<typeof host>, error: Error): void {
  if (host === h) host = undefined;
  for (const [, waiting] of h.pending) {
    clearTimeout(waiting.timer);
    waiting.reject(error);
  }
  h.pending.clear();
  if (h.child.exitCode === null) h.child.kill("SIGKILL");
}

/** The child's side: load each module once, answer each call, never let one call's failure stop the rest. */
function serve(): void {
  const modules = new Map<string, Promise<Record<string, unknown>>>();
  const send = (reply: Reply) => process.send?.(reply);
  process.on("message", async (req: Request) => {
    try {
      let loading = modules.get(req.module);
      if (!loading) {
        loading = import(pathToFileURL(req.module).href) as Promise<Record<string, unknown>>;
        modules.set(req.module, loading);
      }
      const fn = (await loading)[req.exportName];
      if (typeof fn !== "function") {
        send({
          id: req.id,
          ok: false,
          missingExport: true,
          message: `has no function export "${req.exportName}"`,
        });
        return;
      }
      const value: unknown = await fn(req.output, req.context);
      send({ id: req.id, ok: true, value: JSON.parse(JSON.stringify(value ?? null)) });
    } catch (e) {
      send({ id: req.id, ok: false, message: e instanceof Error ? e.message : String(e) });
    }
  });
  process.channel?.ref();
}

if (process.argv[2] === MARKER && process.send) serve();
