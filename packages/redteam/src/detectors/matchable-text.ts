/**
 * The text detectors match against, as a reader would see it: compatibility forms folded (NFKC), then
 * invisible format characters (zero-width, bidi controls, Unicode tags: category Cf) dropped, in that
 * order because NFKC keeps U+200B. (Reports do the opposite with hostile text: `visibleText` in core
 * writes those characters out.)
 */
export function matchableText(text: string): string {
  // Most answers are ASCII, which NFKC leaves as it is and which holds no format character.
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  return text.normalize("NFKC").replace(/\p{Cf}/gu, "");
}
