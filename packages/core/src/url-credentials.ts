import { registerSecret } from "./secrets.ts";

export interface CredentialFreeUrl {
  /** The URL without `user:password@`: what is requested, and the only form ever printed. */
  url: string;
  /** `Authorization: Basic …` for the credentials the URL carried; empty when it carried none. */
  headers: Record<string, string>;
}

/**
 * Moves `user:password@` out of a URL into a basic-auth header. `fetch` refuses a URL with credentials,
 * and a URL is printed in every message about it, so the credentials are registered as secrets too.
 */
export function withoutUrlCredentials(url: string): CredentialFreeUrl {
  if (!URL.canParse(url)) return { url, headers: {} };
  const parsed = new URL(url);
  if (!parsed.username && !parsed.password) return { url, headers: {} };
  const user = decodeURIComponent(parsed.username);
  const password = decodeURIComponent(parsed.password);
  const basic = Buffer.from(`${user}:${password}`).toString("base64");
  registerSecret(password);
  registerSecret(basic);
  parsed.username = "";
  parsed.password = "";
  return { url: parsed.toString(), headers: { authorization: `Basic ${basic}` } };
}
