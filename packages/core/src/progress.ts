import { neutraliseCommands } from "./runner-safe-text.ts";
import { redact } from "./secrets.ts";

/**
 * Progress for long work: a redrawn bar on a terminal, and in logs (Actions, pipes) a line with count,
 * rate and ETA at a steady interval — enough to see that a job is alive without flooding the log.
 */

export interface ProgressOptions {
  label: string;
  total?: number;
  /** Where to write; a TTY gets a bar. Defaults to stderr. */
  stream?: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  /** Seconds between log lines when not on a terminal. */
  intervalMs?: number;
  now?: () => number;
}

export interface Progress {
  tick(n?: number): void;
  setTotal(total: number): void;
  done(): void;
  readonly count: number;
}

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return "?";
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}

export function progressLine(
  label: string,
  count: number,
  total: number | undefined,
  elapsedMs: number,
): string {
  const rate = elapsedMs > 0 ? (count * 1000) / elapsedMs : 0;
  const rateText = `${rate >= 100 ? Math.round(rate) : rate.toFixed(1)}/s`;
  if (total === undefined || total <= 0) return `${label}: ${count} done, ${rateText}`;
  const pct = Math.min(100, Math.floor((count / total) * 100));
  const eta = rate > 0 ? ((total - count) / rate) * 1000 : Number.POSITIVE_INFINITY;
  return `${label}: ${count}/${total} (${pct}%), ${rateText}, ETA ${count >= total ? "0s" : formatDuration(eta)}`;
}

export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? Date.now;
  const interval = options.intervalMs ?? 10_000;
  const tty = Boolean(stream.isTTY) && process.env.GITHUB_ACTIONS !== "true";
  const start = now();
  // Labels name files and suites: one line, redacted, and never a workflow command on stderr either.
  const label = neutraliseCommands(redact(options.label).replace(/[\r\n]+/g, " "));
  let total = options.total;
  let count = 0;
  let lastWrite = start;
  let finished = false;

  const bar = () => {
    const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - 60));
    const frac = total ? Math.min(1, count / total) : 0;
    const filled = Math.round(frac * width);
    return `\r[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${progressLine(label, count, total, now() - start)}\x1b[K`;
  };

  const report = (force: boolean) => {
    const t = now();
    if (tty) {
      if (force || t - lastWrite >= 100) {
        stream.write(bar());
        lastWrite = t;
      }
    } else if (force || t - lastWrite >= interval) {
      stream.write(`${progressLine(label, count, total, t - start)}\n`);
      lastWrite = t;
    }
  };

  return {
    get count() {
      return count;
    },
    tick(n = 1) {
      count += n;
      report(false);
    },
    setTotal(t) {
      total = t;
    },
    done() {
      if (finished) return;
      finished = true;
      report(true);
      if (tty) stream.write("\n");
    },
  };
}
