import { sha256Of } from "./canonical-json.ts";
import { costUsd, type ModelPrice } from "./prices.ts";
import type { ChatRequest } from "./prompt-render.ts";
import type { Provider } from "./provider.ts";
import { requestKey } from "./response-cache.ts";
import { CallSkipped, type CallStore, storedCall } from "./stored-call.ts";

/**
 * Further answers to a case's request from the provider under test, at a sampling temperature: what
 * self-consistency compares the case's answer with. Each sample is a call like the case's own (cache,
 * checkpoint journal, budget) under a key of its own — the sampled request's key and the sample's index —
 * so a rerun draws none again and a killed run resumes where it stopped.
 */

export interface SampleUse {
  /** Samples drawn, from the cache or the journal included. */
  calls: number;
  /** undefined when the model has no price: the cost is unknown, not 0. */
  costUsd: number | undefined;
}

export class CaseSamples {
  readonly use: SampleUse = { calls: 0, costUsd: 0 };
  readonly #target: { provider: Provider; price?: ModelPrice };
  readonly #request: ChatRequest;
  readonly #repeat: number;
  readonly #store: CallStore;

  constructor(
    target: { provider: Provider; price?: ModelPrice },
    request: ChatRequest,
    repeat: number,
    store: CallStore,
  ) {
    this.#target = target;
    this.#request = request;
    this.#repeat = repeat;
    this.#store = store;
  }

  /** Samples 0 … count-1 of the request at this temperature, in order. */
  draw(count: number, temperature: number): Promise<string[]> {
    return Promise.all(Array.from({ length: count }, (_, index) => this.#sample(index, temperature)));
  }

  async #sample(index: number, temperature: number): Promise<string> {
    const { provider, price } = this.#target;
    const request = { ...this.#request, temperature };
    const key = sha256Of({ request: requestKey(provider.endpoint, request, this.#repeat), sample: index });
    const answer = await storedCall(key, request, price, this.#store, () => provider.complete(request));
    if ("skipped" in answer) throw new CallSkipped("sample call", answer.skipped);
    this.use.calls++;
    this.use.costUsd =
      this.use.costUsd === undefined || !price
        ? undefined
        : this.use.costUsd + costUsd(answer.completion.usage, price);
    return answer.completion.content;
  }
}
