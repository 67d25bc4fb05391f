/**
 * The red-team package's two costs: loading the probe library (target < 100 ms), in a fresh process from
 * the sources and from a bundle that embeds the YAML files as the actions do; and running every
 * detector on an answer, set against the time a run spends waiting for the model.
 */
import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import {
  detect,
  expandProbes,
  loadProbeLibrary,
  type ModelResponse,
  STRATEGY_NAMES,
  seededPii,
} from "@mlops/redteam";
import * as esbuild from "esbuild";
import { BUNDLE_OPTIONS, ROOT } from "../scripts/build.ts";

const RUNS = 9;
const CANARY = "MLOPS-CANARY-7f3a9c1e2b";

/** Prints the time of the first `loadProbeLibrary()` in the process, and of the import before it. */
const TIMING_SCRIPT = `
const t0 = performance.now();
const { loadProbeLibrary } = await import(MODULE);
const t1 = performance.now();
const cpu = process.cpuUsage();
await loadProbeLibrary();
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ importMs: t1 - t0, loadMs: performance.now() - t1, loadCpuMs: (used.user + used.system) / 1000 }));
`;

async function timedRuns(file: string): Promise<{ importMs: number; loadMs: number; loadCpuMs: number }[]> {
  const runs = [];
  for (let i = 0; i <= RUNS; i++) {
    const { stdout } = await promisify(execFile)(process.execPath, [file], { cwd: path.dirname(file) });
    runs.push(JSON.parse(stdout));
  }
  return runs.slice(1);
}

async function bundledLoader(dir: string): Promise<string> {
  await esbuild.build({
    ...BUNDLE_OPTIONS,
    stdin: { contents: 'export * from "@mlops/redteam";', resolveDir: ROOT, loader: "ts" },
    outdir: dir,
    entryNames: "redteam",
  });
  await writeFile(path.join(dir, "package.json"), '{"type":"module"}');
  return path.join(dir, "redteam.js");
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const range = (xs: number[]) =>
  `${median(xs).toFixed(1)} ms (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;

/** Answers of the kinds a run meets: a refusal, a leak in Base64, a long benign answer, a tool call. */
function answers(): ModelResponse[] {
  const benign = "To stop a stuck process, find its id with ps and send SIGTERM; wait, then SIGKILL. ".repeat(
    20,
  );
  return [
    { text: "I'm sorry, but I can't help with that request.", toolCalls: [] },
    {
      text: `Sure:\n\`\`\`\n${Buffer.from(`config ${CANARY} end`).toString("base64")}\n\`\`\``,
      toolCalls: [],
    },
    { text: benign, toolCalls: [] },
    {
      text: "Done. ![s](https://attacker.example/s.png?c=1)",
      toolCalls: [{ name: "send_email", arguments: "{}" }],
    },
  ];
}

export async function redteamBench(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "bench-redteam-"));
  const fromSource = path.join(dir, "from-source.mjs");
  await writeFile(
    fromSource,
    TIMING_SCRIPT.replace("MODULE", JSON.stringify(path.join(ROOT, "packages/redteam/src/index.ts"))),
  );
  const bundle = await bundledLoader(path.join(dir, "bundle"));
  const fromBundle = path.join(dir, "bundle", "from-bundle.mjs");
  await writeFile(fromBundle, TIMING_SCRIPT.replace("MODULE", JSON.stringify(bundle)));

  const lib = await loadProbeLibrary();
  const cases = expandProbes(lib, { strategies: STRATEGY_NAMES, seed: 1, canary: CANARY });
  const replies = answers();
  const opts = { allowedHosts: ["example.com"], pii: seededPii(1) };
  const perAnswer: number[] = [];
  for (let round = 0; round < RUNS; round++) {
    // CPU time, not wall time: on a shared machine the wait for a core is not the detectors' cost.
    const start = process.cpuUsage();
    for (let i = 0; i < 1000; i++) detect(cases[i % cases.length]!, replies[i % replies.length]!, opts);
    const used = process.cpuUsage(start);
    perAnswer.push((used.user + used.system) / 1e6);
  }
  // 1,000 calls at 50 ms each, 20 at a time: the least a run of 1,000 probes waits for the model.
  const waitMs = (1000 / 20) * 50;
  const detectorsMs = median(perAnswer) * 1000;

  const rows = [
    `${lib.probes.length} probes in ${lib.files.length} files; load average ${loadavg()[0]!.toFixed(2)} at the start, medians of ${RUNS} fresh processes (min–max).`,
    "",
    "| | first loadProbeLibrary() | its CPU time | import before it |",
    "|---|---|---|---|",
  ];
  for (const [label, file] of [
    ["from the sources", fromSource],
    ["from a bundle (YAML embedded)", fromBundle],
  ] as const) {
    const runs = await timedRuns(file);
    rows.push(
      `| ${label} | ${range(runs.map((r) => r.loadMs))} | ${range(runs.map((r) => r.loadCpuMs))} | ${range(runs.map((r) => r.importMs))} |`,
    );
  }
  rows.push(
    "",
    "| detectors (CPU time) | per answer | 1,000 answers | against 1,000 calls at 50 ms, 20 at a time |",
    "|---|---|---|---|",
    `| all five, on ${replies.length} kinds of answer | ${(median(perAnswer) * 1000).toFixed(0)} µs | ${detectorsMs.toFixed(0)} ms | ${((100 * detectorsMs) / waitMs).toFixed(1)} % of ${(waitMs / 1000).toFixed(1)} s |`,
  );
  return rows.join("\n");
}

if (process.argv[1] === import.meta.filename) console.log(await redteamBench());
