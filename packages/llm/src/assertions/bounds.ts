import * as z from "zod";
import { defineAssertion, type GradingContext, verdict } from "./definition.ts";

/** Assertions that bound a number measured on the output or the call: its length, latency, cost, tokens. */

const BoundConfig = z
  .object({
    max: z.number().optional().describe("Largest value that passes"),
    min: z.number().optional().describe("Smallest value that passes"),
    threshold: z.number().optional().describe("Same as max"),
    value: z.number().optional().describe("Same as max"),
  })
  .strict();
type Bound = z.output<typeof BoundConfig>;

const MAX_ALIASES = ["max", "threshold", "value"] as const;

/**
 * A measure returns the number to bound, or why there is none, which fails the assertion: a bound never
 * passes on a missing measurement.
 */
function boundAssertion<const Type extends string>(
  type: Type,
  description: string,
  unit: string,
  negatable: boolean,
  measure: (ctx: GradingContext) => number | { missing: string },
) {
  return defineAssertion({
    type,
    description: `${description} is within min and max`,
    negatable,
    config: BoundConfig,
    check: (bound: Bound, problem) => {
      const given = MAX_ALIASES.filter((k) => bound[k] !== undefined);
      if (given.length === 0 && bound.min === undefined) problem("max", "expected max, min or both");
      if (given.length > 1) problem(given[1]!, `give only one of ${given.join(" and ")}: they all mean max`);
      const max = given[0] && bound[given[0]];
      if (max !== undefined && bound.min !== undefined && bound.min > max) {
        problem("min", `min must not exceed max ${max}, or no value can pass`);
      }
    },
    grade: (bound: Bound, ctx) => {
      const observed = measure(ctx);
      if (typeof observed !== "number") return verdict(false, observed.missing);
      const max = bound.max ?? bound.threshold ?? bound.value;
      const { min } = bound;
      const ok = (max === undefined || observed <= max) && (min === undefined || observed >= min);
      const range = [min !== undefined ? `≥ ${min}` : "", max !== undefined ? `≤ ${max}` : ""]
        .filter(Boolean)
        .join(" and ");
      return verdict(ok, `${type} ${observed}${unit} ${ok ? "is" : "is not"} ${range}${unit}`);
    },
  });
}

export const length = boundAssertion(
  "length",
  "The output's length in characters",
  " characters",
  true,
  (ctx) => [...ctx.output].length,
);

export const latency = boundAssertion("latency", "The call's latency in ms", " ms", false, (ctx) =>
  Math.round(ctx.latencyMs),
);

export const cost = boundAssertion("cost", "The call's cost in USD", " USD", false, (ctx) =>
  ctx.costUsd === undefined
    ? { missing: "no price for this model: set prices in the suite to check cost" }
    : Number(ctx.costUsd.toPrecision(4)),
);

export const tokens = boundAssertion(
  "tokens",
  "The call's prompt and completion tokens",
  "",
  false,
  (ctx) => ctx.usage.promptTokens + ctx.usage.completionTokens,
);
