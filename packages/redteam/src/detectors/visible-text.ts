/**
 * The text a reader sees: compatibility forms folded (NFKC), then invisible format characters (zero-width,
 * bidi controls, Unicode tags: category Cf) dropped, in that order because NFKC keeps U+200B.
 */
export function visibleText(text: string): string {
  // Most answers are ASCII, which NFKC leaves as it is and which holds no format character.
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  return text.normalize("NFKC").replace(/\p{Cf}/gu, "");
}
