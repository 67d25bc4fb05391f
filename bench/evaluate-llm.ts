/**
 * `mlops eval` against promptfoo on the same suite and the same OpenAI-compatible emulator: 200 cases at
 * 50 ms latency with concurrency 4 and 20 (wall time, CPU seconds, peak RSS), a 1-case eval's start-up,
 * and 2,000 cases' memory. promptfoo is installed by this benchmark into a cache directory outside the
 * repository (never a project dependency) and run from its local bin with its cache off, telemetry and
 * update checks off, and a fresh config directory, as the reference measurements were taken.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import path from "node:path";
import { type OpenAIEmulator, startOpenAIEmulator } from "../test/emulators/openai-api.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const PROMPTFOO_VERSION = "0.121.20";
const PROMPTFOO_DIR = path.join(
  process.env.XDG_CACHE_HOME ?? path.join(homedir(), ".cache"),
  "mlops-bench",
  "promptfoo",
);
const PROMPTFOO_MAIN = path.join(PROMPTFOO_DIR, "node_modules", "promptfoo", "dist", "src", "main.js");
const KEY = "sk-bench-key";

export interface Measured {
  wallS: number;
  /** mlops only: the evaluation itself, start-up excluded (the result file's durationMs). */
  evalS?: number;
  cpuS: number;
  rssMb: number;
  exitCode: number;
}

function ensurePromptfoo(): void {
  const install = (...packages: string[]) =>
    execFileSync(
      "npm",
      ["install", "--no-audit", "--no-fund", "--omit=optional", "--ignore-scripts", ...packages],
      {
        cwd: PROMPTFOO_DIR,
        stdio: "ignore",
      },
    );
  if (!existsSync(PROMPTFOO_MAIN)) {
    mkdirSync(PROMPTFOO_DIR, { recursive: true });
    // Optional dependencies are 1.1 GB of agent SDKs the benchmark never touches.
    install(`promptfoo@${PROMPTFOO_VERSION}`);
  }
  // Except promptfoo's SQLite binding, which is optional in its manifest but required at start-up.
  const libsql = JSON.parse(
    readFileSync(path.join(PROMPTFOO_DIR, "node_modules/libsql/package.json"), "utf8"),
  ) as {
    optionalDependencies: Record<string, string>;
  };
  const binding = `@libsql/${process.platform}-${process.arch}${process.platform === "linux" ? "-gnu" : ""}`;
  const version = libsql.optionalDependencies[binding];
  if (version && !existsSync(path.join(PROMPTFOO_DIR, "node_modules", binding))) {
    install(`promptfoo@${PROMPTFOO_VERSION}`, `${binding}@${version}`);
  }
}

/** Runs a command under GNU time: wall, user + system CPU, and peak RSS of the process tree's largest. */
function measure(command: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const child = spawn("/usr/bin/time", ["-f", "%e %U %S %M", ...command], {
      cwd,
      env,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      const last = stderr.trim().split("\n").at(-1) ?? "";
      const [wall, user, sys, rssKb] = last.split(" ").map(Number);
      if (wall === undefined || Number.isNaN(wall)) {
        reject(new Error(`could not measure ${command.join(" ")}: ${stderr.slice(-500)}`));
        return;
      }
      resolve({
        wallS: wall,
        cpuS: (user ?? 0) + (sys ?? 0),
        rssMb: (rssKb ?? 0) / 1024,
        exitCode: code ?? -1,
      });
    });
  });
}

export async function workspace(cases: number, emuUrl: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "bench-llm-"));
  await mkdir(path.join(dir, "prompts"));
  await mkdir(path.join(dir, "evals"));
  await writeFile(
    path.join(dir, "prompts/explain.prompt"),
    `---\nversion: "1.0.0"\n---\nExplain the churn risk of customer {{customer}} in one sentence.\n`,
  );
  const rows = Array.from({ length: cases }, (_, i) => ({ id: `c${i}`, customer: `Customer${i}` }));
  await writeFile(path.join(dir, "evals/cases.jsonl"), rows.map((r) => JSON.stringify(r)).join("\n"));
  await writeFile(
    path.join(dir, "evals/suite.yaml"),
    `prompts: [explain.prompt]
providers:
  - model: gpt-4o-mini
    base_url: ${emuUrl}
    api_key_env: OPENAI_API_KEY
datasets: [cases.jsonl]
defaults:
  assert:
    - { type: contains, value: "{{customer}}" }
    - { type: icontains, value: "churn" }
    - { type: cost, max: 0.01 }
    - { type: latency, max: 10000 }
`,
  );
  // The same suite for promptfoo: one prompt, the same model name (so both compute cost), the same asserts.
  await writeFile(
    path.join(dir, "prompt.txt"),
    "Explain the churn risk of customer {{customer}} in one sentence.",
  );
  const tests = rows
    .map(
      (r) => `  - vars: { customer: ${r.customer} }
    assert:
      - { type: contains, value: "${r.customer}" }
      - { type: icontains, value: "churn" }
      - { type: cost, threshold: 0.01 }
      - { type: latency, threshold: 10000 }`,
    )
    .join("\n");
  await writeFile(
    path.join(dir, "promptfooconfig.yaml"),
    `prompts: [file://prompt.txt]
providers:
  - id: openai:chat:gpt-4o-mini
    config: { apiBaseUrl: ${emuUrl}, apiKey: ${KEY} }
tests:
${tests}
`,
  );
  return dir;
}

export async function ours(dir: string, concurrency: number, emuUrl: string): Promise<Measured> {
  const cli = path.join(ROOT, "packages/cli/dist/mlops.js");
  const m = await measure(
    [
      process.execPath,
      cli,
      "eval",
      "--suites",
      "evals/suite.yaml",
      "--cache",
      "off",
      "--concurrency",
      String(concurrency),
      "--fail-on",
      "never",
    ],
    dir,
    { PATH: process.env.PATH, HOME: dir, OPENAI_API_KEY: KEY, OPENAI_BASE_URL: emuUrl },
  );
  const result = JSON.parse(
    await readFile(path.join(dir, ".mlops/results/llm-eval--explain.json"), "utf8"),
  ) as {
    durationMs: number;
  };
  return { ...m, evalS: result.durationMs / 1000 };
}

async function promptfoo(dir: string, concurrency: number): Promise<Measured> {
  const config = await mkdtemp(path.join(tmpdir(), "promptfoo-config-"));
  return measure(
    [
      process.execPath,
      PROMPTFOO_MAIN,
      "eval",
      "-c",
      "promptfooconfig.yaml",
      "--no-cache",
      "--no-progress-bar",
      "--no-table",
      "--no-share",
      "-o",
      "out.json",
      "-j",
      String(concurrency),
    ],
    dir,
    {
      PATH: process.env.PATH,
      HOME: config,
      PROMPTFOO_CONFIG_DIR: config,
      PROMPTFOO_DISABLE_TELEMETRY: "1",
      PROMPTFOO_DISABLE_UPDATE: "1",
      CI: "true",
    },
  );
}

export const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function compare(
  emu: OpenAIEmulator,
  cases: number,
  concurrency: number,
  runs: number,
): Promise<{ ours: Measured; promptfoo: Measured }> {
  const dir = await workspace(cases, emu.url);
  const a: Measured[] = [];
  const b: Measured[] = [];
  // Interleaved, so background load hits both tools alike.
  const counted = async (tool: string, run: () => Promise<Measured>): Promise<Measured> => {
    const before = emu.completions;
    const m = await run();
    // A run that did not call the model for every case measured nothing worth printing.
    if (emu.completions - before !== cases) {
      throw new Error(
        `${tool} made ${emu.completions - before} requests for ${cases} cases (exit ${m.exitCode})`,
      );
    }
    return m;
  };
  for (let i = 0; i < runs; i++) {
    a.push(await counted("mlops", () => ours(dir, concurrency, emu.url)));
    b.push(await counted("promptfoo", () => promptfoo(dir, concurrency)));
  }
  const pick = (ms: Measured[]): Measured => ({
    wallS: median(ms.map((m) => m.wallS)),
    evalS: median(ms.map((m) => m.evalS ?? Number.NaN)),
    cpuS: median(ms.map((m) => m.cpuS)),
    rssMb: median(ms.map((m) => m.rssMb)),
    exitCode: Math.max(...ms.map((m) => m.exitCode)),
  });
  return { ours: pick(a), promptfoo: pick(b) };
}

export async function evaluateLlmBench(): Promise<string> {
  ensurePromptfoo();
  const emu = await startOpenAIEmulator({ latencyMs: 50 });
  try {
    const rows: string[] = [
      "| scenario | latency floor | mlops eval | mlops wall | promptfoo wall | speed-up | mlops CPU | promptfoo CPU | mlops peak RSS | promptfoo peak RSS |",
      "|---|---|---|---|---|---|---|---|---|---|",
    ];
    const row = (name: string, floorS: number | undefined, r: { ours: Measured; promptfoo: Measured }) =>
      rows.push(
        `| ${name} | ${floorS === undefined ? "–" : `${floorS.toFixed(2)} s`} | ${r.ours.evalS?.toFixed(2)} s | ${r.ours.wallS.toFixed(2)} s | ${r.promptfoo.wallS.toFixed(2)} s | ${(r.promptfoo.wallS / r.ours.wallS).toFixed(1)}× | ${r.ours.cpuS.toFixed(2)} s | ${r.promptfoo.cpuS.toFixed(2)} s | ${r.ours.rssMb.toFixed(0)} MB | ${r.promptfoo.rssMb.toFixed(0)} MB |`,
      );
    for (const concurrency of [4, 20]) {
      const floorS = (200 * 0.05) / concurrency;
      row(`200 cases, 50 ms, concurrency ${concurrency}`, floorS, await compare(emu, 200, concurrency, 3));
    }
    row("1 case, 50 ms (start-up)", 0.05, await compare(emu, 1, 4, 3));
    emu.setLatency(0);
    row("2,000 cases, 0 ms, concurrency 20", undefined, await compare(emu, 2000, 20, 1));
    return `${rows.join("\n")}\n\n"mlops eval" is the evaluation alone (the result's durationMs); wall time is process start to exit (start-up included), median of 3 interleaved runs (1 for 2,000 cases); CPU is user + system; RSS is the peak of the largest process. promptfoo ${PROMPTFOO_VERSION} from its local bin with --no-cache. Emulator requests: ${emu.completions}.`;
  } finally {
    await emu.close();
  }
}

if (process.argv[1] === import.meta.filename) console.log(await evaluateLlmBench());
