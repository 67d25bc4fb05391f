import { ConfigError } from "@mlops/core";
import * as z from "zod";
import type { JudgePromptName } from "../judge-prompts.ts";
import { answerRelevancy } from "./answer-relevancy.ts";
import { cost, latency, length, tokens } from "./bounds.ts";
import { containsJson } from "./contains-json.ts";
import { contextPrecision, contextRelevance } from "./context-precision.ts";
import { contextRecall } from "./context-recall.ts";
import { custom } from "./custom.ts";
import type { AssertionDefinition, GradingContext, GradingResult } from "./definition.ts";
import { factuality } from "./factuality.ts";
import { faithfulness } from "./faithfulness.ts";
import { groundedness } from "./groundedness.ts";
import { hallucination } from "./hallucination.ts";
import { isJson, jsonSchema } from "./json.ts";
import { llmRubric } from "./llm-rubric.ts";
import { regex } from "./regex.ts";
import { retrieval } from "./retrieval.ts";
import { selfConsistency } from "./self-consistency.ts";
import { levenshtein, rougeLAssertion } from "./similarity.ts";
import {
  contains,
  containsAll,
  containsAny,
  equals,
  icontains,
  icontainsAll,
  icontainsAny,
  startsWith,
} from "./text-match.ts";

/**
 * Every assertion type a suite may use. The suite schema is built from this list: adding a type is its
 * definition module, its test, and one entry here.
 */
export const ASSERTION_DEFINITIONS = [
  equals,
  contains,
  icontains,
  containsAny,
  icontainsAny,
  containsAll,
  icontainsAll,
  startsWith,
  regex,
  isJson,
  jsonSchema,
  containsJson,
  length,
  levenshtein,
  rougeLAssertion,
  latency,
  cost,
  tokens,
  groundedness,
  retrieval,
  custom,
  faithfulness,
  selfConsistency,
  hallucination,
  factuality,
  contextPrecision,
  contextRecall,
  contextRelevance,
  answerRelevancy,
  llmRubric,
] as const;

export type AssertionType = (typeof ASSERTION_DEFINITIONS)[number]["type"];

export const ASSERTION_TYPES: readonly AssertionType[] = ASSERTION_DEFINITIONS.map((d) => d.type);

/** The types the suite's judge grades. */
export const JUDGED_TYPES: readonly string[] = ASSERTION_DEFINITIONS.filter(
  (d: AssertionDefinition) => d.judged,
).map((d) => d.type);

const DEFINITIONS = new Map<string, AssertionDefinition>(ASSERTION_DEFINITIONS.map((d) => [d.type, d]));

const Weight = z
  .number()
  .min(0)
  .default(1)
  .describe("Weight in the test's score; 0 reports without deciding");

/** One branch of the union: the definition's keys plus `type` (and `not-<type>`) and `weight`. */
function assertionSchema(definition: AssertionDefinition) {
  const types = definition.negatable ? [definition.type, `not-${definition.type}`] : [definition.type];
  return z
    .object({ type: z.enum(types), ...definition.config.shape, weight: Weight })
    .strict()
    .describe(definition.description + (definition.negatable ? `; not-${definition.type} inverts it` : ""))
    .superRefine((config, ctx) =>
      definition.check?.(config, (key, message) => ctx.addIssue({ code: "custom", path: [key], message })),
    );
}

const [first, ...rest] = ASSERTION_DEFINITIONS.map((d) => assertionSchema(d as AssertionDefinition));

/** An assertion in a suite, checked against its type's own keys when the suite loads. */
export const AssertionSchema = z.discriminatedUnion("type", [first!, ...rest]).meta({ id: "Assertion" });

export type Assertion = { type: string; weight: number } & Record<string, unknown>;

/**
 * Loads the engines of the assertion types named anywhere in `data` (a suite, a dataset's `assert`
 * values) before it is validated, so a run loads only those its suites use.
 */
export async function loadAssertionEngines(data: unknown): Promise<void> {
  const types = new Set<string>();
  const pending = [data];
  for (let value = pending.pop(); value !== undefined; value = pending.pop()) {
    if (typeof value !== "object" || value === null) continue;
    const type = (value as { type?: unknown }).type;
    if (typeof type === "string") types.add(type.replace(/^not-/, ""));
    for (const inner of Object.values(value)) pending.push(inner);
  }
  await Promise.all([...types].map((type) => DEFINITIONS.get(type)?.engine?.()));
}

/** The judge calls grading one case with these assertions takes, by judge prompt (for a dry run). */
export function judgeCallsOf(
  assertions: readonly Assertion[],
  vars: Record<string, unknown>,
): Map<JudgePromptName, number> {
  const calls = new Map<JudgePromptName, number>();
  for (const a of assertions) {
    for (const [prompt, n] of DEFINITIONS.get(a.type)?.judgeCalls?.(a, vars) ?? [])
      calls.set(prompt, (calls.get(prompt) ?? 0) + n);
  }
  return calls;
}

/** The further calls to the provider under test grading one case with these assertions takes at most. */
export function sampleCallsOf(assertions: readonly Assertion[]): number {
  return assertions.reduce((n, a) => n + (DEFINITIONS.get(a.type)?.sampleCalls?.(a) ?? 0), 0);
}

export async function runAssertion(assertion: Assertion, ctx: GradingContext): Promise<GradingResult> {
  const negated = assertion.type.startsWith("not-");
  const type = negated ? assertion.type.slice("not-".length) : assertion.type;
  const definition = DEFINITIONS.get(type);
  if (!definition) {
    throw new ConfigError(`unknown assertion type "${assertion.type}"`, {
      hint: `known types: ${ASSERTION_TYPES.join(", ")}`,
    });
  }
  await definition.engine?.();
  const r = await definition.grade(assertion, ctx);
  if (!negated) return { ...r, assertion: assertion.type, weight: assertion.weight };
  return {
    pass: !r.pass,
    score: 1 - r.score,
    reason: `not: ${r.reason}`,
    assertion: assertion.type,
    weight: assertion.weight,
  };
}
