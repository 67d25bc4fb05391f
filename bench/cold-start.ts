/**
 * Cold start of every bundled action: process start to exit on its smallest real input, spawned as the
 * runner spawns it. Also the size of what each action loads from dist/ (its entry plus the chunks it
 * imports, statically or lazily).
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");

/** The smallest real input of each action, as INPUT_* values. */
const SMALLEST_INPUT: Record<string, Record<string, string>> = {
  report: { results: "results", comment: "false", artifact: "false", "if-no-results": "ignore" },
  // No config file: loads the bundle, reads the inputs and reports the missing file.
  "train-validate": { config: "train-validate.yml" },
  // No data file: loads the bundle, reads the inputs and reports the missing file.
  "validate-data": { data: "data.csv" },
  // No suite: loads the bundle, reads the inputs and reports that no suite matches.
  "evaluate-llm": { suites: "evals/*.yaml" },
  // No policy file: loads the bundle, reads the inputs and reports the missing file.
  promote: { config: "promote.yml", "registry-writes": "local" },
  deploy: { config: "deploy.yml", "registry-writes": "local" },
  // No config file: loads the bundle, reads the inputs and reports the missing file.
  "evaluate-bias": { config: "evaluate-bias.yml" },
  // No model file: loads the bundle, reads the inputs and reports the missing file.
  register: { name: "m", model: "model.json", reason: "bench", "registry-writes": "local" },
};

function runOnce(entry: string, inputs: Record<string, string>, dir: string): Promise<number> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_OUTPUT: path.join(dir, "output"),
    GITHUB_STEP_SUMMARY: path.join(dir, "summary"),
    GITHUB_WORKSPACE: dir,
    GITHUB_REPOSITORY: "org/repo",
    GITHUB_EVENT_NAME: "push",
    GITHUB_EVENT_PATH: path.join(dir, "event.json"),
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const start = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, entry)], { cwd: dir, env, stdio: "ignore" });
    child.on("error", reject);
    child.on("exit", () => resolve(Number(process.hrtime.bigint() - start) / 1e6));
  });
}

function runCli(args: string[], dir: string): Promise<number> {
  const start = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "bin/mlops.js"), ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      stdio: "ignore",
    });
    child.on("error", reject);
    child.on("exit", () => resolve(Number(process.hrtime.bigint() - start) / 1e6));
  });
}

/** The installed `mlops` command: its own start-up, and a whole run of one command on a tiny input. */
async function cliStart(runs: number): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), "bench-cli-"));
  await writeFile(path.join(dir, "d.csv"), "id,x\n1,0.5\n2,0.7\n");
  const rows = [`| CLI (bin/mlops.js) | median of ${runs} (min–max) |`, "|---|---|"];
  for (const args of [["--help"], ["validate-data", "--data", "d.csv"]]) {
    await runCli(args, dir);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await runCli(args, dir));
    rows.push(
      `| mlops ${args.join(" ")} | ${median(times).toFixed(0)} ms (${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)}) |`,
    );
  }
  return rows;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Bytes an entry loads at start-up (static imports) and all it may load later (dynamic imports too). */
function loadedBytes(entry: string): { startup: number; all: number } {
  const walk = (followDynamic: boolean) => {
    const seen = new Set<string>();
    const pattern = followDynamic
      ? /(?:from\s*|import\s*|import\(\s*)"(\.{1,2}\/[^"]+)"/g
      : /(?:from\s*|^import\s*)"(\.{1,2}\/[^"]+)"/gm;
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const m of readFileSync(file, "utf8").matchAll(pattern))
        visit(path.resolve(path.dirname(file), m[1]!));
    };
    visit(path.join(ROOT, entry));
    let bytes = 0;
    for (const f of seen) bytes += statSync(f).size;
    return bytes;
  };
  return { startup: walk(false), all: walk(true) };
}

export async function coldStart(runs = 15): Promise<string> {
  const rows: string[] = [];
  rows.push(
    `| action | cold start, median of ${runs} (min–max) | entry | loaded at start-up | loadable in all |`,
  );
  rows.push("|---|---|---|---|---|");
  for (const name of readdirSync(path.join(ROOT, "actions")).sort()) {
    const entry = `actions/${name}/dist/index.js`;
    if (!existsSync(path.join(ROOT, entry))) continue;
    const dir = await mkdtemp(path.join(tmpdir(), `bench-${name}-`));
    await writeFile(path.join(dir, "event.json"), "{}");
    const inputs = SMALLEST_INPUT[name];
    if (!inputs) throw new Error(`bench/cold-start.ts: no smallest input defined for action "${name}"`);
    await runOnce(entry, inputs, dir); // warm the file cache, as a runner's second step would be
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await runOnce(entry, inputs, dir));
    const { startup, all } = loadedBytes(entry);
    const entryBytes = statSync(path.join(ROOT, entry)).size;
    rows.push(
      `| ${name} | ${median(times).toFixed(0)} ms (${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)}) | ${(entryBytes / 1024).toFixed(1)} KiB | ${(startup / 1024).toFixed(0)} KiB | ${(all / 1024).toFixed(0)} KiB |`,
    );
  }
  let total = 0;
  for (const dir of [
    "dist/chunks",
    ...readdirSync(path.join(ROOT, "actions")).map((a) => `actions/${a}/dist`),
  ]) {
    const abs = path.join(ROOT, dir);
    if (!existsSync(abs)) continue;
    for (const f of readdirSync(abs)) total += statSync(path.join(abs, f)).size;
  }
  rows.push("");
  rows.push(`All committed action bundles and shared chunks: ${(total / 1024).toFixed(0)} KiB.`);
  rows.push("", ...(await cliStart(runs)));
  return rows.join("\n");
}
