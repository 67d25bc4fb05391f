import { ConfigError, RuntimeFailure } from "@mlops/core";
import * as z from "zod";
import type { JudgeSession } from "../judge.ts";
import type { JudgePromptName } from "../judge-prompts.ts";
import type { GradingContext, Verdict } from "./definition.ts";
import { substitute } from "./template-value.ts";

/**
 * What the LLM-judged assertion types share: an optional threshold (without one the score is reported
 * and marked not gated, never a pass by default), where the case's context, reference and question come
 * from, and the cap on context chunks (truncation is said in the result, never silent).
 */

export const DEFAULT_MAX_CHUNKS = 50;

export const threshold = (direction: "at least" | "at most") =>
  z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe(
      `Passes when the score is ${direction} this; without it the score is reported, not gated (it never decides the test)`,
    );

/** The score of an output without claims (a refusal, "I don't know"), which has nothing to check. */
export const noClaimsScore = (note = "") =>
  z
    .number()
    .min(0)
    .max(1)
    .default(1)
    .describe(
      `Score of an output without claims (a refusal, "I don't know"); its reason says "no claims"${note}`,
    );

const source = (what: string, variable: string) => ({
  [what]: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .describe(`The ${what}: text, a list, or a case variable as "{{name}}" (default "{{${variable}}}")`),
  [`${what}_var`]: z.string().min(1).optional().describe(`Case variable holding the ${what}`),
});

export const contextKeys = {
  ...source("context", "context"),
  max_chunks: z
    .number()
    .int()
    .positive()
    .default(DEFAULT_MAX_CHUNKS)
    .describe("Context chunks judged at most; the rest are dropped, and the result says so"),
} as {
  context: z.ZodOptional<z.ZodUnion<[z.ZodString, z.ZodArray<z.ZodString>]>>;
  context_var: z.ZodOptional<z.ZodString>;
  max_chunks: z.ZodDefault<z.ZodNumber>;
};

export const referenceKeys = source("reference", "reference") as {
  reference: z.ZodOptional<z.ZodUnion<[z.ZodString, z.ZodArray<z.ZodString>]>>;
  reference_var: z.ZodOptional<z.ZodString>;
};

export const questionKeys = source("question", "question") as {
  question: z.ZodOptional<z.ZodUnion<[z.ZodString, z.ZodArray<z.ZodString>]>>;
  question_var: z.ZodOptional<z.ZodString>;
};

/** `"{{chunks}}"` alone names a variable whose value (a list) is used as is. */
const WHOLE_VARIABLE = /^\{\{\s*([\w.]+)\s*\}\}$/;

/** The value a source names, before it is made text: undefined when the case lacks it. */
function resolve(
  given: string | string[] | undefined,
  variable: string | undefined,
  fallback: string,
  vars: Record<string, unknown>,
): { value: unknown; from: string } {
  if (variable !== undefined) return { value: lookup(vars, variable), from: `var "${variable}"` };
  if (Array.isArray(given)) return { value: given.map((g) => substitute(g, vars)), from: "the assertion" };
  const template = given ?? `{{${fallback}}}`;
  const whole = WHOLE_VARIABLE.exec(template);
  if (whole) return { value: lookup(vars, whole[1] as string), from: `var "${whole[1]}"` };
  return { value: substitute(template, vars), from: "the assertion" };
}

function lookup(vars: Record<string, unknown>, name: string): unknown {
  return name
    .split(".")
    .reduce<unknown>(
      (o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined),
      vars,
    );
}

const asText = (v: unknown): string => (typeof v === "string" ? v : JSON.stringify(v));

export interface Chunks {
  chunks: string[];
  /** Said in the reason when the context was longer than `max_chunks`. */
  truncated?: string;
}

/** The case's context as chunks; a missing or empty context is an error for the case, not a score. */
export function contextOf(
  config: { context?: string | string[]; context_var?: string; max_chunks: number },
  vars: Record<string, unknown>,
): Chunks {
  const { value, from } = resolve(config.context, config.context_var, "context", vars);
  if (value === undefined) {
    throw new ConfigError(`the case has no context (${from})`, {
      hint: 'give the case the variable, or name it with context_var or context: "{{name}}"',
    });
  }
  const all = (Array.isArray(value) ? value : [value]).map(asText).filter((c) => c.trim() !== "");
  if (all.length === 0)
    throw new RuntimeFailure(`the context (${from}) is empty: there is nothing to judge against`);
  if (all.length <= config.max_chunks) return { chunks: all };
  return {
    chunks: all.slice(0, config.max_chunks),
    truncated: `context truncated: the first ${config.max_chunks} of ${all.length} chunks judged (max_chunks)`,
  };
}

/** How many chunks a case's context gives to judge (@K when set); 1 for a context that is not there yet. */
export function chunkCount(
  config: { context?: string | string[]; context_var?: string; max_chunks: number; k?: number },
  vars: Record<string, unknown>,
): number {
  try {
    const n = contextOf(config, vars).chunks.length;
    return config.k === undefined ? n : Math.min(n, config.k);
  } catch {
    return 1;
  }
}

/** A text the assertion needs from the case (the reference, the question); missing is an error. */
export function textOf(
  what: string,
  given: string | string[] | undefined,
  variable: string | undefined,
  vars: Record<string, unknown>,
): string {
  const { value, from } = resolve(given, variable, what, vars);
  const text = Array.isArray(value) ? value.map(asText).join("\n") : value === undefined ? "" : asText(value);
  if (text.trim() === "" || WHOLE_VARIABLE.test(text)) {
    throw new ConfigError(`the case has no ${what} (${from})`, {
      hint: `give the case the variable, or name it with ${what}_var or ${what}: "{{name}}"`,
    });
  }
  return text;
}

/** The question when the case has one: a claim extraction reads better with it, but works without. */
export function optionalTextOf(
  what: string,
  given: string | string[] | undefined,
  variable: string | undefined,
  vars: Record<string, unknown>,
): string {
  try {
    return textOf(what, given, variable, vars);
  } catch {
    return "";
  }
}

/** Context chunks as one text, numbered so a judge's reason can point at one. */
export const joinChunks = (chunks: readonly string[]) => chunks.map((c, i) => `[${i + 1}] ${c}`).join("\n\n");

/** The session of an assertion's judge calls; an assertion type used without a judge is a config error. */
export function judgeSession(ctx: GradingContext, type: string, decisive: JudgePromptName): JudgeSession {
  if (!ctx.judge) {
    throw new ConfigError(`the assertion type "${type}" needs a judge, and the suite has none`, {
      hint: "add judge: (a provider: type, model, base_url, …) to the suite",
    });
  }
  return ctx.judge.session(decisive);
}

/** A judged score as a verdict: gated by the threshold when there is one, otherwise reported only. */
export function judgedVerdict(
  session: JudgeSession,
  name: string,
  score: number,
  detail: readonly (string | undefined)[],
  limit: { threshold?: number; lowerIsBetter?: boolean },
): Verdict {
  const shown = score.toFixed(3);
  const notes = detail.filter(Boolean).join("; ");
  const judge = session.record();
  if (limit.threshold === undefined) {
    return {
      pass: true,
      gated: false,
      score,
      reason: `${name} ${shown} (not gated: no threshold); ${notes}`,
      judge,
    };
  }
  const pass = limit.lowerIsBetter ? score <= limit.threshold : score >= limit.threshold;
  const sign = limit.lowerIsBetter ? (pass ? "≤" : ">") : pass ? "≥" : "<";
  return { pass, score, reason: `${name} ${shown} ${sign} ${limit.threshold}; ${notes}`, judge };
}

/** A claim or chunk quoted in a reason, short enough to read. */
export const quoted = (text: string, max = 80) =>
  `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;
