/**
 * The whole pipeline on one pull request, every action spawned as the runner spawns it, with a secret of
 * every kind a run can meet planted where a careless server, model, config or dataset would leak it:
 * none may appear in any log, output, job summary, result file, cache, journal, registry or audit
 * record, report, comment, check run or other request the actions send to GitHub.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ArtifactService, startArtifactService } from "./emulators/artifact-service.ts";
import { type GitHubEmulator, startGitHubEmulator } from "./emulators/github-api.ts";
import { listenOnLoopback, readBody } from "./emulators/loopback.ts";
import { type ModelServer, startModelServer } from "./emulators/model-server.ts";
import { type OpenAIEmulator, startOpenAIEmulator } from "./emulators/openai-api.ts";
import { type ActionRun, type RunActionOptions, runAction } from "./harness/run-action.ts";

// Assembled at run time so the repository holds nothing a secret scanner would flag.
const OPENAI_KEY = `sk-proj-${"sweepC4nary".repeat(4)}`;
const GITHUB_TOKEN = `gh${"s"}_${"Sw33pT0ken".repeat(4).slice(0, 36)}`;
const SCORER_TOKEN = "scorer-secret-4b9e1d7a";
const HEALTH_PASSWORD = "health-pass-8c2f5e";
const DATA_TOKEN = `gh${"p"}_${"DataT0kenZ".repeat(4).slice(0, 36)}`;
const CANARIES = {
  "OpenAI key (an action's environment)": OPENAI_KEY,
  "GitHub token (a secret input)": GITHUB_TOKEN,
  "${VAR} expanded into a scorer header": SCORER_TOKEN,
  "URL credentials of a health check": HEALTH_PASSWORD,
  "token-shaped value in the data": DATA_TOKEN,
};

const REPO = "org/churn";
const SHA = "c".repeat(40);
let gh: GitHubEmulator;
let artifacts: ArtifactService;
let llm: OpenAIEmulator;
let model: ModelServer;
/** Answers every request 500, echoing its headers, as a misconfigured proxy does. */
let echo: Awaited<ReturnType<typeof listenOnLoopback>>;
/** A health endpoint behind basic auth. */
let health: Awaited<ReturnType<typeof listenOnLoopback>>;
const seen = { scorerHeader: false, healthAuth: false, echoed: false };

beforeAll(async () => {
  gh = await startGitHubEmulator();
  gh.addRepo(REPO);
  gh.addToken(GITHUB_TOKEN, { login: "github-actions[bot]", type: "Bot" });
  artifacts = await startArtifactService();
  llm = await startOpenAIEmulator({ apiKeys: [OPENAI_KEY], echoKey: true });
  // The model repeats the key it was sent, as a prompt-injected or careless model can.
  llm.script({ reply: { content: `Cust0, Cust1 and Cust2 are at risk. (debug: key=${OPENAI_KEY})` } });
  model = await startModelServer((row) => {
    return Number(row["x"]) / 100;
  });
  echo = await listenOnLoopback(async (req, res) => {
    await readBody(req);
    if (String(req.headers.authorization).includes(SCORER_TOKEN)) seen.scorerHeader = true;
    seen.echoed = true;
    res.writeHead(500, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: "upstream failed", request_headers: req.headers }));
  });
  const expected = `Basic ${Buffer.from(`deployer:${HEALTH_PASSWORD}`).toString("base64")}`;
  health = await listenOnLoopback(async (req, res) => {
    req.resume();
    const ok = req.headers.authorization === expected;
    if (ok) seen.healthAuth = true;
    res.writeHead(ok ? 200 : 401, { "content-type": "text/plain" });
    res.end(ok ? "ok" : `401: bad credentials ${req.headers.authorization ?? ""}`);
  });
});
afterAll(async () => {
  await Promise.all([
    gh.close(),
    artifacts.close(),
    llm.close(),
    model.close(),
    echo.close(),
    health.close(),
  ]);
});

async function workspace(): Promise<string> {
  const ws = await mkdtemp(path.join(tmpdir(), "mlops-sweep-"));
  const files: Record<string, string> = {
    "data.csv": [
      "id,x,note,label",
      ...Array.from({ length: 200 }, (_, i) => {
        const x = (i * 37) % 100;
        return `C${i},${x},${i === 7 ? DATA_TOKEN : "ok"},${x + ((i * 53) % 41) > 70 ? 1 : 0}`;
      }),
    ].join("\n"),
    "contract.yml": 'name: churn\ncolumns:\n  note: {type: string, regex: "^ok$"}\n  x: {type: number}\n',
    "model.json": '{"weights": [1]}\n',
    "tv.yml": [
      "model: churn",
      "task: classification",
      "challenger: {model: model.json}",
      "data: {path: data.csv, label: label, id: id}",
      "scorer:",
      "  type: http",
      `  url: ${model.url}`,
      "  dialect: mlflow",
      `  headers: {authorization: 'Bearer \${MLOPS_SCORER_TOKEN}'}`,
      "  retries: 0",
      "backtest: {primary_metric: roc_auc, bootstrap: {resamples: 200, seed: 1}}",
      "gates:",
      "  - metric: roc_auc",
      "    threshold: 0.5",
    ].join("\n"),
    "tv-broken.yml": [
      "model: churn-broken",
      "task: classification",
      "challenger: {model: model.json}",
      "data: {path: data.csv, label: label, id: id}",
      "scorer:",
      "  type: http",
      `  url: ${echo.url}/predict`,
      `  headers: {authorization: 'Bearer \${MLOPS_SCORER_TOKEN}'}`,
      "  retries: 0",
      "backtest: {primary_metric: roc_auc}",
    ].join("\n"),
    "prompts/explain.prompt": '---\nversion: "1.0.0"\n---\nExplain the churn risk of {{customer}}.',
    "evals/churn.yaml": [
      "prompts: [explain.prompt]",
      "providers:",
      "  - model: gpt-4o-mini",
      `    base_url: ${llm.url}`,
      "datasets: [cases.jsonl]",
      "defaults:",
      "  assert:",
      "    - type: icontains",
      '      value: "{{customer}}"',
    ].join("\n"),
    "evals/cases.jsonl": Array.from({ length: 3 }, (_, i) => JSON.stringify({ customer: `Cust${i}` })).join(
      "\n",
    ),
    "promote.yml": [
      "model: churn",
      "registry: registry",
      "artifacts: registry",
      "evidence: {kinds: [backtest]}",
      "stages:",
      "  - name: production",
      "    alias: champion",
    ].join("\n"),
    "deploy.yml": [
      "model: churn",
      "registry: registry",
      "alias: champion",
      "environment: production",
      "strategy: {type: rolling}",
      "templates: templates",
      "route: {name: churn, gateway: public}",
      `apply: ${process.execPath} -e 0 {manifests}`,
      "health:",
      `  url: http://deployer:${HEALTH_PASSWORD}@127.0.0.1:${new URL(health.url).port}/health/{version}`,
      "  timeout: 20s",
      "  interval: 50ms",
    ].join("\n"),
    "templates/deployment.yaml":
      "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ name }}\n  labels: {version: '{{ version }}'}\n",
  };
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(ws, rel)), { recursive: true });
    await writeFile(path.join(ws, rel), text);
  }
  return ws;
}

const event = {
  pull_request: {
    number: 0,
    head: { sha: SHA, ref: "retrain", repo: { full_name: REPO } },
    base: { sha: "d".repeat(40), ref: "main", repo: { full_name: REPO } },
  },
  repository: { full_name: REPO },
};

function step(ws: string, action: string, inputs: Record<string, string>): RunActionOptions {
  // The prompt is new in this pull request's repository, so it is evaluated as on a push: no base.
  const eventName = action === "evaluate-llm" ? "push" : "pull_request";
  return {
    entry: `actions/${action}/dist/index.js`,
    cwd: ws,
    inputs,
    env: {
      OPENAI_API_KEY: OPENAI_KEY,
      MLOPS_SCORER_TOKEN: SCORER_TOKEN,
      GITHUB_API_URL: gh.url,
      ACTIONS_RESULTS_URL: artifacts.url,
      ACTIONS_RUNTIME_TOKEN: artifacts.runtimeToken,
      GITHUB_SHA: SHA,
    },
    eventName,
    event,
    repository: REPO,
    timeoutMs: 120_000,
  };
}

async function filesUnder(dir: string): Promise<string> {
  let text = "";
  for (const f of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (f.isFile()) text += `\n${await readFile(path.join(f.parentPath, f.name), "utf8")}`;
  }
  return text;
}

describe("canary secrets across the whole pipeline", () => {
  it("reach no log, output, summary, result, cache, journal, registry, audit record, report, comment or check run", async () => {
    const ws = await workspace();
    event.pull_request.number = gh.addPullRequest(REPO, {
      title: "Retrain churn",
      head: { ref: "retrain", sha: SHA },
      base: { ref: "main", sha: "d".repeat(40) },
    });
    const token = { "github-token": GITHUB_TOKEN };
    const runs: [string, ActionRun][] = [];
    const run = async (action: string, inputs: Record<string, string>, expectedExit: number) => {
      const r = await runAction(step(ws, action, inputs));
      runs.push([action, r]);
      expect(r.exitCode, `${action}\n${r.stdout}\n${r.stderr}`).toBe(expectedExit);
      return r;
    };

    await run("validate-data", { data: "data.csv", contract: "contract.yml" }, 1);
    await run("train-validate", { config: "tv-broken.yml" }, 1);
    await run("train-validate", { config: "tv.yml" }, 0);
    await run("evaluate-llm", { suites: "evals/churn.yaml", cache: "use", "only-changed": "false" }, 0);
    await run(
      "promote",
      { config: "promote.yml", model: "model.json", "registry-writes": "local", ...token },
      0,
    );
    await run("deploy", { config: "deploy.yml", "registry-writes": "local", ...token }, 0);
    await run("report", { ...token, check: "true", artifact: "true" }, 1);

    // Each canary was really in play: sent, echoed back or read.
    expect(seen).toEqual({ scorerHeader: true, healthAuth: true, echoed: true });
    expect(llm.completions).toBeGreaterThan(0);
    expect(await readFile(path.join(ws, "data.csv"), "utf8")).toContain(DATA_TOKEN);

    const everywhere: [string, string][] = [
      ...runs.map(([action, r]): [string, string] => [
        `${action} log, outputs and summary`,
        // The runner takes add-mask commands in and never prints them.
        [r.stdout.replace(/^::add-mask::.*$/gm, ""), r.stderr, JSON.stringify(r.outputs), r.summary].join(
          "\n",
        ),
      ]),
      ["results, cache, journal, registry, audit log and report", await filesUnder(path.join(ws, ".mlops"))],
      ["registry folder", await filesUnder(path.join(ws, "registry"))],
      ["comments", JSON.stringify(gh.comments(REPO, event.pull_request.number))],
      ["check runs", JSON.stringify(gh.checkRuns(REPO))],
      ["every request sent to GitHub", JSON.stringify(gh.requests.map((r) => [r.path, r.query, r.body]))],
      [
        "uploaded artifacts",
        artifacts
          .artifacts()
          .map((a) => a.name)
          .join("\n"),
      ],
    ];
    // The places were written to at all.
    expect(gh.comments(REPO, event.pull_request.number)).toHaveLength(1);
    expect(gh.checkRuns(REPO)).toHaveLength(1);
    expect(artifacts.artifacts().length).toBeGreaterThan(0);
    for (const [where, text] of everywhere) {
      for (const [kind, secret] of Object.entries(CANARIES)) {
        expect(text.includes(secret), `${kind} in ${where}`).toBe(false);
      }
    }
  });
});
