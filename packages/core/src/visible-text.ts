/**
 * Hostile text (an attack string, a model's answer to one) as a reader should see it: what would stay
 * unseen written out, within a length a reader can take in. Escaping for Markdown or HTML comes after.
 */

const TAG_RUN = /[\u{e0000}-\u{e007f}]+/gu;
/**
 * Characters that show as nothing (zero-width, word joiner, soft hyphen) or reorder what follows (bidi
 * controls): each is named, so the reader sees what the model was sent and no text hides or flips.
 */
const INVISIBLE = /\p{Cf}|\u034f|\u115f|\u1160|\u3164|\uffa0/gu;

/** The text with smuggled tag text decoded and invisible characters named, cut to `maxChars` code points. */
export function visibleText(text: string, maxChars: number): string {
  const shown = text
    .replace(TAG_RUN, (run) => {
      // Unicode tags mirror ASCII: a run of them is smuggled text, shown decoded.
      const ascii = [...run].map((c) => c.codePointAt(0)! - 0xe0000);
      const printable = ascii.filter((c) => c >= 0x20 && c <= 0x7e);
      return `⟦hidden tag text: ${String.fromCharCode(...printable)}⟧`;
    })
    .replace(INVISIBLE, (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}⟩`);
  const chars = [...shown];
  return chars.length > maxChars ? `${chars.slice(0, maxChars).join("")}…` : shown;
}
