/**
 * Seconds to wait according to a `Retry-After` header (delta-seconds or an HTTP date), or undefined when
 * the header is absent or unreadable.
 */
export function retryAfterSeconds(
  headers: Record<string, string | number | undefined> | undefined,
  now: number = Date.now(),
): number | undefined {
  const value = headers?.["retry-after"];
  if (value === undefined) return undefined;
  const text = String(value).trim();
  if (/^\d+$/.test(text)) return Number(text);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
