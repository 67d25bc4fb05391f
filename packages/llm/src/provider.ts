import { setTimeout as sleep } from "node:timers/promises";
import { ConfigError, RuntimeFailure, redact, registerSecret, retryAfterMs } from "@mlops/core";
import type { OpenAI } from "openai";
import { createPooledFetch, ON_RECEIVED } from "./http-fetch.ts";
import { expectJsonAnswers, notJsonAnswerIn } from "./json-answers.ts";
import type { TokenUsage } from "./prices.ts";
import type { ChatRequest, ToolCall } from "./prompt-render.ts";
import { RateLimiter } from "./rate-limiter.ts";
import { redactRecord } from "./redact-record.ts";
import { backoffMs } from "./retry.ts";
import type { ProviderConfig } from "./suite-schema.ts";

/**
 * A model behind OpenAI's chat completions API — OpenAI, Azure OpenAI, or any compatible base URL —
 * with its own admission (concurrency, RPM, TPM) and retries that honour Retry-After. The SDK's own
 * retries are off: ours share one pause across workers and count attempts for the report.
 */

export interface Completion {
  content: string;
  /** Function calls the model asked for, when the request offered tools: what agency detectors look at. */
  toolCalls?: ToolCall[];
  /** A refusal the API reports apart from the content (OpenAI's `message.refusal`). */
  refusal?: string;
  usage: TokenUsage;
  /** The successful attempt, request to last byte. */
  latencyMs: number;
  /** Streaming only: request to first content. */
  firstTokenMs?: number;
  finishReason: string;
  model: string;
  systemFingerprint?: string;
  attempts: number;
  /** The answer's tokens with their most likely alternatives, when the request asked for logprobs. */
  logprobs?: TokenLogprob[];
}

export interface TokenLogprob {
  token: string;
  logprob: number;
  top: Array<{ token: string; logprob: number }>;
}

export interface Provider {
  /** Label in reports. */
  label: string;
  model: string;
  concurrency: number;
  /** What identifies the endpoint in cache keys (never the key itself). */
  endpoint: string;
  complete(request: ChatRequest): Promise<Completion>;
  /**
   * Embeds texts with the endpoint's embeddings API. The vectors come back as the JSON of the
   * completion's content, so the cache and the checkpoint journal keep them like any answer.
   */
  embed(model: string, input: readonly string[]): Promise<Completion>;
}

export interface ProviderRuntime {
  env: NodeJS.ProcessEnv;
  /** First backoff step when the server gives no Retry-After (default 500 ms). */
  retryBaseMs?: number;
  onRetry?: (info: { attempt: number; waitMs: number; reason: string }) => void;
}

type CreateOptions = NonNullable<Parameters<OpenAI["chat"]["completions"]["create"]>[1]>;

const RETRYABLE_STATUS = new Set([408, 409, 429, 500, 502, 503, 504]);

/**
 * Where a provider's requests go, and what identifies that endpoint in cache keys (the dry run looks
 * answers up by the same key without creating a client).
 */
export function providerEndpoint(
  config: ProviderConfig,
  env: NodeJS.ProcessEnv,
): { url: string; endpoint: string } {
  if (config.type === "azure") {
    const url = config.azure_endpoint ?? config.base_url;
    if (!url) {
      throw new ConfigError("an azure provider needs azure_endpoint", {
        location: { file: "suite", path: "providers.azure_endpoint" },
        hint: "e.g. azure_endpoint: https://my-resource.openai.azure.com",
      });
    }
    return { url, endpoint: `azure:${url}/${config.model}` };
  }
  // Like the SDK, OPENAI_BASE_URL redirects a suite without base_url (a proxy, a local server).
  const url = config.base_url ?? env.OPENAI_BASE_URL ?? "https://api.openai.com/v1";
  return { url, endpoint: url };
}

export async function createProvider(config: ProviderConfig, runtime: ProviderRuntime): Promise<Provider> {
  const { default: OpenAIClient, AzureOpenAI, APIError } = await import("openai");
  const key = runtime.env[config.api_key_env];
  if (key) registerSecret(key);
  if (!key && config.type !== "openai-compatible") {
    throw new ConfigError(`no API key: ${config.api_key_env} is not set`, {
      location: { file: "environment", path: config.api_key_env },
      hint: `set ${config.api_key_env} (in Actions: env: ${config.api_key_env}: \${{ secrets.${config.api_key_env} }}), or point api_key_env at the variable that holds it`,
    });
  }
  const common = {
    apiKey: key || "none",
    maxRetries: 0,
    timeout: config.timeout_ms,
    fetch: expectJsonAnswers(createPooledFetch(config.concurrency, runtime.env)),
  };
  const { url, endpoint } = providerEndpoint(config, runtime.env);
  const client: OpenAI =
    config.type === "azure"
      ? new AzureOpenAI({
          ...common,
          endpoint: url,
          deployment: config.model,
          apiVersion: config.api_version ?? "2024-10-21",
        })
      : new OpenAIClient({ ...common, baseURL: url });
  const limiter = new RateLimiter({ concurrency: config.concurrency, rpm: config.rpm, tpm: config.tpm });
  const baseMs = runtime.retryBaseMs ?? 500;

  /** `received` runs once the answer is in (see ON_RECEIVED): it frees the slot and stops the clock. */
  const attempt = async (
    request: ChatRequest,
    received: () => number,
  ): Promise<Omit<Completion, "attempts">> => {
    const started = performance.now();
    const body = { ...request, ...(config.config ?? {}) } as OpenAI.ChatCompletionCreateParamsNonStreaming;
    const options: CreateOptions = {
      fetchOptions: { [ON_RECEIVED]: received } as CreateOptions["fetchOptions"],
    };
    if (!config.stream) {
      const res = await client.chat.completions.create(body, options);
      const choice = res.choices[0];
      const calls = (choice?.message.tool_calls ?? []).map((call) =>
        call.type === "function"
          ? { name: call.function.name, arguments: call.function.arguments }
          : { name: call.custom.name, arguments: call.custom.input },
      );
      return {
        content: choice?.message.content ?? "",
        ...(calls.length > 0 ? { toolCalls: calls } : {}),
        ...(choice?.message.refusal ? { refusal: choice.message.refusal } : {}),
        usage: usageOf(res.usage),
        latencyMs: received() - started,
        finishReason: choice?.finish_reason ?? "unknown",
        model: res.model,
        systemFingerprint: res.system_fingerprint ?? undefined,
        ...(choice?.logprobs?.content ? { logprobs: choice.logprobs.content.map(logprobOf) } : {}),
      };
    }
    const stream = await client.chat.completions.create(
      { ...body, stream: true, stream_options: { include_usage: true } },
      options,
    );
    let content = "";
    let firstTokenMs: number | undefined;
    let finishReason = "unknown";
    let usage: OpenAI.CompletionUsage | undefined;
    let model = request.model;
    let fingerprint: string | undefined;
    // A streamed call arrives in fragments keyed by index: the name once, the arguments in pieces.
    const calls: ToolCall[] = [];
    for await (const chunk of stream) {
      model = chunk.model;
      fingerprint = chunk.system_fingerprint ?? fingerprint;
      const choice = chunk.choices[0];
      if (choice?.delta.content) {
        firstTokenMs ??= performance.now() - started;
        content += choice.delta.content;
      }
      for (const part of choice?.delta.tool_calls ?? []) {
        firstTokenMs ??= performance.now() - started;
        calls[part.index] ??= { name: "", arguments: "" };
        const call = calls[part.index] as ToolCall;
        call.name += part.function?.name ?? "";
        call.arguments += part.function?.arguments ?? "";
      }
      if (choice?.finish_reason) finishReason = choice.finish_reason;
      if (chunk.usage) usage = chunk.usage;
    }
    return {
      content,
      ...(calls.length > 0 ? { toolCalls: calls.filter(Boolean) } : {}),
      usage: usageOf(usage),
      latencyMs: received() - started,
      firstTokenMs,
      finishReason,
      model,
      systemFingerprint: fingerprint,
    };
  };

  const embedAttempt = async (model: string, input: readonly string[], received: () => number) => {
    const started = performance.now();
    const options: CreateOptions = {
      fetchOptions: { [ON_RECEIVED]: received } as CreateOptions["fetchOptions"],
    };
    const res = await client.embeddings.create({ model, input: [...input] }, options);
    const vectors = [...res.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
    return {
      content: JSON.stringify(vectors),
      usage: {
        promptTokens: res.usage.prompt_tokens,
        completionTokens: 0,
        cachedTokens: 0,
        reasoningTokens: 0,
      },
      latencyMs: received() - started,
      finishReason: "stop",
      model: res.model,
    };
  };

  /** One call with our retries: `estimate` is the tokens it holds against the provider's TPM. */
  const withRetries = async (
    estimate: number,
    attemptOnce: (received: () => number) => Promise<Omit<Completion, "attempts">>,
  ): Promise<Completion> => {
    for (let n = 0; ; n++) {
      const release = await limiter.acquire(estimate);
      let receivedAt: number | undefined;
      const received = () => {
        if (receivedAt === undefined) {
          receivedAt = performance.now();
          release();
        }
        return receivedAt;
      };
      try {
        const completion = await attemptOnce(received);
        // A model can echo a secret it was shown, and a server the key it was sent, in any field:
        // hide it before the answer is graded, cached or reported.
        return redactRecord({ ...completion, attempts: n + 1 });
      } catch (e) {
        const notJson = notJsonAnswerIn(e);
        const status = notJson?.status ?? (e instanceof APIError ? e.status : undefined);
        // A successful status with a body that is not JSON is most often a body cut short: worth a retry.
        const retryable =
          status === undefined || RETRYABLE_STATUS.has(status) || (notJson !== undefined && status < 300);
        const reason = notJson ? notJson.message : describe(e);
        if (!retryable || n >= config.max_retries) {
          throw new RuntimeFailure(
            `${config.id ?? config.model}: ${reason}${n > 0 ? ` (after ${n + 1} attempts)` : ""}`,
            {
              hint: notJson
                ? "is base_url the API's address (…/v1), not a web page or a sign-in proxy?"
                : hintFor(e, status),
              cause: e,
            },
          );
        }
        const told = e instanceof APIError ? retryAfterMs(e.headers) : undefined;
        const waitMs = told ?? backoffMs(n, baseMs);
        if (told !== undefined) limiter.pauseUntil(Date.now() + told);
        runtime.onRetry?.({ attempt: n + 1, waitMs, reason });
        release();
        await sleep(waitMs);
      } finally {
        release();
      }
    }
  };

  return {
    label: config.id ?? config.model,
    model: config.model,
    concurrency: config.concurrency,
    endpoint,
    complete(request) {
      const estimate = Math.ceil(JSON.stringify(request.messages).length / 4) + (request.max_tokens ?? 0);
      return withRetries(estimate, (received) => attempt(request, received));
    },
    embed(model, input) {
      const estimate = Math.ceil(input.reduce((n, t) => n + t.length, 0) / 4);
      return withRetries(estimate, (received) => embedAttempt(model, input, received));
    },
  };
}

function logprobOf(t: OpenAI.ChatCompletionTokenLogprob): TokenLogprob {
  return {
    token: t.token,
    logprob: t.logprob,
    top: t.top_logprobs.map((x) => ({ token: x.token, logprob: x.logprob })),
  };
}

function usageOf(u: OpenAI.CompletionUsage | undefined | null): TokenUsage {
  return {
    promptTokens: u?.prompt_tokens ?? 0,
    completionTokens: u?.completion_tokens ?? 0,
    cachedTokens: u?.prompt_tokens_details?.cached_tokens ?? 0,
    reasoningTokens: u?.completion_tokens_details?.reasoning_tokens ?? 0,
  };
}

function describe(e: unknown): string {
  const name = (e as Error).constructor?.name ?? "Error";
  const message = redact((e as Error).message ?? String(e));
  if (name === "APIConnectionTimeoutError") return "request timed out";
  if (name === "APIConnectionError") {
    // The SDK says only "Connection error."; the cause says which (ECONNREFUSED 127.0.0.1:9, ENOTFOUND …).
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.message ? redact(cause.message) : message;
    return `connection failed (${why})`;
  }
  return message;
}

function hintFor(e: unknown, status: number | undefined): string | undefined {
  const name = (e as Error).constructor?.name;
  if (name === "APIConnectionError" || name === "APIConnectionTimeoutError")
    return "check base_url (or the Azure endpoint) and that the server is reachable from here";
  if (status === 401 || status === 403) return "check the API key and that it may use this model";
  if (status === 404) return "check the model name (on Azure: the deployment) and base_url";
  if (status === 400) return "the server rejected the request: check the prompt's config for this model";
  if (status === 429) return "rate limited: lower concurrency, or set rpm/tpm on the provider";
  return undefined;
}
