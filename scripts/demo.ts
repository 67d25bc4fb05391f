/**
 * `npm run demo`: the whole pipeline on the example project, offline, through the same `mlops` command
 * users run — generate the example data, validate it, train and backtest the challenger against the
 * champion, evaluate the example prompt against a local OpenAI-compatible server, and render the report.
 *
 * `--no-report` stops before the report step (the dogfooding workflow runs the report action itself).
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const EXAMPLE = path.join(ROOT, "examples", "churn");
const MLOPS = path.join(ROOT, "packages", "cli", "dist", "mlops.js");
const RESULTS = ".mlops/results";

interface Step {
  title: string;
  args: string[];
  /** The step runs only when this file exists in the example (the capability is present). */
  needs?: string;
  /** Exit codes that still let the demo go on (a gate that fails on purpose is a result, not a crash). */
  okCodes?: number[];
  env?: NodeJS.ProcessEnv;
}

function run(step: Step): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    process.stdout.write(
      `\n── ${step.title}\n$ ${step.args.map((a) => path.relative(ROOT, a) || a).join(" ")}\n`,
    );
    const child = spawn(process.execPath, step.args, {
      cwd: EXAMPLE,
      stdio: "inherit",
      env: { ...process.env, GITHUB_ACTIONS: "", ...step.env },
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      process.stdout.write(`   (${((Date.now() - started) / 1000).toFixed(1)} s, exit ${code})\n`);
      resolve(code ?? 1);
    });
  });
}

const steps: Step[] = [
  { title: "Generate the example data (seeded)", args: ["generate-data.ts"] },
  {
    title: "Validate the new data against its contract and the training data (drift, leakage)",
    args: [
      MLOPS,
      "validate-data",
      "--data",
      "data/backtest.csv",
      "--reference",
      "data/train.csv",
      "--contract",
      "contract.yml",
    ],
  },
  {
    title: "Train the challenger and backtest it against the champion",
    args: [MLOPS, "train-validate", "--config", "train-validate.yml"],
  },
  {
    title: "Render the report",
    args: [MLOPS, "report", "--results", RESULTS, "--report-dir", ".mlops/report", "--fail-on", "never"],
  },
];

const noReport = process.argv.includes("--no-report");
await rm(path.join(EXAMPLE, RESULTS), { recursive: true, force: true });
let failed = false;
for (const step of steps) {
  if (noReport && step.args.includes("report")) continue;
  if (step.needs && !existsSync(path.join(EXAMPLE, step.needs))) {
    process.stdout.write(`\n── ${step.title}: skipped (${step.needs} not in the example)\n`);
    continue;
  }
  const code = await run(step);
  if (code !== 0 && !(step.okCodes ?? []).includes(code)) {
    process.stderr.write(`demo: "${step.title}" failed with exit code ${code}\n`);
    failed = true;
    break;
  }
}
if (!failed && !noReport) {
  process.stdout.write(
    `\nReport:\n  ${path.join("examples/churn/.mlops/report/report.html")}\n  ${path.join("examples/churn/.mlops/report/report.md")}\n`,
  );
}
process.exitCode = failed ? 1 : 0;
