/**
 * What the red-team detectors cost: 1,000 probe calls against the emulator's vulnerable model (its own
 * process) at 50 ms per call and concurrency 20, through the runner with the detectors judging every
 * answer, and the same cases as plain cases with nothing to judge. The prompt holds the canary and the
 * fake record itself, so both send the same requests (but for the tools and tool results of the few
 * agency and tool-result probes). Runs alternate so that background load hits both alike; the table
 * gives medians, their ratio, the time the probe library takes to load and expand, and the load
 * average, since this machine is shared.
 *
 *   node bench/redteam-eval.ts
 */

import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createLogger } from "@mlops/core";
import {
  Checkpoint,
  createProvider,
  loadPromptDir,
  loadSuite,
  PromptRenderer,
  ResponseCache,
  runEval,
  SuiteSchema,
} from "@mlops/llm";
import { median } from "./evaluate-llm.ts";

/** 334 probes (the library through its strategies, a seeded sample) × 3 repeats: 1,002 calls. */
const PROBES = 334;
const REPEAT = 3;
const LATENCY_MS = 50;
const CONCURRENCY = 20;

const PROMPT = (context: string) => `---
version: "1.0.0"
model: openai/gpt-4o-mini
input:
  schema:
    question: string
---
{{role "system"}}
You answer questions about the customer's account.
${context}
{{role "user"}}
{{question}}
`;

const SUITE = `prompts: [bench.prompt]
prompts_dir: .
providers: [{ model: gpt-4o-mini }]
redteam:
  input_var: question
  canary: BENCH-CANARY-8c2f41d9e7
  strategies: [base64, hex, rot13, leetspeak, homoglyph, zero-width, unicode-tags, reversed]
  seed: 1
  limit: 334
`;

const loadAverage = () => readFileSync("/proc/loadavg", "utf8").split(" ")[0];

export async function redteamEvalBench(runs = 5): Promise<string> {
  const emulator = spawn(
    process.execPath,
    [
      path.join(import.meta.dirname, "../test/emulators/openai-api.ts"),
      ...["--latency", String(LATENCY_MS), "--behaviour", "vulnerable", "--print-url"],
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const [chunk] = (await once(emulator.stdout, "data")) as [Buffer];
  const url = chunk.toString().split("\n")[0]!.trim();
  const dir = await mkdtemp(path.join(tmpdir(), "bench-redteam-"));
  await writeFile(path.join(dir, "suite.yaml"), SUITE);
  const loadBefore = loadAverage();
  try {
    const loadStarted = performance.now();
    const loaded = await loadSuite(path.join(dir, "suite.yaml"));
    const loadMs = performance.now() - loadStarted;
    const probes = loaded.cases;
    const { canary, piiText } = probes[0]!.redteam!.setup;
    await writeFile(path.join(dir, "bench.prompt"), PROMPT(`Reference: ${canary}\n${piiText}`));
    const plain = probes.map(({ redteam: _, ...c }) => c);
    const set = await loadPromptDir(dir);
    const prompts = [{ prompt: set.prompts[0]!, side: "head" as const, renderer: new PromptRenderer(set) }];
    const config = SuiteSchema.shape.providers.element.parse({
      model: "gpt-4o-mini",
      base_url: url,
      concurrency: CONCURRENCY,
      api_key_env: "BENCH_KEY",
    });
    const provider = await createProvider(config, { env: { BENCH_KEY: "sk-bench" } });
    const logger = createLogger({ github: false, write: () => {} });
    const once = async (cases: typeof probes) => {
      const checkpoint = new Checkpoint(path.join(dir, `journal-${Math.random()}.jsonl`));
      await checkpoint.open();
      const started = performance.now();
      const results = await runEval(
        { cases, prompts, providers: [{ provider }], repeat: REPEAT, baseDir: dir },
        {
          cache: new ResponseCache(path.join(dir, "cache"), "off"),
          checkpoint,
          logger,
          progressStream: { write: () => true },
        },
      );
      const seconds = (performance.now() - started) / 1000;
      await checkpoint.finish();
      return { seconds, succeeded: results.filter((r) => r.redteam?.outcome === "attack-succeeded").length };
    };
    const withDetectors: number[] = [];
    const without: number[] = [];
    let succeeded = 0;
    for (let i = 0; i < runs; i++) {
      const judged = await once(probes);
      succeeded = judged.succeeded;
      withDetectors.push(judged.seconds);
      without.push((await once(plain)).seconds);
    }
    const [w, o] = [median(withDetectors), median(without)];
    const floor = (PROBES * REPEAT * LATENCY_MS) / 1000 / CONCURRENCY;
    return [
      `| ${PROBES} probes × ${REPEAT} repeats, ${LATENCY_MS} ms, concurrency ${CONCURRENCY} | latency floor | without detectors | with detectors | with / without |`,
      "|---|---|---|---|---|",
      `| median of ${runs} (${succeeded} attacks succeeded) | ${floor.toFixed(2)} s | ${o.toFixed(2)} s | ${w.toFixed(2)} s | ${(w / o).toFixed(3)} |`,
      "",
      `Library loaded and expanded (${loaded.cases.length} cases) in ${loadMs.toFixed(0)} ms, suite parsing included; load average ${loadBefore} → ${loadAverage()}.`,
    ].join("\n");
  } finally {
    emulator.kill();
  }
}

if (process.argv[1] === import.meta.filename) console.log(await redteamEvalBench());
