import { RuntimeFailure } from "@mlops/core";
import type * as z from "zod";
import type { GradingResult } from "./assertions/definition.ts";
import { sha256Of } from "./canonical-json.ts";
import type { JudgePromptName, JudgePrompts } from "./judge-prompts.ts";
import { costUsd, type ModelPrice } from "./prices.ts";
import { type ChatMessage, type ChatRequest, PromptRenderer } from "./prompt-render.ts";
import type { Completion, Provider } from "./provider.ts";
import { requestKey } from "./response-cache.ts";
import { CallSkipped, type CallStore, storedCall } from "./stored-call.ts";

/**
 * The suite's judge: a provider like any other, whose calls go through the run's cache, checkpoint
 * journal and budget. Every answer is parsed with the judge prompt's output schema; an answer that does
 * not fit is asked again once, with the problem appended to the conversation, and then fails the
 * assertion with an error — a judge that cannot answer never passes a case.
 */

export interface JudgeSetup {
  provider: Provider;
  price?: ModelPrice;
  /** The model of the judge endpoint's embeddings API (answer relevancy). */
  embeddingModel?: string;
  embeddingPrice?: ModelPrice;
  prompts: JudgePrompts;
}

/** What one graded assertion asked of the judge. */
export interface JudgeUse {
  calls: number;
  /** undefined once a call had no price: the cost is unknown, not 0. */
  costUsd: number | undefined;
}

export type JudgeRecord = NonNullable<GradingResult["judge"]>;

export interface AskOptions<T> {
  /** What the schema cannot say (one verdict per claim, a score on the scale), said back to the judge. */
  check?: (answer: T) => string | undefined;
  /** Request fields the prompt file does not set (logprobs). */
  extra?: Partial<ChatRequest>;
}

export class Judge {
  readonly #setup: JudgeSetup;
  readonly #store: CallStore;
  readonly #renderer = new PromptRenderer();

  constructor(setup: JudgeSetup, store: CallStore) {
    this.#setup = setup;
    this.#store = store;
  }

  get model(): string {
    return this.#setup.provider.model;
  }

  /** A tally for one assertion's calls, reported in its result. */
  session(decisive: JudgePromptName): JudgeSession {
    return new JudgeSession(this, decisive);
  }

  version(name: JudgePromptName): string {
    return this.#prompt(name).prompt.version;
  }

  #prompt(name: JudgePromptName) {
    const found = this.#setup.prompts.get(name);
    if (!found) throw new RuntimeFailure(`the judge prompt judges/${name} is not loaded`);
    return found;
  }

  /** The judge's validated answer; a problem `check` finds goes back to the judge like a schema error. */
  async ask<T>(
    name: JudgePromptName,
    vars: Record<string, unknown>,
    use: JudgeUse,
    options: AskOptions<T> = {},
  ): Promise<{ answer: T; completion: Completion }> {
    const { prompt, answer: schema } = this.#prompt(name);
    const { provider } = this.#setup;
    const first = { ...(await this.#renderer.render(prompt, vars, provider.model)), ...options.extra };
    let request = first;
    for (let attempt = 1; ; attempt++) {
      const completion = await this.#call(request, use);
      const problem = answerProblem<T>(completion.content, schema, options.check);
      if (problem.answer !== undefined) return { answer: problem.answer, completion };
      if (attempt === 2) {
        throw new RuntimeFailure(
          `${provider.model}'s answer to judges/${name} is not valid after a retry: ${problem.error}`,
          {
            hint: "a judge or attacker model must answer JSON matching the prompt's output schema; try a stronger model",
          },
        );
      }
      const retry: ChatMessage[] = [
        { role: "assistant", content: completion.content },
        {
          role: "user",
          content: `Your answer is not valid: ${problem.error}\nAnswer again with JSON only, matching the required schema.`,
        },
      ];
      request = { ...first, messages: [...first.messages, ...retry] };
    }
  }

  /** One vector per text, from the judge endpoint's embeddings API. */
  async embed(texts: readonly string[], use: JudgeUse): Promise<number[][]> {
    const { provider, embeddingModel, embeddingPrice } = this.#setup;
    if (!embeddingModel) {
      throw new RuntimeFailure("the judge has no embedding_model", {
        hint: "set judge.embedding_model in the suite (e.g. text-embedding-3-small)",
      });
    }
    const key = sha256Of({ endpoint: provider.endpoint, embeddings: embeddingModel, input: texts });
    // What the budget estimates the call from: its input, and no answer tokens.
    const estimate: ChatRequest = {
      model: embeddingModel,
      messages: [{ role: "user", content: texts.join("\n") }],
      max_tokens: 0,
    };
    const completion = await this.#stored(key, estimate, embeddingPrice, use, () =>
      provider.embed(embeddingModel, texts),
    );
    return JSON.parse(completion.content) as number[][];
  }

  #call(request: ChatRequest, use: JudgeUse): Promise<Completion> {
    const { provider, price } = this.#setup;
    return this.#stored(requestKey(provider.endpoint, request, 0), request, price, use, () =>
      provider.complete(request),
    );
  }

  async #stored(
    key: string,
    request: ChatRequest,
    price: ModelPrice | undefined,
    use: JudgeUse,
    call: () => Promise<Completion>,
  ): Promise<Completion> {
    const answer = await storedCall(key, request, price, this.#store, call);
    if ("skipped" in answer) throw new CallSkipped("judge call", answer.skipped);
    use.calls++;
    use.costUsd =
      use.costUsd === undefined || !price ? undefined : use.costUsd + costUsd(answer.completion.usage, price);
    return answer.completion;
  }
}

/** The calls of one assertion, and the record of them its result carries. */
export class JudgeSession {
  readonly use: JudgeUse = { calls: 0, costUsd: 0 };
  readonly #judge: Judge;
  readonly #decisive: JudgePromptName;

  constructor(judge: Judge, decisive: JudgePromptName) {
    this.#judge = judge;
    this.#decisive = decisive;
  }

  async ask<T>(name: JudgePromptName, vars: Record<string, unknown>, options?: AskOptions<T>): Promise<T> {
    return (await this.askWithCompletion<T>(name, vars, options)).answer;
  }

  /** The answer and the completion it came in, for what only the completion has (logprobs). */
  askWithCompletion<T>(name: JudgePromptName, vars: Record<string, unknown>, options?: AskOptions<T>) {
    return this.#judge.ask<T>(name, vars, this.use, options);
  }

  embed(texts: readonly string[]): Promise<number[][]> {
    return this.#judge.embed(texts, this.use);
  }

  record(): JudgeRecord {
    return {
      prompt: `judges/${this.#decisive}`,
      version: this.#judge.version(this.#decisive),
      calls: this.use.calls,
      ...(this.use.costUsd === undefined ? {} : { costUsd: this.use.costUsd }),
    };
  }
}

/** A judge's text as its answer, or what is wrong with it in words the judge can act on. */
function answerProblem<T>(
  content: string,
  schema: z.ZodType,
  check: ((answer: T) => string | undefined) | undefined,
): { answer: T; error?: undefined } | { answer?: undefined; error: string } {
  // Models often fence JSON in Markdown even when told not to.
  const text = content.trim().replace(/^```(?:json)?\s*([\s\S]*?)\s*```$/, "$1");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: `it is not JSON (it starts "${text.slice(0, 60)}")` };
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    return { error: issues.join("; ") };
  }
  const problem = check?.(parsed.data as T);
  return problem ? { error: problem } : { answer: parsed.data as T };
}
