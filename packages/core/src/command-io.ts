import type { Envelope } from "./envelope.ts";
import type { Logger } from "./logger.ts";

/** What every command function receives from the runner, injectable in tests. */
export interface CommandIO {
  logger: Logger;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  now?: () => Date;
  /** Aborted when the run is cancelled: start no new work. */
  signal?: AbortSignal;
  /** Registers the result being built, so a failure or cancellation still writes it, as status error. */
  draft?(envelope: Envelope, where: { resultsDir: string; variant?: string }): void;
}
