/**
 * Judge calls against their latency floor: 200 cases with one LLM-judged assertion (factuality, one judge
 * call per case) at concurrency 20 against the emulator at 50 ms per call. Every case needs its own call
 * and then its judge's, so the floor is two sequential rounds of 200 calls' latency (2 × 200 × 50 ms ÷ 20
 * = 1 s); the target is at most 1.1× that. The evaluation runs in this process (the result's durationMs),
 * so start-up is not counted; the load average is printed, since this machine is shared.
 *
 *   node bench/llm-judge.ts
 */

import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createLogger } from "@mlops/core";
import { runEvaluateLlm } from "../packages/commands/src/evaluate-llm/eval-command.ts";
import { startOpenAIEmulator } from "../test/emulators/openai-api.ts";
import { median } from "./evaluate-llm.ts";

const CASES = 200;
const LATENCY_MS = 50;
const CONCURRENCY = 20;
const KEY = "bench-key-not-a-secret";

const loadAverage = () => readFileSync("/proc/loadavg", "utf8").split(" ")[0];

async function workspace(url: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "bench-judge-"));
  await mkdir(path.join(dir, "prompts"));
  await mkdir(path.join(dir, "evals"));
  await writeFile(
    path.join(dir, "prompts/explain.prompt"),
    `---\nversion: "1.0.0"\n---\nExplain {{customer}}.\n`,
  );
  const rows = Array.from({ length: CASES }, (_, i) =>
    JSON.stringify({ id: `c${i}`, customer: `Customer${i}` }),
  );
  await writeFile(path.join(dir, "evals/cases.jsonl"), rows.join("\n"));
  await writeFile(
    path.join(dir, "evals/suite.yaml"),
    `prompts: [explain.prompt]
providers:
  - { model: gpt-4o-mini, base_url: ${url}, api_key_env: OPENAI_API_KEY }
judge: { model: gpt-4.1-mini, base_url: ${url}, api_key_env: OPENAI_API_KEY }
datasets: [cases.jsonl]
defaults:
  assert:
    - { type: factuality, value: "{{customer}} is a customer", threshold: 1 }
`,
  );
  return dir;
}

export async function llmJudgeBench(runs = 5): Promise<string> {
  const emu = await startOpenAIEmulator({ latencyMs: LATENCY_MS });
  emu.script({
    match: { model: "gpt-4.1-mini" },
    reply: { content: JSON.stringify({ category: "C", reason: "same facts" }) },
  });
  const loadBefore = loadAverage();
  const floorS = (2 * CASES * LATENCY_MS) / 1000 / CONCURRENCY;
  const durations: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const cwd = await workspace(emu.url);
      const logger = createLogger({ github: false, write: () => {} });
      await runEvaluateLlm(
        { suites: "evals/suite.yaml", cache: "off", concurrency: CONCURRENCY },
        { logger, cwd, env: { OPENAI_API_KEY: KEY }, progressStream: { write: () => true } },
      );
      const result = JSON.parse(
        await readFile(path.join(cwd, ".mlops/results/llm-eval--explain.json"), "utf8"),
      );
      durations.push((result as { durationMs: number }).durationMs / 1000);
    }
    const evalS = median(durations);
    return [
      "| 200 cases + 200 judge calls, 50 ms, concurrency 20 | floor (2 rounds) | mlops eval | ratio |",
      "|---|---|---|---|",
      `| factuality | ${floorS.toFixed(2)} s | ${evalS.toFixed(2)} s | ${(evalS / floorS).toFixed(2)}× |`,
      "",
      `Median of ${runs} runs (${durations.map((d) => d.toFixed(2)).join(", ")} s); the evaluation alone (the result's durationMs). 1-minute load average ${loadBefore} at the start, ${loadAverage()} at the end. Emulator requests: ${emu.completions}.`,
    ].join("\n");
  } finally {
    await emu.close();
  }
}

if (process.argv[1] === import.meta.filename) console.log(await llmJudgeBench());
