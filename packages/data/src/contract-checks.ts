import type { Check, Severity } from "@mlops/core";
import { EXAMPLE_LIMIT, Tally } from "./cell-checks.ts";
import { rowsCheck } from "./check-builder.ts";
import { findRepeats } from "./content-hash.ts";
import { type DataContract, untune } from "./contract.ts";
import { type DatasetScan, rowNumberOf } from "./table-scan.ts";

/** The checks a contract asks for, from one scan of the data: reading, schema, columns, table. */
export function contractChecks(scan: DatasetScan, contract: DataContract): Check[] {
  const file = scan.file;
  const tableSeverity: Severity = contract.table.severity ?? "fail";
  const checks: Check[] = [];

  checks.push(
    rowsCheck({
      id: "read:rows",
      title: "rows are well-formed",
      tally: withEvaluated(scan.malformed, scan.goodRows + scan.malformed.failed),
      mostly: 1,
      severity: "fail",
      expected: "every row has the header's fields",
      file,
    }),
  );

  for (const name of scan.missing) {
    checks.push({
      id: `schema:${name}:present`,
      title: `${name}: column present`,
      status: "fail",
      severity: contract.columns[name]?.severity ?? "fail",
      observed: "missing",
      expected: "present",
      message: `the column "${name}" is missing from the header`,
      location: { file, line: 1 },
    });
  }
  const present = new Set(scan.header);
  for (const name of contract.table.forbiddenColumns) {
    checks.push({
      id: `schema:${name}:forbidden`,
      title: `${name}: column absent`,
      status: present.has(name) ? "fail" : "pass",
      severity: tableSeverity,
      observed: present.has(name) ? "present" : "absent",
      expected: "absent",
      ...(present.has(name)
        ? {
            message: `the forbidden column "${name}" is present`,
            location: { file, line: 1, column: scan.header.indexOf(name) + 1 },
          }
        : {}),
    });
  }
  const listed = Object.keys(contract.columns);
  if (listed.length > 0 && contract.table.extraColumns !== "allow") {
    const extra = scan.header.filter((h) => !(h in contract.columns));
    checks.push({
      id: "schema:extra-columns",
      title: "no columns beyond the contract",
      status: extra.length === 0 ? "pass" : "fail",
      severity: contract.table.extraColumns,
      observed: extra.length === 0 ? "none" : extra.join(", "),
      expected: "none",
      ...(extra.length > 0
        ? { message: `columns not in the contract: ${extra.join(", ")}`, location: { file, line: 1 } }
        : {}),
    });
  }
  if (contract.table.columnOrder) {
    const order = listed.filter((c) => present.has(c));
    const actual = scan.header.filter((h) => h in contract.columns);
    const same = order.every((c, i) => actual[i] === c);
    checks.push({
      id: "schema:column-order",
      title: "columns in contract order",
      status: same ? "pass" : "fail",
      severity: tableSeverity,
      observed: actual.join(", "),
      expected: order.join(", "),
      ...(same ? {} : { location: { file, line: 1 } }),
    });
  }

  for (const col of scan.columns) {
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
          tally: col.notNull.tally,
          mostly: col.notNull.mostly,
          severity: col.notNull.severity,
          expected: "not null",
          file,
        }),
      );
    }
    for (const c of col.cellChecks) {
      checks.push(
        rowsCheck({
          id: c.id,
          title: c.title,
          tally: c.tally,
          mostly: c.mostly,
          severity: c.severity,
          expected: c.expected,
          file,
        }),
      );
    }
    if (col.unique) {
      const { since, rows } = col.unique;
      const rowOf = (i: number) => (i < since ? rowNumberOf(scan, i) : rows[i - since]!);
      const tally = repeatsTally(col.unique.keys, rowOf, col.name);
      checks.push(
        rowsCheck({
          id: `contract:${col.name}:unique`,
          title: `${col.name}: values unique`,
          tally,
          mostly: col.unique.mostly,
          severity: col.unique.severity,
          expected: "no repeated value",
        }),
      );
    }
  }

  const rows = contract.table.rows;
  if (rows) {
    const n = scan.goodRows + scan.malformed.failed;
    const ok = (rows.min === undefined || n >= rows.min) && (rows.max === undefined || n <= rows.max);
    checks.push({
      id: "table:rows",
      title: "row count",
      status: ok ? "pass" : "fail",
      severity: rows.severity ?? tableSeverity,
      observed: n,
      expected: [rows.min !== undefined ? `≥ ${rows.min}` : "", rows.max !== undefined ? `≤ ${rows.max}` : ""]
        .filter(Boolean)
        .join(" and "),
    });
  }
  if (contract.table.noDuplicateRows !== undefined) {
    const t = untune(contract.table.noDuplicateRows);
    if (t.value) {
      checks.push(
        rowsCheck({
          id: "table:duplicate-rows",
          title: "no duplicate rows",
          tally: duplicateRowsTally(scan),
          mostly: t.mostly ?? 1,
          severity: t.severity ?? tableSeverity,
          expected: "no row repeats another",
        }),
      );
    }
  }
  if (contract.table.primaryKey) {
    const pk = scan.primaryKey;
    const columns = Array.isArray(contract.table.primaryKey)
      ? contract.table.primaryKey
      : contract.table.primaryKey.columns;
    if (!pk) {
      checks.push({
        id: "table:primary-key",
        title: `primary key (${columns.join(", ")})`,
        status: "fail",
        severity: tableSeverity,
        observed: `missing column ${columns.filter((c) => !present.has(c)).join(", ")}`,
        expected: "key columns present",
        location: { file, line: 1 },
      });
    } else {
      const tally = repeatsTally(pk.keys, (i) => rowNumberOf(scan, i), pk.columns.join(", "));
      tally.evaluated = pk.nulls.evaluated;
      tally.failed += pk.nulls.failed;
      for (const e of pk.nulls.examples) if (tally.examples.length < EXAMPLE_LIMIT) tally.examples.push(e);
      checks.push(
        rowsCheck({
          id: "table:primary-key",
          title: `primary key (${pk.columns.join(", ")})`,
          tally,
          mostly: pk.mostly,
          severity: pk.severity,
          expected: "present and unique",
        }),
      );
    }
  }
  for (const rule of scan.rules) {
    checks.push(
      rowsCheck({
        id: rule.id,
        title: rule.title,
        tally: rule.tally,
        mostly: rule.mostly,
        severity: rule.severity,
        expected: "true",
        file,
      }),
    );
  }
  return checks;
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
