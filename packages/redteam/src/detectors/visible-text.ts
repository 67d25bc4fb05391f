/**
 * The text a reader sees: compatibility forms folded (NFKC), then invisible format characters (zero-width,
 * bidi controls, Unicode tags: category Cf) dropped, in that order because NFKC keeps U+200B.
 */
export function visibleText(text: string): string {
  return text.normalize("NFKC").replace(/\p{Cf}/gu, "");
}
