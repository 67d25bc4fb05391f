import { ConfigError } from "@mlops/core";
import { csvRecord } from "@mlops/data";

/** Helpers every dataset shares, whatever the file format. */

/** A header and rows as CSV text, what `Dataset.toCsv` hands the command scorer. */
export function csvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `${[header, ...rows].map(csvRecord).join("\n")}\n`;
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
