import { ConfigError } from "@mlops/core";

/**
 * `{{ name }}` substitution for manifest templates. Deliberately logic-free: a manifest is data, and
 * an unknown variable is an error naming the template, line and column rather than an empty string.
 */
export function renderTemplate(
  text: string,
  file: string,
  vars: Readonly<Record<string, string | number>>,
): string {
  return text.replace(/\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (match, name: string, offset: number) => {
    // Only the data's own names: `{{ constructor }}` must not reach what every object inherits.
    const value = Object.hasOwn(vars, name) ? vars[name] : undefined;
    if (typeof value === "string" || typeof value === "number") return String(value);
    const before = text.slice(0, offset).split("\n");
    throw new ConfigError(`unknown template variable "${name}"`, {
      location: { file, line: before.length, column: before.at(-1)!.length + 1, path: match },
      hint: `available: ${Object.keys(vars).sort().join(", ")}`,
    });
  });
}
