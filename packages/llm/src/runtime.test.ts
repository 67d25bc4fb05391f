import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv.ts";
import { pairedPassRate, wilsonInterval } from "./pass-rate.ts";
import { costUsd, priceFor } from "./prices.ts";
import { RateLimiter } from "./rate-limiter.ts";
import { ResponseCache } from "./response-cache.ts";
import { backoffMs } from "./retry.ts";
import { chatTokens, createTokenCounter, encodingForModel } from "./tokens.ts";

// Fake clocks advance only when the test says so; waiting just yields to the event loop.
const tick = () => new Promise((r) => setTimeout(r, 1));

describe("retries", () => {
  it("backs off exponentially with jitter, capped", () => {
    expect(backoffMs(0, 100, 30_000, () => 1)).toBe(100);
    expect(backoffMs(3, 100, 30_000, () => 0)).toBe(400);
    expect(backoffMs(20, 100, 1000, () => 1)).toBe(1000);
  });
});

describe("RateLimiter", () => {
  it("bounds requests in flight", async () => {
    const limiter = new RateLimiter({ concurrency: 2 });
    let inFlight = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        const release = await limiter.acquire(1);
        peak = Math.max(peak, ++inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
        release();
      }),
    );
    expect(peak).toBe(2);
  });

  it("holds requests beyond the per-minute request and token budgets until the window frees", async () => {
    let t = 0;
    const byRpm = new RateLimiter({ concurrency: 10, rpm: 2, now: () => t, sleep: tick });
    (await byRpm.acquire(1))();
    (await byRpm.acquire(1))();
    let third = false;
    const pending = byRpm.acquire(1).then(() => {
      third = true;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(third).toBe(false);
    t = 60_001;
    await pending;
    expect(third).toBe(true);

    let u = 0;
    const byTpm = new RateLimiter({ concurrency: 10, tpm: 100, now: () => u, sleep: tick });
    (await byTpm.acquire(80))();
    let second = false;
    const waiting = byTpm.acquire(30).then(() => {
      second = true;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(second).toBe(false);
    u = 60_001;
    await waiting;
    expect(second).toBe(true);
  });
});

describe("tokens and prices", () => {
  it("maps models to encodings by prefix, with o200k_base as an unknown model's fallback", () => {
    expect(encodingForModel("gpt-5.4-mini")).toEqual({ encoding: "o200k_base", known: true });
    expect(encodingForModel("gpt-4o-2024-08-06").encoding).toBe("o200k_base");
    expect(encodingForModel("gpt-4-turbo").encoding).toBe("cl100k_base");
    expect(encodingForModel("gpt-3.5-turbo-0125").encoding).toBe("cl100k_base");
    expect(encodingForModel("llama-3.1-8b")).toEqual({ encoding: "o200k_base", known: false });
  });

  it("counts chat tokens with OpenAI's per-message overhead", async () => {
    const counter = await createTokenCounter("gpt-4o");
    try {
      expect(counter.exact).toBe(true);
      expect(counter.count("hello world")).toBe(2);
      // The cookbook's formula: 3 per message + role + content, and 3 to prime the reply.
      const messages = [
        { role: "system" as const, content: "You are helpful." },
        { role: "user" as const, content: "hello world" },
      ];
      expect(chatTokens(counter, messages)).toBe(3 + (3 + 1 + 4) + (3 + 1 + 2));
    } finally {
      counter.free();
    }
  });

  it("prices dated snapshots by family, prefers suite overrides, and bills cached input separately", () => {
    expect(priceFor("gpt-4o-2024-08-06")).toMatchObject({ from: "table", matched: "gpt-4o" });
    expect(priceFor("gpt-4o-mini-2024-07-18").matched).toBe("gpt-4o-mini");
    expect(priceFor("llama-3")).toEqual({ from: "none" });
    expect(priceFor("llama-3", { "llama-3": { input: 1, output: 2 } }).from).toBe("override");
    const usage = { promptTokens: 1000, completionTokens: 500, cachedTokens: 400, reasoningTokens: 100 };
    expect(costUsd(usage, { input: 2.5, cachedInput: 1.25, output: 10 })).toBeCloseTo(
      (600 * 2.5 + 400 * 1.25 + 500 * 10) / 1e6,
      12,
    );
  });
});

describe("pass-rate statistics", () => {
  it("gives the Wilson intervals of the reference values", () => {
    const a = wilsonInterval(45, 50)!;
    expect(a.lower).toBeCloseTo(0.786, 3);
    expect(a.upper).toBeCloseTo(0.957, 3);
    expect(wilsonInterval(50, 50)!.lower).toBeCloseTo(0.929, 3);
    expect(wilsonInterval(0, 0)).toBeUndefined();
  });

  it("pairs base and head on the same cases with McNemar's exact p", () => {
    const pairs = [
      ...Array.from({ length: 40 }, () => ({ base: true, head: true })),
      ...Array.from({ length: 8 }, () => ({ base: true, head: false })),
      ...Array.from({ length: 2 }, () => ({ base: false, head: true })),
    ];
    const r = pairedPassRate(pairs)!;
    expect(r).toMatchObject({ n: 50, regressions: 8, improvements: 2 });
    expect(r.delta).toBeCloseTo(-0.12);
    // Newcombe's method 10 on (both 40, only head 2, only base 8, neither 0): packages/stats/fixtures
    expect(r.ci.lower).toBeCloseTo(-0.250939, 6);
    expect(r.ci.upper).toBeCloseTo(0.006935, 6);
    expect(r.ci.method).toMatch(/^Newcombe hybrid score/);
    // scipy.stats.binomtest(2, 10).pvalue
    expect(r.pValue).toBeCloseTo(0.109375, 6);
  });

  it("does not claim certainty from a few cases without a discordant one", () => {
    const r = pairedPassRate(Array.from({ length: 3 }, () => ({ base: true, head: true })))!;
    expect(r.delta).toBe(0);
    // The Wald interval here was [0, 0], so a non-inferiority margin of 0.05 passed on three cases.
    expect(r.ci.lower).toBeCloseTo(-0.561497, 6);
    expect(r.ci.upper).toBeCloseTo(0.561497, 6);
  });
});

describe("CSV datasets", () => {
  it("parses quoted fields with commas, quotes and line breaks, keeping record lines", () => {
    const rows = parseCsv('id,text\n1,"a, ""b"""\n2,"multi\nline"\n\n3,plain\n', "d.csv");
    expect(rows).toEqual([
      { line: 1, fields: ["id", "text"] },
      { line: 2, fields: ["1", 'a, "b"'] },
      { line: 3, fields: ["2", "multi\nline"] },
      { line: 6, fields: ["3", "plain"] },
    ]);
    expect(() => parseCsv('a\n"open', "d.csv")).toThrow(/unterminated/);
  });
});

describe("response cache", () => {
  it("stores one answer written twice at once (two cases that render the same request)", async () => {
    const cache = new ResponseCache(await mkdtemp(path.join(tmpdir(), "llm-cache-")), "use");
    const answer = {
      content: "hi",
      usage: { promptTokens: 1, completionTokens: 1, cachedTokens: 0, reasoningTokens: 0 },
      latencyMs: 5,
      finishReason: "stop",
      model: "m",
      attempts: 1,
    };
    const stored = new Date("2026-01-01T00:00:00Z");
    await Promise.all([cache.set("ab12", answer, stored), cache.set("ab12", answer, stored)]);
    expect(await cache.get("ab12")).toEqual(answer);
  });
});
