import type { Check } from "@mlops/core";
import { EXAMPLE_LIMIT, Tally } from "./cell-checks.ts";
import { rowsCheck } from "./check-builder.ts";
import { findRepeats } from "./content-hash.ts";
import { type DataContract, untune } from "./contract.ts";
import { type ColumnScan, type DatasetScan, rowNumberOf } from "./table-scan.ts";

/** The checks a contract asks for, from one scan of the data: reading, schema, columns, table. */
export function contractChecks(scan: DatasetScan, contract: DataContract): Check[] {
  return [
    readCheck(scan),
    ...schemaChecks(scan, contract),
    ...scan.columns.flatMap((col) => columnChecks(scan, col, contract)),
    ...tableChecks(scan, contract),
  ];
}

/** Every row could be read as a row. */
function readCheck(scan: DatasetScan): Check {
  return rowsCheck({
    id: "read:rows",
    title: "rows are well-formed",
    tally: withEvaluated(scan.malformed, scan.goodRows + scan.malformed.failed),
    mostly: 1,
    severity: "fail",
    expected: "every row has the header's fields",
    file: scan.file,
  });
}

/** The header against the contract: required, forbidden and extra columns, and their order. */
export function schemaChecks(scan: DatasetScan, contract: DataContract): Check[] {
  const checks = [...missingColumnChecks(scan, contract), ...forbiddenColumnChecks(scan, contract)];
  const extra = extraColumnsCheck(scan, contract);
  if (extra) checks.push(extra);
  const order = columnOrderCheck(scan, contract);
  if (order) checks.push(order);
  return checks;
}

function missingColumnChecks(scan: DatasetScan, contract: DataContract): Check[] {
  return scan.missing.map((name) => ({
    id: `schema:${name}:present`,
    title: `${name}: column present`,
    status: "fail",
    severity: contract.columns[name]?.severity ?? "fail",
    observed: "missing",
    expected: "present",
    message: `the column "${name}" is missing from the header`,
    location: { file: scan.file, line: 1 },
  }));
}

function forbiddenColumnChecks(scan: DatasetScan, contract: DataContract): Check[] {
  return contract.table.forbiddenColumns.map((name) => {
    const at = scan.header.indexOf(name);
    return {
      id: `schema:${name}:forbidden`,
      title: `${name}: column absent`,
      status: at >= 0 ? "fail" : "pass",
      severity: contract.table.severity ?? "fail",
      observed: at >= 0 ? "present" : "absent",
      expected: "absent",
      ...(at >= 0
        ? {
            message: `the forbidden column "${name}" is present`,
            location: { file: scan.file, line: 1, column: at + 1 },
          }
        : {}),
    };
  });
}

/** Columns the contract does not list, unless it allows them (or lists none). */
function extraColumnsCheck(scan: DatasetScan, contract: DataContract): Check | undefined {
  const { extraColumns } = contract.table;
  if (Object.keys(contract.columns).length === 0 || extraColumns === "allow") return undefined;
  const extra = scan.header.filter((h) => !(h in contract.columns));
  return {
    id: "schema:extra-columns",
    title: "no columns beyond the contract",
    status: extra.length === 0 ? "pass" : "fail",
    severity: extraColumns,
    observed: extra.length === 0 ? "none" : extra.join(", "),
    expected: "none",
    ...(extra.length > 0
      ? {
          message: `columns not in the contract: ${extra.join(", ")}`,
          location: { file: scan.file, line: 1 },
        }
      : {}),
  };
}

/** The contract's columns that are present come in the contract's order, when it asks for that. */
function columnOrderCheck(scan: DatasetScan, contract: DataContract): Check | undefined {
  if (!contract.table.columnOrder) return undefined;
  const present = new Set(scan.header);
  const order = Object.keys(contract.columns).filter((c) => present.has(c));
  const actual = scan.header.filter((h) => h in contract.columns);
  const same = order.every((c, i) => actual[i] === c);
  return {
    id: "schema:column-order",
    title: "columns in contract order",
    status: same ? "pass" : "fail",
    severity: contract.table.severity ?? "fail",
    observed: actual.join(", "),
    expected: order.join(", "),
    ...(same ? {} : { location: { file: scan.file, line: 1 } }),
  };
}

/** One column's checks: its type, missing values, per-value constraints and uniqueness. */
export function columnChecks(scan: DatasetScan, col: ColumnScan, contract: DataContract): Check[] {
  const file = scan.file;
  const checks: Check[] = [];
  if (col.declared && contract.columns[col.name]) {
    checks.push(
      rowsCheck({
        id: `contract:${col.name}:type`,
        title: `${col.name}: values are ${col.type}${col.pattern ? ` (${col.pattern})` : ""}`,
        tally: withEvaluated(col.invalid, col.present + col.invalid.failed),
        mostly: col.typeMostly,
        severity: col.typeSeverity,
        expected: col.type,
        file,
      }),
    );
  }
  if (col.notNull) {
    checks.push(
      rowsCheck({
        id: `contract:${col.name}:nullable`,
        title: `${col.name}: no missing values`,
        ...col.notNull,
        expected: "not null",
        file,
      }),
    );
  }
  for (const c of col.cellChecks) {
    const { id, title, tally, mostly, severity, expected } = c;
    checks.push(rowsCheck({ id, title, tally, mostly, severity, expected, file }));
  }
  if (col.unique) {
    const { since, rows } = col.unique;
    const rowOf = (i: number) => (i < since ? rowNumberOf(scan, i) : rows[i - since]!);
    checks.push(
      rowsCheck({
        id: `contract:${col.name}:unique`,
        title: `${col.name}: values unique`,
        tally: repeatsTally(col.unique.keys, rowOf, col.name),
        mostly: col.unique.mostly,
        severity: col.unique.severity,
        expected: "no repeated value",
      }),
    );
  }
  return checks;
}

/** Checks on the table as a whole: row count, duplicate rows, primary key, rules. */
export function tableChecks(scan: DatasetScan, contract: DataContract): Check[] {
  const checks: Check[] = [];
  const rowCount = rowCountCheck(scan, contract);
  if (rowCount) checks.push(rowCount);
  const duplicates = duplicateRowsCheck(scan, contract);
  if (duplicates) checks.push(duplicates);
  const primaryKey = primaryKeyCheck(scan, contract);
  if (primaryKey) checks.push(primaryKey);
  for (const rule of scan.rules) {
    const { id, title, tally, mostly, severity } = rule;
    checks.push(rowsCheck({ id, title, tally, mostly, severity, expected: "true", file: scan.file }));
  }
  return checks;
}

function rowCountCheck(scan: DatasetScan, contract: DataContract): Check | undefined {
  const rows = contract.table.rows;
  if (!rows) return undefined;
  const n = scan.goodRows + scan.malformed.failed;
  const ok = (rows.min === undefined || n >= rows.min) && (rows.max === undefined || n <= rows.max);
  return {
    id: "table:rows",
    title: "row count",
    status: ok ? "pass" : "fail",
    severity: rows.severity ?? contract.table.severity ?? "fail",
    observed: n,
    expected: [rows.min !== undefined ? `≥ ${rows.min}` : "", rows.max !== undefined ? `≤ ${rows.max}` : ""]
      .filter(Boolean)
      .join(" and "),
  };
}

function duplicateRowsCheck(scan: DatasetScan, contract: DataContract): Check | undefined {
  if (contract.table.noDuplicateRows === undefined) return undefined;
  const t = untune(contract.table.noDuplicateRows);
  if (!t.value) return undefined;
  return rowsCheck({
    id: "table:duplicate-rows",
    title: "no duplicate rows",
    tally: duplicateRowsTally(scan),
    mostly: t.mostly ?? 1,
    severity: t.severity ?? contract.table.severity ?? "fail",
    expected: "no row repeats another",
  });
}

/** Key columns present, never missing, and together unique; a failure when the data lacks a key column. */
function primaryKeyCheck(scan: DatasetScan, contract: DataContract): Check | undefined {
  const declared = contract.table.primaryKey;
  if (!declared) return undefined;
  const pk = scan.primaryKey;
  if (!pk) {
    const columns = Array.isArray(declared) ? declared : declared.columns;
    return {
      id: "table:primary-key",
      title: `primary key (${columns.join(", ")})`,
      status: "fail",
      severity: contract.table.severity ?? "fail",
      observed: `missing column ${columns.filter((c) => !scan.header.includes(c)).join(", ")}`,
      expected: "key columns present",
      location: { file: scan.file, line: 1 },
    };
  }
  const tally = repeatsTally(pk.keys, (i) => rowNumberOf(scan, i), pk.columns.join(", "));
  tally.evaluated = pk.nulls.evaluated;
  tally.failed += pk.nulls.failed;
  for (const e of pk.nulls.examples) if (tally.examples.length < EXAMPLE_LIMIT) tally.examples.push(e);
  return rowsCheck({
    id: "table:primary-key",
    title: `primary key (${pk.columns.join(", ")})`,
    tally,
    mostly: pk.mostly,
    severity: pk.severity,
    expected: "present and unique",
  });
}

function withEvaluated(tally: Tally, evaluated: number): Tally {
  const t = new Tally();
  t.evaluated = evaluated;
  t.failed = tally.failed;
  t.examples.push(...tally.examples);
  return t;
}

/** Repeated keys; `rowOf` turns a key's index into its row number. */
function repeatsTally(keys: BigUint64Array, rowOf: (index: number) => number, column: string): Tally {
  const repeats = findRepeats(keys);
  const t = new Tally();
  t.evaluated = keys.length;
  t.failed = repeats.count;
  for (const e of repeats.examples) {
    t.examples.push({ row: rowOf(e.index), column, message: `repeats row ${rowOf(e.firstIndex)}` });
  }
  return t;
}

/** Rows that repeat an earlier row (by content key), with row numbers. */
export function duplicateRowsTally(scan: DatasetScan): Tally {
  const repeats = findRepeats(scan.rowKeys);
  const t = new Tally();
  t.evaluated = scan.rowKeys.length;
  t.failed = repeats.count;
  for (const e of repeats.examples) {
    t.examples.push({
      row: rowNumberOf(scan, e.index),
      message: `repeats row ${rowNumberOf(scan, e.firstIndex)}`,
    });
  }
  return t;
}
