import { escapeHtml } from "./escape-html.ts";

/**
 * The outer `<svg>` every chart shares: `class="chart"`, a `<title>` and an `aria-label` so a screen
 * reader announces it, and a fixed viewBox that CSS scales down on narrow screens.
 */
export function svgFrame(options: {
  title: string;
  label: string;
  width: number;
  height: number;
  body: string;
}) {
  const { width, height } = options;
  return (
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(options.label)}" ` +
    `viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<title>${escapeHtml(options.title)}</title>${options.body}</svg>`
  );
}

/** Escaped text shortened to fit a chart margin; the full text goes in a tooltip. */
export function svgText(text: string, maxChars: number, attributes: string): string {
  const chars = [...text.replace(/\s+/g, " ")];
  const shown = chars.length > maxChars ? `${chars.slice(0, maxChars - 1).join("")}…` : chars.join("");
  const tooltip = shown === text ? "" : `<title>${escapeHtml(text)}</title>`;
  return `<text ${attributes}>${tooltip}${escapeHtml(shown)}</text>`;
}
