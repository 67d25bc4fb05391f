import type { Dataset } from "./dataset.ts";
import { columnIndex, csvText } from "./dataset-fields.ts";

/**
 * The same rows with one column set to `value` in every row, all other fields unchanged: what a
 * counterfactual scores. Every way a scorer reads rows (CSV text, fields, whole columns) sees the value.
 */
export function withColumnValue(dataset: Dataset, column: string, value: string): Dataset {
  const c = columnIndex(dataset.file, dataset.columns, column);
  const fields = (from: number, to: number, wanted: readonly number[]) => {
    const at = wanted.indexOf(c);
    const rows = dataset.rowFields(from, to, wanted);
    return at < 0 ? rows : rows.map((r) => r.map((v, j) => (j === at ? value : v)));
  };
  return {
    ...dataset,
    toCsv: (from, to, wanted) =>
      csvText(
        wanted.map((i) => dataset.columns[i]!),
        fields(from, to, wanted),
      ),
    rowFields: fields,
    columnValues: (names) =>
      dataset
        .columnValues(names)
        .map((values, j) => (names[j] === column ? values.map(() => value) : values)),
  };
}
