import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  userCommandEnv
} from "./chunk-G4QNM2E2.js";
import {
  ConfigError,
  RuntimeFailure
} from "./chunk-CYLWIE3E.js";

// packages/llm/src/assertions/grader-host.ts
import { fork } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
var MARKER = "mlops-grader-host";
var CALL_TIMEOUT_MS = 6e4;
var host;
var nextId = 0;
function callGrader(call, shown) {
  host ??= startHost();
  const h = host;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      h.pending.delete(id);
      stopHost(
        h,
        new RuntimeFailure(`grader module ${shown} did not answer within ${CALL_TIMEOUT_MS / 1e3} s`)
      );
      reject(new RuntimeFailure(`grader module ${shown} did not answer within ${CALL_TIMEOUT_MS / 1e3} s`));
    }, CALL_TIMEOUT_MS);
    h.pending.set(id, { resolve, reject, timer });
    h.child.send({ id, ...call });
  }).then(
    (value) => value,
    (e) => {
      if (e.missingExport) throw new ConfigError(e.message, { location: { file: shown } });
      throw e;
    }
  );
}
function startHost() {
  const stderrFile = path.join(mkdtempSync(path.join(tmpdir(), "mlops-grader-")), "stderr");
  const stderr = openSync(stderrFile, "w");
  const child = fork(fileURLToPath(import.meta.url), [MARKER], {
    env: userCommandEnv(process.env),
    execArgv: [],
    stdio: ["ignore", "ignore", stderr, "ipc"]
  });
  closeSync(stderr);
  const h = { child, pending: /* @__PURE__ */ new Map(), stderrFile };
  child.on("message", (reply) => {
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
        `the grader process stopped (${signal ?? `exit code ${code}`})${last ? `: ${last}` : ""}`
      )
    );
  });
  child.unref();
  child.channel?.unref();
  process.once("exit", () => child.kill("SIGKILL"));
  return h;
}
function lastLine(file) {
  try {
    return readFileSync(file, "utf8").trim().split("\n").at(-1) || void 0;
  } catch {
    return void 0;
  }
}
function stopHost(h, error) {
  if (host === h) host = void 0;
  for (const [, waiting] of h.pending) {
    clearTimeout(waiting.timer);
    waiting.reject(error);
  }
  h.pending.clear();
  if (h.child.exitCode === null) h.child.kill("SIGKILL");
}
function serve() {
  const modules = /* @__PURE__ */ new Map();
  const send = (reply) => process.send?.(reply);
  process.on("message", async (req) => {
    try {
      let loading = modules.get(req.module);
      if (!loading) {
        loading = import(pathToFileURL(req.module).href);
        modules.set(req.module, loading);
      }
      const fn = (await loading)[req.exportName];
      if (typeof fn !== "function") {
        send({
          id: req.id,
          ok: false,
          missingExport: true,
          message: `has no function export "${req.exportName}"`
        });
        return;
      }
      const value = await fn(req.output, req.context);
      send({ id: req.id, ok: true, value: JSON.parse(JSON.stringify(value ?? null)) });
    } catch (e) {
      send({ id: req.id, ok: false, message: e instanceof Error ? e.message : String(e) });
    }
  });
  process.channel?.ref();
}
if (process.argv[2] === MARKER && process.send) serve();

export {
  callGrader
};
