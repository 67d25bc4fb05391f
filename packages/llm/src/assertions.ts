import path from "node:path";
import { pathToFileURL } from "node:url";
import { ConfigError } from "@mlops/core";
import { Ajv } from "ajv";
import { distance } from "fastest-levenshtein";
import * as z from "zod";
import type { TokenUsage } from "./prices.ts";
import { rougeL } from "./rouge.ts";

/**
 * Deterministic assertions. Every assertion, whatever it checks, returns one `GradingResult`, so a test's
 * verdict, the report and the JUnit file aggregate them mechanically. Graders that call a model (a later
 * addition) register in `ASSERTIONS` like any other: they receive the same context and return the same shape.
 */

export interface GradingResult {
  pass: boolean;
  /** 0–1. */
  score: number;
  reason: string;
  /** The assertion's type (with `not-`), or "test" for a test's aggregate. */
  assertion: string;
  weight?: number;
  components?: GradingResult[];
}

export interface GradingContext {
  output: string;
  vars: Record<string, unknown>;
  latencyMs: number;
  costUsd: number | undefined;
  usage: TokenUsage;
  /** Directory of the suite file: custom grader modules resolve from here. */
  baseDir: string;
}

export const ASSERTION_TYPES = [
  "equals",
  "contains",
  "icontains",
  "contains-any",
  "icontains-any",
  "contains-all",
  "icontains-all",
  "starts-with",
  "regex",
  "is-json",
  "json-schema",
  "length",
  "levenshtein",
  "rouge-l",
  "latency",
  "cost",
  "tokens",
  "custom",
] as const;
export type AssertionType = (typeof ASSERTION_TYPES)[number];

const baseType = (type: string) => type.replace(/^not-/, "");

export const AssertionSchema = z
  .object({
    type: z.string().refine((t) => (ASSERTION_TYPES as readonly string[]).includes(baseType(t)), {
      message: `Unknown assertion type (known: ${ASSERTION_TYPES.join(", ")}, each also as not-<type>)`,
    }),
    value: z
      .union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.record(z.string(), z.unknown())])
      .optional()
      .describe("What to compare with; strings may use {{variables}} of the case"),
    threshold: z
      .number()
      .optional()
      .describe("Minimum score (similarity) or maximum value (latency, cost, tokens)"),
    min: z.number().optional(),
    max: z.number().optional(),
    flags: z.string().optional().describe("regex flags, e.g. i"),
    weight: z.number().min(0).default(1).describe("Weight in the test's score; 0 reports without deciding"),
    module: z.string().optional().describe("custom: path of an ES module, relative to the suite file"),
    export: z.string().optional().describe("custom: export name (default: the default export)"),
  })
  .strict();
export type Assertion = z.output<typeof AssertionSchema>;

type Handler = (
  a: Assertion,
  ctx: GradingContext,
) => Promise<Omit<GradingResult, "assertion">> | Omit<GradingResult, "assertion">;

const verdict = (pass: boolean, reason: string, score = pass ? 1 : 0) => ({ pass, score, reason });

function text(value: Assertion["value"], ctx: GradingContext, type: string): string {
  if (typeof value === "string") return substitute(value, ctx.vars);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new ConfigError(`assertion "${type}" needs a text value`, {
    location: { file: "suite", path: "value" },
  });
}

function list(value: Assertion["value"], ctx: GradingContext, type: string): string[] {
  if (Array.isArray(value)) return value.map((v) => substitute(v, ctx.vars));
  return [text(value, ctx, type)];
}

/** `{{name}}` in an assertion value is the case's variable; unknown names stay as written. */
export function substitute(template: string, vars: Record<string, unknown>): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => {
    const v = name
      .split(".")
      .reduce<unknown>(
        (o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined),
        vars,
      );
    return v === undefined ? whole : typeof v === "string" ? v : JSON.stringify(v);
  });
}

const ajv = new Ajv({ allErrors: true, strict: false });

function parseJson(output: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(output) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

function schemaCheck(output: string, schema: unknown): Omit<GradingResult, "assertion"> {
  const parsed = parseJson(output);
  if (!parsed.ok) return verdict(false, `output is not JSON: ${parsed.error}`);
  if (schema === undefined) return verdict(true, "output is JSON");
  const validate = ajv.compile(schema as object);
  if (validate(parsed.value)) return verdict(true, "output matches the JSON Schema");
  return verdict(false, `output does not match the JSON Schema: ${ajv.errorsText(validate.errors)}`);
}

function bound(name: string, observed: number, a: Assertion, unit: string): Omit<GradingResult, "assertion"> {
  const max = a.max ?? a.threshold ?? (typeof a.value === "number" ? a.value : undefined);
  const min = a.min;
  if (max === undefined && min === undefined) {
    throw new ConfigError(`assertion "${name}" needs max (or threshold) or min`, {
      location: { file: "suite", path: "max" },
    });
  }
  const ok = (max === undefined || observed <= max) && (min === undefined || observed >= min);
  const range = [min !== undefined ? `≥ ${min}` : "", max !== undefined ? `≤ ${max}` : ""]
    .filter(Boolean)
    .join(" and ");
  return verdict(ok, `${name} ${observed}${unit} ${ok ? "is" : "is not"} ${range}${unit}`);
}

function similarity(
  name: string,
  score: number,
  a: Assertion,
  fallback: number,
): Omit<GradingResult, "assertion"> {
  const threshold = a.threshold ?? fallback;
  const pass = score >= threshold;
  return { pass, score, reason: `${name} ${score.toFixed(3)} ${pass ? "≥" : "<"} ${threshold}` };
}

export const ASSERTIONS: Record<AssertionType, Handler> = {
  equals: (a, ctx) => {
    const expected = text(a.value, ctx, "equals");
    return verdict(
      ctx.output === expected,
      ctx.output === expected
        ? "output equals the expected text"
        : `expected exactly ${JSON.stringify(expected)}`,
    );
  },
  contains: (a, ctx) => {
    const v = text(a.value, ctx, "contains");
    return verdict(
      ctx.output.includes(v),
      `output ${ctx.output.includes(v) ? "contains" : "does not contain"} ${JSON.stringify(v)}`,
    );
  },
  icontains: (a, ctx) => {
    const v = text(a.value, ctx, "icontains");
    const ok = ctx.output.toLowerCase().includes(v.toLowerCase());
    return verdict(ok, `output ${ok ? "contains" : "does not contain"} ${JSON.stringify(v)} (any case)`);
  },
  "contains-any": (a, ctx) => anyOf(list(a.value, ctx, "contains-any"), ctx.output, false),
  "icontains-any": (a, ctx) => anyOf(list(a.value, ctx, "icontains-any"), ctx.output, true),
  "contains-all": (a, ctx) => allOf(list(a.value, ctx, "contains-all"), ctx.output, false),
  "icontains-all": (a, ctx) => allOf(list(a.value, ctx, "icontains-all"), ctx.output, true),
  "starts-with": (a, ctx) => {
    const v = text(a.value, ctx, "starts-with");
    return verdict(
      ctx.output.startsWith(v),
      `output ${ctx.output.startsWith(v) ? "starts" : "does not start"} with ${JSON.stringify(v)}`,
    );
  },
  regex: (a, ctx) => {
    const pattern = text(a.value, ctx, "regex");
    let re: RegExp;
    try {
      re = new RegExp(pattern, a.flags);
    } catch (e) {
      throw new ConfigError(`invalid regex ${JSON.stringify(pattern)}: ${(e as Error).message}`, {
        location: { file: "suite", path: "value" },
      });
    }
    const ok = re.test(ctx.output);
    return verdict(ok, `output ${ok ? "matches" : "does not match"} /${pattern}/${a.flags ?? ""}`);
  },
  "is-json": (a, ctx) => schemaCheck(ctx.output, typeof a.value === "object" ? a.value : undefined),
  "json-schema": (a, ctx) => {
    if (!a.value || typeof a.value !== "object" || Array.isArray(a.value)) {
      throw new ConfigError('assertion "json-schema" needs a JSON Schema object as value', {
        location: { file: "suite", path: "value" },
      });
    }
    return schemaCheck(ctx.output, a.value);
  },
  length: (a, ctx) => bound("length", [...ctx.output].length, a, " characters"),
  levenshtein: (a, ctx) => {
    const reference = text(a.value, ctx, "levenshtein");
    const longest = Math.max(ctx.output.length, reference.length);
    const score = longest === 0 ? 1 : 1 - distance(ctx.output, reference) / longest;
    return similarity("Levenshtein similarity", score, a, 0.8);
  },
  "rouge-l": (a, ctx) => similarity("ROUGE-L F1", rougeL(ctx.output, text(a.value, ctx, "rouge-l")), a, 0.75),
  latency: (a, ctx) => bound("latency", Math.round(ctx.latencyMs), a, " ms"),
  cost: (a, ctx) =>
    ctx.costUsd === undefined
      ? verdict(false, "no price for this model: set prices in the suite to check cost")
      : bound("cost", Number(ctx.costUsd.toPrecision(4)), a, " USD"),
  tokens: (a, ctx) => bound("tokens", ctx.usage.promptTokens + ctx.usage.completionTokens, a, ""),
  custom: async (a, ctx) => {
    if (!a.module) {
      throw new ConfigError('assertion "custom" needs module: the path of a grader module', {
        location: { file: "suite", path: "module" },
      });
    }
    const mod = (await import(pathToFileURL(path.resolve(ctx.baseDir, a.module)).href)) as Record<
      string,
      unknown
    >;
    const fn = mod[a.export ?? "default"];
    if (typeof fn !== "function") {
      throw new ConfigError(`grader module ${a.module} has no function export "${a.export ?? "default"}"`, {
        location: { file: a.module },
      });
    }
    const out: unknown = await fn(ctx.output, { vars: ctx.vars, value: a.value, latencyMs: ctx.latencyMs });
    if (typeof out === "boolean") return verdict(out, `custom grader returned ${out}`);
    if (typeof out === "number") return similarity("custom score", out, a, 0.5);
    if (out && typeof out === "object" && "pass" in out) {
      const r = out as { pass: boolean; score?: number; reason?: string };
      return {
        pass: Boolean(r.pass),
        score: r.score ?? (r.pass ? 1 : 0),
        reason: r.reason ?? "custom grader",
      };
    }
    throw new ConfigError(
      `grader module ${a.module} returned ${typeof out}; return a boolean, a 0–1 score or { pass, score?, reason? }`,
      {
        location: { file: a.module },
      },
    );
  },
};

function anyOf(values: string[], output: string, ignoreCase: boolean) {
  const hay = ignoreCase ? output.toLowerCase() : output;
  const hit = values.find((v) => hay.includes(ignoreCase ? v.toLowerCase() : v));
  return verdict(
    hit !== undefined,
    hit !== undefined
      ? `output contains ${JSON.stringify(hit)}`
      : `output contains none of ${JSON.stringify(values)}`,
  );
}

function allOf(values: string[], output: string, ignoreCase: boolean) {
  const hay = ignoreCase ? output.toLowerCase() : output;
  const missing = values.filter((v) => !hay.includes(ignoreCase ? v.toLowerCase() : v));
  return verdict(
    missing.length === 0,
    missing.length === 0 ? "output contains all values" : `output lacks ${JSON.stringify(missing)}`,
    (values.length - missing.length) / Math.max(1, values.length),
  );
}

export async function runAssertion(a: Assertion, ctx: GradingContext): Promise<GradingResult> {
  const negated = a.type.startsWith("not-");
  const handler = ASSERTIONS[baseType(a.type) as AssertionType];
  const r = await handler(a, ctx);
  if (!negated) return { ...r, assertion: a.type, weight: a.weight };
  return {
    pass: !r.pass,
    score: 1 - r.score,
    reason: `not: ${r.reason}`,
    assertion: a.type,
    weight: a.weight,
  };
}

/**
 * A test's verdict: the weighted mean score of its assertions; with a threshold, pass when the score
 * reaches it, otherwise pass when every weighted assertion passes. Weight 0 reports without deciding.
 */
export async function gradeOutput(
  assertions: readonly Assertion[],
  ctx: GradingContext,
  threshold?: number,
): Promise<GradingResult> {
  const components: GradingResult[] = [];
  for (const a of assertions) components.push(await runAssertion(a, ctx));
  const weighted = components.filter((c) => (c.weight ?? 1) > 0);
  const totalWeight = weighted.reduce((n, c) => n + (c.weight ?? 1), 0);
  const score =
    totalWeight === 0 ? 1 : weighted.reduce((n, c) => n + c.score * (c.weight ?? 1), 0) / totalWeight;
  const pass = threshold !== undefined ? score >= threshold : weighted.every((c) => c.pass);
  const failed = weighted.filter((c) => !c.pass);
  const reason =
    components.length === 0
      ? "no assertions"
      : threshold !== undefined
        ? `score ${score.toFixed(3)} ${pass ? "≥" : "<"} threshold ${threshold}`
        : failed.length === 0
          ? `all ${weighted.length} assertions passed`
          : failed.map((c) => `${c.assertion}: ${c.reason}`).join("; ");
  return { pass, score, reason, assertion: "test", components };
}
