/** Backoff that honours the server: `retry-after-ms`, then `retry-after` (seconds or an HTTP date). */
export function retryAfterMs(
  headers: { get(name: string): string | null } | undefined,
  now = Date.now(),
): number | undefined {
  if (!headers) return undefined;
  const ms = Number(headers.get("retry-after-ms"));
  if (headers.get("retry-after-ms") !== null && Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers.get("retry-after");
  if (value === null) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with full jitter, capped; `random` is injectable for tests. */
export function backoffMs(attempt: number, baseMs: number, capMs = 30_000, random = Math.random): number {
  return Math.min(capMs, baseMs * 2 ** attempt) * (0.5 + random() / 2);
}
