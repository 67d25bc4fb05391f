import { ConfigError } from "@mlops/core";

/** Helpers every dataset shares, whatever the file format. */

/** One CSV record (RFC 4180): fields with a quote, comma or newline are quoted. */
function csvLine(fields: readonly string[]): string {
  return fields.map((v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(",");
}

/** A header and rows as CSV text, what `Dataset.toCsv` hands the command scorer. */
export function csvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `${[header, ...rows].map(csvLine).join("\n")}\n`;
}

export function columnIndex(file: string, columns: readonly string[], name: string): number {
  const i = columns.indexOf(name);
  if (i < 0) {
    throw new ConfigError(`column "${name}" is not in the dataset`, {
      location: { file, line: 1 },
      hint: `columns: ${columns.join(", ")}`,
    });
  }
  return i;
}
