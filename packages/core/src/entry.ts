import { ConfigError } from "./errors.ts";
import { createLogger, type Logger, logFailure } from "./logger.ts";

/**
 * The shell around every entry point (action or CLI): run, and turn any error into one human message,
 * an annotation where it applies, and a non-zero exit code — never a stack trace.
 */
export async function runMain(fn: (logger: Logger) => Promise<number>): Promise<void> {
  const logger = createLogger();
  try {
    const code = await fn(logger);
    if (code !== 0) process.exitCode = code;
  } catch (e) {
    logFailure(logger, e);
    process.exitCode = 1;
  }
}

/** Parses a choice from a string input, naming the input and the allowed values when it is wrong. */
export function parseChoice<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const v = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new ConfigError(`input "${name}" must be one of ${allowed.join(", ")}; found "${value}"`, {
    location: { file: "action inputs", path: name },
  });
}

/** Parses a YAML 1.2 core-schema boolean, as GitHub documents for action inputs. */
export function parseBoolean(name: string, value: string): boolean {
  if (["true", "True", "TRUE"].includes(value.trim())) return true;
  if (["false", "False", "FALSE"].includes(value.trim())) return false;
  throw new ConfigError(`input "${name}" must be true or false; found "${value}"`, {
    location: { file: "action inputs", path: name },
  });
}

/** What every command function receives from its entry point (action or CLI), injectable in tests. */
export interface CommandIO {
  logger: Logger;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  now?: () => Date;
}
