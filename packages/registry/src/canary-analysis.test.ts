import type http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LoopbackServer, listenOnLoopback } from "../../../test/emulators/loopback.ts";
import { type CanaryHold, holdCanary } from "./canary-analysis.ts";
import type { CanaryAnalysis } from "./deploy-config.ts";

/** Answers the error rates queued for it, one per request, as Prometheus's instant query does. */
let prometheus: LoopbackServer;
const queued: string[] = [];
const asked: string[] = [];
beforeAll(async () => {
  prometheus = await listenOnLoopback(async (req: http.IncomingMessage, res: http.ServerResponse) => {
    req.resume();
    asked.push(req.url ?? "");
    const value = queued.shift() ?? "0";
    if (value === "503") return void res.writeHead(503).end("unavailable");
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ status: "success", data: { result: [{ value: [1733400000, value] }] } }));
  });
});
afterAll(() => prometheus.close());

const vars = { version: "1.1.0", track: "canary", weight: "10" };
function hold(analysis: CanaryAnalysis | undefined, pauseMs = 0): CanaryHold {
  return {
    pauseMs,
    analysis,
    fill: (t) => t.replace(/\{(version|track|weight)\}/g, (_, k: keyof typeof vars) => vars[k]),
    command: { cwd: process.cwd(), env: { PATH: process.env.PATH }, passEnv: {} },
  };
}
const errorRate = (extra: Partial<CanaryAnalysis["metrics"][number]> = {}) => ({
  name: "error_rate",
  url: `${prometheus.url}/api/v1/query?version={version}&weight={weight}`,
  path: "data.result.0.value.1",
  max: 0.01,
  failure_limit: 0,
  ...extra,
});

describe("holdCanary", () => {
  it("passes a canary whose metric stays in bounds, filling the step's variables into the query", async () => {
    queued.length = asked.length = 0;
    queued.push("0.004");
    const verdict = await holdCanary(hold({ interval: "1s", metrics: [errorRate()] }));
    expect(verdict).toMatchObject({ ok: true, detail: "error_rate 0.004 within max 0.01 (1 measured)" });
    expect(asked).toEqual(["/api/v1/query?version=1.1.0&weight=10"]);
  });

  it("measures every interval of the pause and fails the step as soon as a metric is out of bounds more often than its failure limit", async () => {
    queued.length = 0;
    queued.push("0.002", "0.05", "0.06", "0.001");
    const verdict = await holdCanary(
      hold({ interval: "1ms", metrics: [errorRate({ failure_limit: 1 })] }, 60_000),
    );
    expect(verdict.ok).toBe(false);
    expect(verdict.detail).toBe(
      "error_rate = 0.06, above max 0.01 (2 of 3 measurements failed; failure_limit 1)",
    );
  });

  it("counts a metric it cannot measure as out of bounds, saying why", async () => {
    queued.length = 0;
    queued.push("503");
    const verdict = await holdCanary(hold({ interval: "1s", metrics: [errorRate()] }));
    expect(verdict.ok).toBe(false);
    expect(verdict.detail).toMatch(
      /^error_rate could not be measured: http:\/\/127\.0\.0\.1:\d+\/api\/v1\/query\?version=1\.1\.0&weight=10 answered 503/,
    );
  });

  it("reads a metric a command prints, with a lower bound", async () => {
    const command = `${process.execPath} -e "console.log('{track}'==='canary' ? 0.97 : 0)"`;
    const pass = await holdCanary(
      hold({ interval: "1s", metrics: [{ name: "success", command, min: 0.95, failure_limit: 0 }] }),
    );
    expect(pass).toMatchObject({ ok: true, detail: "success 0.97 within min 0.95 (1 measured)" });
    const strict = await holdCanary(
      hold({ interval: "1s", metrics: [{ name: "success", command, min: 0.99, failure_limit: 0 }] }),
    );
    expect(strict.detail).toMatch(/^success = 0\.97, below min 0\.99/);
  });

  it("says what it got when the answer holds no number where the path points", async () => {
    queued.length = 0;
    const verdict = await holdCanary(
      hold({ interval: "1s", metrics: [errorRate({ path: "data.result.1.value.1" })] }),
    );
    expect(verdict.detail).toMatch(
      /^error_rate gave no number at data\.result\.1\.value\.1: "\{\\"status\\":\\"success/,
    );
  });

  it("holds a pause without metrics, and stops holding when the run is cancelled", async () => {
    expect(await holdCanary(hold(undefined, 10))).toMatchObject({ ok: true, detail: "held 10 ms" });
    const cancelled = new AbortController();
    const pending = holdCanary({ ...hold(undefined, 60_000), signal: cancelled.signal });
    cancelled.abort();
    expect(await pending).toMatchObject({ ok: false, detail: "cancelled during the pause" });
  });
});
