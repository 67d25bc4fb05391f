import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FaultInjector } from "./faults.ts";
import { type LoopbackServer, listenOnLoopback } from "./loopback.ts";

const faults = new FaultInjector();
let server: LoopbackServer;

beforeAll(async () => {
  server = await listenOnLoopback(async (req, res) => {
    if (await faults.apply(req, res)) return;
    res.writeHead(200, { "content-type": "text/plain" });
    res.end(`handled ${req.method} ${req.url}`);
  });
});
afterAll(() => server.close());

const get = (path: string, method = "GET") => fetch(`${server.url}${path}`, { method });

describe("FaultInjector", () => {
  it("applies the first matching rule with uses left, then lets requests through", async () => {
    faults.clear();
    faults.add({ path: "/a", status: 503, times: 2 });
    faults.add({ path: "/a", status: 500, times: 1 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await get("/a")).status);
    expect(statuses).toEqual([503, 503, 500, 200]);
  });

  it("matches the method, an exact pathname without the query, or a RegExp", async () => {
    faults.clear();
    faults.add({ method: "post", path: "/items", status: 418 });
    faults.add({ path: /^\/re\/\d+$/, status: 410 });
    expect((await get("/items?x=1", "POST")).status).toBe(418);
    expect((await get("/items", "GET")).status).toBe(200);
    expect((await get("/items/1", "POST")).status).toBe(200);
    expect((await get("/re/42")).status).toBe(410);
    expect((await get("/re/42/x")).status).toBe(200);
  });

  it("answers with a GitHub-style message, a given JSON body, or a raw body, plus headers", async () => {
    faults.clear();
    faults.add({ path: "/default", status: 429, headers: { "retry-after": "2" }, times: 1 });
    faults.add({ path: "/json", status: 500, body: { error: "boom" }, times: 1 });
    faults.add({ path: "/raw", status: 200, rawBody: "{truncated", times: 1 });
    const limited = await get("/default");
    expect(limited.headers.get("retry-after")).toBe("2");
    expect(await limited.json()).toMatchObject({ message: "API rate limit exceeded." });
    expect(await (await get("/json")).json()).toEqual({ error: "boom" });
    expect(await (await get("/raw")).text()).toBe("{truncated");
  });

  it("delays without answering when the rule has no status, and drops connections", async () => {
    faults.clear();
    faults.add({ path: "/slow", delayMs: 120, times: 1 });
    faults.add({ path: "/drop", drop: true, times: 1 });
    const started = performance.now();
    expect(await (await get("/slow")).text()).toBe("handled GET /slow");
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    await expect(get("/drop")).rejects.toThrow(/fetch failed/);
    expect((await get("/drop")).status).toBe(200);
  });

  it("draws a latency between delayMs and delayMs + jitterMs for each request", async () => {
    faults.clear();
    faults.add({ path: "/varied", delayMs: 50, jitterMs: 100, times: 6 });
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      const started = performance.now();
      await get("/varied");
      waits.push(performance.now() - started);
    }
    for (const wait of waits) expect(wait).toBeGreaterThanOrEqual(45);
    expect(Math.max(...waits)).toBeLessThan(400);
    expect(new Set(waits.map((w) => Math.round(w / 5))).size).toBeGreaterThan(1);
  });
});
