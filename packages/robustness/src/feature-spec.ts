/**
 * What the detectors know about each column the model sees: its kind, whether it may be changed, the
 * declared range and allowed values (from the data contract when there is one), the observed values
 * with their counts and the spread of its numbers.
 */

export type FeatureKind = "integer" | "number" | "category" | "fixed";

export interface Feature {
  name: string;
  /** `fixed`: a date or other value no detector changes. */
  kind: FeatureKind;
  immutable: boolean;
  min?: number;
  max?: number;
  /** Observed non-missing values with their counts, most frequent first (allowed ones only, when declared). */
  values: [string, number][];
  /** Standard deviation of the observed numbers; 0 for categories. */
  sd: number;
  /** The smallest and largest observed numbers (numeric features with a value). */
  observed?: { low: number; high: number };
}

/** What a data contract declares about a column. */
export interface ColumnHints {
  type?: string;
  min?: number;
  max?: number;
  allowed?: readonly string[];
}

export function isMissing(cell: string): boolean {
  return cell.trim() === "";
}

/**
 * Features from the observed column values: the contract's type when it declares one, otherwise
 * integer when every value is a whole number, number when every value is a finite number, else a category.
 */
export function featureSpec(
  columns: readonly { name: string; values: readonly string[] }[],
  options: { immutable: ReadonlySet<string>; hints?: Readonly<Record<string, ColumnHints>> },
): Feature[] {
  return columns.map(({ name, values }) => {
    const hints = options.hints?.[name] ?? {};
    const present = values.filter((v) => !isMissing(v));
    const kind = hints.type ? kindOfType(hints.type) : inferKind(present);
    const counts = new Map<string, number>();
    for (const v of present) {
      if (hints.allowed && !hints.allowed.includes(v)) continue;
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const feature: Feature = {
      name,
      kind,
      immutable: options.immutable.has(name),
      values: [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
      sd: kind === "integer" || kind === "number" ? standardDeviation(present.map(Number)) : 0,
    };
    if (kind === "integer" || kind === "number") {
      const numbers = present.map(Number).filter(Number.isFinite);
      if (numbers.length > 0) {
        feature.observed = {
          low: numbers.reduce((a, b) => Math.min(a, b)),
          high: numbers.reduce((a, b) => Math.max(a, b)),
        };
      }
    }
    if (hints.min !== undefined) feature.min = hints.min;
    if (hints.max !== undefined) feature.max = hints.max;
    return feature;
  });
}

function kindOfType(type: string): FeatureKind {
  if (type === "integer" || type === "number") return type;
  if (type === "string" || type === "boolean") return "category";
  return "fixed";
}

function inferKind(present: readonly string[]): FeatureKind {
  if (present.length === 0) return "category";
  const numbers = present.map(Number);
  if (!numbers.every(Number.isFinite)) return "category";
  return numbers.every(Number.isInteger) ? "integer" : "number";
}

function standardDeviation(xs: readonly number[]): number {
  const finite = xs.filter(Number.isFinite);
  if (finite.length < 2) return 0;
  const mean = finite.reduce((a, b) => a + b, 0) / finite.length;
  return Math.sqrt(finite.reduce((a, x) => a + (x - mean) ** 2, 0) / (finite.length - 1));
}
