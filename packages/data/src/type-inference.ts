import type { DataContract } from "./contract.ts";
import { coercerFor, type DataType, INVALID } from "./data-types.ts";
import type { ResolvedType } from "./table-scan.ts";

/** Columns without a declared type get the narrowest type that reads every present value of these rows. */
export const INFERENCE_ROWS = 1000;

const ORDER: DataType[] = ["integer", "number", "boolean", "date", "datetime"];

export function inferType(samples: readonly unknown[], nullValues: ReadonlySet<string>): ResolvedType {
  const present = samples.filter(
    (v) => v !== null && v !== undefined && !(typeof v === "string" && nullValues.has(v)),
  );
  if (present.length === 0) return { type: "string" };
  if (present.every((v) => typeof v === "boolean")) return { type: "boolean" };
  for (const type of ORDER) {
    // 0/1 columns read as integers (a label), not booleans.
    const coerce = coercerFor(type, nullValues);
    if (present.every((v) => coerce(v) !== INVALID)) return { type };
  }
  return { type: "string" };
}

/** Whether some column has neither a given nor a declared type, so rows must be held back to infer it. */
export function needsInference(
  header: readonly string[],
  contract: DataContract,
  given: ReadonlyMap<string, ResolvedType> | undefined,
): boolean {
  return header.some((name) => !given?.has(name) && !contract.columns[name]?.type);
}

/**
 * Each column's type: the given one (the reference takes the data's), else the contract's, else the
 * narrowest that reads every present value of `rows`.
 */
export function resolveTypes(
  header: readonly string[],
  contract: DataContract,
  given: ReadonlyMap<string, ResolvedType> | undefined,
  rows: readonly { values: readonly unknown[] }[],
  nullValues: ReadonlySet<string>,
): Map<string, ResolvedType> {
  const types = new Map<string, ResolvedType>();
  header.forEach((name, i) => {
    const known = given?.get(name);
    const spec = contract.columns[name];
    if (known) types.set(name, known);
    else if (spec?.type)
      types.set(name, { type: spec.type, ...(spec.pattern ? { pattern: spec.pattern } : {}) });
    else
      types.set(
        name,
        inferType(
          rows.map((r) => r.values[i]),
          nullValues,
        ),
      );
  });
  return types;
}
