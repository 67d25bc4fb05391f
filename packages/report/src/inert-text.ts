import { escapeHtml } from "./escape-html.ts";
import { escapeMarkdown } from "./escape-markdown.ts";

/**
 * Hostile text for a report — an attack string, a model's answer to one — shown as what it is and
 * nothing more: no link, image, HTML, mention or hidden text, within a length a reader can take in.
 */

const TAG_RUN = /[\u{e0000}-\u{e007f}]+/gu;
/**
 * Characters that show as nothing (zero-width, word joiner, soft hyphen) or reorder what follows (bidi
 * controls): each is named, so the reader sees what the model was sent and no text hides or flips.
 */
const INVISIBLE = /\p{Cf}|\u034f|\u115f|\u1160|\u3164|\uffa0/gu;

/** The text with what would stay unseen written out, then cut to `maxChars` code points. */
function visible(text: string, maxChars: number): string {
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

// GitHub links a bare URL or `www.` host after decoding entities, so escaping characters cannot stop it:
// a zero-width space inside the scheme separator and after `www` does.
const AUTOLINK = /(?<=:)(?=\/\/)|(?<=\bwww)(?=\.)/gi;
const ZERO_WIDTH_SPACE = "&#8203;";

/** For one line of GitHub Markdown (a table cell, a list item): line breaks become `<br>`. */
export function inertMarkdown(text: string, maxChars = 400): string {
  return escapeMarkdown(visible(text, maxChars)).replace(AUTOLINK, ZERO_WIDTH_SPACE);
}

/** For HTML element content. */
export function inertHtml(text: string, maxChars = 400): string {
  return escapeHtml(visible(text, maxChars));
}
