import { RuntimeFailure } from "@mlops/core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startHttpProxy } from "../../../test/emulators/http-proxy.ts";
import { listenOnLoopback } from "../../../test/emulators/loopback.ts";
import { type OpenAIEmulator, openAIFault, startOpenAIEmulator } from "../../../test/emulators/openai-api.ts";
import { createProvider } from "./provider.ts";
import { ProviderSchema } from "./suite-schema.ts";

const KEY = "sk-provider-test";
let emu: OpenAIEmulator;
beforeAll(async () => {
  emu = await startOpenAIEmulator({ apiKeys: [KEY] });
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

const env = { OPENAI_API_KEY: KEY };
const request = { model: "gpt-4o-mini", messages: [{ role: "user" as const, content: "hello" }] };
const provider = (config: Record<string, unknown>) =>
  createProvider(ProviderSchema.parse({ model: "gpt-4o-mini", base_url: emu.url, ...config }), {
    env,
    retryBaseMs: 5,
  });

describe("provider", () => {
  it("reads usage, cached and reasoning tokens from a plain response", async () => {
    emu.script({
      reply: { content: "hi", promptTokens: 50, completionTokens: 9, cachedTokens: 20, reasoningTokens: 4 },
    });
    const c = await (await provider({})).complete(request);
    expect(c).toMatchObject({
      content: "hi",
      attempts: 1,
      finishReason: "stop",
      systemFingerprint: "fp_emulator",
    });
    expect(c.usage).toEqual({ promptTokens: 50, completionTokens: 9, cachedTokens: 20, reasoningTokens: 4 });
  });

  it("streams with include_usage, timing the first token", async () => {
    emu.script({ reply: { content: "a streamed reply of some length", completionTokens: 7 } });
    const c = await (await provider({ stream: true })).complete(request);
    expect(c.content).toBe("a streamed reply of some length");
    expect(c.usage.completionTokens).toBe(7);
    expect(c.firstTokenMs).toBeLessThanOrEqual(c.latencyMs);
    expect(emu.requests[0]?.body.stream_options).toEqual({ include_usage: true });
  });

  it("sends tools and keeps the calls the model makes, plain and streamed alike", async () => {
    const tools = [
      {
        type: "function" as const,
        function: {
          name: "refund",
          parameters: { type: "object", properties: { amount: { type: "number" } } },
        },
      },
    ];
    const toolCalls = [{ name: "refund", arguments: '{"amount": 5000, "to": "attacker@example.net"}' }];
    emu.script({ reply: { content: "", toolCalls }, times: 2 });
    const plain = await (await provider({})).complete({ ...request, tools });
    expect(plain.toolCalls).toEqual(toolCalls);
    expect(plain.finishReason).toBe("tool_calls");
    expect(emu.requests[0]?.body.tools).toEqual(tools);
    const streamed = await (await provider({ stream: true })).complete({ ...request, tools });
    expect(streamed.toolCalls).toEqual(toolCalls);
    const none = await (await provider({})).complete(request);
    expect(none).not.toHaveProperty("toolCalls");
  });

  it("talks to Azure deployments", async () => {
    const p = await createProvider(
      ProviderSchema.parse({ type: "azure", model: "churn-gpt", azure_endpoint: emu.origin }),
      { env },
    );
    expect((await p.complete(request)).content).toBe("Echo: hello");
    expect(emu.requests[0]?.path).toBe("/openai/deployments/churn-gpt/chat/completions");
  });

  it("waits as long as Retry-After says, once for every worker", async () => {
    emu.faults.add(openAIFault(429, { retryAfter: "0.2", times: 1 }));
    const p = await provider({ concurrency: 2 });
    const started = performance.now();
    const [a, b] = await Promise.all([p.complete(request), p.complete(request)]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    expect(a.attempts + b.attempts).toBe(3);
  });

  it("keeps a rate-limited request's slot until its Retry-After pause is in force", async () => {
    emu.faults.add(openAIFault(429, { retryAfter: "0.2", times: 1 }));
    const arrivals: number[] = [];
    emu.script({
      reply: () => {
        arrivals.push(performance.now());
        return { content: "ok" };
      },
    });
    const p = await provider({ concurrency: 1 });
    const started = performance.now();
    await Promise.all([p.complete(request), p.complete(request)]);
    expect(arrivals).toHaveLength(2);
    expect(Math.min(...arrivals) - started).toBeGreaterThanOrEqual(190);
  });

  it.each([
    [200, "text/html", 3],
    [200, "application/json", 3],
    [502, "text/html; charset=utf-8", 3],
    [403, "text/html", 1],
  ])(
    "names the URL, status and start of an HTML answer (HTTP %i, %s), retrying only what may pass next time",
    async (status, type, attempts) => {
      let calls = 0;
      const portal = await listenOnLoopback(async (_req, res) => {
        calls++;
        res.writeHead(status, { "content-type": type });
        res.end(`<!DOCTYPE html>\n<h1>\u001b[2JSign in</h1>${"x".repeat(5000)}`);
      });
      try {
        const p = await createProvider(
          ProviderSchema.parse({ model: "gpt-4o-mini", base_url: `${portal.url}/v1`, max_retries: 2 }),
          { env, retryBaseMs: 1 },
        );
        const e = await p.complete(request).catch((x: unknown) => x);
        expect(e).toBeInstanceOf(RuntimeFailure);
        const message = (e as Error).message;
        expect(message).toContain(
          `${portal.url}/v1/chat/completions answered HTTP ${status} (${type}), not JSON: "<!DOCTYPE html> <h1> [2JSign in</h1>xxx`,
        );
        expect(message.length).toBeLessThan(400);
        expect(message).not.toMatch(/[\u0000-\u001f]|SyntaxError|Unexpected token/);
        expect((e as RuntimeFailure).hint).toContain("base_url");
        expect(calls).toBe(attempts);
      } finally {
        await portal.close();
      }
    },
  );

  it("goes through HTTP_PROXY, but not for hosts in NO_PROXY or for the runner's own loopback", async () => {
    const proxy = await startHttpProxy({ "llm.example.test": "127.0.0.1" });
    const remote = `http://llm.example.test:${new URL(emu.url).port}/v1`;
    const via = (base_url: string, extra: Record<string, string>) =>
      createProvider(ProviderSchema.parse({ model: "gpt-4o-mini", base_url, max_retries: 0 }), {
        env: { ...env, ...extra },
      });
    try {
      // Only the proxy knows the name: the answer proves the request went through it.
      const proxied = await via(remote, { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url });
      expect((await proxied.complete(request)).content).toBe("Echo: hello");
      expect(proxy.carried).toEqual([`${remote}/chat/completions`]);

      const local = await via(emu.url, { http_proxy: proxy.url });
      expect((await local.complete(request)).content).toBe("Echo: hello");
      const bypassed = await via(remote, { HTTP_PROXY: proxy.url, NO_PROXY: ".example.test" });
      await expect(bypassed.complete(request)).rejects.toThrow(/connection failed/);
      expect(proxy.carried).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });

  it("retries timeouts, and gives up on a request the server rejects", async () => {
    emu.faults.add({ path: "/v1/chat/completions", delayMs: 300, times: 1 });
    const patient = await provider({ timeout_ms: 100 });
    expect((await patient.complete(request)).attempts).toBe(2);

    emu.faults.add(openAIFault(400, { times: 1 }));
    const error = await (await provider({})).complete(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuntimeFailure);
    expect((error as RuntimeFailure).message).toBe("gpt-4o-mini: 400 emulated 400");
    expect((error as RuntimeFailure).hint).toMatch(/rejected the request/);
    expect(emu.requests).toHaveLength(1);
  });

  it("names why a connection failed, with a hint about base_url", async () => {
    const closed = await startOpenAIEmulator();
    const url = closed.url;
    await closed.close();
    const p = await createProvider(
      ProviderSchema.parse({ model: "gpt-4o-mini", base_url: url, max_retries: 0 }),
      {
        env,
      },
    );
    const error = (await p.complete(request).catch((e: unknown) => e)) as RuntimeFailure;
    expect(error.message).toMatch(/^gpt-4o-mini: connection failed \(.*ECONNREFUSED 127\.0\.0\.1:\d+\)$/);
    expect(error.hint).toMatch(/check base_url/);
  });

  it("gives up after max_retries, saying how many attempts it made", async () => {
    emu.faults.add(openAIFault(503));
    const error = await (await provider({ max_retries: 2 })).complete(request).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/503 .*after 3 attempts/);
  });

  it("embeds through the endpoint's embeddings API with the same retries, vectors in order", async () => {
    emu.faults.add(openAIFault(429, { retryAfter: "0", times: 2, path: /\/embeddings$/ }));
    const p = await provider({ max_retries: 3 });
    const c = await p.embed("text-embedding-3-small", ["one", "two"]);
    expect(c.attempts).toBe(3);
    const vectors = JSON.parse(c.content) as number[][];
    expect(vectors).toHaveLength(2);
    expect(vectors[0]).not.toEqual(vectors[1]);
    expect(c.usage.promptTokens).toBeGreaterThan(0);
  });

  it("keeps the answer's token logprobs", async () => {
    emu.script({
      reply: {
        content: "5",
        logprobs: [{ token: "5", logprob: -0.1, top: [{ token: "4", logprob: -2.4 }] }],
      },
    });
    const c = await (await provider({})).complete({ ...request, logprobs: true, top_logprobs: 1 });
    expect(c.logprobs).toEqual([{ token: "5", logprob: -0.1, top: [{ token: "4", logprob: -2.4 }] }]);
  });
});
