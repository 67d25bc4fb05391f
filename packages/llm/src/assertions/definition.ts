import type * as z from "zod";
import type { CaseSamples } from "../case-samples.ts";
import type { Judge } from "../judge.ts";
import type { JudgePromptName } from "../judge-prompts.ts";
import type { TokenUsage } from "../prices.ts";

/**
 * What an assertion type is: its name, its own keys (a strict zod object, so a misspelt key fails when the
 * suite loads), the checks zod types cannot express, and its grade. Every type returns the same
 * `GradingResult`, so a test's verdict, the report and the JUnit file aggregate them mechanically.
 */

export interface GradingResult {
  pass: boolean;
  /** 0–1. */
  score: number;
  reason: string;
  /** The assertion's type (with `not-`), or "test" for a test's aggregate. */
  assertion: string;
  weight?: number;
  /**
   * false for a score without a threshold to decide on: reported, never deciding the test (like weight 0),
   * so a judged metric never passes by default.
   */
  gated?: boolean;
  /** The judge that produced the result: its decisive prompt, that prompt's version, its calls and cost. */
  judge?: { prompt: string; version: string; calls: number; costUsd?: number };
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
  /** The suite's judge, for the LLM-judged assertion types. */
  judge?: Judge;
  /** Further answers to the case's request from the provider under test (self-consistency). */
  samples?: CaseSamples;
}

export type Verdict = Pick<GradingResult, "pass" | "score" | "reason" | "gated" | "judge">;

/** Reports a problem with one key of the assertion; the loader locates it in the suite file. */
export type ReportProblem = (key: string, message: string) => void;

export interface AssertionDefinition<Type extends string = string, Config extends z.ZodObject = z.ZodObject> {
  type: Type;
  description: string;
  /**
   * Whether `not-<type>` exists. Measurements of the call (latency, cost, tokens) say the opposite with
   * min/max, and their inverse would pass when the measurement is missing.
   */
  negatable: boolean;
  /** Graded by the suite's judge: a suite that uses it needs `judge:`. */
  judged?: boolean;
  /** The type's own keys; `type` and `weight` are common to every assertion. */
  config: Config;
  /**
   * Loads what `check` and `grade` need that is too heavy to load with every run; awaited for the types
   * a suite names before it is checked, and before grading.
   */
  engine?(): Promise<void>;
  /**
   * The judge calls grading one case takes, by judge prompt: what a dry run counts. A count that
   * depends on the output (claims found) is the usual one.
   */
  judgeCalls?(config: z.output<Config>, vars: Record<string, unknown>): Array<[JudgePromptName, number]>;
  /** Further calls to the provider under test grading one case takes at most (samples): what a dry run counts. */
  sampleCalls?(config: z.output<Config>): number;
  /** Runs when the suite loads, after the keys have their types. */
  check?(config: z.output<Config>, problem: ReportProblem): void;
  grade(config: z.output<Config>, ctx: GradingContext): Verdict | Promise<Verdict>;
}

export function defineAssertion<const Type extends string, Config extends z.ZodObject>(
  definition: AssertionDefinition<Type, Config>,
): AssertionDefinition<Type, Config> {
  return definition;
}

export const verdict = (pass: boolean, reason: string, score = pass ? 1 : 0): Verdict => ({
  pass,
  score,
  reason,
});
