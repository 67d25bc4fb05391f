import { ConfigError } from "@mlops/core";

/** Helpers every dataset shares, whatever the file format. */

/** One CSV record (RFC 4180): fields with a quote, comma or newline are quoted. */
export function csvLine(fields: readonly string[]): string {
  return fields.map((v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(",");
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
