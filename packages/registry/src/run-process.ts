import { ConfigError, runUserProcess } from "@mlops/core";

/** Splits a command line into arguments (single and double quotes, no shell), so nothing is interpolated twice. */
export function splitCommand(command: string, where: { file: string; path: string }): string[] {
  const args: string[] = [];
  let current = "";
  let quote: string | undefined;
  let started = false;
  for (const ch of command) {
    if (quote) {
      if (ch === quote) quote = undefined;
      else current += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      started = true;
    } else if (/\s/.test(ch)) {
      if (started) args.push(current);
      current = "";
      started = false;
    } else {
      current += ch;
      started = true;
    }
  }
  if (quote) throw new ConfigError(`unbalanced ${quote} in command`, { location: where });
  if (started) args.push(current);
  if (args.length === 0) throw new ConfigError("empty command", { location: where });
  return args;
}

export interface ProcessResult {
  code: number | null;
  /** The last lines of its output. */
  output: string;
  timedOut: boolean;
  cancelled: boolean;
  /** Why it could not start ("command not found: kubectl"); the command then never ran. */
  startError?: string;
}

/** "the health command exited 3: <its last line>", "apply could not start: command not found: kubectl". */
export function processFailure(what: string, r: ProcessResult): string {
  if (r.startError) return `${what} could not start: ${r.startError}`;
  if (r.timedOut) return `${what} timed out`;
  if (r.cancelled) return `${what} was cancelled`;
  const last = r.output.trim().split("\n").at(-1);
  return `${what} exited ${r.code}${last ? `: ${last}` : ""}`;
}

export interface ProcessOptions {
  cwd: string;
  /** The step's environment; the command gets it scrubbed of runner files, tokens and secrets. */
  env: NodeJS.ProcessEnv;
  /** The deploy config's `env:`. */
  passEnv: Readonly<Record<string, string>>;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** Runs argv[0] with the rest as arguments as a user process; its process group is killed after `timeoutMs`. */
export async function runProcess(argv: string[], options: ProcessOptions): Promise<ProcessResult> {
  const run = await runUserProcess({
    command: argv,
    cwd: options.cwd,
    parentEnv: options.env,
    passEnv: options.passEnv,
    timeoutMs: options.timeoutMs,
    signal: options.signal,
  });
  return {
    code: run.code,
    output: run.tail.join("\n"),
    timedOut: run.timedOut,
    cancelled: run.cancelled,
    ...(run.startError ? { startError: run.startError } : {}),
  };
}
