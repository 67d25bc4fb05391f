/** A judge against the OpenAI-compatible emulator, with a run's cache, journal and budget in a temp dir. */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach } from "vitest";
import {
  type ChatRequest as EmulatedRequest,
  messageText,
  type OpenAIEmulator,
  type ScriptedReply,
  startOpenAIEmulator,
} from "../../../../test/emulators/openai-api.ts";
import type { GradingContext, GradingResult } from "../assertions/definition.ts";
import { runAssertion } from "../assertions/registry.ts";
import { Judge, type JudgeSetup } from "../judge.ts";
import { loadJudgePrompts } from "../judge-prompts.ts";
import type { ModelPrice } from "../prices.ts";
import { createProvider } from "../provider.ts";
import { Checkpoint, ResponseCache } from "../response-cache.ts";
import { RunBudget } from "../run-budget.ts";
import type { CallStore } from "../stored-call.ts";
import { JudgeSchema } from "../suite-schema.ts";
import { assertion, gradingContext } from "./grading.ts";

export const JUDGE_PRICE: ModelPrice = { input: 1, output: 2 };

/** Starts one emulator for the test file; each test starts with no rules. */
export function useJudgeEmulator(): { readonly emu: OpenAIEmulator } {
  const holder = {} as { emu: OpenAIEmulator };
  beforeAll(async () => {
    holder.emu = await startOpenAIEmulator();
  });
  afterAll(() => holder.emu.close());
  beforeEach(() => holder.emu.reset());
  return holder;
}

export interface JudgeOptions {
  price?: ModelPrice | null;
  embeddingModel?: string;
  cacheDir?: string;
  config?: Record<string, unknown>;
}

export async function judgeSetup(emu: OpenAIEmulator, options: JudgeOptions = {}): Promise<JudgeSetup> {
  const config = JudgeSchema.parse({
    type: "openai-compatible",
    model: "judge-model",
    base_url: emu.url,
    max_retries: 6,
    ...options.config,
  });
  return {
    provider: await createProvider(config, { env: {}, retryBaseMs: 1 }),
    ...(options.price === null ? {} : { price: options.price ?? JUDGE_PRICE }),
    ...(options.embeddingModel ? { embeddingModel: options.embeddingModel } : {}),
    prompts: await loadJudgePrompts(),
  };
}

/** A run's cache and checkpoint journal in a directory, with no budget limits. */
export const testStore = (dir: string): CallStore => ({
  cache: new ResponseCache(dir, "use"),
  checkpoint: new Checkpoint(path.join(dir, "journal.jsonl")),
  budget: new RunBudget({}),
  now: () => new Date(0),
});

export async function testJudge(emu: OpenAIEmulator, options: JudgeOptions = {}): Promise<Judge> {
  const dir = options.cacheDir ?? (await mkdtemp(path.join(tmpdir(), "judge-")));
  return new Judge(await judgeSetup(emu, options), testStore(dir));
}

/** Grades one assertion config with a judge, as a suite's case would. */
export async function gradeJudged(
  judge: Judge,
  config: Record<string, unknown>,
  output: string,
  vars: Record<string, unknown>,
): Promise<GradingResult> {
  const ctx: GradingContext = { ...gradingContext(output), vars, judge };
  return runAssertion(assertion(config), ctx);
}

/** The text of a request's last user message: where a judge prompt puts its inputs. */
export const userText = (request: EmulatedRequest) =>
  messageText(
    [...request.messages].reverse().find((m) => m.role === "user") ?? { role: "user", content: "" },
  );

/** Scripts the judge's answer to one judge prompt, recognised by a phrase of its system message. */
export function scriptJudge(
  emu: OpenAIEmulator,
  phrase: string,
  reply: (request: EmulatedRequest) => unknown,
  times?: number,
): void {
  emu.script({
    match: { role: "system", contains: phrase },
    reply: (request): ScriptedReply => {
      const answer = reply(request);
      return typeof answer === "string" ? { content: answer } : { content: JSON.stringify(answer) };
    },
    ...(times === undefined ? {} : { times }),
  });
}

/** Phrases of the judge prompts' system messages. */
export const PROMPT = {
  claims: "You split a text into atomic factual claims",
  verdicts: "You check claims against a context",
  contradiction: "You decide whether an answer contradicts a context item",
  factuality: "You compare a submitted answer with an expert answer",
  rubric: "You grade an output against a rubric",
  precision: "You decide whether a retrieved text chunk was useful",
  questions: "You read an answer and write the questions it answers",
} as const;
