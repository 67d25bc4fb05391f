import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createLogger, RuntimeFailure } from "@mlops/core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { listenOnLoopback } from "../../../test/emulators/loopback.ts";
import { type ModelServer, startModelServer } from "../../../test/emulators/model-server.ts";
import { type Dataset, readDataset } from "./dataset.ts";
import { scoreWithHttp } from "./http-scorer.ts";
import type { ScoreRequest } from "./scorer.ts";
import { HttpScorerSchema } from "./scorer-config.ts";

let server: ModelServer;
let dataset: Dataset;
const logs: string[] = [];
const logger = createLogger({ github: false, write: (t) => logs.push(t) });

// The model: probability rises with x; the region only shows that strings reach the server.
const model = (row: Record<string, string | number>) => {
  const x = Number(row.x ?? row.f0);
  const region = row.region ?? row.f1;
  return region === "north" || region === "south" ? x / 100 : 0;
};

beforeAll(async () => {
  server = await startModelServer(model);
  const dir = await mkdtemp(path.join(tmpdir(), "http-scorer-"));
  const lines = ["x,region,label"];
  for (let i = 0; i < 100; i++) lines.push(`${i},${i % 2 ? "north" : "south"},${i % 2}`);
  await writeFile(path.join(dir, "data.csv"), `${lines.join("\n")}\n`);
  dataset = await readDataset(path.join(dir, "data.csv"));
});
afterAll(() => server.close());
beforeEach(() => {
  server.faults.clear();
  server.requests.clear();
  logs.length = 0;
});

function request(): ScoreRequest {
  return {
    dataset,
    featureColumns: [0, 1],
    task: "classification",
    what: "challenger",
    modelName: "churn",
    cwd: ".",
    env: {},
    logger,
  };
}

const config = (extra: Record<string, unknown>) =>
  HttpScorerSchema.parse({ type: "http", url: server.url, batch_size: 16, timeout: 1, ...extra });

describe("http scorer", () => {
  it.each([
    ["fastapi", "/predict", `/predict`],
    ["mlflow", "/invocations", ""],
    ["kserve", "/v2/models/churn/infer", ""],
  ])("speaks the %s dialect, in batches, in row order", async (dialect, route, suffix) => {
    const p = await scoreWithHttp(config({ dialect, url: server.url + suffix }), request());
    expect(Array.from(p.probability!)).toEqual(Array.from({ length: 100 }, (_, i) => i / 100));
    expect(server.requests.get(route)).toBe(7);
  });

  it("keeps several requests in flight, up to the concurrency", async () => {
    server.faults.add({ delayMs: 20 });
    await scoreWithHttp(config({ url: `${server.url}/predict`, concurrency: 3 }), request());
    expect(server.maxInFlight).toBeGreaterThanOrEqual(2);
    expect(server.maxInFlight).toBeLessThanOrEqual(3);
  });

  it("retries 429 (honouring Retry-After), 5xx, dropped connections and malformed bodies", async () => {
    server.faults.add({ status: 429, headers: { "retry-after": "0" }, times: 1 });
    server.faults.add({ status: 503, times: 1 });
    server.faults.add({ drop: true, times: 1 });
    server.faults.add({ status: 200, rawBody: "{not json", times: 1 });
    const p = await scoreWithHttp(
      config({ url: `${server.url}/predict`, concurrency: 1, retries: 4 }),
      request(),
    );
    expect(p.probability).toHaveLength(100);
    expect(logs.join("")).toContain("HTTP 429; retry 1/4");
    expect(logs.join("")).toContain(
      'HTTP 200 answered application/json; charset=utf-8, not JSON: "{not json"',
    );
  });

  it("gives up on a slow server after its timeout and retries, with a clear error", async () => {
    server.faults.add({ delayMs: 400 });
    const e = await scoreWithHttp(
      config({ url: `${server.url}/predict`, timeout: "100ms", retries: 1 }),
      request(),
    ).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RuntimeFailure);
    expect((e as Error).message).toMatch(/no response within 0.1 s \(after 2 attempts\)/);
  });

  it("reports a server that is down", async () => {
    const gone = await listenOnLoopback(async () => {});
    await gone.close();
    const e = await scoreWithHttp(config({ url: `${gone.url}/predict`, retries: 0 }), request()).catch(
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(RuntimeFailure);
    expect((e as RuntimeFailure).message).toContain("ECONNREFUSED");
    expect((e as RuntimeFailure).hint).toContain("is the model server up");
  });

  it("names the URL, status and start of an HTML page answered where JSON was expected", async () => {
    const proxy = await listenOnLoopback(async (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<!doctype html>\n<html><title>\u001b]0;Sign in\u0007</title>".padEnd(2000, "."));
    });
    const e = await scoreWithHttp(config({ url: `${proxy.url}/predict`, retries: 0 }), request()).catch(
      (x: unknown) => x,
    );
    await proxy.close();
    expect(e).toBeInstanceOf(RuntimeFailure);
    const message = (e as Error).message;
    expect(message).toContain(`${proxy.url}/predict`);
    expect(message).toMatch(
      /HTTP 200 answered text\/html, not JSON: "<!doctype html> <html><title> \]0;Sign in <\/title>\.+…"/,
    );
    expect(message).not.toMatch(/[\u0000-\u001f]|SyntaxError/);
  });

  it("does not retry a 4xx, and shows the server's message", async () => {
    const e = await scoreWithHttp(config({ url: `${server.url}/nowhere`, retries: 3 }), request()).catch(
      (x: unknown) => x,
    );
    expect((e as Error).message).toMatch(/HTTP 404: .*no route POST \/nowhere/);
    expect(logs.join("")).not.toContain("retry");
  });
});
