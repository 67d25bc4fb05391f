import { spawn } from "node:child_process";
import { type Logger, RuntimeFailure } from "@mlops/core";

export interface CommandRun {
  exitCode: number;
  durationMs: number;
}

export interface RunCommandOptions {
  command: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  logger: Logger;
  /** What the command is, for messages: "training command", "predict command". */
  what: string;
  /** Stream the command's output into the log (training), or keep it only for errors (scoring batches). */
  stream?: boolean;
}

const TAIL_LINES = 20;

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
 * Runs a shell command with a timeout (the whole process group is killed), streaming its output line by
 * line. A non-zero exit, a signal or the timeout is a RuntimeFailure showing the exit code and the tail
 * of stderr, which is where a failing program says why.
 */
export function runCommand(options: RunCommandOptions): Promise<CommandRun> {
  const { logger } = options;
  const started = Date.now();
  const tail: string[] = [];
  return new Promise((resolve, reject) => {
    const child = spawn(options.command, {
      cwd: options.cwd,
      env: options.env,
      shell: true,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, options.timeoutMs);
    const lines = (stream: NodeJS.ReadableStream, isErr: boolean) => {
      let pending = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => {
        pending += chunk;
        const parts = pending.split("\n");
        pending = parts.pop() ?? "";
        for (const l of parts) emit(l, isErr);
      });
      stream.on("end", () => {
        if (pending) emit(pending, isErr);
      });
    };
    const emit = (line: string, isErr: boolean) => {
      if (isErr) {
        tail.push(line);
        if (tail.length > TAIL_LINES) tail.shift();
      }
      if (options.stream) logger.info(`  ${line}`);
      else logger.debug(line);
    };
    lines(child.stdout!, false);
    lines(child.stderr!, true);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(
        new RuntimeFailure(`${options.what} could not start: ${e.message}`, { hint: "check the command" }),
      );
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const durationMs = Date.now() - started;
      const stderr = tail.length > 0 ? `\n--- last lines of stderr ---\n${tail.join("\n")}` : "";
      if (timedOut) {
        reject(
          new RuntimeFailure(
            `${options.what} timed out after ${Math.round(options.timeoutMs / 1000)} s${stderr}`,
            {
              hint: "raise the timeout, or make the command faster",
            },
          ),
        );
      } else if (code !== 0) {
        reject(
          new RuntimeFailure(
            `${options.what} failed with ${signal ? `signal ${signal}` : `exit code ${code}`}: ${options.command}${stderr}`,
            { hint: "run the command locally to reproduce; its stderr is shown above" },
          ),
        );
      } else resolve({ exitCode: 0, durationMs });
    });
  });
}
