import type { CsvFields } from "./csv-scanner.ts";
import { showRaw } from "./data-types.ts";

/**
 * The row being read, shared by the column accumulators and the row checks: its raw cells (as values,
 * or as CSV byte ranges), for the failing examples that show them, and its coerced values, for the
 * checks that compare columns once every cell is counted.
 */
export class RowCells {
  private raw: ArrayLike<unknown> | undefined;
  private fields: CsvFields | undefined;
  /** Coerced values by column (null: missing or invalid); numbers are stored only when `keepValues`. */
  values: (number | string | null)[] = [];
  /** Whether rules or a primary key read the row's values (else numbers need not be stored). */
  keepValues = false;

  readValues(raw: ArrayLike<unknown>): void {
    this.raw = raw;
    this.fields = undefined;
  }

  readFields(fields: CsvFields): void {
    this.fields = fields;
    this.raw = undefined;
  }

  /** A cell as a failing example shows it. */
  shown(column: number): string {
    return this.fields ? showRaw(this.fields.text(column)) : showRaw(this.raw?.[column]);
  }
}
