import { escapeMarkdownCharacters } from "./escape-markdown.ts";

/**
 * Free text (logs, model output) for GitHub Markdown, keeping its line breaks and indentation. A `<pre>`
 * HTML block runs until `</pre>`, which escaped text cannot contain; GitHub parses no Markdown inside it,
 * and the text is escaped as if it did, so it stays inert under any renderer.
 */
export function preformattedText(text: string): string {
  const body = escapeMarkdownCharacters(text.replace(/\r\n?/g, "\n").replace(/\n+$/, ""));
  return `<pre>${body}</pre>`;
}
