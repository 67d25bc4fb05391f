import { setTimeout as sleep } from "node:timers/promises";

/**
 * Per-provider admission: at most `concurrency` requests in flight, at most `rpm` started and `tpm`
 * tokens sent in any 60-second window, and a shared pause after a 429 that named a Retry-After, so one
 * rate-limit answer slows every worker rather than each discovering it alone.
 */
export interface RateLimiterOptions {
  concurrency: number;
  rpm?: number;
  tpm?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<unknown>;
}

const WINDOW_MS = 60_000;

export class RateLimiter {
  readonly #opts: RateLimiterOptions;
  readonly #now: () => number;
  readonly #sleep: (ms: number) => Promise<unknown>;
  #inFlight = 0;
  readonly #waiting: Array<() => void> = [];
  readonly #window: Array<{ at: number; tokens: number }> = [];
  #pausedUntil = 0;

  constructor(options: RateLimiterOptions) {
    this.#opts = options;
    this.#now = options.now ?? Date.now;
    this.#sleep = options.sleep ?? sleep;
  }

  /** Waits for a slot; call the returned function when the request is over. */
  async acquire(tokens: number): Promise<() => void> {
    if (this.#inFlight >= this.#opts.concurrency) {
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    } else this.#inFlight++;
    for (;;) {
      const wait = this.#delayFor(tokens);
      if (wait <= 0) break;
      await this.#sleep(wait);
    }
    this.#window.push({ at: this.#now(), tokens });
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiting.shift();
      if (next) next();
      else this.#inFlight--;
    };
  }

  /** Every request waits until then (a Retry-After from the server). */
  pauseUntil(at: number): void {
    this.#pausedUntil = Math.max(this.#pausedUntil, at);
  }

  #delayFor(tokens: number): number {
    const now = this.#now();
    while (this.#window.length > 0 && (this.#window[0]?.at ?? 0) <= now - WINDOW_MS) this.#window.shift();
    let wait = this.#pausedUntil - now;
    const oldest = this.#window[0];
    if (this.#opts.rpm !== undefined && this.#window.length >= this.#opts.rpm && oldest) {
      wait = Math.max(wait, oldest.at + WINDOW_MS - now);
    }
    if (this.#opts.tpm !== undefined && this.#window.length > 0) {
      let used = this.#window.reduce((n, e) => n + e.tokens, 0);
      // Free the oldest entries until the new request fits; a request larger than the limit runs alone.
      for (const e of this.#window) {
        if (used + tokens <= this.#opts.tpm) break;
        used -= e.tokens;
        wait = Math.max(wait, e.at + WINDOW_MS - now);
      }
    }
    return wait;
  }
}
