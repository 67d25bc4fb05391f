import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  newEnvelope
} from "./chunk-XSUZOP4V.js";
import {
  ConfigError,
  MlopsError,
  formatError
} from "./chunk-CYLWIE3E.js";

// packages/commands/src/error-result.ts
import path from "node:path";

// packages/commands/src/input-types.ts
var InputError = class extends ConfigError {
  /** The input's key as declared, e.g. `fail-on`. */
  key;
  /** The input as the user named it, e.g. `input "fail-on"` or `--fail-on`. */
  input;
  constructor(key, input, message, options = {}) {
    super(`${input} ${message}`, options);
    this.key = key;
    this.input = input;
  }
};
var DURATION_UNITS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
function parseInput(type, raw, key, input) {
  const text = raw.trim();
  switch (type.type) {
    case "string":
    case "path":
      return raw;
    case "boolean":
      if (["true", "True", "TRUE"].includes(text)) return true;
      if (["false", "False", "FALSE"].includes(text)) return false;
      throw new InputError(key, input, `must be true or false; found "${raw}"`);
    case "positive-integer": {
      const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
      if (Number.isSafeInteger(n) && n >= 1) return n;
      throw new InputError(key, input, `must be a whole number of at least 1; found "${raw}"`);
    }
    case "duration": {
      const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(text);
      const ms = m ? Number(m[1]) * DURATION_UNITS[m[2] ?? "s"] : Number.NaN;
      if (Number.isFinite(ms) && ms > 0) return Math.round(ms);
      throw new InputError(key, input, `must be a duration such as 30s, 5m or 500ms; found "${raw}"`);
    }
    case "share": {
      const m = /^(\d+(?:\.\d+)?)\s*(%)?$/.exec(text);
      const share = m ? Number(m[1]) / (m[2] ? 100 : 1) : Number.NaN;
      if (Number.isFinite(share)) return share;
      throw new InputError(key, input, `must be a share such as 0.1 or 10%; found "${raw}"`);
    }
    case "list":
      return text.split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== "");
    case "choice": {
      const v = text.toLowerCase();
      if (type.choices.includes(v)) return v;
      throw new InputError(key, input, `must be one of ${type.choices.join(", ")}; found "${raw}"`);
    }
  }
}

// packages/commands/src/error-result.ts
var Cancelled = class extends MlopsError {
  kind = "runtime";
  name = "Cancelled";
  signal;
  /** `done`: what was completed before the run stopped, e.g. "37 of 200 calls". */
  constructor(signal, done) {
    super(`cancelled (${signal})${done ? `: ${done} completed` : ""}`, {
      hint: "completed work is kept: a rerun resumes from it"
    });
    this.signal = signal;
  }
};
function cancellation(signal, done) {
  const reason = signal.reason;
  return new Cancelled(reason instanceof Cancelled ? reason.signal : "SIGTERM", done);
}
function relativeLocation(e, cwd) {
  const loc = e instanceof MlopsError ? e.location : void 0;
  if (!loc || !path.isAbsolute(loc.file)) return loc;
  return { ...loc, file: path.relative(cwd, loc.file) || loc.file };
}
function errorChecks(e, cwd) {
  if (e instanceof InputError) {
    return [e, ...e.others].map((one) => ({
      id: one instanceof InputError ? `input.${one.key}` : "input",
      title: one instanceof InputError ? one.input : "Input",
      status: "error",
      severity: "fail",
      message: one.message,
      ...one.hint ? { expected: one.hint } : {}
    }));
  }
  return [errorCheck(e, cwd)];
}
function errorCheck(e, cwd) {
  const message = formatError(e);
  const base = { status: "error", severity: "fail", message };
  if (e instanceof Cancelled) return { ...base, id: "cancelled", title: "Run cancelled" };
  const loc = relativeLocation(e, cwd);
  const location = loc ? {
    location: {
      file: loc.file,
      ...loc.line !== void 0 ? { line: loc.line } : {},
      ...loc.column !== void 0 ? { column: loc.column } : {}
    }
  } : {};
  if (e instanceof ConfigError) return { ...base, ...location, id: "configuration", title: "Configuration" };
  if (e instanceof MlopsError) return { ...base, ...location, id: "run", title: "Run" };
  return { ...base, id: "internal", title: "Internal error" };
}
function errorField(e) {
  if (e instanceof MlopsError) return { message: e.message, ...e.hint ? { hint: e.hint } : {} };
  return {
    message: formatError(e),
    hint: "this is a bug in mlops: rerun with MLOPS_DEBUG=1 for a stack trace and report it"
  };
}
function errorEnvelope(e, options) {
  const envelope = options.draft ?? newEnvelope({
    kind: options.kind,
    subject: options.subject,
    startedAt: options.startedAt.toISOString(),
    lineage: options.lineage
  });
  const error = errorField(e);
  envelope.status = "error";
  envelope.error = error;
  envelope.summary = `${e instanceof Cancelled ? "" : "error: "}${error.message.split("\n")[0]}`;
  envelope.durationMs = Math.max(0, options.endedAt.getTime() - options.startedAt.getTime());
  envelope.checks = [...envelope.checks, ...errorChecks(e, options.cwd)];
  return envelope;
}

export {
  InputError,
  parseInput,
  Cancelled,
  cancellation,
  relativeLocation,
  errorEnvelope
};
