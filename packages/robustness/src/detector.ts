import type { Xoshiro128 } from "@mlops/stats";
import * as z from "zod";
import type { Feature } from "./feature-spec.ts";

/** The options every detector takes (Giskard's defaults: 1000 rows, a 5% fail-rate threshold). */
export const detectorOptions = {
  sample: z.number().int().positive().default(1000).describe("Rows to perturb (all rows when fewer)"),
  seed: z.number().int().default(0).describe("Seed of the row sample and the perturbations"),
  threshold: z
    .number()
    .min(0)
    .max(1)
    .default(0.05)
    .describe("Largest acceptable share of perturbed rows whose outcome changes"),
  severity: z.enum(["fail", "warn"]).default("fail").describe("fail blocks, warn reports"),
};

export interface DetectorOptions {
  type: string;
  sample: number;
  seed: number;
  threshold: number;
  severity: "fail" | "warn";
}

/**
 * One perturbation: which features it may change, whether it changes every one of them in a row or one
 * chosen at random, and the new cell text. Returning undefined leaves the cell as it is.
 */
export interface DetectorDefinition<
  S extends z.ZodObject<{ type: z.ZodLiteral<string> }> = z.ZodObject<{ type: z.ZodLiteral<string> }>,
  O extends DetectorOptions = DetectorOptions,
> {
  type: O["type"];
  title: string;
  schema: S;
  appliesTo(feature: Feature): boolean;
  scope: "every" | "one";
  /**
   * Detectors about bad or unseen values (missing, out of range, unit slips, text variants) may leave the
   * declared range and the observed categories; the others stay inside them.
   */
  leavesRange: boolean;
  perturb(cell: string, feature: Feature, rng: Xoshiro128, options: O): string | undefined;
}

export function isNumeric(feature: Feature): boolean {
  return feature.kind === "integer" || feature.kind === "number";
}

/**
 * A number as the column holds it: whole for integer columns, and kept inside the declared range unless
 * the detector may leave it. An original value already outside the range widens it to itself, so that a
 * small perturbation never becomes a jump to the bound.
 */
export function numberCell(x: number, feature: Feature, original: number, leavesRange: boolean): string {
  let y = feature.kind === "integer" ? Math.round(x) : x;
  if (!leavesRange) {
    if (feature.min !== undefined) y = Math.max(Math.min(feature.min, original), y);
    if (feature.max !== undefined) y = Math.min(Math.max(feature.max, original), y);
  }
  // Six significant digits keep the text short without hiding a 1% change.
  return feature.kind === "integer" ? String(y) : String(Number(y.toPrecision(6)));
}

/** The cell as a number, or undefined when it is missing or not a number. */
export function numberOf(cell: string): number | undefined {
  if (cell.trim() === "") return undefined;
  const x = Number(cell);
  return Number.isFinite(x) ? x : undefined;
}
