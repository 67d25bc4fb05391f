import { createProgress, formatError, type Logger, RuntimeFailure, redact } from "@mlops/core";
import type { GradingResult } from "./assertions/definition.ts";
import { gradeOutput } from "./assertions/grade-output.ts";
import { sha256Of } from "./canonical-json.ts";
import { CaseSamples, type SampleUse } from "./case-samples.ts";
import { Judge, type JudgeSetup } from "./judge.ts";
import { costUsd, type ModelPrice, type TokenUsage } from "./prices.ts";
import type { PromptFile } from "./prompt-file.ts";
import { type ChatRequest, modelOf, type PromptRenderer } from "./prompt-render.ts";
import type { Completion, Provider } from "./provider.ts";
import { type AttackerSetup, attackGoal } from "./redteam-attacker.ts";
import { attackRequest, type RedteamProbe } from "./redteam-cases.ts";
import type { RedteamVerdict } from "./redteam-stats.ts";
import { judgeProbe } from "./redteam-verdict.ts";
import { type Checkpoint, type ResponseCache, requestKey } from "./response-cache.ts";
import { type BudgetLimits, RunBudget } from "./run-budget.ts";
import { CallSkipped, storedCall } from "./stored-call.ts";
import type { EvalCase } from "./suite-loader.ts";

/**
 * The runner: every (prompt version × provider × case × repeat) through a bounded pool. A completed call
 * is stored as soon as it returns and before it is graded (checkpoint and cache), so nothing paid for is
 * lost, even to a kill in the middle of grading; a call or render that fails becomes a result with status
 * `error`, never a dropped case. Once the budget would be exceeded, no call starts and the work left
 * becomes results with status `skipped` and a reason starting with `budget:`.
 */

export type Side = "head" | "base";

export interface CaseResult {
  caseId: string;
  repeat: number;
  side: Side;
  promptId: string;
  promptVersion: string;
  provider: string;
  model: string;
  status: "pass" | "fail" | "error" | "skipped";
  critical: boolean;
  tags: string[];
  output?: string;
  error?: string;
  latencyMs?: number;
  usage?: TokenUsage;
  /**
   * undefined when the model has no price (neither in the table nor overridden in the suite). Includes
   * the further samples self-consistency drew (`samples`).
   */
  costUsd?: number;
  /** The further answers self-consistency drew from the provider under test, and their cost. */
  samples?: { calls: number; costUsd?: number };
  /** Served from the cache or the checkpoint: no call was made this run. */
  cached: boolean;
  attempts?: number;
  score?: number;
  reason?: string;
  grading?: GradingResult[];
  /** The judge's calls for this case's assertions, and their cost (undefined: the judge has no price). */
  grader?: { model: string; calls: number; costUsd?: number };
  /** The red-team attacker's calls for this goal, and their cost (undefined: the attacker has no price). */
  attacker?: { model: string; calls: number; costUsd?: number };
  /** A red-team probe's outcome, instead of assertions. */
  redteam?: RedteamVerdict;
}

export interface PromptUnderTest {
  prompt: PromptFile;
  side: Side;
  renderer: PromptRenderer;
}

export interface Shard {
  /** 1-based. */
  index: number;
  total: number;
}

/** Deterministic: a case lands in the same shard on every machine, whatever the order of the data. */
export function inShard(caseId: string, shard: Shard | undefined): boolean {
  if (!shard || shard.total <= 1) return true;
  return Number.parseInt(sha256Of(caseId).slice(0, 8), 16) % shard.total === shard.index - 1;
}

export interface RunInput {
  cases: readonly EvalCase[];
  prompts: readonly PromptUnderTest[];
  providers: readonly { provider: Provider; price?: ModelPrice }[];
  repeat: number;
  baseDir: string;
  shard?: Shard;
  /** Caps on what the whole run may spend (every prompt, side and provider, and the judge). */
  budget?: BudgetLimits;
  /** The suite's judge, for LLM-judged assertions: its calls share the cache, journal and budget. */
  judge?: JudgeSetup;
  /** The red team's attacker model, for iterative goals: a judge of its own on the run's cache, journal and budget. */
  attacker?: AttackerSetup;
}

export interface RunDeps {
  cache: ResponseCache;
  checkpoint: Checkpoint;
  logger: Logger;
  now?: () => Date;
  /** Progress stream (default stderr). */
  progressStream?: { write(s: string): unknown; isTTY?: boolean };
  /** Once aborted, no further call is started; calls in flight finish and are kept. */
  signal?: AbortSignal;
  /** The run's budget when calls after this run share it (pairwise judging); else one from `input.budget`. */
  budget?: RunBudget;
}

interface WorkItem {
  testCase: EvalCase;
  repeat: number;
  put: PromptUnderTest;
  provider: Provider;
  price?: ModelPrice;
}

/**
 * Runs every case of the shard against every prompt and provider. After `deps.signal` aborts, the
 * results of work never started are missing (holes in the array).
 */
export async function runEval(input: RunInput, deps: RunDeps): Promise<CaseResult[]> {
  if (!input.attacker && input.cases.some((c) => c.redteam?.iterative))
    throw new RuntimeFailure("the red team's iterative goals need the suite's attacker (redteam.attacker)");
  const items: WorkItem[] = [];
  for (const testCase of input.cases) {
    if (!inShard(testCase.id, input.shard)) continue;
    for (const put of input.prompts) {
      for (const { provider, price } of input.providers) {
        for (let repeat = 0; repeat < input.repeat; repeat++)
          items.push({ testCase, repeat, put, provider, price });
      }
    }
  }
  const results = new Array<CaseResult>(items.length);
  const progress = createProgress({ label: "eval", total: items.length, stream: deps.progressStream });
  const now = deps.now ?? (() => new Date());
  const budget = deps.budget ?? new RunBudget(input.budget ?? {});
  const judge = input.judge && new Judge(input.judge, { ...deps, budget, now });
  const attacker = input.attacker && new Judge(input.attacker, { ...deps, budget, now });
  let next = 0;
  const worker = async () => {
    while (next < items.length && !deps.signal?.aborted) {
      const index = next++;
      const item = items[index] as WorkItem;
      results[index] = budget.stopped
        ? { ...identity(item), status: "skipped", cached: false, reason: budget.stopped }
        : await runItem(item, input.baseDir, { ...deps, budget, judge, attacker }, now);
      progress.tick();
    }
  };
  // Providers admit requests themselves; the pool bounds how many are prepared at once: one rendered
  // request waits behind every slot, so a slot freed by an answer is refilled before that answer is
  // parsed and graded. Those waiting requests are prepared once the first ones are on the wire.
  const slots = input.providers.reduce((n, p) => n + p.provider.concurrency, 0);
  const first = Math.max(1, Math.min(items.length, slots));
  const ahead = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    const more = Math.max(0, Math.min(items.length, 2 * slots) - first);
    await Promise.all(Array.from({ length: more }, worker));
  };
  await Promise.all([...Array.from({ length: first }, worker), ahead()]);
  progress.done();
  return results;
}

/** The request a case sends: its prompt rendered, and shaped as its probe needs when it is one. */
export async function caseRequest(
  put: Pick<PromptUnderTest, "prompt" | "renderer">,
  testCase: EvalCase,
  model: string,
): Promise<ChatRequest> {
  const rendered = await put.renderer.render(put.prompt, testCase.vars, model);
  return testCase.redteam ? attackRequest(rendered, testCase.redteam) : rendered;
}

/** What a result says about the work it is for, whatever became of it. */
function identity({ testCase, repeat, put, provider }: WorkItem) {
  return {
    caseId: testCase.id,
    repeat,
    side: put.side,
    promptId: put.prompt.id,
    promptVersion: put.prompt.version,
    provider: provider.label,
    model: provider.model,
    critical: testCase.critical,
    tags: testCase.tags,
  };
}

async function runItem(
  item: WorkItem,
  baseDir: string,
  deps: RunDeps & { budget: RunBudget; judge?: Judge; attacker?: Judge },
  now: () => Date,
): Promise<CaseResult> {
  const { testCase, repeat, put, provider, price } = item;
  const base = identity(item);
  if (testCase.redteam?.iterative) return runGoal(item, testCase.redteam, deps, now);
  let completion: Completion;
  let request: ChatRequest;
  let cached = false;
  try {
    request = await caseRequest(put, testCase, provider.model || modelOf(put.prompt) || "");
    const answer = await storedCall(
      requestKey(provider.endpoint, request, repeat),
      request,
      price,
      { ...deps, now },
      () => provider.complete(request),
    );
    if ("skipped" in answer) return { ...base, status: "skipped", cached, reason: answer.skipped };
    ({ completion, cached } = answer);
  } catch (e) {
    const error = redact(formatError(e));
    const verdict = testCase.redteam && judgeProbe(testCase.redteam, { error }).verdict;
    return { ...base, status: "error", cached, error, ...(verdict ? { redteam: verdict } : {}) };
  }
  const cost = item.price ? costUsd(completion.usage, item.price) : undefined;
  const answered = {
    output: retainedOutput(completion.content),
    latencyMs: completion.latencyMs,
    usage: completion.usage,
    costUsd: cost,
    cached,
  };
  if (testCase.redteam) {
    const judged = judgeProbe(testCase.redteam, {
      text: completion.content,
      toolCalls: completion.toolCalls,
    });
    return {
      ...base,
      ...answered,
      status: judged.status,
      attempts: cached ? 0 : completion.attempts,
      reason: judged.reason,
      ...(judged.status === "error" ? { error: judged.reason } : {}),
      redteam: judged.verdict,
    };
  }
  const samples = new CaseSamples(item, request, repeat, { ...deps, now });
  try {
    const grading = await gradeOutput(
      testCase.assert,
      {
        output: completion.content,
        vars: testCase.vars,
        latencyMs: completion.latencyMs,
        costUsd: cost,
        usage: completion.usage,
        baseDir,
        judge: deps.judge,
        samples,
      },
      testCase.threshold,
    );
    const grader = deps.judge && graderUse(grading.components ?? [], deps.judge.model);
    return {
      ...base,
      ...answered,
      ...withSamples(cost, samples.use),
      status: grading.pass ? "pass" : "fail",
      attempts: cached ? 0 : completion.attempts,
      score: grading.score,
      reason: grading.reason,
      grading: grading.components,
      ...(grader ? { grader } : {}),
    };
  } catch (e) {
    if (e instanceof CallSkipped) return { ...base, status: "skipped", cached, reason: e.reason };
    return {
      ...base,
      ...answered,
      ...withSamples(cost, samples.use),
      status: "error",
      error: redact(`grading failed: ${formatError(e)}`),
    };
  }
}

/** The case's cost with the samples drawn for it, and their own line; nothing when none were drawn. */
function withSamples(cost: number | undefined, use: SampleUse): Pick<CaseResult, "costUsd" | "samples"> {
  if (use.calls === 0) return {};
  return {
    costUsd: cost === undefined || use.costUsd === undefined ? undefined : cost + use.costUsd,
    samples: { calls: use.calls, ...(use.costUsd === undefined ? {} : { costUsd: use.costUsd }) },
  };
}

/** An attacker's goal: every turn's answer adds to the result's tokens, latency and cost. */
async function runGoal(
  item: WorkItem,
  probe: RedteamProbe,
  deps: RunDeps & { budget: RunBudget; attacker?: Judge },
  now: () => Date,
): Promise<CaseResult> {
  const { testCase, repeat, put, provider, price } = item;
  const base = identity(item);
  const iterative = probe.iterative as NonNullable<RedteamProbe["iterative"]>;
  const model = provider.model || modelOf(put.prompt) || "";
  // runEval refuses iterative goals without an attacker.
  const run = await attackGoal({ ...probe, iterative }, testCase.vars, deps.attacker as Judge, {
    request: (vars) => caseRequest(put, { ...testCase, vars }, model),
    call: (request) =>
      storedCall(requestKey(provider.endpoint, request, repeat), request, price, { ...deps, now }, () =>
        provider.complete(request),
      ),
    stopped: () => deps.budget.stopped,
  });
  const { answers, outcome } = run;
  const last = answers.at(-1);
  const usage: TokenUsage = { promptTokens: 0, completionTokens: 0, cachedTokens: 0, reasoningTokens: 0 };
  for (const a of answers) for (const k of Object.keys(usage) as (keyof TokenUsage)[]) usage[k] += a.usage[k];
  const answered = last
    ? {
        output: retainedOutput(last.content),
        latencyMs: answers.reduce((n, a) => n + a.latencyMs, 0),
        usage,
        costUsd: price ? answers.reduce((n, a) => n + costUsd(a.usage, price), 0) : undefined,
        attempts: run.cached ? 0 : answers.reduce((n, a) => n + a.attempts, 0),
      }
    : {};
  return {
    ...base,
    ...answered,
    cached: run.cached && answers.length > 0,
    status: outcome.status,
    reason: outcome.reason,
    ...(outcome.status === "error" ? { error: outcome.reason } : {}),
    ...("verdict" in outcome ? { redteam: outcome.verdict } : {}),
    attacker: run.attacker,
  };
}

/** What the judge's calls for a case's assertions add up to; none when no assertion is judged. */
function graderUse(components: readonly GradingResult[], model: string): CaseResult["grader"] {
  const judged = components.flatMap((c) => (c.judge ? [c.judge] : []));
  if (judged.length === 0) return undefined;
  const unpriced = judged.some((j) => j.costUsd === undefined);
  return {
    model,
    calls: judged.reduce((n, j) => n + j.calls, 0),
    ...(unpriced ? {} : { costUsd: judged.reduce((n, j) => n + (j.costUsd ?? 0), 0) }),
  };
}

/**
 * How much of an answer a result keeps once it is graded: more than any report, comment or JUnit file
 * shows (they clip to 2,000 characters), so a run's memory grows with its cases, not with its answers'
 * length. The whole answer is on disk, in the checkpoint journal and the cache.
 */
export const RETAINED_OUTPUT_CHARS = 4000;

function retainedOutput(output: string): string {
  return output.length <= RETAINED_OUTPUT_CHARS
    ? output
    : `${output.slice(0, RETAINED_OUTPUT_CHARS)}… (${output.length - RETAINED_OUTPUT_CHARS} more characters in the checkpoint journal)`;
}
