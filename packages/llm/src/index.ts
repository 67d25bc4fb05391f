export {
  type AgreementRecord,
  agreementRecordFile,
  measurementOf,
  readAgreementRecord,
  readJudgeAgreementRecord,
  withMeasurement,
  writeAgreementRecord,
} from "./agreement-record.ts";
export type { AssertionDefinition, GradingContext, GradingResult } from "./assertions/definition.ts";
export { gradeOutput } from "./assertions/grade-output.ts";
export type { Assertion, AssertionType } from "./assertions/registry.ts";
export {
  ASSERTION_DEFINITIONS,
  ASSERTION_TYPES,
  AssertionSchema,
  judgeCallsOf,
  runAssertion,
  sampleCallsOf,
} from "./assertions/registry.ts";
export { sha256Of } from "./canonical-json.ts";
export { DEFAULT_COMPLETION_TOKENS, defaultCompletionTokens } from "./completion-defaults.ts";
export type { PromptEvaluation } from "./eval-envelope.ts";
export { buildPromptEnvelope, envelopeVariant, type PromptIdentity } from "./eval-envelope.ts";
export { baseRef, fileAtRef, filesAtRef, verifyRef } from "./git-base.ts";
export { Judge, type JudgeSetup } from "./judge.ts";
export {
  JUDGE_PROMPT_NAMES,
  type JudgePromptName,
  type JudgePrompts,
  judgePromptDir,
  loadJudgePrompts,
} from "./judge-prompts.ts";
export { toJUnitXml } from "./junit.ts";
export {
  checkKeyDestinations,
  isForbiddenKeyVariable,
  KEY_HOSTS,
  type KeyPolicy,
} from "./key-destinations.ts";
export { combinePairwise, judgePairs, type PairwiseOutcome } from "./pairwise.ts";
export { pairedPassRate, wilsonInterval } from "./pass-rate.ts";
export type { ModelPrice, PriceTable, TokenUsage } from "./prices.ts";
export { costUsd, DEFAULT_PRICES, priceFor, providerPrice } from "./prices.ts";
export { budgetGates } from "./prompt-eval-checks.ts";
export type { PromptFile, PromptHashes, PromptSet } from "./prompt-file.ts";
export { loadPromptDir, loadPromptFile, parsePartial, parsePromptFile, partialName } from "./prompt-file.ts";
export type { LintFinding, PromptLock } from "./prompt-lock.ts";
export {
  buildPromptLock,
  lintPromptVersions,
  PROMPT_LOCK_FILE,
  readPromptLock,
  staleLockEntries,
  writePromptLock,
} from "./prompt-lock.ts";
export type { ChatMessage, ChatRequest, ToolCall, ToolDefinition } from "./prompt-render.ts";
export { modelOf, PromptRenderer } from "./prompt-render.ts";
export type { Completion, Provider } from "./provider.ts";
export { createProvider, providerEndpoint } from "./provider.ts";
export type { RedteamOutcome, RedteamVerdict } from "./redteam-stats.ts";
export type { CacheMode } from "./response-cache.ts";
export { Checkpoint, DEFAULT_CACHE_DIR, ResponseCache, requestKey } from "./response-cache.ts";
export { RunBudget } from "./run-budget.ts";
export type { CaseResult, Shard } from "./runner.ts";
export { caseRequest, inShard, type PromptUnderTest, runEval } from "./runner.ts";
export { readShardFile, type ShardFile, type ShardSuite } from "./shard-file.ts";
export { type LoadedSuite, loadSuite } from "./suite-loader.ts";
export type { ProviderConfig, Suite } from "./suite-schema.ts";
export { llmSchemas, SuiteSchema } from "./suite-schema.ts";
export { chatTokens, createTokenCounter, encodingForModel } from "./tokens.ts";
