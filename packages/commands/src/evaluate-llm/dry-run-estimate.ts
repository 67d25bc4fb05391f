import path from "node:path";
import type { Logger } from "@mlops/core";
import {
  budgetGates,
  caseRequest,
  chatTokens,
  createTokenCounter,
  defaultCompletionTokens,
  type JudgePrompts,
  judgeCallsOf,
  type LoadedSuite,
  modelOf,
  type PromptUnderTest,
  providerEndpoint,
  providerPrice,
  ResponseCache,
  requestKey,
  sampleCallsOf,
} from "@mlops/llm";

/** Where a call's completion-token count came from, most trustworthy first. */
type Basis = "maxTokens" | "cachedAnswer" | "cachedMean" | "modelDefault";

export interface DryRunEstimate {
  calls: number;
  promptTokens: number;
  /** Per call: max_tokens when set, else its cached answer, else the mean of the prompt's cached answers, else the model default. */
  completionTokens: number;
  /** How many calls took their completion tokens from each source. */
  completionBasis: Record<Basis, number>;
  /** Input and output at the model's price, the judge's calls included; null when a model has no price. */
  costUsd: number | null;
  /** The judge's calls for LLM-judged assertions (in `calls` too), by the usual count per assertion. */
  graderCalls: number;
  /** Their cost (in `costUsd` too); null when the judge has no price. */
  graderCostUsd: number | null;
  /** The red-team attacker's calls (in `calls` too): every turn of every goal, an upper bound. */
  attackerCalls: number;
  /** Their cost (in `costUsd` too); null when the attacker has no price. */
  attackerCostUsd: number | null;
  exactTokens: boolean;
  /** The suite budgets the estimate exceeds, each named with its suite and prompt. */
  overBudget: string[];
}

export interface EstimateInput {
  loaded: LoadedSuite;
  prompts: PromptUnderTest[];
}

/** The calls of a model besides those under test (the judge, the attacker): in every total, and apart. */
interface CallShare {
  calls: number;
  promptTokens: number;
  completionTokens: number;
  cost: number | null;
}

interface PromptTotals {
  cost: number | null;
  tokens: number;
  cases: number;
}

/** Unknown (null) stays unknown: a cost without a price is not 0. */
const plus = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);

const number = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/**
 * Calls, tokens and cost of a run without calling any model, and each suite's cost and token budgets
 * checked against the head prompts' estimate (the sides the run's budget checks look at). Cached answers
 * are read even when the run will not use the cache: their lengths are the best guess of the next ones.
 */
export async function estimateRun(
  suites: readonly EstimateInput[],
  io: {
    env: NodeJS.ProcessEnv;
    logger: Logger;
    cacheDir: string;
    cwd: string;
    /** The judge and attacker prompts, read once for the run. */
    judgePrompts: () => Promise<JudgePrompts>;
  },
): Promise<DryRunEstimate> {
  const { logger } = io;
  const cache = new ResponseCache(io.cacheDir, "use");
  const basis: Record<Basis, number> = { maxTokens: 0, cachedAnswer: 0, cachedMean: 0, modelDefault: 0 };
  const defaults = new Map<string, string>();
  const overBudget: string[] = [];
  let calls = 0;
  let promptTokens = 0;
  let completionTokens = 0;
  let cost: number | null = 0;
  let exact = true;
  let graderCalls = 0;
  let graderCost: number | null = 0;
  let attackerCalls = 0;
  let attackerCost: number | null = 0;
  for (const { loaded, prompts } of suites) {
    const { repeat, providers } = loaded.suite;
    const heads = new Map<string, PromptTotals>();
    const whole: PromptTotals = { cost: 0, tokens: 0, cases: loaded.cases.length };
    for (const provider of providers) {
      const counter = await createTokenCounter(provider.model, io.env);
      if (counter.fallback) logger.warn(`${provider.model}: ${counter.fallback}`);
      exact &&= counter.exact;
      const price = providerPrice(provider);
      const { endpoint } = providerEndpoint(provider, io.env);
      const configured =
        number(provider.config?.max_tokens) ?? number(provider.config?.max_completion_tokens);
      try {
        for (const put of prompts) {
          const model = provider.model || modelOf(put.prompt) || "";
          const known: { input: number; output?: number; basis?: Basis }[] = [];
          for (const c of loaded.cases) {
            const request = await caseRequest(put, c, model);
            const input = chatTokens(counter, request.messages);
            const bound = configured ?? request.max_tokens;
            // Samples (self-consistency) send the case's request again; their answers are not looked up.
            const samples = sampleCallsOf(c.assert);
            for (let s = 0; s < samples * repeat; s++)
              known.push(bound === undefined ? { input } : { input, output: bound, basis: "maxTokens" });
            // An attacker's goal costs up to one call per turn, each about the goal's length.
            const turns = c.redteam?.iterative?.turns ?? 1;
            for (let r = 0; r < repeat * turns; r++) {
              if (bound !== undefined) {
                known.push({ input, output: bound, basis: "maxTokens" });
                continue;
              }
              const answer = await cache.get(requestKey(endpoint, request, r));
              known.push(
                answer ? { input, output: answer.usage.completionTokens, basis: "cachedAnswer" } : { input },
              );
            }
          }
          const answered = known.filter((k) => k.basis === "cachedAnswer");
          const mean =
            answered.length > 0
              ? Math.round(answered.reduce((n, k) => n + k.output!, 0) / answered.length)
              : undefined;
          const fallback = defaultCompletionTokens(model);
          let tokens = 0;
          let spent = 0;
          for (const call of known) {
            const b: Basis = call.basis ?? (mean === undefined ? "modelDefault" : "cachedMean");
            const output = call.output ?? mean ?? fallback.tokens;
            if (b === "modelDefault") defaults.set(model, `${fallback.tokens} for ${fallback.family}`);
            basis[b]++;
            tokens += call.input + output;
            spent += price ? (call.input * price.input + output * price.output) / 1e6 : 0;
            promptTokens += call.input;
            completionTokens += output;
          }
          calls += known.length;
          cost = cost === null || !price ? null : cost + spent;
          whole.cost = whole.cost === null || !price ? null : whole.cost + spent;
          whole.tokens += tokens;
          if (put.side === "head") {
            const totals = heads.get(put.prompt.id) ?? { cost: 0, tokens: 0, cases: 0 };
            totals.cost = totals.cost === null || !price ? null : totals.cost + spent;
            totals.tokens += tokens;
            totals.cases += loaded.cases.length;
            heads.set(put.prompt.id, totals);
          }
        }
      } finally {
        counter.free();
      }
    }
    // Both from the mean answer of the calls under test, before either adds its own.
    const answerTokens = completionTokens / Math.max(1, calls);
    const judged = await estimateJudge(loaded, prompts.length * providers.length, answerTokens, {
      // Pairwise judging: every case of a head version that has a base, in both orders.
      comparedCalls: prompts.filter((p) => p.side === "base").length * providers.length,
      judgePrompts: io.judgePrompts,
    });
    const attacked = await estimateAttacker(loaded, prompts.length, answerTokens, io.judgePrompts);
    for (const share of [judged, attacked]) {
      if (!share) continue;
      calls += share.calls;
      promptTokens += share.promptTokens;
      completionTokens += share.completionTokens;
      whole.tokens += share.promptTokens + share.completionTokens;
      cost = plus(cost, share.cost);
      whole.cost = plus(whole.cost, share.cost);
    }
    if (judged) {
      graderCalls += judged.calls;
      graderCost = plus(graderCost, judged.cost);
    }
    if (attacked) {
      attackerCalls += attacked.calls;
      attackerCost = plus(attackerCost, attacked.cost);
    }
    const file = path.relative(io.cwd, loaded.file);
    overBudget.push(...checkBudgets(loaded, heads, file, logger), ...checkCaps(loaded, whole, file, logger));
  }
  const sources = [
    basis.maxTokens > 0 ? `max_tokens on ${basis.maxTokens} calls` : "",
    basis.cachedAnswer > 0 ? `their cached answers on ${basis.cachedAnswer} calls` : "",
    basis.cachedMean > 0 ? `the mean of the prompt's cached answers on ${basis.cachedMean} calls` : "",
    basis.modelDefault > 0
      ? `an assumed ${[...defaults].map(([m, d]) => `${d} (${m})`).join(", ")} per call on ${basis.modelDefault} calls — set max_tokens for a bound`
      : "",
  ].filter(Boolean);
  logger.info(
    `dry run: ${calls} calls, ${promptTokens} prompt tokens${exact ? "" : " (estimated)"}, ` +
      `${completionTokens} completion tokens${sources.length > 0 ? ` (from ${sources.join("; ")})` : ""}, ` +
      `${cost === null ? "cost unknown (no price)" : `≈ $${cost.toFixed(4)}`}` +
      (graderCalls > 0
        ? `; of which the judge: ${graderCalls} calls, ${graderCost === null ? "cost unknown (no price)" : `≈ $${graderCost.toFixed(4)}`}`
        : "") +
      (attackerCalls > 0
        ? `; of which the red-team attacker: up to ${attackerCalls} calls, ${attackerCost === null ? "cost unknown (no price)" : `≈ $${attackerCost.toFixed(4)}`}`
        : ""),
  );
  return {
    calls,
    promptTokens,
    completionTokens,
    completionBasis: basis,
    costUsd: cost,
    graderCalls,
    graderCostUsd: graderCost,
    attackerCalls,
    attackerCostUsd: attackerCost,
    exactTokens: exact,
    overBudget,
  };
}

/**
 * The judge's calls: per case call (every prompt version and provider, every repeat), the usual count of
 * each judged assertion, each sending its judge prompt, the case's variables and an answer of the mean
 * length, and answering up to the judge prompt's maxOutputTokens; with `pairwise:`, two calls per case
 * call of a head version that has a base, each sending both answers.
 */
async function estimateJudge(
  loaded: LoadedSuite,
  callsPerCase: number,
  answerTokens: number,
  { comparedCalls, judgePrompts }: { comparedCalls: number; judgePrompts: () => Promise<JudgePrompts> },
): Promise<CallShare | undefined> {
  const { judge, repeat } = loaded.suite;
  if (!judge) return undefined;
  const prompts = await judgePrompts();
  const price = providerPrice(judge);
  const totals = { calls: 0, promptTokens: 0, completionTokens: 0 };
  for (const c of loaded.cases) {
    const varsChars = JSON.stringify(c.vars).length;
    for (const [name, n] of judgeCallsOf(c.assert, c.vars)) {
      const prompt = prompts.get(name)?.prompt;
      const times = n * callsPerCase * repeat;
      totals.calls += times;
      totals.promptTokens +=
        times * Math.ceil(((prompt?.template.length ?? 0) + varsChars) / 4 + answerTokens);
      totals.completionTokens += times * (number(prompt?.config.maxOutputTokens) ?? 300);
    }
    if (loaded.suite.pairwise && comparedCalls > 0) {
      const prompt = prompts.get("pairwise")?.prompt;
      const times = 2 * comparedCalls * repeat;
      totals.calls += times;
      totals.promptTokens +=
        times * Math.ceil(((prompt?.template.length ?? 0) + varsChars) / 4 + 2 * answerTokens);
      totals.completionTokens += times * (number(prompt?.config.maxOutputTokens) ?? 300);
    }
  }
  const promptTokens = Math.round(totals.promptTokens);
  return {
    ...totals,
    promptTokens,
    cost: price ? (promptTokens * price.input + totals.completionTokens * price.output) / 1e6 : null,
  };
}

/**
 * The red-team attacker's calls: one per turn of every goal (each prompt version and provider, every
 * repeat), an upper bound since a goal ends at its first success. Each sends the attacker prompt, the
 * goal, and the attempts and answers so far (half the turns on average, of the mean answer's length),
 * and answers up to the prompt's maxOutputTokens.
 */
async function estimateAttacker(
  loaded: LoadedSuite,
  promptsUnderTest: number,
  answerTokens: number,
  judgePrompts: () => Promise<JudgePrompts>,
): Promise<CallShare | undefined> {
  const attacker = loaded.suite.redteam?.attacker;
  if (!attacker) return undefined;
  const prompt = (await judgePrompts()).get("attacker")?.prompt;
  const price = providerPrice(attacker.provider);
  const answerCap = number(prompt?.config.maxOutputTokens) ?? 600;
  const perGoal = promptsUnderTest * loaded.suite.providers.length * loaded.suite.repeat * attacker.turns;
  const totals = { calls: 0, promptTokens: 0, completionTokens: 0 };
  for (const c of loaded.cases) {
    if (!c.redteam?.iterative) continue;
    const history = ((attacker.turns - 1) / 2) * (answerCap + answerTokens);
    totals.calls += perGoal;
    totals.promptTokens +=
      perGoal * Math.ceil(((prompt?.template.length ?? 0) + c.redteam.attack.text.length) / 4 + history);
    totals.completionTokens += perGoal * answerCap;
  }
  return {
    ...totals,
    cost: price ? (totals.promptTokens * price.input + totals.completionTokens * price.output) / 1e6 : null,
  };
}

/**
 * The caps a run stops at cover the whole suite (every prompt, base versions, every provider): an
 * estimate above one means a run that would end with calls skipped.
 */
function checkCaps(loaded: LoadedSuite, whole: PromptTotals, file: string, logger: Logger): string[] {
  const { total_usd, total_tokens } = loaded.suite.budgets;
  const over: string[] = [];
  const cap = (name: string, limit: number | undefined, estimate: number | null) => {
    if (limit === undefined || estimate === null || estimate <= limit) return;
    const message = `${file}: the whole suite's estimate ${Number(estimate.toPrecision(4))} exceeds ${name} of ${limit}: the run would stop there and skip the rest`;
    logger.warn(message);
    over.push(message);
  };
  cap("total_usd", total_usd, whole.cost);
  cap("total_tokens", total_tokens, whole.tokens);
  return over;
}

/** The suite's cost and token budgets against each head prompt's estimate; latency cannot be estimated. */
function checkBudgets(
  loaded: LoadedSuite,
  heads: Map<string, PromptTotals>,
  file: string,
  logger: Logger,
): string[] {
  const over: string[] = [];
  for (const [prompt, totals] of heads) {
    const estimates: Record<string, number | null> = {
      total_cost_usd: totals.cost,
      cost_per_case_usd: totals.cost === null || totals.cases === 0 ? null : totals.cost / totals.cases,
      total_tokens: totals.tokens,
    };
    for (const gate of budgetGates(loaded.suite.budgets)) {
      const estimate = estimates[gate.metric];
      if (estimate === undefined) {
        logger.info(`${file}: ${gate.id} is not estimated in a dry run`);
      } else if (estimate === null) {
        logger.warn(`${file}: ${prompt}: ${gate.id} not checked: a model has no price`);
      } else if (gate.max !== undefined && estimate > gate.max) {
        const message = `${file}: ${prompt}: estimate ${Number(estimate.toPrecision(4))} exceeds ${gate.id} (${gate.title}) of ${gate.max}`;
        logger.warn(message);
        over.push(message);
      }
    }
  }
  return over;
}
