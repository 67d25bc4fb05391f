import { formatError, type SourceLocation } from "./errors.ts";
import { redact, registerSecret } from "./secrets.ts";

/**
 * Logging that speaks GitHub's workflow commands inside Actions (groups, annotations, masks) and plain
 * text elsewhere. Every line is redacted of registered secrets before it is written.
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

/** Escapes data for a workflow command, as the runner decodes it. */
function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function annotationProperties(loc?: SourceLocation): string {
  if (!loc) return "";
  const props = [`file=${escapeProperty(loc.file)}`];
  if (loc.line !== undefined) props.push(`line=${loc.line}`);
  if (loc.column !== undefined) props.push(`col=${loc.column}`);
  return ` ${props.join(",")}`;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const github = options.github ?? process.env.GITHUB_ACTIONS === "true";
  const debugOn = options.debug ?? (process.env.RUNNER_DEBUG === "1" || process.env.MLOPS_DEBUG === "1");
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const line = (text: string) => write(`${redact(text)}\n`);

  return {
    github,
    debug(message) {
      if (github) line(`::debug::${escapeData(message)}`);
      else if (debugOn) line(`debug: ${message}`);
    },
    info(message) {
      line(message);
    },
    warn(message, location) {
      if (github) line(`::warning${annotationProperties(location)}::${escapeData(message)}`);
      else line(`warning: ${message}`);
    },
    error(message, location) {
      if (github) line(`::error${annotationProperties(location)}::${escapeData(message)}`);
      else line(`error: ${message}`);
    },
    async group(title, fn) {
      if (github) line(`::group::${escapeData(title)}`);
      else line(`▸ ${title}`);
      try {
        return await fn();
      } finally {
        if (github) line("::endgroup::");
      }
    },
    mask(secret) {
      registerSecret(secret);
      if (github && secret)
        for (const part of secret.split(/\r?\n/)) if (part) write(`::add-mask::${part}\n`);
    },
  };
}

/** Reports any thrown value as one human message, with its location as an annotation in Actions. */
export function logFailure(logger: Logger, e: unknown): void {
  const text = formatError(e, { stack: process.env.MLOPS_DEBUG === "1" });
  const loc = (e as { location?: SourceLocation }).location;
  logger.error(text, loc);
}
