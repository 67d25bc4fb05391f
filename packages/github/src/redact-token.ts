const REDACTED = "***";

/** A copy of `value` with every occurrence of `token` in its strings replaced, however deeply nested. */
export function redactToken<T>(value: T, token: string): T {
  if (token === "") return value;
  return redact(value, token) as T;
}

function redact(value: unknown, token: string): unknown {
  if (typeof value === "string") return value.replaceAll(token, REDACTED);
  if (Array.isArray(value)) return value.map((item) => redact(item, token));
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redact(item, token)]));
  }
  return value;
}
