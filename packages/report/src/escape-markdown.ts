/**
 * Makes untrusted text (data, model output, PR content) render as the same text in GitHub-flavoured
 * Markdown, anywhere inline: paragraphs, headings, table cells and the HTML blocks GitHub allows
 * (`<summary>`, `<sub>`, `<pre>`). Numeric character references are used instead of backslashes because
 * backslash escapes are not honoured inside HTML blocks, while entities are decoded in both.
 */

/**
 * GitHub links mentions and issue references after decoding entities, so an entity alone would not stop
 * them: a zero-width space after `@` and after the `#` of `#123` does.
 */
const ZERO_WIDTH_SPACE = "&#8203;";

const REPLACEMENTS: Record<string, string> = {
  "&": "&amp;", // so `&lt;` in data shows as `&lt;`, not `<`
  "<": "&lt;",
  ">": "&gt;",
  "`": "&#96;",
  "*": "&#42;",
  _: "&#95;",
  "~": "&#126;",
  "[": "&#91;",
  "]": "&#93;",
  "\\": "&#92;",
  "|": "&#124;", // table cell separator
  $: "&#36;", // GitHub renders `$…$` as math
  "@": `@${ZERO_WIDTH_SPACE}`,
  "#": `#${ZERO_WIDTH_SPACE}`,
};

const SPECIAL = /[&<>`*_~[\]\\|$@]|#(?=\d)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Every character with a meaning in Markdown or HTML, leaving line breaks and spacing as they are. */
export function escapeMarkdownCharacters(text: string): string {
  return text.replace(SPECIAL, (c) => REPLACEMENTS[c] ?? "");
}

// Block syntax only matters at the start of a line, and the only line start escaped text can have is
// its own: a leading `# `, `- `, `+ `, `1. ` or a line of `=`/`-` would otherwise make a heading or a list.
const LEADING_BLOCK_MARKER = /^(?:#{1,6}|[-+])(?=\s|$)|^[-=]+\s*$|^\d{1,9}(?=[.)](?:\s|$))/;

// GitHub links a bare URL or `www.` host after decoding entities, so escaping characters cannot stop it:
// a zero-width space inside the scheme separator and after `www` does.
const AUTOLINK = /(?<=:)(?=\/\/)|(?<=\bwww)(?=\.)/gi;

/**
 * Inline text: line breaks become `<br>`, so the text stays within its table cell, heading or line; a URL
 * in it stays text (a data value or a model's answer must not become a link in a pull request).
 */
export function escapeMarkdown(text: string): string {
  const escaped = escapeMarkdownCharacters(text.replace(/^[ \t]+/, ""))
    .replace(/\r\n?|\n/g, "<br>")
    .replace(AUTOLINK, ZERO_WIDTH_SPACE);
  // An entity for the first character is enough: what follows is no longer at the start of a line.
  return LEADING_BLOCK_MARKER.test(escaped) ? `&#${escaped.charCodeAt(0)};${escaped.slice(1)}` : escaped;
}
