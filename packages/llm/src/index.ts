export type { AssertionDefinition, GradingContext, GradingResult } from "./assertions/definition.ts";
export { gradeOutput } from "./assertions/grade-output.ts";
export type { Assertion, AssertionType } from "./assertions/registry.ts";
export {
  ASSERTION_DEFINITIONS,
  ASSERTION_TYPES,
  AssertionSchema,
  runAssertion,
} from "./assertions/registry.ts";
export type {
  DryRunEstimate,
  EvaluateLlmIO,
  EvaluateLlmOptions,
  EvaluateLlmResult,
} from "./eval-command.ts";
export { DEFAULT_SHARD_DIR, DEFAULT_SUITES, parseShard, runEvaluateLlm } from "./eval-command.ts";
export type { PromptEvaluation } from "./eval-envelope.ts";
export { buildPromptEnvelope } from "./eval-envelope.ts";
export { toJUnitXml } from "./junit.ts";
export type { MergeOptions, MergeResult } from "./merge-command.ts";
export { runMerge } from "./merge-command.ts";
export { pairedPassRate, wilsonInterval } from "./pass-rate.ts";
export type { ModelPrice, PriceTable, TokenUsage } from "./prices.ts";
export { costUsd, DEFAULT_PRICES, priceFor } from "./prices.ts";
export type { PromptFile, PromptHashes, PromptSet } from "./prompt-file.ts";
export { loadPromptDir, loadPromptFile, parsePromptFile } from "./prompt-file.ts";
export type { LintFinding, PromptLock } from "./prompt-lock.ts";
export {
  buildPromptLock,
  lintPromptVersions,
  PROMPT_LOCK_FILE,
  readPromptLock,
  staleLockEntries,
} from "./prompt-lock.ts";
export type { ChatMessage, ChatRequest } from "./prompt-render.ts";
export { PromptRenderer } from "./prompt-render.ts";
export type { Completion, Provider } from "./provider.ts";
export { createProvider } from "./provider.ts";
export type { CacheMode } from "./response-cache.ts";
export { DEFAULT_CACHE_DIR } from "./response-cache.ts";
export type { CaseResult, Shard } from "./runner.ts";
export { inShard } from "./runner.ts";
export type { Suite } from "./suite-schema.ts";
export { llmSchemas, SuiteSchema } from "./suite-schema.ts";
export { chatTokens, createTokenCounter, encodingForModel } from "./tokens.ts";
