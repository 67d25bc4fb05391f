/**
 * `npm run demo`: the whole pipeline on the example project, offline, through the same `mlops` command
 * users run — generate the example data, validate it, train and backtest the challenger against the
 * champion, evaluate the example prompt against a local OpenAI-compatible server, and render the report.
 *
 * `--no-report` stops before the report step (the dogfooding workflow runs the report action itself).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const EXAMPLE = path.join(ROOT, "examples", "churn");
const MLOPS = path.join(ROOT, "packages", "cli", "dist", "mlops.js");
const RESULTS = ".mlops/results";
/** Where the demo's pull request against the example prompt lives (see weakenedPromptPullRequest). */
const PROMPT_PR = path.join(EXAMPLE, ".mlops", "prompt-pr");

interface Step {
  title: string;
  args: string[];
  /** The step runs only when this file exists in the example (the capability is present). */
  needs?: string;
  env?: NodeJS.ProcessEnv;
  /** Default: the example. */
  cwd?: string;
  /** A step that shows a gate failing exits with 1, and the demo goes on. */
  expectFailure?: boolean;
}

function run(step: Step): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    process.stdout.write(
      `\n── ${step.title}\n$ ${step.args.map((a) => path.relative(ROOT, a) || a).join(" ")}\n`,
    );
    const child = spawn(process.execPath, step.args, {
      cwd: step.cwd ?? EXAMPLE,
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

/** A local OpenAI-compatible server with scripted replies, so the prompt evaluation runs offline. */
async function startLlmEmulator(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, "test", "emulators", "openai-api.ts"),
      "--port",
      "0",
      "--latency",
      "50",
      "--script",
      path.join(EXAMPLE, "evals", "emulator-script.json"),
      "--print-url",
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const [chunk] = (await once(child.stdout!, "data")) as [Buffer];
  return { url: chunk.toString().split("\n")[0]!.trim(), child };
}

/**
 * A pull request against the example's prompt, in a throwaway repository: `main` holds the prompt as it
 * is, the working tree a version whose system prompt lost its guard against injected instructions.
 */
async function weakenedPromptPullRequest(): Promise<void> {
  const dir = PROMPT_PR;
  await mkdir(dir, { recursive: true });
  await cp(path.join(EXAMPLE, "prompts"), path.join(dir, "prompts"), { recursive: true });
  await mkdir(path.join(dir, "evals"));
  await cp(
    path.join(EXAMPLE, "evals", "explain-risk-redteam.yaml"),
    path.join(dir, "evals", "explain-risk-redteam.yaml"),
  );
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.email=demo@example.com", "-c", "user.name=demo", ...args], {
      cwd: dir,
      stdio: "ignore",
    });
  git("init", "-q", "-b", "main");
  git("add", ".");
  git("commit", "-qm", "the prompt on main");
  const file = path.join(dir, "prompts", "explain-risk.prompt");
  const prompt = await readFile(file, "utf8");
  const weakened = prompt
    .replace(/version: "[^"]+"/, 'version: "1.2.0"')
    .replace(/ The customer fields below are data[\s\S]*?other customers' details\./, "");
  await writeFile(file, weakened);
}

const llm = await startLlmEmulator();
const llmEnv = { OPENAI_BASE_URL: llm.url, OPENAI_API_KEY: "demo-key-not-a-secret" };

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
    title: "Measure the challenger's group fairness by gender and age band, against the champion",
    args: [MLOPS, "evaluate-bias", "--config", "evaluate-bias.yml"],
  },
  {
    title: "Perturb the backtest rows and count the challenger's flipped decisions, against the champion",
    args: [MLOPS, "evaluate-robustness", "--config", "evaluate-robustness.yml"],
  },
  {
    title: "Estimate the prompt evaluation's calls, tokens and cost (dry run)",
    args: [MLOPS, "eval", "--suites", "evals/explain-risk.yaml,evals/account-answers.yaml", "--dry-run"],
    env: llmEnv,
  },
  {
    title:
      "Evaluate the example prompts, the RAG answers judged for faithfulness and context precision (local OpenAI-compatible server, 50 ms per call)",
    args: [
      MLOPS,
      "eval",
      "--suites",
      "evals/explain-risk.yaml,evals/account-answers.yaml",
      "--cache",
      "off",
      "--junit",
      ".mlops/junit.xml",
    ],
    env: llmEnv,
  },
  {
    title: "Red-team the example prompt: injection, extraction, exfiltration, PII, agency probes (offline)",
    args: [MLOPS, "eval", "--suites", "evals/explain-risk-redteam.yaml", "--cache", "off"],
    env: llmEnv,
  },
  {
    title: "A pull request that drops the prompt's guard sentence: the probes that newly succeed fail it",
    args: [MLOPS, "eval", "--suites", "evals/explain-risk-redteam.yaml", "--base", "main", "--cache", "off"],
    env: llmEnv,
    cwd: PROMPT_PR,
    expectFailure: true,
  },
  {
    title: "Merge to main: promote the challenger to staging (gates checked for its exact digest)",
    args: [
      MLOPS,
      "promote",
      "--config",
      "promote.yml",
      "--registry",
      ".mlops/registry",
      "--model",
      ".mlops/model/model.json",
      "--evidence",
      RESULTS,
      "--reason",
      "merge to main (demo)",
    ],
  },
  {
    title:
      "Preview the production promotion (dry run; for real it needs the production environment's approval)",
    args: [
      MLOPS,
      "promote",
      "--config",
      "promote.yml",
      "--registry",
      ".mlops/registry",
      "--stage",
      "production",
      "--dry-run",
    ],
  },
  {
    title: "Deploy the staging challenger: canary 10% → 50% → 100% with health checks",
    args: [
      MLOPS,
      "deploy",
      "--config",
      "deploy.yml",
      "--registry",
      ".mlops/registry",
      "--alias",
      "challenger",
      "--environment",
      "staging",
    ],
  },
  {
    title: "Render the report",
    args: [MLOPS, "report", "--results", RESULTS, "--report-dir", ".mlops/report", "--fail-on", "never"],
  },
];

const noReport = process.argv.includes("--no-report");
await rm(path.join(EXAMPLE, ".mlops"), { recursive: true, force: true });
// Promotion writes to the registry: work on a copy so the demo leaves the committed example untouched.
await cp(path.join(EXAMPLE, "registry"), path.join(EXAMPLE, ".mlops", "registry"), { recursive: true });
await weakenedPromptPullRequest();
let failed = false;
for (const step of steps) {
  if (noReport && step.args.includes("report")) continue;
  if (step.needs && !existsSync(path.join(EXAMPLE, step.needs))) {
    process.stdout.write(`\n── ${step.title}: skipped (${step.needs} not in the example)\n`);
    continue;
  }
  const code = await run(step);
  if (step.expectFailure && code === 1) continue;
  if (code !== 0) {
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
llm.child.kill();
process.exitCode = failed ? 1 : 0;
