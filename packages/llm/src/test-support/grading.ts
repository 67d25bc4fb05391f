/** Runs assertions as a suite would, for the assertion definitions' tests. */
import path from "node:path";
import type { GradingContext, GradingResult } from "../assertions/definition.ts";
import {
  ASSERTION_DEFINITIONS,
  type Assertion,
  AssertionSchema,
  runAssertion,
} from "../assertions/registry.ts";

// The definitions' tests check configs synchronously, as a suite does once its types' engines are loaded.
await Promise.all(ASSERTION_DEFINITIONS.map((d) => d.engine?.()));

/** A case's context: variables name and ref, 120 ms, 0.002 USD, 120 tokens; modules resolve from src/. */
export const gradingContext = (output: string, extra: Partial<GradingContext> = {}): GradingContext => ({
  output,
  vars: { name: "Acme", ref: "the cat sat on the mat" },
  latencyMs: 120,
  costUsd: 0.002,
  usage: { promptTokens: 100, completionTokens: 20, cachedTokens: 0, reasoningTokens: 0 },
  baseDir: path.join(import.meta.dirname, ".."),
  ...extra,
});

export const assertion = (config: Record<string, unknown>): Assertion => AssertionSchema.parse(config);

export const grade = (
  config: Record<string, unknown>,
  output: string,
  extra?: Partial<GradingContext>,
): Promise<GradingResult> => runAssertion(assertion(config), gradingContext(output, extra));

/** The problems a suite load would report for this assertion, as `path: message`. */
export function configProblems(config: Record<string, unknown>): string[] {
  const parsed = AssertionSchema.safeParse(config);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}
