/**
 * evaluate-llm against the machine itself: the same 200 calls at 50 ms per call through bare `node:http`,
 * through the `openai` SDK alone (bench/llm-floor-client.ts, each in a fresh process), and through a whole
 * `mlops eval` process, interleaved so that background load hits all three alike. Prints the ratios the
 * targets are stated in — the evaluation against bare `node:http`, the whole process against the latency
 * floor — with the load average, since this machine is shared.
 *
 *   node bench/llm-floor.ts
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { startOpenAIEmulator } from "../test/emulators/openai-api.ts";
import { type Measured, median, ours, workspace } from "./evaluate-llm.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const execFileAsync = promisify(execFile);
const CASES = 200;
const LATENCY_MS = 50;

/** bench/llm-floor-client.ts in a fresh process: seconds from its first request to its last answer. */
async function floorClient(client: "http" | "sdk", url: string, concurrency: number): Promise<number> {
  // Asynchronously: the emulator answering it lives in this process.
  const { stdout } = await execFileAsync(
    process.execPath,
    [
      path.join(ROOT, "bench/llm-floor-client.ts"),
      ...["--url", url, "--cases", String(CASES), "--concurrency", String(concurrency), "--client", client],
    ],
    { encoding: "utf8" },
  );
  return Number(stdout.trim()) / 1000;
}

const loadAverage = () => readFileSync("/proc/loadavg", "utf8").split(" ")[0];

export async function llmFloorBench(runs = 7): Promise<string> {
  const emu = await startOpenAIEmulator({ latencyMs: LATENCY_MS });
  const loadBefore = loadAverage();
  try {
    const rows = [
      "| 200 cases, 50 ms | latency floor | node:http alone | openai SDK alone | mlops eval | mlops wall | eval / node:http | wall / floor |",
      "|---|---|---|---|---|---|---|---|",
    ];
    for (const concurrency of [4, 20]) {
      const floorS = (CASES * LATENCY_MS) / 1000 / concurrency;
      const dir = await workspace(CASES, emu.url);
      const http: number[] = [];
      const sdk: number[] = [];
      const mlops: Measured[] = [];
      for (let i = 0; i < runs; i++) {
        http.push(await floorClient("http", emu.url, concurrency));
        sdk.push(await floorClient("sdk", emu.url, concurrency));
        mlops.push(await ours(dir, concurrency, emu.url));
      }
      const [h, k] = [median(http), median(sdk)];
      const evalS = median(mlops.map((m) => m.evalS ?? Number.NaN));
      const wallS = median(mlops.map((m) => m.wallS));
      rows.push(
        `| concurrency ${concurrency} | ${floorS.toFixed(2)} s | ${h.toFixed(2)} s | ${k.toFixed(2)} s | ${evalS.toFixed(2)} s | ${wallS.toFixed(2)} s | ${(evalS / h).toFixed(2)}× | ${(wallS / floorS).toFixed(2)}× |`,
      );
    }
    return `${rows.join("\n")}\n\nMedians of ${runs} interleaved runs; "mlops eval" is the evaluation alone (the result's durationMs), "mlops wall" the whole \`mlops eval\` process, start to exit. 1-minute load average ${loadBefore} at the start, ${loadAverage()} at the end. Emulator requests: ${emu.completions}.`;
  } finally {
    await emu.close();
  }
}

if (process.argv[1] === import.meta.filename) console.log(await llmFloorBench());
