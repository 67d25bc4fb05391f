import { type Logger, RuntimeFailure, runUserProcess } from "@mlops/core";

export interface CommandRun {
  exitCode: number;
  durationMs: number;
}

export interface RunCommandOptions {
  command: string;
  cwd: string;
  /** The step's environment; the command gets it scrubbed of runner files, tokens and secrets. */
  env: NodeJS.ProcessEnv;
  /** The config's `env:`. */
  passEnv: Readonly<Record<string, string>>;
  /** What this tool tells the command (seed, paths). */
  ownEnv?: Readonly<Record<string, string>>;
  timeoutMs: number;
  signal?: AbortSignal;
  logger: Logger;
  /** What the command is, for messages: "training command", "predict command". */
  what: string;
  /** Stream the command's output into the log (training), or keep it only for errors (scoring batches). */
  stream?: boolean;
}

/** Quotes a value for a POSIX shell, so placeholders can hold any path. */
export function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`;
}

/** Replaces `{name}` placeholders with shell-quoted values; unknown names are left for the shell. */
export function fillPlaceholders(command: string, values: Record<string, string>): string {
  return command.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? shellQuote(values[name]!) : whole,
  );
}

/**
 * Runs a shell command as a user process (scrubbed environment, process group killed at the timeout),
 * streaming its output line by line. A non-zero exit, a signal, the timeout or a cancellation is a
 * RuntimeFailure showing the exit code and the last lines of output, which is where a failing program
 * says why.
 */
export async function runCommand(options: RunCommandOptions): Promise<CommandRun> {
  const { logger } = options;
  const run = await runUserProcess({
    command: options.command,
    cwd: options.cwd,
    parentEnv: options.env,
    passEnv: options.passEnv,
    ownEnv: options.ownEnv,
    timeoutMs: options.timeoutMs,
    signal: options.signal,
    onLine: (line) => (options.stream ? logger.info(`  ${line}`) : logger.debug(line)),
  });
  const output = run.tail.length > 0 ? `\n--- last lines of output ---\n${run.tail.join("\n")}` : "";
  if (run.startError) {
    throw new RuntimeFailure(`${options.what} could not start: ${run.startError}`, {
      hint: "check the command",
    });
  }
  if (run.timedOut) {
    throw new RuntimeFailure(
      `${options.what} timed out after ${Math.round(options.timeoutMs / 1000)} s${output}`,
      { hint: "raise the timeout, or make the command faster" },
    );
  }
  if (run.cancelled) throw new RuntimeFailure(`${options.what} was stopped: the run was cancelled`);
  if (run.code !== 0) {
    throw new RuntimeFailure(
      `${options.what} failed with ${run.signal ? `signal ${run.signal}` : `exit code ${run.code}`}: ${options.command}${output}`,
      { hint: "run the command locally to reproduce" },
    );
  }
  return { exitCode: 0, durationMs: run.durationMs };
}
