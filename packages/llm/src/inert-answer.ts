/**
 * A model's answer to an attack, clipped and defanged for a report: a URL cannot be followed or fetched
 * (its scheme loses `://`), invisible and smuggling characters are shown as code points, and lines are
 * joined. The report escapes Markdown and HTML on top of this; this removes what escaping leaves live —
 * a bare URL that GitHub links, an image host Camo would still fetch, hidden text.
 */
export function inertAnswer(text: string, max: number): string {
  const flat = text
    .replace(/\p{Cf}|[\u{E0000}-\u{E007F}]/gu, (c) => `<U+${c.codePointAt(0)?.toString(16).toUpperCase()}>`)
    .replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, "$1[:]//")
    .replace(/\bwww\./gi, "www[.]")
    .replace(/\s+/g, " ")
    .trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
