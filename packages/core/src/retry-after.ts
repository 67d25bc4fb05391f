/**
 * The longest wait a server can ask for. Rate-limit windows are a minute long, so an honest server never
 * needs more; a larger value (or a date far ahead) is broken or hostile and must not stall a run.
 */
export const MAX_RETRY_AFTER_MS = 60_000;

/** Response headers as `fetch` and the OpenAI SDK give them, or as a plain record as octokit does. */
export type HeaderSource =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | number | undefined>>;

const DECIMAL = /^\d+(\.\d+)?$/;
/** Every HTTP-date form names its month; without this, `Date.parse` reads "-1" or "7" as a year. */
const HTTP_DATE = /[A-Za-z]{3}/;

/**
 * How long the server asked us to wait before retrying, in milliseconds: `retry-after-ms` when present
 * (OpenAI sends it), else `Retry-After` as delta-seconds or an HTTP date (a past date means now). At most
 * MAX_RETRY_AFTER_MS; undefined when neither header is there or readable.
 */
export function retryAfterMs(
  headers: HeaderSource | undefined,
  now: number = Date.now(),
): number | undefined {
  if (!headers) return undefined;
  const ms = headerValue(headers, "retry-after-ms");
  if (ms !== undefined && DECIMAL.test(ms)) return capped(Number(ms));
  const value = headerValue(headers, "retry-after");
  if (value === undefined) return undefined;
  if (DECIMAL.test(value)) return capped(Number(value) * 1000);
  const date = HTTP_DATE.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(date) ? undefined : capped(date - now);
}

function capped(ms: number): number {
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, ms));
}

function headerValue(headers: HeaderSource, name: string): string | undefined {
  const value =
    typeof headers.get === "function" ? headers.get(name) : (headers as Record<string, unknown>)[name];
  return value === null || value === undefined ? undefined : String(value).trim();
}
