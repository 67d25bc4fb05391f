import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  CsvScanner,
  DataContractSchema,
  EXAMPLE_LIMIT,
  Tally,
  csvFailure,
  defaultDelimiter,
  emptyContract,
  emptyFile,
  findRepeats,
  formatValue,
  hasBom,
  openByteStream,
  readLimits,
  rowNumberOf,
  scanDataset,
  sharedKeys,
  sortedPresent,
  untune,
  widthMessage
} from "./chunk-2GV772SA.js";
import {
  chooseDriftTest,
  driftTestLabel,
  driftTestOnSample,
  histogramCounts,
  sturgesBinEdges
} from "./chunk-ZEAHTK5M.js";
import {
  quantileSorted,
  rocAuc
} from "./chunk-VUGF5SOQ.js";
import {
  sha256Hex
} from "./chunk-XSUZOP4V.js";
import {
  ConfigError
} from "./chunk-CYLWIE3E.js";

// packages/data/src/check-builder.ts
function percent(share) {
  if (share === 0 || share === 1) return `${share * 100}%`;
  const p = share * 100;
  return `${p < 0.1 || p > 99.9 ? p.toPrecision(3) : p.toFixed(1)}%`;
}
function exampleRecords(examples) {
  return examples.map((e) => ({
    row: e.row,
    ...e.line ? { line: e.line } : {},
    ...e.column !== void 0 ? { column: e.column } : {},
    ...e.value !== void 0 ? { value: e.value } : {},
    problem: e.message
  }));
}
function rowsCheck(args) {
  const { tally, mostly } = args;
  const expected = mostly < 1 ? `${args.expected} for ≥ ${percent(mostly)} of rows` : args.expected;
  if (tally.evaluated === 0) {
    return {
      id: args.id,
      title: args.title,
      status: "skipped",
      severity: args.severity,
      expected,
      message: "no values to check"
    };
  }
  const passShare = (tally.evaluated - tally.failed) / tally.evaluated;
  const pass = passShare >= mostly;
  const first = tally.examples[0];
  return {
    id: args.id,
    title: args.title,
    status: pass ? "pass" : "fail",
    severity: args.severity,
    observed: tally.failed === 0 ? `all ${tally.evaluated} rows pass` : `${tally.failed} of ${tally.evaluated} rows fail (${percent(passShare)} pass)`,
    expected,
    ...tally.failed > 0 && first ? {
      message: `${args.title}: ${tally.failed} row${tally.failed === 1 ? "" : "s"} fail, first at row ${first.row}${first.line ? ` (line ${first.line})` : ""}`,
      examples: exampleRecords(tally.examples),
      ...args.file && first.line ? { location: { file: args.file, line: first.line } } : {}
    } : {}
  };
}

// packages/data/src/contract-checks.ts
function contractChecks(scan, contract) {
  return [
    readCheck(scan),
    ...schemaChecks(scan, contract),
    ...scan.columns.flatMap((col) => columnChecks(scan, col, contract)),
    ...tableChecks(scan, contract)
  ];
}
function readCheck(scan) {
  return rowsCheck({
    id: "read:rows",
    title: "rows are well-formed",
    tally: withEvaluated(scan.malformed, scan.goodRows + scan.malformed.failed),
    mostly: 1,
    severity: "fail",
    expected: "every row has the header's fields",
    file: scan.file
  });
}
function schemaChecks(scan, contract) {
  const checks = [...missingColumnChecks(scan, contract), ...forbiddenColumnChecks(scan, contract)];
  const extra = extraColumnsCheck(scan, contract);
  if (extra) checks.push(extra);
  const order = columnOrderCheck(scan, contract);
  if (order) checks.push(order);
  return checks;
}
function missingColumnChecks(scan, contract) {
  return scan.missing.map((name) => ({
    id: `schema:${name}:present`,
    title: `${name}: column present`,
    status: "fail",
    severity: contract.columns[name]?.severity ?? "fail",
    observed: "missing",
    expected: "present",
    message: `the column "${name}" is missing from the header`,
    location: { file: scan.file, line: 1 }
  }));
}
function forbiddenColumnChecks(scan, contract) {
  return contract.table.forbiddenColumns.map((name) => {
    const at = scan.header.indexOf(name);
    return {
      id: `schema:${name}:forbidden`,
      title: `${name}: column absent`,
      status: at >= 0 ? "fail" : "pass",
      severity: contract.table.severity ?? "fail",
      observed: at >= 0 ? "present" : "absent",
      expected: "absent",
      ...at >= 0 ? {
        message: `the forbidden column "${name}" is present`,
        location: { file: scan.file, line: 1, column: at + 1 }
      } : {}
    };
  });
}
function extraColumnsCheck(scan, contract) {
  const { extraColumns } = contract.table;
  if (Object.keys(contract.columns).length === 0 || extraColumns === "allow") return void 0;
  const extra = scan.header.filter((h) => !(h in contract.columns));
  return {
    id: "schema:extra-columns",
    title: "no columns beyond the contract",
    status: extra.length === 0 ? "pass" : "fail",
    severity: extraColumns,
    observed: extra.length === 0 ? "none" : extra.join(", "),
    expected: "none",
    ...extra.length > 0 ? {
      message: `columns not in the contract: ${extra.join(", ")}`,
      location: { file: scan.file, line: 1 }
    } : {}
  };
}
function columnOrderCheck(scan, contract) {
  if (!contract.table.columnOrder) return void 0;
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
    ...same ? {} : { location: { file: scan.file, line: 1 } }
  };
}
function columnChecks(scan, col, contract) {
  const file = scan.file;
  const checks = [];
  if (col.declared && contract.columns[col.name]) {
    checks.push(
      rowsCheck({
        id: `contract:${col.name}:type`,
        title: `${col.name}: values are ${col.type}${col.pattern ? ` (${col.pattern})` : ""}`,
        tally: withEvaluated(col.invalid, col.present + col.invalid.failed),
        mostly: col.typeMostly,
        severity: col.typeSeverity,
        expected: col.type,
        file
      })
    );
  }
  if (col.notNull) {
    checks.push(
      rowsCheck({
        id: `contract:${col.name}:nullable`,
        title: `${col.name}: no missing values`,
        ...col.notNull,
        expected: "not null",
        file
      })
    );
  }
  for (const c of col.cellChecks) {
    const { id, title, tally, mostly, severity, expected } = c;
    checks.push(rowsCheck({ id, title, tally, mostly, severity, expected, file }));
  }
  if (col.unique) {
    const { since, rows } = col.unique;
    const rowOf = (i) => i < since ? rowNumberOf(scan, i) : rows[i - since];
    checks.push(
      rowsCheck({
        id: `contract:${col.name}:unique`,
        title: `${col.name}: values unique`,
        tally: repeatsTally(col.unique.keys, rowOf, col.name),
        mostly: col.unique.mostly,
        severity: col.unique.severity,
        expected: "no repeated value"
      })
    );
  }
  return checks;
}
function tableChecks(scan, contract) {
  const checks = [];
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
function rowCountCheck(scan, contract) {
  const rows = contract.table.rows;
  if (!rows) return void 0;
  const n = scan.goodRows + scan.malformed.failed;
  const ok = (rows.min === void 0 || n >= rows.min) && (rows.max === void 0 || n <= rows.max);
  return {
    id: "table:rows",
    title: "row count",
    status: ok ? "pass" : "fail",
    severity: rows.severity ?? contract.table.severity ?? "fail",
    observed: n,
    expected: [rows.min !== void 0 ? `≥ ${rows.min}` : "", rows.max !== void 0 ? `≤ ${rows.max}` : ""].filter(Boolean).join(" and ")
  };
}
function duplicateRowsCheck(scan, contract) {
  if (contract.table.noDuplicateRows === void 0) return void 0;
  const t = untune(contract.table.noDuplicateRows);
  if (!t.value) return void 0;
  return rowsCheck({
    id: "table:duplicate-rows",
    title: "no duplicate rows",
    tally: duplicateRowsTally(scan),
    mostly: t.mostly ?? 1,
    severity: t.severity ?? contract.table.severity ?? "fail",
    expected: "no row repeats another"
  });
}
function primaryKeyCheck(scan, contract) {
  const declared = contract.table.primaryKey;
  if (!declared) return void 0;
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
      location: { file: scan.file, line: 1 }
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
    expected: "present and unique"
  });
}
function withEvaluated(tally, evaluated) {
  const t = new Tally();
  t.evaluated = evaluated;
  t.failed = tally.failed;
  t.examples.push(...tally.examples);
  return t;
}
function repeatsTally(keys, rowOf, column) {
  const repeats = findRepeats(keys);
  const t = new Tally();
  t.evaluated = keys.length;
  t.failed = repeats.count;
  for (const e of repeats.examples) {
    t.examples.push({ row: rowOf(e.index), column, message: `repeats row ${rowOf(e.firstIndex)}` });
  }
  return t;
}
function duplicateRowsTally(scan) {
  const repeats = findRepeats(scan.rowKeys);
  const t = new Tally();
  t.evaluated = scan.rowKeys.length;
  t.failed = repeats.count;
  for (const e of repeats.examples) {
    t.examples.push({
      row: rowNumberOf(scan, e.index),
      message: `repeats row ${rowNumberOf(scan, e.firstIndex)}`
    });
  }
  return t;
}

// packages/data/src/csv-table.ts
function csvRecord(fields) {
  return fields.map((v) => /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v).join(",");
}
async function readCsvTable(file, given = {}) {
  const limits = readLimits(given);
  const stream = await openByteStream(file, { utf8: true, limits });
  const chunks = [];
  for await (const chunk of stream.chunks) chunks.push(Buffer.from(chunk));
  const table = parseCsvTable(Buffer.concat(chunks), file, defaultDelimiter(file), limits);
  return { ...table, sha256: stream.result().sha256 };
}
function parseCsvTable(text, file, delimiter = ",", limits = readLimits()) {
  const bytes = hasBom(text) ? text.subarray(3) : text;
  let columns;
  let starts = new Float64Array(1024);
  let lines = new Float64Array(1024);
  let rows = 0;
  const scanner = new CsvScanner(
    delimiter,
    (fields, line) => {
      if (!columns) {
        columns = Array.from({ length: fields.count }, (_, i) => fields.text(i));
        return;
      }
      if (fields.count !== columns.length) {
        throw new ConfigError(widthMessage(fields.count, columns.length), {
          location: { file, line },
          hint: "every row needs the header's columns; quote fields that contain the delimiter or a line end"
        });
      }
      if (rows === starts.length) {
        starts = grown(starts);
        lines = grown(lines);
      }
      starts[rows] = fields.rowStart;
      lines[rows] = line;
      rows++;
    },
    limits
  );
  try {
    scanner.scanAll(bytes);
  } catch (e) {
    throw csvFailure(file, e);
  }
  if (!columns) throw emptyFile(file);
  const header = columns;
  const count = rows;
  const scanRows = (from, to, visit) => {
    if (from >= to) return;
    const end = to < count ? starts[to] : bytes.length;
    new CsvScanner(delimiter, visit, limits).scanAll(bytes.subarray(starts[from], end));
  };
  return {
    columns,
    rows: count,
    lineOf: (row) => lines[row],
    rowFields(from, to, wanted) {
      const out = [];
      scanRows(from, to, (fields) => out.push(wanted.map((c) => fields.text(c))));
      return out;
    },
    columnValues(wanted) {
      const out = wanted.map(() => new Array(count));
      const seen = wanted.map(() => /* @__PURE__ */ new Map());
      let row = 0;
      scanRows(0, count, (fields) => {
        for (let c = 0; c < wanted.length; c++) out[c][row] = interned(seen[c], fields.text(wanted[c]));
        row++;
      });
      return out;
    },
    csvBytes(from, to, wanted) {
      const out = new ByteSink(Buffer.from(`${csvRecord(wanted.map((c) => header[c]))}
`));
      scanRows(from, to, (fields) => {
        for (let k = 0; k < wanted.length; k++) {
          if (k > 0) out.byte(COMMA);
          const c = wanted[k];
          if (fields.escaped[c] === 1 || !out.plainField(fields.bytes, fields.start[c], fields.end[c])) {
            out.text(csvRecord([fields.text(c)]));
          }
        }
        out.byte(LF);
      });
      return out.bytes();
    }
  };
}
var INTERNED_PER_COLUMN = 4096;
function interned(seen, text) {
  const known = seen.get(text);
  if (known !== void 0) return known;
  if (seen.size < INTERNED_PER_COLUMN) seen.set(text, text);
  return text;
}
var COMMA = 44;
var QUOTE = 34;
var LF = 10;
var CR = 13;
var ByteSink = class {
  buffer;
  length;
  constructor(head) {
    this.buffer = Buffer.allocUnsafe(Math.max(1024, head.length * 2));
    this.length = head.copy(this.buffer);
  }
  reserve(n) {
    if (this.length + n <= this.buffer.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.length + n, this.buffer.length * 2));
    this.buffer.copy(next, 0, 0, this.length);
    this.buffer = next;
  }
  byte(b) {
    this.reserve(1);
    this.buffer[this.length++] = b;
  }
  text(s) {
    this.reserve(Buffer.byteLength(s));
    this.length += this.buffer.write(s, this.length);
  }
  /** Copies bytes [start, end) when they need no quoting as a CSV field; false, copying nothing, when they do. */
  plainField(bytes, start, end) {
    this.reserve(end - start);
    const out = this.buffer;
    let at = this.length;
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      if (b === COMMA || b === QUOTE || b === LF || b === CR) return false;
      out[at++] = b;
    }
    this.length = at;
    return true;
  }
  bytes() {
    return this.buffer.subarray(0, this.length);
  }
};
function grown(a) {
  const b = new Float64Array(a.length * 2);
  b.set(a);
  return b;
}

// packages/data/src/column-distribution.ts
var MAX_DISTRIBUTION_BINS = 30;
function columnDistribution(sample, categories = []) {
  if (sample.kind === "numerical") return numericDistribution(sample.reference, sample.current);
  const total2 = (counts) => counts.reduce((a, b) => a + b, 0) || 1;
  const refTotal = total2(sample.reference);
  const curTotal = total2(sample.current);
  return {
    numeric: false,
    ...poolSmallest(
      Array.from(sample.reference, (_, i) => categories[i] ?? `#${i + 1}`),
      Array.from(sample.reference, (n) => n / refTotal),
      Array.from(sample.current, (n) => n / curTotal),
      false
    )
  };
}
var HISTOGRAM_MIN_UNIQUE = 20;
function numericDistribution(reference, current) {
  const ref = finitePart(reference);
  const cur = finitePart(current);
  if (ref.length === 0 || cur.length === 0) return { numeric: true, bins: [], reference: [], current: [] };
  if (distinctAtMost(ref, HISTOGRAM_MIN_UNIQUE)) {
    const values = countRuns(ref, cur);
    return {
      numeric: false,
      ...poolSmallest(
        values.map((v) => String(v.value)),
        values.map((v) => v.reference / ref.length),
        values.map((v) => v.current / cur.length),
        true
      )
    };
  }
  const edges = sturgesBinEdges(ref, cur);
  const last = edges.length - 2;
  return {
    numeric: true,
    bins: Array.from(
      { length: edges.length - 1 },
      (_, i) => `[${round(edges[i])}, ${round(edges[i + 1])}${i === last ? "]" : ")"}`
    ),
    reference: Array.from(histogramCounts(ref, edges), (n) => round(n / ref.length)),
    current: Array.from(histogramCounts(cur, edges), (n) => round(n / cur.length))
  };
}
function finitePart(sorted) {
  let start = 0;
  let end = sorted.length;
  while (start < end && !Number.isFinite(sorted[start])) start++;
  while (end > start && !Number.isFinite(sorted[end - 1])) end--;
  return sorted.subarray(start, end);
}
function distinctAtMost(sorted, limit) {
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
    if (distinct > limit) return false;
  }
  return true;
}
function countRuns(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const value = j >= b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
    let reference = 0;
    let current = 0;
    while (i < a.length && a[i] === value) {
      reference++;
      i++;
    }
    while (j < b.length && b[j] === value) {
      current++;
      j++;
    }
    out.push({ value, reference, current });
  }
  return out;
}
function poolSmallest(names, reference, current, inValueOrder) {
  const order = names.map((_, i) => i).sort((a, b) => Math.max(reference[b], current[b]) - Math.max(reference[a], current[a]) || a - b);
  const kept = order.length > MAX_DISTRIBUTION_BINS ? order.slice(0, MAX_DISTRIBUTION_BINS - 1) : order;
  if (inValueOrder) kept.sort((a, b) => a - b);
  const pooled = order.slice(kept.length);
  const out = {
    bins: kept.map((i) => names[i]),
    reference: kept.map((i) => round(reference[i])),
    current: kept.map((i) => round(current[i]))
  };
  if (pooled.length > 0) {
    out.bins.push(`${pooled.length} others`);
    out.reference.push(round(pooled.reduce((a, i) => a + reference[i], 0)));
    out.current.push(round(pooled.reduce((a, i) => a + current[i], 0)));
  }
  return out;
}
function round(x) {
  return Number(x.toPrecision(6));
}

// packages/data/src/distinct-numbers.ts
function distinctNumbers(values, limit) {
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < values.length && seen.size < limit; i++) {
    const v = values[i];
    if (!Number.isNaN(v)) seen.add(v);
  }
  return [...seen].sort((a, b) => a - b);
}

// packages/data/src/drift-change.ts
var SHOWN = 5;
function driftChange(sample, context) {
  if (sample.kind === "numerical") {
    const values = distinctNumbers(sample.reference, 3);
    const both = distinctNumbers([...values, ...distinctNumbers(sample.current, 3)], 3);
    if (both.length === 2) {
      const positive = both[1];
      return shareChange(
        context,
        String(positive),
        shareOf(sample.reference, positive),
        shareOf(sample.current, positive)
      );
    }
    const n = context.numbers;
    return n ? `mean ${n.reference.mean} → ${n.current.mean}, range ${n.reference.min}–${n.reference.max} → ${n.current.min}–${n.current.max}` : "";
  }
  const names = context.categories ?? [];
  const ref = sample.reference;
  const cur = sample.current;
  const refTotal = total(ref);
  const curTotal = total(cur);
  const present = [...ref.keys()].filter((i) => ref[i] > 0 || cur[i] > 0);
  if (present.length === 2) {
    const [a, b] = present;
    const positive = ref[b] <= ref[a] ? b : a;
    return shareChange(context, names[positive] ?? "", ref[positive] / refTotal, cur[positive] / curTotal);
  }
  const added = present.filter((i) => ref[i] === 0).sort((x, y) => cur[y] - cur[x]);
  const gone = present.filter((i) => cur[i] === 0).sort((x, y) => ref[y] - ref[x]);
  const notes = [];
  if (added.length > 0) notes.push(`new: ${listed(added, names, cur)}`);
  if (gone.length > 0) notes.push(`gone: ${listed(gone, names, ref)}`);
  if (notes.length > 0) return notes.join("; ");
  let most = present[0];
  const moved = (i) => Math.abs(cur[i] / curTotal - ref[i] / refTotal);
  for (const i of present) if (moved(i) > moved(most)) most = i;
  return `most moved: share of ${names[most]} ${percent(ref[most] / refTotal)} → ${percent(cur[most] / curTotal)}`;
}
function shareChange(context, value, before, after) {
  const what = context.role === "feature" ? `share of ${value}` : `positive rate (${context.column} = ${value})`;
  return `${what} ${percent(before)} → ${percent(after)}`;
}
function shareOf(values, value) {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === value) n++;
  return values.length === 0 ? 0 : n / values.length;
}
function total(counts) {
  let n = 0;
  for (let i = 0; i < counts.length; i++) n += counts[i];
  return n;
}
function listed(indices, names, counts) {
  const shown = indices.slice(0, SHOWN).map((i) => `${JSON.stringify(names[i])} (${counts[i]})`);
  const more = indices.length - SHOWN;
  return `${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
}

// packages/data/src/drift.ts
function driftChecks(current, reference, contract) {
  const cfg = contract.drift;
  const refColumns = new Map(reference.columns.map((c) => [c.name, c]));
  const columns = [];
  for (const cur of current.columns) {
    const ref = refColumns.get(cur.name);
    const role = cur.name === contract.label ? "label" : cur.name === contract.prediction ? "prediction" : "feature";
    const id = role === "feature" ? `drift:${cur.name}` : `drift:${role}:${cur.name}`;
    const title = role === "feature" ? `drift: ${cur.name}` : `${role} drift: ${cur.name}`;
    const perColumn = cfg.columns[cur.name];
    const skip = (reason) => ({
      column: cur.name,
      role,
      check: { id, title, status: "skipped", severity: cfg.severity, message: reason }
    });
    if (!ref) {
      columns.push(skip("the reference has no such column"));
      continue;
    }
    if (cfg.exclude.includes(cur.name) || perColumn?.enabled === false) {
      columns.push(skip("excluded in the contract"));
      continue;
    }
    const explicit = perColumn?.method ?? cfg.method;
    if ((cur.type === "date" || cur.type === "datetime") && !perColumn?.method) {
      columns.push(skip("date column: set drift.columns.<name>.method to test it"));
      continue;
    }
    if (cur.dictionary && !cur.dictionary.overflow && cur.present > 1 && cur.dictionary.values.length === cur.present) {
      columns.push(skip("every value is distinct (an identifier)"));
      continue;
    }
    const compared = comparableValues(current, cur, reference, ref);
    if (!compared) {
      columns.push(
        skip(
          cur.dictionary?.overflow || ref.dictionary?.overflow ? "text with too many distinct values for a categorical test" : "identifier column (unique)"
        )
      );
      continue;
    }
    columns.push(
      testColumn({
        id,
        title,
        role,
        cur,
        ref,
        sample: compared.sample,
        categories: compared.categories,
        explicit,
        severity: cfg.severity,
        contract
      })
    );
  }
  const counted = columns.filter(
    (c) => (c.role === "feature" || cfg.shareColumns === "all") && c.result && c.check.status !== "inconclusive"
  );
  const drifted = counted.filter((c) => c.check.status === "fail").length;
  const share = counted.length === 0 ? null : drifted / counted.length;
  const dataset = share === null ? {
    id: "drift:dataset",
    title: "dataset drift",
    status: "skipped",
    severity: cfg.datasetSeverity,
    message: "no column could be tested for drift"
  } : {
    id: "drift:dataset",
    title: "dataset drift",
    status: share >= cfg.share ? "fail" : "pass",
    severity: cfg.datasetSeverity,
    metric: "drift_share",
    observed: `${drifted} of ${counted.length} columns drifted (${percent(share)})`,
    expected: `< ${percent(cfg.share)} of columns`
  };
  return { columns, tested: counted.length, drifted, share, dataset };
}
function comparableValues(current, cur, reference, ref) {
  if (cur.numbers && ref.numbers) {
    return {
      sample: {
        kind: "numerical",
        reference: reference.distributionsOnly ? ref.numbers : sortedPresent(ref.numbers),
        current: current.distributionsOnly ? cur.numbers : sortedPresent(cur.numbers)
      },
      categories: []
    };
  }
  const counted = (scan, col) => col.dictionary !== void 0 && !col.dictionary.overflow && (col.codes !== void 0 || !scan.sampled);
  if (!counted(current, cur) || !counted(reference, ref)) return void 0;
  const index = new Map(ref.dictionary.values.map((v, i) => [v, i]));
  const curToShared = cur.dictionary.values.map((v) => {
    let code = index.get(v);
    if (code === void 0) {
      code = index.size;
      index.set(v, code);
    }
    return code;
  });
  return {
    sample: {
      kind: "categorical",
      reference: categoryCounts(reference, ref, void 0, index.size),
      current: categoryCounts(current, cur, curToShared, index.size)
    },
    categories: [...index.keys()]
  };
}
function categoryCounts(scan, col, toShared, size) {
  const counts = new Float64Array(size);
  const at = (code) => toShared ? toShared[code] : code;
  if (!scan.sampled) {
    col.dictionary.counts.forEach((n, code) => {
      counts[at(code)] = n;
    });
    return counts;
  }
  const codes = col.codes;
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) counts[at(codes[i])]++;
  return counts;
}
function uniqueUpToSix(sample) {
  if (sample.kind === "categorical") {
    let n = 0;
    for (let i = 0; i < sample.reference.length && n < 6; i++)
      if (sample.reference[i] > 0 || sample.current[i] > 0) n++;
    return n;
  }
  const seen = /* @__PURE__ */ new Set();
  for (const values of [sample.reference, sample.current]) {
    for (let i = 0; i < values.length; i++) {
      seen.add(values[i]);
      if (seen.size > 5) return seen.size;
    }
  }
  return seen.size;
}
function testColumn(args) {
  const { id, title, role, cur, ref, sample, categories, severity, contract } = args;
  const cfg = contract.drift;
  const base = { column: cur.name, role };
  const columnType = cur.numbers ? "numerical" : "categorical";
  if (ref.present === 0 && cur.present === 0) {
    return {
      ...base,
      check: { id, title, status: "skipped", severity, message: "no values in either dataset" }
    };
  }
  if (cur.present === 0) {
    return {
      ...base,
      check: {
        id,
        title,
        status: "fail",
        severity,
        observed: "every value missing",
        expected: "values as in the reference",
        message: `${cur.name} has no values, the reference has ${ref.present}`
      }
    };
  }
  if (ref.present === 0) {
    return {
      ...base,
      check: {
        id,
        title,
        status: "inconclusive",
        severity,
        message: "the reference has no values in this column"
      }
    };
  }
  const chosen = chooseDriftTest({
    columnType,
    nUnique: uniqueUpToSix(sample),
    referencePresent: ref.present
  });
  const method = args.explicit ?? chosen.method;
  const perColumn = cfg.columns[cur.name];
  const threshold = perColumn?.threshold ?? cfg.threshold ?? (method === chosen.method ? chosen.threshold : void 0);
  const result = driftTestOnSample(method, sample, threshold);
  if (result.inconclusive || !Number.isFinite(result.statistic) && result.pValue === void 0) {
    return {
      ...base,
      result,
      check: { id, title, status: "inconclusive", severity, message: "nothing to compare" }
    };
  }
  const context = {
    column: cur.name,
    role,
    ...categories ? { categories } : {},
    ...columnType === "numerical" ? { numbers: { reference: numberSummary(ref, cur.type), current: numberSummary(cur, cur.type) } } : {}
  };
  const pValueTest = result.direction !== "distance-at-least";
  const score = pValueTest ? result.pValue : result.statistic;
  return {
    ...base,
    result,
    distribution: columnDistribution(sample, categories),
    check: {
      id,
      title,
      status: result.drifted ? "fail" : "pass",
      severity,
      observed: pValueTest ? `${driftTestLabel(method)} p = ${fmt(score)}` : `${driftTestLabel(method)} = ${fmt(score)}`,
      expected: pValueTest ? `p ${result.direction === "p-value-at-most" ? ">" : "≥"} ${result.threshold}` : `< ${result.threshold}`,
      ...result.drifted ? {
        message: `${cur.name} drifted: ${driftTestLabel(method)} ${pValueTest ? `p = ${fmt(score)}` : fmt(score)}${changeNote(sample, context)}`
      } : {}
    }
  };
}
function numberSummary(col, type) {
  const mean = type === "date" || type === "datetime" ? formatValue(type, col.mean) : fmt(col.mean);
  return { mean, min: formatValue(type, col.min), max: formatValue(type, col.max) };
}
function changeNote(sample, context) {
  const change = driftChange(sample, context);
  return change ? ` (${change})` : "";
}
function fmt(x) {
  if (x === 0) return "0";
  if (Math.abs(x) < 1e-4) return x.toExponential(2);
  return Number(x.toPrecision(3)).toString();
}
function relativeScore(result) {
  if (result.direction === "distance-at-least") return result.statistic / result.threshold;
  const p = result.pValue ?? 1;
  return Math.min(10, p === 0 ? 10 : result.threshold / p);
}

// packages/data/src/fingerprint.ts
function fingerprint(scan) {
  const schema = scan.columns.map((c) => [c.name, c.type]);
  return {
    content: `sha256:${scan.summary.sha256}`,
    schema: `sha256:${sha256Hex(JSON.stringify(schema))}`,
    rows: scan.summary.rows,
    bytes: scan.summary.bytes
  };
}

// packages/data/src/infer-contract.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

// packages/data/src/label-guess.ts
var LABEL_NAMES = /* @__PURE__ */ new Set([
  "label",
  "target",
  "y",
  "class",
  "outcome",
  "churn",
  "churned",
  "fraud",
  "is_fraud",
  "default",
  "survived"
]);
function guessLabel(scanned) {
  const columns = scanned.filter((c) => c.type !== "date" && c.type !== "datetime");
  const named = columns.find((c) => {
    const name = c.name.toLowerCase().replace(/[\s-]+/g, "_");
    return LABEL_NAMES.has(name) || /_(label|target)$/.test(name);
  });
  if (named) return { column: named.name, reason: "its name says it is the label" };
  const last = columns.at(-1);
  if (last && columns.length > 1 && isBinary(last)) {
    return { column: last.name, reason: "the last column, with exactly two values" };
  }
  return void 0;
}
function isBinary(col) {
  if (col.numbers) return distinctNumbers(col.numbers, 3).length === 2;
  return col.dictionary !== void 0 && !col.dictionary.overflow && col.dictionary.values.length === 2;
}

// packages/data/src/widened-range.ts
function widenRange(observed, margin, integer) {
  const { min, max } = observed;
  const width = max - min || Math.abs(max) || 1;
  let low = min - margin * width;
  let high = max + margin * width;
  if (min >= 0) low = Math.max(0, low);
  if (!integer && min >= 0 && max <= 1) high = Math.min(1, high);
  if (integer) return { min: Math.floor(low), max: Math.ceil(high) };
  const step = 10 ** (Math.floor(Math.log10(width)) - 2);
  return { min: tidy(Math.floor(low / step) * step), max: tidy(Math.ceil(high / step) * step) };
}
var tidy = (x) => Number(x.toPrecision(12));

// packages/data/src/infer-contract.ts
var MAX_ALLOWED = 20;
var MIN_ROWS_PER_VALUE = 10;
var WIDER = {
  integer: "number",
  number: "string",
  boolean: "string",
  date: "datetime",
  datetime: "string"
};
async function runInferContract(options, io) {
  const cwd = io.cwd ?? process.cwd();
  const file = path.resolve(cwd, options.data);
  const contract = emptyContract();
  let types;
  let scan;
  for (; ; ) {
    scan = await scanDataset(file, {
      contract,
      contractFile: "(inferred)",
      checks: false,
      label: `read ${options.data}`,
      ...types ? { types } : {}
    });
    const widened = new Map(
      scan.columns.map((c) => [
        c.name,
        { type: c.invalid.failed > 0 ? WIDER[c.type] ?? "string" : c.type }
      ])
    );
    if (scan.columns.every((c) => c.invalid.failed === 0)) break;
    types = widened;
    io.logger.info(
      `widening ${scan.columns.filter((c) => c.invalid.failed > 0).map((c) => c.name).join(", ")} and reading again`
    );
  }
  const source = path.relative(cwd, file) || file;
  const location = { file: source, ...firstRowLine(scan) };
  const malformed = scan.malformed.failed > 0 ? malformedNote(scan.malformed) : void 0;
  if (malformed) io.logger.warn(`${source}: ${malformed}`, location);
  const { minRows } = options;
  if (scan.goodRows < minRows) {
    const rows = `${scan.goodRows} readable data row${scan.goodRows === 1 ? "" : "s"}`;
    throw new ConfigError(
      `${rows}, fewer than the ${minRows} a contract is inferred from${malformed ? `; ${malformed}` : ""}`,
      {
        location,
        hint: malformed ? "fix the malformed rows, or infer from a larger sample of the data" : "infer from a larger sample of the data, or lower --min-rows"
      }
    );
  }
  const inferred = inferContract(scan, options);
  for (const line of inferred.summary) io.logger.info(line);
  const text = contractText(scan, inferred, source, malformed);
  const result = {
    text,
    columns: scan.columns.length,
    rows: scan.goodRows,
    malformedRows: scan.malformed.failed,
    summary: inferred.summary
  };
  if (options.output) {
    const out = path.resolve(cwd, options.output);
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, text);
    result.outputPath = out;
    io.logger.info(
      `contract for ${scan.columns.length} columns written to ${path.relative(cwd, out) || out}`
    );
  }
  return result;
}
function yamlScalar(v) {
  if (typeof v !== "string") return String(v);
  return /^[A-Za-z_][\w ./-]*$/.test(v) && !/^(true|false|yes|no|null|on|off|~)$/i.test(v) && !/\s$/.test(v) ? v : JSON.stringify(v);
}
function inferContract(scan, options) {
  const name = options.name || datasetName(options.data);
  const summary = [
    options.name ? `name: ${name} (--name)` : `name: ${name}, ${nameReason(name)}; --name sets another`
  ];
  const label = guessLabel(scan.columns);
  summary.push(
    label ? `label: ${label.column}, ${label.reason}; it gets label drift and the leakage check (change or remove it if wrong)` : "label: none guessed (no column is named label, target, y, … and the last column does not hold exactly two values); set label: to get label drift and the leakage check"
  );
  const times = scan.columns.filter((c) => c.type === "date" || c.type === "datetime").map((c) => c.name);
  if (times.length > 0) {
    summary.push(
      `${times.join(", ")}: no min/max, since later data holds later dates; leakage.timeColumn: ${times[0]} instead — data validated against a reference must come after the reference's latest ${times[0]}`
    );
  }
  const columns = scan.columns.map(
    (c) => columnLines(c, scan.goodRows, options.rangeMargin, times.includes(c.name))
  );
  const margin = `${Number((options.rangeMargin * 100).toPrecision(6))}%`;
  if (columns.some((c) => c.ranged)) {
    summary.push(
      `numeric ranges: the observed min/max widened by ${margin} of the observed range on each side (--range-margin), never below 0 where no value was negative nor past 0–1 for fractions within it; integer columns with two values get allowed: instead; text lengths widened by ${margin} too`
    );
  }
  if (columns.some((c) => c.listed)) {
    summary.push(
      `allowed: for text columns with at most ${MAX_ALLOWED} values, each seen ${MIN_ROWS_PER_VALUE} times on average; a new value fails`
    );
  }
  return {
    name,
    ...label ? { label: label.column } : {},
    ...times[0] ? { timeColumn: times[0] } : {},
    summary,
    columns: columns.flatMap((c) => c.lines)
  };
}
var GENERIC_FOLDERS = /* @__PURE__ */ new Set([
  "data",
  "dataset",
  "datasets",
  "raw",
  "processed",
  "interim",
  "input",
  "inputs",
  "train",
  "training",
  "test",
  "eval"
]);
function datasetName(data) {
  const folders = path.dirname(path.normalize(data)).split(/[\\/]/);
  return folders.reverse().find((f) => f !== "" && f !== "." && f !== ".." && !GENERIC_FOLDERS.has(f.toLowerCase())) ?? "dataset";
}
var nameReason = (name) => name === "dataset" ? "as the data's path names no folder for it" : "the data's folder";
function columnLines(col, rows, margin, time) {
  const lines = [`  ${yamlScalar(col.name)}:`, `    type: ${col.type}`];
  let ranged = false;
  let listed2 = false;
  if (col.nulls === 0 && col.rows > 0) lines.push("    nullable: false");
  const integer = col.type === "integer";
  const pair = integer && col.numbers ? distinctNumbers(col.numbers, 3) : [];
  if (pair.length === 2) lines.push(`    allowed: [${pair.join(", ")}]`);
  else if (col.present > 0 && col.numbers && !time) {
    const range = widenRange(col, margin, integer);
    const note = (bound, seen) => bound === seen ? "" : ` # observed ${seen}`;
    lines.push(
      `    min: ${range.min}${note(range.min, col.min)}`,
      `    max: ${range.max}${note(range.max, col.max)}`
    );
    ranged = true;
  }
  const dict = col.dictionary;
  if (dict && !dict.overflow && col.type !== "boolean") {
    const distinct = dict.values.length;
    if (distinct === col.present && col.present > 1) lines.push("    unique: true");
    else if (distinct > 0 && distinct <= MAX_ALLOWED && rows >= MIN_ROWS_PER_VALUE * distinct) {
      lines.push(`    allowed: [${[...dict.values].sort().map(yamlScalar).join(", ")}]`);
      listed2 = true;
    }
  }
  if (col.type === "string" && col.present > 0 && !listed2) {
    lines.push(`    maxLength: ${Math.ceil(col.maxLength * (1 + margin))}`);
    ranged = true;
  }
  return { lines, ranged, listed: listed2 };
}
function malformedNote(malformed) {
  const n = malformed.failed;
  const shown = malformed.examples.map(
    (e) => `${e.line === void 0 ? `row ${e.row}` : `line ${e.line}`}: ${e.message.replace(/\s+/g, " ")}`
  ).join("; ");
  const more = n > malformed.examples.length ? `; ${n - malformed.examples.length} more` : "";
  return `${n} malformed row${n === 1 ? "" : "s"} left out — ${shown}${more}`;
}
function firstRowLine(scan) {
  const line = scan.malformed.examples[0]?.line ?? { csv: 2, jsonl: 1, parquet: void 0 }[scan.summary.format];
  return line === void 0 ? {} : { line };
}
function contractText(scan, inferred, source, malformed) {
  return [
    `# Data contract inferred from ${source} (${scan.goodRows} rows). Review it before relying on it:`,
    "# loosen or tighten what follows, and add table rules. What was inferred and why:",
    ...inferred.summary.map((line) => `# - ${line}.`),
    ...malformed ? [`# ${malformed}.`, "# The file fails validation until they are fixed."] : [],
    `name: ${yamlScalar(inferred.name)}`,
    ...inferred.label ? [`label: ${yamlScalar(inferred.label)}`] : [],
    "columns:",
    ...inferred.columns,
    "table:",
    `  rows: { min: 1 }`,
    ...inferred.timeColumn ? ["leakage:", `  timeColumn: ${yamlScalar(inferred.timeColumn)}`] : [],
    ""
  ].join("\n");
}

// packages/data/src/leakage.ts
var TARGET_ROWS = 1e5;
var TARGET_MAX_CATEGORIES = 1e3;
function leakageChecks(current, reference, contract) {
  const cfg = contract.leakage;
  if (!cfg.enabled) return [];
  const checks = [];
  if (reference) {
    const shared = sharedKeys(current.rowKeys, reference.rowKeys);
    const share = current.rowKeys.length === 0 ? 0 : shared.count / current.rowKeys.length;
    checks.push({
      id: "leakage:shared-rows",
      title: "no rows shared with the reference",
      status: share <= cfg.sharedRows.maxShare ? "pass" : "fail",
      severity: cfg.sharedRows.severity,
      metric: "shared_rows",
      observed: `${shared.count} of ${current.rowKeys.length} (${percent(share)})`,
      expected: cfg.sharedRows.maxShare === 0 ? "none" : `≤ ${percent(cfg.sharedRows.maxShare)}`,
      ...shared.count > 0 ? {
        message: `${shared.count} row${shared.count === 1 ? "" : "s"} also appear in the reference ${reference.file}`,
        examples: shared.examples.map((i) => ({
          row: rowNumberOf(current, i),
          problem: "also in the reference"
        }))
      } : {}
    });
    if (cfg.timeColumn) checks.push(timeLeakage(current, reference, cfg.timeColumn, cfg.severity));
  }
  if (contract.label)
    checks.push(...targetLeakage(current, contract.label, contract, cfg.targetThreshold, cfg.severity));
  return checks;
}
function timeLeakage(current, reference, column, severity) {
  const id = "leakage:time";
  const title = `${column}: after the reference window`;
  const cur = current.columns.find((c) => c.name === column);
  const ref = reference.columns.find((c) => c.name === column);
  if (!cur?.numbers || !ref?.numbers) {
    return {
      id,
      title,
      status: "error",
      severity,
      message: `leakage.timeColumn "${column}" must be a date, datetime or number column in both datasets`
    };
  }
  if (ref.present === 0 || cur.present === 0) {
    return { id, title, status: "inconclusive", severity, message: `${column} has no values` };
  }
  const end = ref.max;
  let count = 0;
  let of = 0;
  const examples = [];
  const values = cur.numbers;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    of++;
    if (v <= end) {
      count++;
      if (examples.length < 5 && !current.sampled) {
        examples.push({
          row: rowNumberOf(current, i),
          column,
          value: formatValue(cur.type, v),
          problem: `not after ${formatValue(ref.type, end)}`
        });
      }
    }
  }
  return {
    id,
    title,
    status: count === 0 ? "pass" : "fail",
    severity,
    observed: count === 0 ? `earliest ${formatValue(cur.type, cur.min)}` : `${count} of ${of} rows (${percent(count / of)}) at or before ${formatValue(ref.type, end)}`,
    expected: `> ${formatValue(ref.type, end)} (the reference's latest)`,
    ...count > 0 ? { message: `${count} rows are not later than the reference window`, examples } : {}
  };
}
function targetLeakage(scan, label, contract, threshold, severity) {
  const labelColumn = scan.columns.find((c) => c.name === label);
  const id = "leakage:target";
  if (!labelColumn) {
    return [
      {
        id,
        title: "no feature predicts the label alone",
        status: "error",
        severity,
        message: `the label column "${label}" is not in the data`
      }
    ];
  }
  const labels = binaryLabels(labelColumn);
  if (!labels) {
    return [
      {
        id,
        title: "no feature predicts the label alone",
        status: "skipped",
        severity,
        message: `${label} is not a binary label`
      }
    ];
  }
  const n = labels.length;
  const stride = Math.max(1, Math.ceil(n / TARGET_ROWS));
  const checks = [];
  let worst = { column: "", auc: 0.5 };
  for (const col of scan.columns) {
    if (col.name === label || col.name === contract.prediction || isTime(col, contract)) continue;
    const scores = featureScores(col, labels, stride);
    if (!scores) continue;
    const auc = rocAuc(scores.labels, scores.scores);
    if (auc === null) continue;
    const strength = Math.max(auc, 1 - auc);
    if (strength > worst.auc) worst = { column: col.name, auc: strength };
    if (strength >= threshold) {
      checks.push({
        id: `leakage:target:${col.name}`,
        title: `${col.name}: does not predict ${label} alone`,
        status: "fail",
        severity,
        observed: `ROC AUC ${strength.toFixed(4)} on its own`,
        expected: `< ${threshold}`,
        message: `${col.name} alone separates ${label} almost perfectly: it may be derived from the label or from the future`
      });
    }
  }
  if (checks.length === 0) {
    checks.push({
      id,
      title: `no feature predicts ${label} alone`,
      status: "pass",
      severity,
      observed: worst.column ? `strongest ${worst.column}, ROC AUC ${worst.auc.toFixed(3)}` : "no feature to test",
      expected: `ROC AUC < ${threshold}`
    });
  }
  return checks;
}
function isTime(col, contract) {
  return col.type === "date" || col.type === "datetime" || col.name === contract.leakage.timeColumn;
}
function binaryLabels(col) {
  if (col.numbers) {
    const distinct = /* @__PURE__ */ new Set();
    for (const v of col.numbers) {
      if (Number.isNaN(v)) continue;
      distinct.add(v);
      if (distinct.size > 2) return void 0;
    }
    if (distinct.size !== 2) return void 0;
    const high = Math.max(...distinct);
    return col.numbers.map((v) => Number.isNaN(v) ? Number.NaN : v === high ? 1 : 0);
  }
  if (!col.codes || !col.dictionary || col.dictionary.values.length !== 2) return void 0;
  const positive = col.dictionary.values[0] < col.dictionary.values[1] ? 1 : 0;
  const out = new Float64Array(col.codes.length);
  for (let i = 0; i < out.length; i++) {
    const c = col.codes[i];
    out[i] = c < 0 ? Number.NaN : c === positive ? 1 : 0;
  }
  return out;
}
function featureScores(col, labels, stride) {
  const size = Math.ceil(labels.length / stride);
  const outLabels = new Float64Array(size);
  const scores = new Float64Array(size);
  let n = 0;
  if (col.numbers) {
    for (let i = 0; i < labels.length; i += stride) {
      const y = labels[i];
      const x = col.numbers[i];
      if (Number.isNaN(y) || Number.isNaN(x)) continue;
      outLabels[n] = y;
      scores[n++] = x;
    }
  } else if (col.codes && col.dictionary && !col.dictionary.overflow && col.dictionary.values.length <= TARGET_MAX_CATEGORIES) {
    const k = col.dictionary.values.length;
    const pos = new Float64Array(k);
    const all = new Float64Array(k);
    for (let i = 0; i < labels.length; i += stride) {
      const y = labels[i];
      const c = col.codes[i];
      if (Number.isNaN(y) || c < 0) continue;
      pos[c] += y;
      all[c]++;
      outLabels[n] = y;
      scores[n++] = c;
    }
    for (let j = 0; j < n; j++) scores[j] = pos[scores[j]] / all[scores[j]];
  } else return void 0;
  return n > 1 ? { labels: outLabels.subarray(0, n), scores: scores.subarray(0, n) } : void 0;
}

// packages/data/src/quality-checks.ts
function qualityChecks(scan, contract) {
  const q = contract.quality;
  const outliers = /* @__PURE__ */ new Map();
  if (!q.enabled) return { checks: [], outliers };
  const severity = q.severity;
  const checks = [];
  for (const col of scan.columns) {
    const nullShare = col.rows === 0 ? 0 : col.nulls / col.rows;
    checks.push({
      id: `quality:${col.name}:nulls`,
      title: `${col.name}: missing values`,
      status: nullShare <= q.maxNullShare ? "pass" : "fail",
      severity,
      observed: percent(nullShare),
      expected: `≤ ${percent(q.maxNullShare)}`
    });
    if (!col.declared && col.invalid.failed > 0) {
      checks.push({
        ...rowsCheck({
          id: `quality:${col.name}:mixed-types`,
          title: `${col.name}: one type of value`,
          tally: col.invalid,
          mostly: 1,
          severity,
          expected: `every value ${col.type} (as the first rows)`,
          file: scan.file
        }),
        observed: `${col.invalid.failed} value${col.invalid.failed === 1 ? "" : "s"} not ${col.type}`
      });
    }
    const distinct = distinctCount(col);
    if (col.present > 0 && distinct === 1) {
      checks.push({
        id: `quality:${col.name}:constant`,
        title: `${col.name}: not constant`,
        status: "fail",
        severity,
        observed: "one value in every row",
        expected: "more than one value"
      });
    }
    if (col.numbers && (col.type === "integer" || col.type === "number")) {
      const o = countOutliers(col, scan.distributionsOnly, contract);
      if (o) {
        outliers.set(col.name, o);
        const share = o.of === 0 ? 0 : o.count / o.of;
        checks.push({
          id: `quality:${col.name}:outliers`,
          title: `${col.name}: outliers (${q.outliers.method === "iqr" ? "IQR" : "z-score"})`,
          status: share <= q.outliers.maxShare ? "pass" : "fail",
          severity,
          observed: `${o.count} of ${o.of} (${percent(share)})`,
          expected: `≤ ${percent(q.outliers.maxShare)}`
        });
      }
    }
    const variants = caseVariants(col);
    if (variants.length > 0) {
      checks.push({
        id: `quality:${col.name}:variants`,
        title: `${col.name}: no case or whitespace variants`,
        status: "fail",
        severity,
        observed: `${variants.length} group${variants.length === 1 ? "" : "s"}`,
        expected: "none",
        message: variants.slice(0, 5).map((g) => g.map((v) => JSON.stringify(v)).join(" / ")).join("; ")
      });
    }
  }
  if (contract.table.noDuplicateRows === void 0) {
    const tally = duplicateRowsTally(scan);
    const share = tally.evaluated === 0 ? 0 : tally.failed / tally.evaluated;
    checks.push({
      ...rowsCheck({
        id: "quality:duplicate-rows",
        title: "duplicate rows",
        tally,
        mostly: 1 - q.maxDuplicateShare,
        severity,
        expected: "no repeated rows"
      }),
      observed: `${tally.failed} of ${tally.evaluated} (${percent(share)})`,
      expected: `≤ ${percent(q.maxDuplicateShare)}`
    });
  }
  return { checks, outliers };
}
function distinctCount(col) {
  if (col.present === 0) return 0;
  if (col.dictionary && !col.dictionary.overflow) return col.dictionary.values.length;
  if (col.numbers || col.type === "date" || col.type === "datetime")
    return col.min === col.max ? 1 : void 0;
  return void 0;
}
function countOutliers(col, sorted, contract) {
  const present = sorted ? col.numbers : sortedPresent(col.numbers);
  const n = present.length;
  if (n < 4) return void 0;
  const { method, threshold } = contract.quality.outliers;
  let low;
  let high;
  if (method === "iqr") {
    const q1 = quantileSorted(present, 0.25);
    const q3 = quantileSorted(present, 0.75);
    const k = threshold ?? 1.5;
    low = q1 - k * (q3 - q1);
    high = q3 + k * (q3 - q1);
  } else {
    const std = Math.sqrt(col.m2 / col.present);
    if (std === 0) return { count: 0, of: n };
    const k = threshold ?? 3;
    low = col.mean - k * std;
    high = col.mean + k * std;
  }
  let count = 0;
  for (const v of present) if (v < low || v > high) count++;
  return { count, of: n };
}
function caseVariants(col) {
  if (!col.dictionary || col.dictionary.overflow) return [];
  const groups = /* @__PURE__ */ new Map();
  for (const v of col.dictionary.values) {
    const key = v.trim().replace(/\s+/g, " ").toLowerCase();
    const group = groups.get(key);
    if (group) group.push(v);
    else groups.set(key, [v]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

// packages/data/src/schemas.ts
var dataSchemas = {
  "data-contract": { schema: DataContractSchema, io: "input" }
};

// packages/data/src/validation-details.ts
var MAX_DISTRIBUTIONS = 20;
function validationDetails(scan, drift, outliers, checks) {
  const details = [];
  const driftOf = new Map(drift?.columns.map((d) => [d.column, d]) ?? []);
  details.push({
    type: "table",
    title: "Columns",
    columns: [
      "column",
      "type",
      "missing",
      "invalid",
      "range / top values",
      "outliers",
      ...drift ? ["drift test", "drift score", "drift"] : []
    ],
    rows: scan.columns.map((col) => {
      const d = driftOf.get(col.name);
      const o = outliers.get(col.name);
      return [
        col.name,
        col.declared ? col.type : `${col.type} (inferred)`,
        col.rows === 0 ? "0" : `${col.nulls} (${percent(col.nulls / col.rows)})`,
        col.invalid.failed,
        rangeText(col),
        o ? `${o.count} (${percent(o.of === 0 ? 0 : o.count / o.of)})` : "",
        ...drift ? [
          d?.result ? driftTestLabel(d.result.method) : "",
          d?.result ? scoreText(d.result.pValue ?? d.result.statistic, d.result.pValue !== void 0) : "",
          d ? verdict(d.check) : ""
        ] : []
      ];
    })
  });
  const tested = drift?.columns.filter((d) => d.result && !d.result.inconclusive) ?? [];
  if (tested.length > 0) {
    details.push({
      type: "bar-chart",
      title: "Drift score per column (1 = the test's threshold; above it, drift)",
      labels: tested.map((d) => d.column),
      values: tested.map((d) => Number(relativeScore(d.result).toFixed(4))),
      threshold: 1,
      unit: "× threshold"
    });
  }
  details.push(...distributionDetails(tested));
  const failing = [];
  for (const c of checks) {
    if (c.status !== "fail" || !c.examples) continue;
    for (const e of c.examples) {
      if (failing.length >= 25) break;
      failing.push([
        c.title,
        e.row ?? null,
        e.line ?? null,
        e.column ?? null,
        e.value ?? null,
        e.problem ?? null
      ]);
    }
  }
  if (failing.length > 0) {
    details.push({
      type: "table",
      title: "Failing rows (sample; rows count data rows, lines count file lines)",
      columns: ["check", "row", "line", "column", "value", "problem"],
      rows: failing
    });
  }
  return details;
}
function distributionDetails(tested) {
  const drawn = tested.filter((d) => d.distribution && d.distribution.bins.length > 0);
  const drifted = drawn.filter((d) => d.check.status === "fail");
  const steady = drawn.filter((d) => d.check.status !== "fail");
  return [...drifted, ...steady].slice(0, MAX_DISTRIBUTIONS).map((d) => ({
    type: "distribution",
    title: d.role === "feature" ? d.column : `${d.column} (${d.role})`,
    column: d.column,
    drifted: d.check.status === "fail",
    ...d.distribution
  }));
}
function rangeText(col) {
  if (col.present === 0) return "no values";
  if (col.numbers) return `${formatValue(col.type, col.min)} – ${formatValue(col.type, col.max)}`;
  if (col.dictionary && !col.dictionary.overflow) {
    const top = col.dictionary.values.map((v, i) => ({ v, n: col.dictionary.counts[i] })).sort((a, b) => b.n - a.n).slice(0, 3).map((t) => `${t.v.length > 20 ? `${t.v.slice(0, 19)}…` : t.v} (${percent(t.n / col.present)})`);
    const more = col.dictionary.values.length - top.length;
    return `${top.join(", ")}${more > 0 ? ` +${more} more` : ""}`;
  }
  return `${col.present} values, length ${col.minLength}–${col.maxLength}`;
}
function scoreText(x, pValue) {
  const text = x === 0 ? "0" : Math.abs(x) < 1e-4 ? x.toExponential(2) : Number(x.toPrecision(3)).toString();
  return pValue ? `p = ${text}` : text;
}
function verdict(check) {
  switch (check.status) {
    case "pass":
      return "no drift";
    case "fail":
      return "DRIFT";
    case "skipped":
      return `skipped: ${check.message ?? ""}`;
    default:
      return check.status;
  }
}

export {
  contractChecks,
  csvRecord,
  readCsvTable,
  parseCsvTable,
  driftChecks,
  fingerprint,
  runInferContract,
  leakageChecks,
  qualityChecks,
  dataSchemas,
  validationDetails
};
