/**
 * Secrets known to this process. Everything we print or publish passes through `redact`, so a token
 * that reaches a message by accident (an error from a client, a user's config echoed back) is hidden.
 */

const secrets = new Set<string>();

/** Registers a secret and the encodings it commonly leaks in (base64, URL-encoded). */
export function registerSecret(value: string | undefined): void {
  if (!value || value.length < 4) return;
  secrets.add(value);
  secrets.add(Buffer.from(value).toString("base64"));
  secrets.add(encodeURIComponent(value));
}

export function redact(text: string): string {
  let out = text;
  // Longest first, so a secret that contains another is hidden whole.
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
    if (out.includes(s)) out = out.split(s).join("***");
  }
  return out;
}

export function registeredSecrets(): readonly string[] {
  return [...secrets];
}
