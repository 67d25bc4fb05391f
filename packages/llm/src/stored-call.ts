import { RuntimeFailure } from "@mlops/core";
import type { ModelPrice } from "./prices.ts";
import type { ChatRequest } from "./prompt-render.ts";
import type { Completion } from "./provider.ts";
import type { Checkpoint, ResponseCache } from "./response-cache.ts";
import type { RunBudget } from "./run-budget.ts";

/**
 * One paid call the way a run makes every call, a case's or a judge's: answered from the checkpoint
 * journal or the cache when an earlier run made it, otherwise admitted by the run's budget, made, and
 * journaled and cached the moment it returns.
 */

export interface CallStore {
  cache: ResponseCache;
  checkpoint: Checkpoint;
  budget: RunBudget;
  now: () => Date;
}

export type StoredCall = { completion: Completion; cached: boolean } | { skipped: string };

export async function storedCall(
  key: string,
  /** What the budget estimates the call from. */
  request: ChatRequest,
  price: ModelPrice | undefined,
  store: CallStore,
  call: () => Promise<Completion>,
): Promise<StoredCall> {
  const { budget } = store;
  const stored = store.checkpoint.get(key) ?? (await store.cache.get(key));
  if (stored) {
    budget.spend(stored.usage, price);
    return { completion: stored, cached: true };
  }
  const estimate = budget.estimate(request, price);
  if (!budget.admit(estimate)) return { skipped: budget.stopped ?? "budget reached" };
  let answered: Completion | undefined;
  try {
    answered = await call();
  } finally {
    budget.settle(estimate, answered?.usage, price);
  }
  store.checkpoint.record(key, answered);
  await store.cache.set(key, answered, store.now());
  return { completion: answered, cached: false };
}

/**
 * The run's budget refused a call made while grading (a judge's, a sample's): the case is skipped like
 * a case call the budget refused.
 */
export class CallSkipped extends RuntimeFailure {
  readonly reason: string;

  constructor(what: string, reason: string) {
    super(`${what} not made: ${reason}`);
    this.reason = reason;
  }
}
