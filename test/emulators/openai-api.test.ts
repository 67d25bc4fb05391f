/** The OpenAI emulator, exercised with the real `openai` SDK so the wire protocol is the one it speaks. */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import OpenAI, { AzureOpenAI } from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type OpenAIEmulator, openAIFault, startOpenAIEmulator } from "./openai-api.ts";

const KEY = "sk-emulator-test-key";
let emu: OpenAIEmulator;
let client: OpenAI;

beforeAll(async () => {
  emu = await startOpenAIEmulator({ apiKeys: [KEY] });
  client = new OpenAI({ apiKey: KEY, baseURL: emu.url, maxRetries: 0, timeout: 2_000 });
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

const ask = (content: string, extra: Partial<OpenAI.ChatCompletionCreateParamsNonStreaming> = {}) =>
  client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content }], ...extra });

describe("OpenAI emulator: judges' needs", () => {
  it("returns token logprobs when asked: scripted ones, else the reply's words, each certain", async () => {
    emu.script({
      match: { contains: "scripted" },
      reply: {
        content: "4",
        logprobs: [{ token: "4", logprob: -0.5, top: [{ token: "4", logprob: -0.5 }] }],
      },
    });
    const scripted = await ask("scripted", { logprobs: true, top_logprobs: 2 });
    expect(scripted.choices[0]?.logprobs?.content).toEqual([
      { token: "4", logprob: -0.5, bytes: [52], top_logprobs: [{ token: "4", logprob: -0.5, bytes: [52] }] },
    ]);
    const plain = await ask("score 12", { logprobs: true });
    expect(plain.choices[0]?.logprobs?.content?.map((t) => [t.token, t.logprob])).toEqual([
      ["Echo: score ", 0],
      ["12", 0],
    ]);
    expect((await ask("no logprobs")).choices[0]?.logprobs).toBeNull();
  });

  it("embeds texts as hashed bags of words: the same words give cosine 1, others little", async () => {
    const res = await client.embeddings.create({
      model: "text-embedding-3-small",
      input: ["the cat sat", "sat the cat", "quantum tax law"],
    });
    const [a, b, c] = res.data.map((d) => d.embedding);
    const dot = (x: number[], y: number[]) => x.reduce((n, v, i) => n + v * (y[i] as number), 0);
    expect(dot(a!, b!)).toBeCloseTo(1, 10);
    expect(dot(a!, c!)).toBeLessThan(0.5);
    expect(res.usage.prompt_tokens).toBeGreaterThan(0);
    expect(emu.embeddings).toBe(1);
  });
});

describe("OpenAI emulator: chat completions", () => {
  it("echoes the last user message with usage by default", async () => {
    const res = await ask("hello there");
    expect(res.choices[0]?.message.content).toBe("Echo: hello there");
    expect(res.choices[0]?.finish_reason).toBe("stop");
    expect(res.usage).toMatchObject({ prompt_tokens: 3, completion_tokens: 5, total_tokens: 8 });
    expect(emu.requests[0]?.body.model).toBe("gpt-4o-mini");
    expect(emu.completions).toBe(1);
  });

  it("answers with the first scripted rule that matches, counting its uses", async () => {
    emu.script({ match: { contains: "refund" }, reply: { content: "No refunds." }, times: 1 });
    emu.script({
      match: { model: "gpt-4o", regex: "^Hi" },
      reply: { content: "ok", promptTokens: 100, completionTokens: 7, cachedTokens: 40, reasoningTokens: 3 },
    });
    emu.script({ reply: (req) => ({ content: `model ${req.model}` }) });
    expect((await ask("I want a refund")).choices[0]?.message.content).toBe("No refunds.");
    expect((await ask("I want a refund")).choices[0]?.message.content).toBe("model gpt-4o-mini");
    const detailed = await ask("Hi", { model: "gpt-4o" });
    expect(detailed.usage?.prompt_tokens_details?.cached_tokens).toBe(40);
    expect(detailed.usage?.completion_tokens_details?.reasoning_tokens).toBe(3);
    expect(detailed.usage?.total_tokens).toBe(107);
  });

  it("streams chunks and, with include_usage, a final usage chunk", async () => {
    emu.script({ reply: { content: "a fairly long streamed answer that spans chunks" } });
    const stream = await client.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "stream please" }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = "";
    let usage: OpenAI.CompletionUsage | null | undefined;
    let chunks = 0;
    for await (const chunk of stream) {
      chunks++;
      text += chunk.choices[0]?.delta.content ?? "";
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toBe("a fairly long streamed answer that spans chunks");
    expect(chunks).toBeGreaterThan(3);
    expect(usage?.completion_tokens).toBe(12);

    const plain = await client.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "x" }],
      stream: true,
    });
    for await (const chunk of plain) expect(chunk.usage ?? undefined).toBeUndefined();
  });

  it("serves Azure deployments with the api-key header", async () => {
    const azure = new AzureOpenAI({
      apiKey: KEY,
      endpoint: emu.origin,
      deployment: "churn-gpt",
      apiVersion: "2024-10-21",
      maxRetries: 0,
    });
    const res = await azure.chat.completions.create({
      model: "",
      messages: [{ role: "user", content: "azure" }],
    });
    expect(res.choices[0]?.message.content).toBe("Echo: azure");
    expect(emu.requests[0]?.path).toBe("/openai/deployments/churn-gpt/chat/completions");
    expect(emu.requests[0]?.headerNames).toContain("api-key");
  });

  it("adds the configured latency and tracks requests in flight", async () => {
    emu.setLatency(60);
    const started = performance.now();
    await Promise.all([ask("a"), ask("b"), ask("c")]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    expect(emu.maxInFlight).toBe(3);
    emu.setLatency(0);
  });
});

describe("OpenAI emulator: errors and faults", () => {
  it("rejects a wrong key (401) and an invalid request (400) as OpenAI does", async () => {
    const wrong = new OpenAI({ apiKey: "sk-wrong", baseURL: emu.url, maxRetries: 0 });
    await expect(
      wrong.chat.completions.create({ model: "m", messages: [{ role: "user", content: "x" }] }),
    ).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
    await expect(client.chat.completions.create({ model: "m", messages: [] })).rejects.toBeInstanceOf(
      OpenAI.BadRequestError,
    );
  });

  it("answers 429 with Retry-After, then recovers", async () => {
    emu.faults.add(openAIFault(429, { retryAfter: "1", times: 1 }));
    const error = await ask("x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect((error as InstanceType<typeof OpenAI.RateLimitError>).headers.get("retry-after")).toBe("1");
    expect((await ask("x")).choices[0]?.message.content).toBe("Echo: x");
  });

  it("injects 5xx bursts, timeouts, dropped connections and malformed bodies", async () => {
    emu.faults.add(openAIFault(503, { times: 1 }));
    await expect(ask("x")).rejects.toBeInstanceOf(OpenAI.InternalServerError);

    emu.faults.add({ path: "/v1/chat/completions", delayMs: 500, times: 1 });
    await expect(ask("x", {}).then(() => "done")).resolves.toBe("done");
    const impatient = new OpenAI({ apiKey: KEY, baseURL: emu.url, maxRetries: 0, timeout: 100 });
    emu.faults.add({ path: "/v1/chat/completions", delayMs: 400, times: 1 });
    await expect(
      impatient.chat.completions.create({ model: "m", messages: [{ role: "user", content: "x" }] }),
    ).rejects.toBeInstanceOf(OpenAI.APIConnectionTimeoutError);

    emu.faults.add({ path: "/v1/chat/completions", drop: true, times: 1 });
    await expect(ask("x")).rejects.toBeInstanceOf(OpenAI.APIConnectionError);

    emu.faults.add({
      path: "/v1/chat/completions",
      status: 200,
      rawBody: '{"id": "chatcmpl-1", "choi',
      times: 1,
    });
    await expect(ask("x")).rejects.toThrow();
    expect((await ask("y")).choices[0]?.message.content).toBe("Echo: y");
  });
});

describe("OpenAI emulator: command line", () => {
  it("prints its URL and serves until killed", async () => {
    const child = spawn(process.execPath, ["test/emulators/openai-api.ts", "--port", "0", "--print-url"], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    try {
      const lines = createInterface({ input: child.stdout });
      const url = await new Promise<string>((resolve) => lines.once("line", resolve));
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
      const anyKey = new OpenAI({ apiKey: "k", baseURL: url, maxRetries: 0 });
      const res = await anyKey.chat.completions.create({
        model: "m",
        messages: [{ role: "user", content: "cli" }],
      });
      expect(res.choices[0]?.message.content).toBe("Echo: cli");
    } finally {
      child.kill();
    }
  });
});
