/** Exponential backoff with full jitter, capped; `random` is injectable for tests. */
export function backoffMs(attempt: number, baseMs: number, capMs = 30_000, random = Math.random): number {
  return Math.min(capMs, baseMs * 2 ** attempt) * (0.5 + random() / 2);
}
