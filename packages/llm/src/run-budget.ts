import { defaultCompletionTokens } from "./completion-defaults.ts";
import { costUsd, type ModelPrice, type TokenUsage } from "./prices.ts";
import type { ChatRequest } from "./prompt-render.ts";

/**
 * A suite's `total_usd` and `total_tokens` as caps on the run, not only gates on its result: a call is
 * started only while what was spent, plus what is in flight, plus this call's estimate stays within
 * both. Once one would be exceeded no further call starts (calls in flight finish), so a run with a huge
 * `repeat` cannot keep paying. A call to a model without a price counts against the token cap only.
 */

export interface BudgetLimits {
  usd?: number;
  tokens?: number;
}

/** What a call costs or is expected to cost; `usd` is undefined without a price. */
export interface CallCost {
  usd?: number;
  tokens: number;
}

const shown = (x: number) => Number(x.toPrecision(3));

export class RunBudget {
  readonly #limits: BudgetLimits;
  #spent = { usd: 0, tokens: 0 };
  #held = { usd: 0, tokens: 0 };
  #completionTokens = 0;
  #answers = 0;
  #stopped: string | undefined;

  constructor(limits: BudgetLimits) {
    this.#limits = limits;
  }

  /** Why the run stopped starting calls, once it has: `budget: total_usd of 0.01 …`. */
  get stopped(): string | undefined {
    return this.#stopped;
  }

  /**
   * A call's expected cost before it is sent: the request's characters ÷ 4 for its input, and for its
   * answer max_tokens when set, else the mean of the answers so far, else the model's usual length.
   */
  estimate(request: ChatRequest, price: ModelPrice | undefined): CallCost {
    const promptTokens = Math.ceil(JSON.stringify(request.messages).length / 4);
    const completionTokens =
      request.max_tokens ??
      (this.#answers > 0
        ? Math.ceil(this.#completionTokens / this.#answers)
        : defaultCompletionTokens(request.model).tokens);
    return costOf({ promptTokens, completionTokens, cachedTokens: 0, reasoningTokens: 0 }, price);
  }

  /** Holds the estimate while the call is in flight; false, and stopped for good, when it would not fit. */
  admit(estimate: CallCost): boolean {
    if (this.#stopped) return false;
    this.#stopped = this.#exceeded(estimate);
    if (this.#stopped) return false;
    this.#held.usd += estimate.usd ?? 0;
    this.#held.tokens += estimate.tokens;
    return true;
  }

  /** A call admitted with `estimate` is over: its hold is released and what it cost is spent. */
  settle(estimate: CallCost, usage: TokenUsage | undefined, price: ModelPrice | undefined): void {
    this.#held.usd -= estimate.usd ?? 0;
    this.#held.tokens -= estimate.tokens;
    if (usage) this.spend(usage, price);
  }

  /** An answer that counts without a call now (from the cache or the journal) or one just received. */
  spend(usage: TokenUsage, price: ModelPrice | undefined): void {
    const cost = costOf(usage, price);
    this.#spent.usd += cost.usd ?? 0;
    this.#spent.tokens += cost.tokens;
    this.#completionTokens += usage.completionTokens;
    this.#answers++;
  }

  #exceeded(next: CallCost): string | undefined {
    const { usd, tokens } = this.#limits;
    if (usd !== undefined && next.usd !== undefined) {
      const total = this.#spent.usd + this.#held.usd + next.usd;
      if (total > usd)
        return `budget: total_usd of ${usd} reached ($${shown(this.#spent.usd)} spent, $${shown(this.#held.usd)} in flight, the next call ≈ $${shown(next.usd)})`;
    }
    if (tokens !== undefined) {
      const total = this.#spent.tokens + this.#held.tokens + next.tokens;
      if (total > tokens)
        return `budget: total_tokens of ${tokens} reached (${this.#spent.tokens} spent, ${this.#held.tokens} in flight, the next call ≈ ${next.tokens})`;
    }
    return undefined;
  }
}

function costOf(usage: TokenUsage, price: ModelPrice | undefined): CallCost {
  return {
    usd: price ? costUsd(usage, price) : undefined,
    tokens: usage.promptTokens + usage.completionTokens,
  };
}
