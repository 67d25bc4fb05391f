import type { AnyCommandSpec, InputSpecs } from "./spec.ts";

/**
 * The input and output tables of an action's README, generated from its spec between
 * `<!-- generated:inputs … -->` and `<!-- /generated:inputs -->` markers (likewise outputs), so the
 * documentation says what the code does.
 */
export function withGeneratedTables(readme: string, spec: AnyCommandSpec): string {
  return replaceSection(replaceSection(readme, "inputs", inputsTable(spec)), "outputs", outputsTable(spec));
}

function replaceSection(text: string, name: string, table: string): string {
  const pattern = new RegExp(`(<!-- generated:${name}[^>]*-->\\n)[\\s\\S]*?(<!-- /generated:${name} -->)`);
  return text.replace(pattern, (_, open: string, close: string) => `${open}${table}${close}`);
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** A Markdown table with its columns padded to one width, as the formatter lays tables out. */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, 3, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return `${[line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n")}\n`;
}

function inputsTable(spec: AnyCommandSpec): string {
  const rows: string[][] = [];
  for (const [key, input] of Object.entries(spec.inputs as InputSpecs)) {
    if (input.only === "cli") continue;
    const given = input.actionDefault ?? input.default;
    const shown = input.required ? "required" : given === undefined || given === "" ? "" : `\`${given}\``;
    rows.push([`\`${key}\``, cell(shown), cell(input.description)]);
  }
  return table(["input", "default", "meaning"], rows);
}

function outputsTable(spec: AnyCommandSpec): string {
  const rows = Object.entries(spec.outputs).map(([key, output]) => [`\`${key}\``, cell(output.description)]);
  return table(["output", "meaning"], rows);
}
