/**
 * Errors for humans. Every error says what went wrong, where, and what to do next; entry points print
 * `formatError(e)` and exit non-zero, never a stack trace.
 */

export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
  /** Key path inside the file, e.g. `gates[2].min`. */
  path?: string;
}

export abstract class MlopsError extends Error {
  abstract readonly kind: "config" | "runtime";
  readonly hint: string | undefined;
  readonly location: SourceLocation | undefined;

  constructor(message: string, options: { hint?: string; location?: SourceLocation; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.hint = options.hint;
    this.location = options.location;
  }
}

/** The user's input is wrong (a config file, a results file, an action input). Fix the input and rerun. */
export class ConfigError extends MlopsError {
  readonly kind = "config" as const;
  override readonly name = "ConfigError";
  /** Further problems found in the same input, so one run reports them all. */
  readonly others: ConfigError[];

  constructor(
    message: string,
    options: { hint?: string; location?: SourceLocation; cause?: unknown; others?: ConfigError[] } = {},
  ) {
    super(message, options);
    this.others = options.others ?? [];
  }
}

/** Something failed while running (a process, a server, the network). Often worth a retry. */
export class RuntimeFailure extends MlopsError {
  readonly kind = "runtime" as const;
  override readonly name = "RuntimeFailure";
}

export function formatLocation(loc: SourceLocation): string {
  let out = loc.file;
  if (loc.line !== undefined) {
    out += `:${loc.line}`;
    if (loc.column !== undefined) out += `:${loc.column}`;
  }
  if (loc.path) out += ` (${loc.path})`;
  return out;
}

function formatOne(e: MlopsError): string {
  const where = e.location ? `${formatLocation(e.location)}: ` : "";
  const hint = e.hint ? `\n  hint: ${e.hint}` : "";
  return `${where}${e.message}${hint}`;
}

/** One readable message for any thrown value; stacks only for errors we did not anticipate. */
export function formatError(e: unknown, options: { stack?: boolean } = {}): string {
  if (e instanceof ConfigError) return [e, ...e.others].map(formatOne).join("\n");
  if (e instanceof MlopsError) return formatOne(e);
  if (e instanceof Error) {
    const text = `${e.message}`;
    return options.stack && e.stack ? `${text}\n${e.stack}` : text;
  }
  return String(e);
}

export function isMlopsError(e: unknown): e is MlopsError {
  return e instanceof MlopsError;
}
