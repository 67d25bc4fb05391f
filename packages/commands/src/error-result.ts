import path from "node:path";
import {
  type Check,
  ConfigError,
  type Envelope,
  formatError,
  type Lineage,
  MlopsError,
  newEnvelope,
  type SourceLocation,
} from "@mlops/core";
import { InputError } from "./input-types.ts";

/** The run was stopped by a signal (a cancelled workflow). */
export class Cancelled extends MlopsError {
  readonly kind = "runtime" as const;
  override readonly name = "Cancelled";
  readonly signal: NodeJS.Signals;
  /** `done`: what was completed before the run stopped, e.g. "37 of 200 calls". */
  constructor(signal: NodeJS.Signals, done?: string) {
    super(`cancelled (${signal})${done ? `: ${done} completed` : ""}`, {
      hint: "completed work is kept: a rerun resumes from it",
    });
    this.signal = signal;
  }
}

/** The cancellation an aborted run signal stands for, with what the command completed. */
export function cancellation(signal: AbortSignal, done: string): Cancelled {
  const reason: unknown = signal.reason;
  return new Cancelled(reason instanceof Cancelled ? reason.signal : "SIGTERM", done);
}

/** Annotations and reports show paths relative to the workspace. */
export function relativeLocation(e: unknown, cwd: string): SourceLocation | undefined {
  const loc = e instanceof MlopsError ? e.location : undefined;
  if (!loc || !path.isAbsolute(loc.file)) return loc;
  return { ...loc, file: path.relative(cwd, loc.file) || loc.file };
}

/**
 * The checks that say why a run ended in error: one per bad input, or the file, the cancellation, or
 * the failure.
 */
export function errorChecks(e: unknown, cwd: string): Check[] {
  if (e instanceof InputError) {
    return [e, ...e.others].map((one) => ({
      id: one instanceof InputError ? `input.${one.key}` : "input",
      title: one instanceof InputError ? one.input : "Input",
      status: "error",
      severity: "fail",
      message: one.message,
      ...(one.hint ? { expected: one.hint } : {}),
    }));
  }
  return [errorCheck(e, cwd)];
}

function errorCheck(e: unknown, cwd: string): Check {
  const message = formatError(e);
  const base = { status: "error", severity: "fail", message } as const;
  if (e instanceof Cancelled) return { ...base, id: "cancelled", title: "Run cancelled" };
  const loc = relativeLocation(e, cwd);
  const location = loc
    ? {
        location: {
          file: loc.file,
          ...(loc.line !== undefined ? { line: loc.line } : {}),
          ...(loc.column !== undefined ? { column: loc.column } : {}),
        },
      }
    : {};
  if (e instanceof ConfigError) return { ...base, ...location, id: "configuration", title: "Configuration" };
  if (e instanceof MlopsError) return { ...base, ...location, id: "run", title: "Run" };
  return { ...base, id: "internal", title: "Internal error" };
}

function errorField(e: unknown): NonNullable<Envelope["error"]> {
  if (e instanceof MlopsError) return { message: e.message, ...(e.hint ? { hint: e.hint } : {}) };
  return {
    message: formatError(e),
    hint: "this is a bug in mlops: rerun with MLOPS_DEBUG=1 for a stack trace and report it",
  };
}

/**
 * Turns the result a command was building (or, when it had none yet, a fresh one of the command's kind)
 * into an error result that says what failed and keeps whatever was completed.
 */
export function errorEnvelope(
  e: unknown,
  options: {
    draft: Envelope | undefined;
    kind: string;
    subject: Envelope["subject"];
    startedAt: Date;
    endedAt: Date;
    lineage: Lineage;
    cwd: string;
  },
): Envelope {
  const envelope =
    options.draft ??
    newEnvelope({
      kind: options.kind,
      subject: options.subject,
      startedAt: options.startedAt.toISOString(),
      lineage: options.lineage,
    });
  const error = errorField(e);
  envelope.status = "error";
  envelope.error = error;
  envelope.summary = `${e instanceof Cancelled ? "" : "error: "}${error.message.split("\n")[0]}`;
  envelope.durationMs = Math.max(0, options.endedAt.getTime() - options.startedAt.getTime());
  envelope.checks = [...envelope.checks, ...errorChecks(e, options.cwd)];
  return envelope;
}
