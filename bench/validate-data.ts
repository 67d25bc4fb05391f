/**
 * validate-data on a million rows: a seeded 20-column CSV of mixed types (ids, numbers, categories,
 * dates, a label) against a 1,000,000-row reference, with a contract on every column and drift on every
 * column but the identifier (dates by KS, which they only get when asked). Reports wall time, peak RSS
 * of the child process (`/usr/bin/time -f %M`; the reference is read on a worker thread of the same
 * process) and rows per second, then the same with 4,000,000 rows to show whether memory stays flat.
 * The 1-minute load average before each run says how busy the machine was.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const CLI = path.join(ROOT, "packages/cli/dist/mlops.js");

const CATEGORIES = ["alpha", "beta", "gamma", "delta", "epsilon"];
const HEADER = "id,f1,f2,f3,f4,f5,f6,i1,i2,i3,c1,c2,c3,c4,flag,day,stamp,code,score,label";

/** Seeded rows; `shift` moves two numeric columns and one category mix, so drift has something to find. */
async function writeData(file: string, rows: number, seed: number, shift: number): Promise<void> {
  let s = seed >>> 0;
  const r = () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 4294967296;
  };
  const out = createWriteStream(file);
  let buf = `${HEADER}\n`;
  for (let i = 0; i < rows; i++) {
    const day = 1 + Math.floor(r() * 28);
    const month = 1 + Math.floor(r() * 12);
    const cat = CATEGORIES[Math.floor(r() * (r() < shift ? 2 : 5))]!;
    buf += `${seed}-${i},${(r() * 100 + shift * 10).toFixed(2)},${(r() * r() * 1000).toFixed(3)},${(r() - 0.5).toFixed(4)},${(r() * 50).toFixed(1)},${(r() * 1e5).toFixed(2)},${(r() * 3 + shift).toFixed(3)},${Math.floor(r() * 100)},${Math.floor(r() * 10)},${Math.floor(r() * 5)},${cat},${CATEGORIES[Math.floor(r() * 3)]},"${CATEGORIES[Math.floor(r() * 4)]}, x",k${Math.floor(r() * 40)},${r() < 0.5},2025-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")},2025-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}T${String(Math.floor(r() * 24)).padStart(2, "0")}:00:00Z,Z${Math.floor(r() * 900) + 100},${r().toFixed(5)},${r() < 0.3 ? 1 : 0}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, "drain");
      buf = "";
    }
  }
  out.end(buf);
  await once(out, "finish");
}

const CONTRACT = `name: bench
label: label
prediction: score
columns:
  id: { type: string, nullable: false, unique: true }
  f1: { type: number, min: 0, max: 200 }
  f2: { type: number, min: 0 }
  f3: { type: number, min: -1, max: 1 }
  f4: { type: number, min: 0, max: 50 }
  f5: { type: number, min: 0 }
  f6: { type: number, min: 0 }
  i1: { type: integer, min: 0, max: 99 }
  i2: { type: integer, min: 0, max: 9 }
  i3: { type: integer, allowed: [0, 1, 2, 3, 4] }
  c1: { type: string, allowed: [alpha, beta, gamma, delta, epsilon] }
  c2: { type: string, allowed: [alpha, beta, gamma] }
  c3: { type: string, maxLength: 20 }
  c4: { type: string, regex: "k\\\\d+" }
  flag: { type: boolean }
  day: { type: date }
  stamp: { type: datetime }
  code: { type: string, minLength: 4, maxLength: 4 }
  score: { type: number, min: 0, max: 1 }
  label: { type: integer, allowed: [0, 1] }
table:
  rules:
    - check: f4 <= 50
drift:
  columns:
    day: { method: ks }
    stamp: { method: ks }
`;

interface Run {
  wallMs: number;
  maxRssMb: number;
}

async function timed(args: string[]): Promise<Run> {
  const start = process.hrtime.bigint();
  const child = spawn("/usr/bin/time", ["-f", "%M", process.execPath, CLI, ...args], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  const [code] = (await once(child, "exit")) as [number];
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const kb = Number(stderr.trim().split("\n").at(-1));
  if (code !== 0 || !Number.isFinite(kb))
    throw new Error(`validate-data failed (${code}): ${stderr.slice(-500)}`);
  return { wallMs, maxRssMb: kb / 1024 };
}

export async function validateDataBenchmark(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "bench-validate-data-"));
  try {
    const reference = path.join(dir, "reference.csv");
    const contract = path.join(dir, "contract.yml");
    await writeFile(contract, CONTRACT);
    await writeData(reference, 1_000_000, 1, 0);
    const rowsOut: string[] = [];
    const peaks: number[] = [];
    for (const rows of [1_000_000, 4_000_000]) {
      const data = path.join(dir, `data-${rows}.csv`);
      await writeData(data, rows, 2, 0.2);
      const load = loadavg()[0]!;
      const run = await timed([
        "validate-data",
        "--data",
        data,
        "--reference",
        reference,
        "--contract",
        contract,
        "--results-dir",
        path.join(dir, "results"),
        "--fail-on",
        "never",
      ]);
      const scanned = rows + 1_000_000;
      peaks.push(run.maxRssMb);
      rowsOut.push(
        `| ${rows.toLocaleString("en-US")} × 20 vs 1,000,000 | ${(run.wallMs / 1000).toFixed(1)} s | ${Math.round(run.maxRssMb)} MB | ${Math.round((scanned * 1000) / run.wallMs).toLocaleString("en-US")} | ${load.toFixed(2)} |`,
      );
      await rm(data);
    }
    const [small, large] = peaks as [number, number];
    return [
      "| data vs reference (CSV, contract + drift on every column) | wall | peak RSS | rows/s (both files) | load (1 min) |",
      "|---|---|---|---|---|",
      ...rowsOut,
      "",
      `Peak memory from 1M to 4M rows: ${Math.round(small)} MB → ${Math.round(large)} MB (${large >= small ? "+" : ""}${Math.round(large - small)} MB, ${(large / small).toFixed(2)}×) on ${availableParallelism()} cores.`,
    ].join("\n");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) console.log(await validateDataBenchmark());
