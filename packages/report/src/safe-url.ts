/**
 * A URL safe to put in a Markdown link destination or an HTML attribute: http(s) only (no
 * `javascript:`), and percent-encoded so that no character can end the destination or a table cell.
 * Anything else is shown as text instead of a link.
 */
export function safeUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  return parsed.href.replace(
    /[()|$'"<> `]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}
