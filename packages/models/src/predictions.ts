import { ConfigError, RuntimeFailure } from "@mlops/core";
import { type CsvTable, parseCsvTable } from "@mlops/data";

/**
 * Model output, one entry per scored row, as the metrics need it: for classification the probability
 * of the positive class and/or a 0/1 label; for regression the predicted value.
 */
export interface Predictions {
  probability?: Float64Array;
  label?: Float64Array;
  value?: Float64Array;
}

export type Task = "classification" | "regression";

const PROBABILITY_KEYS = ["probability", "proba", "score"];
const LABEL_KEYS = ["prediction", "label", "predicted_label"];
const VALUE_KEYS = ["prediction", "value", "predicted_value"];

function bad(source: string, row: number, raw: unknown, what: string): RuntimeFailure {
  const shown =
    typeof raw === "string" ? JSON.stringify(raw.slice(0, 40)) : String(JSON.stringify(raw) ?? raw);
  return new RuntimeFailure(`${source}: prediction for row ${row + 1} is ${shown}, ${what}`, {
    hint: "the model must return one finite number per row (probabilities in [0, 1], labels 0 or 1)",
  });
}

function toNumber(source: string, row: number, raw: unknown): number {
  const v = typeof raw === "string" && raw.trim() !== "" ? Number(raw) : raw;
  if (typeof v !== "number" || !Number.isFinite(v)) throw bad(source, row, raw, "not a finite number");
  return v;
}

/** Builds predictions from per-row items: numbers, or objects with probability/prediction/value keys. */
export function predictionsFromItems(items: readonly unknown[], task: Task, source: string): Predictions {
  const n = items.length;
  const first = items[0];
  if (task === "regression") {
    const value = new Float64Array(n);
    for (let i = 0; i < n; i++) value[i] = toNumber(source, i, pick(items[i], VALUE_KEYS, source, i));
    return { value };
  }
  const keyed = isKeyed(first);
  const hasProbability = itemHasProbability(first);
  const hasLabel = keyed && LABEL_KEYS.some((k) => k in (first as object));
  const out: Predictions = {};
  if (hasProbability) out.probability = new Float64Array(n);
  if (hasLabel) out.label = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const item = items[i];
    if (out.probability) {
      out.probability[i] = toProbability(source, i, keyed ? pick(item, PROBABILITY_KEYS, source, i) : item);
    }
    if (out.label) out.label[i] = toLabel(source, i, pick(item, LABEL_KEYS, source, i));
  }
  return out;
}

function toProbability(source: string, row: number, raw: unknown): number {
  const p = toNumber(source, row, raw);
  if (p < 0 || p > 1) throw bad(source, row, raw, "not a probability in [0, 1]");
  return p;
}

function toLabel(source: string, row: number, raw: unknown): number {
  const l = toNumber(source, row, raw);
  if (l !== 0 && l !== 1) throw bad(source, row, raw, "not a label 0 or 1");
  return l;
}

function isKeyed(item: unknown): item is object {
  return item !== null && typeof item === "object" && !Array.isArray(item);
}

/** A bare number is a probability; an object carries one when it has a probability key. */
function itemHasProbability(item: unknown): boolean {
  return !isKeyed(item) || PROBABILITY_KEYS.some((k) => k in item);
}

/**
 * Whether classification predictions carry probabilities, judged from the CSV header or the first item
 * alone; `undefined` when the text does not say (scoring reads it in full and reports what is wrong).
 */
export function predictionsGiveProbability(text: string): boolean | undefined {
  const trimmed = text.trimStart();
  try {
    if (trimmed.startsWith("[") || /^\{\s*"predictions"/.test(trimmed)) {
      const parsed = JSON.parse(trimmed) as unknown;
      const items = Array.isArray(parsed) ? parsed : (parsed as { predictions?: unknown }).predictions;
      return Array.isArray(items) && items.length > 0 ? itemHasProbability(items[0]) : undefined;
    }
    if (trimmed.startsWith("{")) return itemHasProbability(JSON.parse(trimmed.split("\n", 1)[0]!));
    const header = parseCsvTable(Buffer.from(trimmed.split("\n", 1)[0]!), "predictions").columns;
    return header.some((h) => PROBABILITY_KEYS.includes(h.trim()));
  } catch {
    return undefined;
  }
}

function pick(item: unknown, keys: readonly string[], source: string, row: number): unknown {
  if (item === null || typeof item !== "object" || Array.isArray(item)) {
    if (Array.isArray(item) && item.length === 1) return item[0];
    return item;
  }
  for (const k of keys) if (k in item) return (item as Record<string, unknown>)[k];
  throw bad(source, row, item, `missing ${keys.map((k) => `"${k}"`).join(" or ")}`);
}

/**
 * Parses a predictions file: CSV with a header naming `probability` and/or `prediction` (or `value`),
 * JSON Lines of objects or numbers, a JSON array, or `{"predictions": [...]}`.
 */
export function parsePredictionsText(text: string, task: Task, source: string): Predictions {
  const trimmed = text.trimStart();
  if (trimmed.startsWith("[") || (trimmed.startsWith("{") && /^\{\s*"predictions"/.test(trimmed))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (e) {
      throw new RuntimeFailure(`${source}: not valid JSON (${(e as Error).message})`, {
        hint: "write a JSON array with one prediction per row, or CSV with a probability/prediction header",
      });
    }
    const items = Array.isArray(parsed) ? parsed : (parsed as { predictions?: unknown }).predictions;
    if (!Array.isArray(items)) throw new RuntimeFailure(`${source}: "predictions" is not an array`);
    return predictionsFromItems(items, task, source);
  }
  if (trimmed.startsWith("{")) {
    const items = trimmed
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l, i) => {
        try {
          return JSON.parse(l) as unknown;
        } catch {
          throw new RuntimeFailure(`${source}: line ${i + 1} is not valid JSON`);
        }
      });
    return predictionsFromItems(items, task, source);
  }
  return parseCsvPredictions(text, task, source);
}

function parseCsvPredictions(text: string, task: Task, source: string): Predictions {
  let table: CsvTable;
  try {
    table = parseCsvTable(Buffer.from(text), source);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    const line = e.location?.line === undefined ? "" : ` (line ${e.location.line})`;
    throw new RuntimeFailure(`${source}: ${e.message}${line}`, { hint: e.hint });
  }
  const header = table.columns.map((h) => h.trim());
  const wanted = task === "regression" ? VALUE_KEYS : [...PROBABILITY_KEYS, ...LABEL_KEYS];
  const present = header.flatMap((h, c) => (wanted.includes(h) ? [c] : []));
  if (present.length === 0) {
    throw new RuntimeFailure(`${source}: no prediction column in the header "${header.join(",")}"`, {
      hint: `name the column ${task === "regression" ? "prediction or value" : "probability (and/or prediction)"}`,
    });
  }
  // Column by column rather than an object per row: a batch holds hundreds of thousands of rows. The
  // column read for a key list is the one a row object would give: the first key present, its last column.
  const column = (keys: readonly string[]) => {
    for (const key of keys)
      if (header.includes(key)) return table.columnValues([header.lastIndexOf(key)])[0]!;
    return undefined;
  };
  const n = table.rows;
  if (task === "regression") {
    const raw = column(VALUE_KEYS)!;
    const value = new Float64Array(n);
    for (let i = 0; i < n; i++) value[i] = toNumber(source, i, raw[i]);
    return { value };
  }
  const probabilities = column(PROBABILITY_KEYS);
  const labels = column(LABEL_KEYS);
  const out: Predictions = {};
  if (probabilities) out.probability = new Float64Array(n);
  if (labels) out.label = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (out.probability) out.probability[i] = toProbability(source, i, probabilities![i]);
    if (out.label) out.label[i] = toLabel(source, i, labels![i]);
  }
  return out;
}

export function predictionCount(p: Predictions): number {
  return (p.probability ?? p.label ?? p.value)?.length ?? 0;
}

export function concatPredictions(parts: readonly Predictions[]): Predictions {
  const join = (key: keyof Predictions) => {
    if (parts.some((p) => !p[key])) return undefined;
    const out = new Float64Array(parts.reduce((n, p) => n + p[key]!.length, 0));
    let offset = 0;
    for (const p of parts) {
      out.set(p[key]!, offset);
      offset += p[key]!.length;
    }
    return out;
  };
  const out: Predictions = {};
  for (const key of ["probability", "label", "value"] as const) {
    const joined = join(key);
    if (joined) out[key] = joined;
  }
  return out;
}

/** A batch must give exactly one prediction per row sent. */
export function expectCount(p: Predictions, rows: number, source: string): void {
  const n = predictionCount(p);
  if (n !== rows) {
    throw new RuntimeFailure(`${source}: ${n} predictions for ${rows} rows`, {
      hint: "the model must return exactly one prediction per input row, in input order",
    });
  }
}
