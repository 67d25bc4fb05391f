import { redact } from "./secrets.ts";

const CONTROL_OR_SPACE = /[\s\u0000-\u001f\u007f-\u009f]+/g;

/**
 * The start of a body a server sent where something else was expected (an HTML error page for JSON),
 * fit for one line of a message: secrets hidden, control characters and line breaks turned to spaces.
 */
export function bodyExcerpt(text: string, maxChars = 120): string {
  const flat = redact(text.slice(0, maxChars * 4))
    .replace(CONTROL_OR_SPACE, " ")
    .trim();
  return JSON.stringify(flat.length > maxChars ? `${flat.slice(0, maxChars)}…` : flat);
}
