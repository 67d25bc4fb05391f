/**
 * Secrets known to this process. Everything we print or publish passes through `redact`, so a token
 * that reaches a message by accident (an error from a client, a user's config echoed back) is hidden.
 */

const secrets = new Set<string>();
// Longest first, so a secret that contains another is hidden whole.
let longestFirst: string[] = [];

/** Registers a secret and the encodings it commonly leaks in (base64, URL-encoded). */
export function registerSecret(value: string | undefined): void {
  if (!value || value.length < 4) return;
  secrets.add(value);
  secrets.add(Buffer.from(value).toString("base64"));
  secrets.add(encodeURIComponent(value));
  longestFirst = [...secrets].sort((a, b) => b.length - a.length);
}

/**
 * Credentials recognisable by shape, for the ones no step registered: a process that reads a result file
 * (the report) never saw the secrets of the process that wrote it. Every pattern starts with a literal
 * or a narrow class, so the scan stays linear, and none matches hex digests or ordinary words. Only the
 * secret part is replaced, and never a quote or backslash, so redacted JSON stays valid JSON.
 */
// The end of a name is enough: `x-api-key`, `GITHUB_TOKEN` and `clientSecret` all end in one of these.
const SENSITIVE_NAME =
  "(?:token|secret|password|passwd|(?:api|access|secret|private|auth|client|subscription)[-_]?key)";
/**
 * A word start, also right after an escape (`\n`) in JSON text, where the escape's letter would make `\b`
 * fail and a token on the next line of a quoted error body would go unseen.
 */
const START = String.raw`(?:(?<![A-Za-z0-9])|(?<=\\[nrtbf]))`;
/** Where a credential follows a name: only what comes after the kept prefix is replaced. */
const NAMED = new RegExp(
  [
    // URL userinfo: scheme://user:pass@host
    String.raw`(:\/\/)[^\s\/?#@"'\\<>]+(?=@)`,
    // Authorization header values, with or without the header's own quoting
    String.raw`(${START}authorization\\?["']?\s*[:=]\s*\\?["']?(?:bearer|basic|token|digest)\s+)[^\s"'\\,;]+`,
    // "api_key": "value"
    String.raw`(${SENSITIVE_NAME}"\s*:\s*")(?:[^"\\]|\\.)+(?=")`,
    // the same inside a JSON string (an error body kept in a result), where its quotes are escaped
    String.raw`(${SENSITIVE_NAME}\\"\s*:\s*\\")(?:[^"\\]|\\\\\\"|\\[^"])+(?=\\")`,
    // api_key=value, x-api-key: value, password='value', and the same inside a JSON string
    String.raw`(${SENSITIVE_NAME}\s*[:=]\s*(?:\\?["'])?)[^\s"'\\,;&]+`,
  ].join("|"),
  "gi",
);
/** Credentials by format: GitHub, OpenAI-style, AWS access key ids, Slack, Google API keys, JWTs. */
const FORMATS = new RegExp(
  [
    String.raw`(${START}Bearer\s+)(?=[\w.~+/-]*\d)[\w.~+/-]{8,}=*`,
    String.raw`${START}(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_\w{20,})`,
    String.raw`${START}sk-(?=[\w-]*[A-Z])(?=[\w-]*\d)[\w-]{20,}`,
    String.raw`${START}(?:AKIA|ASIA)[0-9A-Z]{16}\b`,
    `${START}xox[bpars]-[A-Za-z0-9-]{10,}`,
    String.raw`${START}AIza[\w-]{35}\b`,
    String.raw`${START}eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}`,
  ].join("|"),
  "g",
);

/** The replacer's arguments are the groups, then the offset and the whole text. */
function keepPrefix(_match: string, ...args: unknown[]): string {
  const kept = args.slice(0, -2).find((group) => typeof group === "string") as string | undefined;
  return `${kept ?? ""}***`;
}

export function redact(text: string): string {
  let out = text;
  for (const s of longestFirst) {
    if (out.includes(s)) out = out.split(s).join("***");
  }
  return out.replace(NAMED, keepPrefix).replace(FORMATS, keepPrefix);
}

export function registeredSecrets(): readonly string[] {
  return [...secrets];
}
