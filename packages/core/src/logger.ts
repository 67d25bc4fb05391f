import { formatError, type SourceLocation } from "./errors.ts";
import { escapeCommandData, escapeCommandProperty, neutraliseCommands } from "./runner-safe-text.ts";
import { redact, registerSecret } from "./secrets.ts";

/**
 * Logging that speaks GitHub's workflow commands inside Actions (groups, annotations, masks) and plain
 * text elsewhere. Every message is redacted before it is written, and no message can speak for the
 * runner: in a command it is escaped data, and as plain text none of its lines is a command.
 */

export interface Logger {
  readonly github: boolean;
  debug(message: string): void;
  info(message: string): void;
  warn(message: string, location?: SourceLocation): void;
  error(message: string, location?: SourceLocation): void;
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /** Hides a value from every later line (and, in Actions, from the runner's own log). */
  mask(secret: string): void;
}

export interface LoggerOptions {
  github?: boolean;
  debug?: boolean;
  write?: (text: string) => void;
}

function annotationProperties(loc?: SourceLocation): string {
  if (!loc) return "";
  const props = [`file=${escapeCommandProperty(redact(loc.file))}`];
  if (loc.line !== undefined) props.push(`line=${loc.line}`);
  if (loc.column !== undefined) props.push(`col=${loc.column}`);
  return ` ${props.join(",")}`;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const github = options.github ?? process.env.GITHUB_ACTIONS === "true";
  const debugOn = options.debug ?? (process.env.RUNNER_DEBUG === "1" || process.env.MLOPS_DEBUG === "1");
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const command = (name: string, message: string) =>
    write(`::${name}::${escapeCommandData(redact(message))}\n`);
  const text = (message: string) => write(`${neutraliseCommands(redact(message))}\n`);

  return {
    github,
    debug(message) {
      if (github) command("debug", message);
      else if (debugOn) text(`debug: ${message}`);
    },
    info(message) {
      text(message);
    },
    warn(message, location) {
      if (github) command(`warning${annotationProperties(location)}`, message);
      else text(`warning: ${message}`);
    },
    error(message, location) {
      if (github) command(`error${annotationProperties(location)}`, message);
      else text(`error: ${message}`);
    },
    async group(title, fn) {
      if (github) command("group", title);
      else text(`▸ ${title}`);
      try {
        return await fn();
      } finally {
        if (github) write("::endgroup::\n");
      }
    },
    mask(secret) {
      registerSecret(secret);
      // The runner masks a multi-line value line by line; escaped, each part is registered as written.
      if (github && secret)
        for (const part of secret.split(/\r\n|\r|\n/))
          if (part) write(`::add-mask::${escapeCommandData(part)}\n`);
    },
  };
}

/** Reports any thrown value as one human message, with its location as an annotation in Actions. */
export function logFailure(logger: Logger, e: unknown): void {
  const text = formatError(e, { stack: process.env.MLOPS_DEBUG === "1" });
  const loc = (e as { location?: SourceLocation }).location;
  logger.error(text, loc);
}
