import { redact } from "@mlops/core";

const REDACTED = "***";

/** A copy of `value` with every occurrence of `token` in its strings replaced, however deeply nested. */
export function redactToken<T>(value: T, token: string): T {
  if (token === "") return value;
  return mapStrings(value, (s) => s.replaceAll(token, REDACTED)) as T;
}

/**
 * `redactToken`, and every credential `redact` knows by value or by shape: what we send to GitHub is
 * published (comments, check runs, statuses, tag messages), and the process sending it may not be the
 * one that saw the secret.
 */
export function redactForPublishing<T>(value: T, token: string): T {
  return mapStrings(redactToken(value, token), redact) as T;
}

function mapStrings(value: unknown, map: (s: string) => string): unknown {
  if (typeof value === "string") return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)]));
  }
  return value;
}
