import type { Logger } from "@mlops/core";
import { Cancelled } from "./error-result.ts";

/**
 * SIGINT/SIGTERM while a command runs (a cancelled workflow): the run's signal aborts so it starts no
 * new work, and after a grace period the runner stops waiting for what is still in flight.
 */
export class Cancellation {
  readonly #controller = new AbortController();
  readonly #graceMs: number;
  readonly #logger: Logger;
  #by: NodeJS.Signals | undefined;
  #timer: NodeJS.Timeout | undefined;
  readonly #onSignal = (signal: NodeJS.Signals) => this.#cancel(signal);

  /** Settles `graceMs` after the cancellation: the work in flight had its chance to finish. */
  readonly graceOver: Promise<"hung">;

  constructor(logger: Logger, graceMs: number) {
    this.#logger = logger;
    this.#graceMs = graceMs;
    this.graceOver = new Promise((resolve) => {
      this.#controller.signal.addEventListener("abort", () => {
        this.#timer = setTimeout(() => resolve("hung"), this.#graceMs);
      });
    });
    process.on("SIGINT", this.#onSignal);
    process.on("SIGTERM", this.#onSignal);
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** The signal that cancelled the run, if one did. */
  get by(): NodeJS.Signals | undefined {
    return this.#by;
  }

  #cancel(signal: NodeJS.Signals): void {
    if (this.#by) return;
    this.#by = signal;
    this.#logger.warn(`${signal}: cancelled; starting no new work, finishing what is in flight`);
    this.#controller.abort(new Cancelled(signal));
  }

  dispose(): void {
    clearTimeout(this.#timer);
    process.off("SIGINT", this.#onSignal);
    process.off("SIGTERM", this.#onSignal);
  }
}
