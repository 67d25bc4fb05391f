import * as z from "zod";

/** Assertion values that may name the case's variables as `{{name}}`, resolved per case. */

export const TextValue = z
  .union([z.string(), z.number(), z.boolean()])
  .describe("Text to compare with; may use {{variables}} of the case");

export const TextListValue = z
  .union([z.array(z.string()), z.string(), z.number(), z.boolean()])
  .describe("Texts to look for (one or a list); each may use {{variables}} of the case");

export function text(value: z.output<typeof TextValue>, vars: Record<string, unknown>): string {
  return typeof value === "string" ? substitute(value, vars) : String(value);
}

export function textList(value: z.output<typeof TextListValue>, vars: Record<string, unknown>): string[] {
  return Array.isArray(value) ? value.map((v) => substitute(v, vars)) : [text(value, vars)];
}

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

/** `{{name}}` in an assertion value is the case's variable; unknown names stay as written. */
export function substitute(template: string, vars: Record<string, unknown>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const v = valueAt(vars, name);
    return v === undefined ? whole : typeof v === "string" ? v : JSON.stringify(v);
  });
}

/** The value at a dotted path (`a.b.c`) of nested objects; undefined where the path does not lead. */
export function valueAt(value: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined),
      value,
    );
}

/** The template with every `{{variable}}` replaced by `filler`: what can be checked before the cases are known. */
export function withoutPlaceholders(template: string, filler: string): string {
  return template.replace(PLACEHOLDER, filler);
}
