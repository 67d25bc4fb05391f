import type { Strategy } from "./strategy.ts";

/** Shown to a reader; the probe itself follows in characters no interface displays. */
const COVER = "Thanks for your help today!";
const TAG_BASE = 0xe0000;

/**
 * ASCII smuggling: each printable ASCII character becomes its Unicode tag twin (U+E0020–U+E007E), which
 * renders as nothing but reaches the model. Other characters (line breaks, non-ASCII) stay as they are.
 */
export const unicodeTags: Strategy = {
  name: "unicode-tags",
  description: "the probe in invisible Unicode tag characters after a harmless visible sentence",
  apply: (text) =>
    COVER + text.replace(/[\x20-\x7e]/g, (c) => String.fromCodePoint(TAG_BASE + c.charCodeAt(0))),
  unapply: (transformed) =>
    transformed
      .slice(COVER.length)
      .replace(/[\u{e0020}-\u{e007e}]/gu, (c) => String.fromCharCode(c.codePointAt(0)! - TAG_BASE)),
};
