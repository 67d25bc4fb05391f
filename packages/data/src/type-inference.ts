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
