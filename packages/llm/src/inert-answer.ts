import { visibleText } from "@mlops/core";

/**
 * A model's answer to an attack for one table cell: hidden characters written out, lines joined, clipped.
 * The report's escaping does the rest (no markup, link, image or mention renders from it).
 */
export function inertAnswer(text: string, max: number): string {
  return visibleText(text.replace(/\s+/g, " ").trim(), max);
}
