/**
 * train-validate: a paired bootstrap of 2,000 resamples over 1,000,000 predictions, per metric family,
 * and a 1,000,000-row backtest of two models through the command scorer (scoring, metrics, tests,
 * segments, walk-forward windows) run by the installed `mlops` command, as users run it, with that
 * process's peak RSS.
 */
import { spawn } from "node:child_process";
import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sha256Hex } from "@mlops/core";
import { pairedMetricBootstrap, Xoshiro128 } from "@mlops/stats";

const MLOPS = path.resolve(import.meta.dirname, "../bin/mlops.js");

/** Preloaded into the command's process: its peak RSS in KiB on stderr as it exits (worker threads share it). */
const PEAK_RSS_HOOK = `data:text/javascript,${encodeURIComponent(
  'import { isMainThread } from "node:worker_threads"; if (isMainThread) process.on("exit", () => process.stderr.write("peak-rss-kib " + process.resourceUsage().maxRSS + "\\n"));',
)}`;

/** Runs `mlops <args>` in `cwd`; its wall time, exit code and peak RSS. */
function runMlops(
  args: string[],
  cwd: string,
): Promise<{ seconds: number; code: number | null; peakMb: number }> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", PEAK_RSS_HOOK, MLOPS, ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const peak = /peak-rss-kib (\d+)/.exec(stderr);
      if (!peak)
        reject(
          new Error(`mlops ${args.join(" ")} reported no peak RSS (exit ${code}): ${stderr.slice(-500)}`),
        );
      else resolve({ seconds: (performance.now() - start) / 1000, code, peakMb: Number(peak[1]) / 1024 });
    });
  });
}

const N = 1_000_000;

function predictions(n: number) {
  const rng = new Xoshiro128(1);
  const actual = new Float64Array(n);
  const candidate = new Float64Array(n);
  const baseline = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = rng.nextFloat();
    actual[i] = rng.nextFloat() < p ? 1 : 0;
    candidate[i] = Math.min(1, Math.max(0, p + 0.1 * (rng.nextFloat() - 0.5)));
    baseline[i] = Math.min(1, Math.max(0, p + 0.3 * (rng.nextFloat() - 0.5)));
  }
  return { actual, candidate, baseline };
}

const PREDICT = `
const fs = require("node:fs");
const [modelFile, input, output] = process.argv.slice(2);
const { noise } = JSON.parse(fs.readFileSync(modelFile, "utf8"));
const lines = fs.readFileSync(input, "utf8").split("\\n");
const out = ["probability"];
for (let i = 1; i < lines.length; i++) {
  if (!lines[i]) continue;
  const x = Number(lines[i].split(",")[0]);
  out.push((i % noise === 0 ? 1 - x : x).toFixed(4));
}
fs.writeFileSync(output, out.join("\\n") + "\\n");
`;

const REGIONS = ["north", "south", "east", "west"];
const YEAR_START = Date.UTC(2025, 0, 1);

async function backtest(rows: number): Promise<{ seconds: number; status: string; peakMb: number }> {
  const dir = await mkdtemp(path.join(tmpdir(), "bench-tv-"));
  try {
    const rng = new Xoshiro128(2);
    // Written in slices, so that the peak RSS is the backtest's and not that of a 1,000,000-line string.
    await writeFile(path.join(dir, "data.csv"), "id,x,label,region,date\n");
    for (let from = 0; from < rows; from += 50_000) {
      const lines: string[] = [];
      for (let i = from; i < Math.min(rows, from + 50_000); i++) {
        const x = rng.nextFloat();
        const day = new Date(YEAR_START + Math.floor((i / rows) * 365) * 86_400_000)
          .toISOString()
          .slice(0, 10);
        lines.push(`${i},${x.toFixed(4)},${rng.nextFloat() < x ? 1 : 0},${REGIONS[i % 4]},${day}\n`);
      }
      await appendFile(path.join(dir, "data.csv"), lines.join(""));
    }
    await writeFile(path.join(dir, "predict.cjs"), PREDICT);
    await writeFile(path.join(dir, "challenger.json"), '{"noise": 20}');
    const champion = '{"noise": 10}';
    await mkdir(path.join(dir, "registry/models/m/versions"), { recursive: true });
    await writeFile(path.join(dir, "registry/champion.json"), champion);
    await writeFile(
      path.join(dir, "registry/models/m/model.yml"),
      "schemaVersion: 1\nname: m\naliases: { champion: 1.0.0 }\n",
    );
    await writeFile(
      path.join(dir, "registry/models/m/versions/1.0.0.yml"),
      `schemaVersion: 1\nversion: 1.0.0\ncreatedAt: 2026-01-01T00:00:00Z\nartifact: { uri: champion.json, sha256: ${sha256Hex(champion)} }\n`,
    );
    await writeFile(
      path.join(dir, "tv.yml"),
      `model: m\nchallenger: { model: challenger.json }\ndata: { path: data.csv, label: label, id: id, time: date }\nbacktest: { segments: [region], windows: { size: 1mo } }\nscorer:\n  type: command\n  command: '${process.execPath} predict.cjs {model} {input} {output}'\n`,
    );
    const run = await runMlops(["train-validate", "--config", "tv.yml"], dir);
    const envelope = JSON.parse(await readFile(path.join(dir, ".mlops/results/backtest--m.json"), "utf8"));
    return { seconds: run.seconds, status: `${envelope.status}, exit ${run.code}`, peakMb: run.peakMb };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function trainValidateBench(): Promise<string> {
  const bt = await backtest(N);
  const data = predictions(N);
  const rows: string[] = [];
  const labels = {
    actual: data.actual,
    candidate: data.candidate.map((p) => (p >= 0.5 ? 1 : 0)),
    baseline: data.baseline.map((p) => (p >= 0.5 ? 1 : 0)),
  };
  for (const metric of ["accuracy_score", "log_loss", "roc_auc", "precision_recall_auc"]) {
    const start = performance.now();
    await pairedMetricBootstrap(metric, metric === "accuracy_score" ? labels : data, {
      resamples: 2000,
      seed: 0,
    });
    rows.push(
      `| paired bootstrap, ${metric}, 2,000 × 1,000,000 | ${((performance.now() - start) / 1000).toFixed(2)} s |`,
    );
  }
  rows.push(
    `| backtest (mlops train-validate), 1,000,000 rows, two models via the command scorer, 9 metrics with 2,000-resample CIs (DeLong's for ROC AUC), McNemar, DeLong, 4 segments, 12 monthly windows | ${bt.seconds.toFixed(1)} s (${bt.status}), peak RSS ${bt.peakMb.toFixed(0)} MB |`,
  );
  const [load] = (await readFile("/proc/loadavg", "utf8").catch(() => "?")).split(" ");
  rows.push(`| load average (1 min) at the end | ${load} |`);
  return ["| train-validate | time |", "|---|---|", ...rows].join("\n");
}

if (import.meta.main) console.log(await trainValidateBench());
