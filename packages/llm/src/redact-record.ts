import { redact } from "@mlops/core";

/**
 * A record with every string in it redacted, at any depth: a server can echo the key in any field of an
 * answer (`model`, `system_fingerprint`), not only in the text, and redacting the JSON text instead would
 * miss a secret whose characters JSON escapes.
 */
export function redactRecord<T>(value: T): T {
  if (typeof value === "string") return redact(value) as T;
  if (Array.isArray(value)) return value.map(redactRecord) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), redactRecord(v)])) as T;
  }
  return value;
}
