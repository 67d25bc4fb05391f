/**
 * Black-box runs of the bundled report action, spawned exactly as the runner spawns it, against the
 * GitHub API and artifact service emulators.
 */
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Check, Envelope } from "@mlops/core";
import { STICKY_MARKER_PREFIX } from "@mlops/github";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type ArtifactService, startArtifactService } from "../emulators/artifact-service.ts";
import { type GitHubEmulator, startGitHubEmulator } from "../emulators/github-api.ts";
import { type RunActionOptions, runAction, runActionsConcurrently } from "../harness/run-action.ts";

const ENTRY = "actions/report/dist/index.js";
const REPO = "org/repo";
const TOKEN = "ghs_reporttoken000000000000000000000";
const READ_ONLY = "ghs_readonlytoken0000000000000000000";

let gh: GitHubEmulator;
let artifacts: ArtifactService;
let pr: number;

beforeAll(async () => {
  gh = await startGitHubEmulator();
  artifacts = await startArtifactService();
  gh.addRepo(REPO);
  gh.addToken(TOKEN, { login: "github-actions[bot]", type: "Bot" });
  gh.addToken(READ_ONLY, { login: "github-actions[bot]", type: "Bot" }, { readOnly: true });
});
afterAll(async () => {
  await gh.close();
  await artifacts.close();
});
beforeEach(() => {
  pr = gh.addPullRequest(REPO, {
    title: "Retrain churn",
    head: { ref: "feature", sha: "a".repeat(40) },
    base: { ref: "main", sha: "b".repeat(40) },
  });
});

function check(overrides: Partial<Check> = {}): Check {
  return {
    id: "gate:accuracy",
    title: "accuracy gate",
    status: "pass",
    severity: "fail",
    observed: "0.91",
    expected: "≥ 0.8",
    gate: true,
    ...overrides,
  };
}

function envelope(overrides: Partial<Envelope> = {}): Envelope {
  return {
    schemaVersion: 1,
    kind: "backtest",
    subject: { type: "model", name: "churn", version: "1.3.0" },
    status: "pass",
    startedAt: "2026-11-23T10:00:00.000Z",
    durationMs: 1500,
    metrics: {
      accuracy: {
        value: 0.91,
        greaterIsBetter: true,
        baseline: { value: 0.9 },
        delta: { value: 0.01, ci: { lower: -0.002, upper: 0.021, level: 0.95 } },
        n: 5000,
      },
    },
    checks: [check()],
    artifacts: [],
    lineage: { gitSha: "a".repeat(40) },
    ...overrides,
  };
}

async function workspaceWith(envelopes: Envelope[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "report-ws-"));
  await mkdir(path.join(dir, ".mlops/results"), { recursive: true });
  for (const [i, e] of envelopes.entries()) {
    await writeFile(path.join(dir, ".mlops/results", `${i}-${e.kind}.json`), JSON.stringify(e, null, 2));
  }
  return dir;
}

function prRun(cwd: string, overrides: Partial<RunActionOptions> = {}): RunActionOptions {
  return {
    entry: ENTRY,
    cwd,
    inputs: { "github-token": TOKEN, artifact: "false", ...(overrides.inputs ?? {}) },
    env: { GITHUB_API_URL: gh.url, ...(overrides.env ?? {}) },
    eventName: "pull_request",
    event: {
      pull_request: {
        number: pr,
        head: { sha: "a".repeat(40), ref: "feature", repo: { full_name: REPO } },
        base: { sha: "b".repeat(40), ref: "main", repo: { full_name: REPO } },
      },
      repository: { full_name: REPO },
    },
    repository: REPO,
  };
}

const mlopsComments = () => gh.comments(REPO, pr).filter((c) => c.body.includes(STICKY_MARKER_PREFIX));

describe("report action: sticky comment", () => {
  it("creates one comment on the first run and updates it on the second", async () => {
    const ws = await workspaceWith([envelope()]);
    const first = await runAction(prRun(ws));
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(mlopsComments()).toHaveLength(1);
    expect(first.outputs["comment-url"]).toContain(`#issuecomment-${mlopsComments()[0]!.id}`);
    expect(first.outputs.status).toBe("pass");

    await writeFile(
      path.join(ws, ".mlops/results/0-backtest.json"),
      JSON.stringify(envelope({ summary: "second run" })),
    );
    const second = await runAction(prRun(ws));
    expect(second.exitCode).toBe(0);
    const comments = mlopsComments();
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain("second run");
  });

  it("leaves exactly one comment when three runs start together", async () => {
    const ws = await workspaceWith([envelope()]);
    const runs = await runActionsConcurrently([prRun(ws), prRun(ws), prRun(ws)]);
    for (const r of runs) expect(r.exitCode, r.stdout).toBe(0);
    expect(mlopsComments()).toHaveLength(1);
  });

  it("finds its comment among 120 others and leaves an impostor alone", async () => {
    const ws = await workspaceWith([envelope()]);
    const first = await runAction(prRun(ws));
    expect(first.exitCode).toBe(0);
    const ours = mlopsComments()[0]!;
    for (let i = 0; i < 120; i++) gh.seedComment(REPO, pr, { body: `comment ${i}`, user: `user${i % 7}` });
    gh.seedComment(REPO, pr, { body: ours.body, user: "mallory" });
    await writeFile(
      path.join(ws, ".mlops/results/0-backtest.json"),
      JSON.stringify(envelope({ summary: "after 120" })),
    );
    const second = await runAction(prRun(ws));
    expect(second.exitCode).toBe(0);
    const after = gh.comments(REPO, pr);
    expect(after).toHaveLength(122);
    expect(after.find((c) => c.id === ours.id)!.body).toContain("after 120");
    expect(after.find((c) => c.user.login === "mallory")!.body).not.toContain("after 120");
  });

  it("cuts a 200 KB report below 65,536 characters with a note", async () => {
    const long = "x".repeat(400);
    const many = Array.from({ length: 40 }, (_, i) =>
      envelope({
        subject: { type: "model", name: `model-${i}`, version: "1.0.0" },
        checks: Array.from({ length: 12 }, (_, j) =>
          check({ id: `c${j}`, title: `check ${j}`, status: "fail", severity: "warn", message: long }),
        ),
        status: "warn",
      }),
    );
    const ws = await workspaceWith(many);
    const run = await runAction(prRun(ws));
    expect(run.exitCode, run.stdout).toBe(0);
    const full = await readFile(path.join(ws, ".mlops/report/report.md"), "utf8");
    expect(full.length).toBeGreaterThan(200_000);
    const body = mlopsComments()[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/cut to fit GitHub's comment limit/);
  });

  it("degrades to the job summary with a warning when the token cannot comment (fork PR)", async () => {
    const ws = await workspaceWith([envelope()]);
    const run = await runAction(prRun(ws, { inputs: { "github-token": READ_ONLY } }));
    expect(run.exitCode, run.stdout).toBe(0);
    expect(mlopsComments()).toHaveLength(0);
    expect(run.commands.some((c) => c.command === "warning" && /comment/i.test(c.message))).toBe(true);
    expect(run.summary).toContain("churn");
    // The runner consumes ::add-mask:: lines; nothing else may show the token.
    const shown = run.stdout.split("\n").filter((l) => !l.startsWith("::add-mask::"));
    expect(shown.join("\n")).not.toContain(READ_ONLY);
    expect(run.summary).not.toContain(READ_ONLY);
  });
});

describe("report action: workflow_run reporting job", () => {
  it("comments on the pull request named by the pull-request input", async () => {
    const ws = await workspaceWith([envelope()]);
    const run = await runAction({
      ...prRun(ws, { inputs: { "pull-request": String(pr) } }),
      eventName: "workflow_run",
      event: {
        workflow_run: { id: 9, event: "pull_request", pull_requests: [] },
        repository: { full_name: REPO },
      },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(mlopsComments()).toHaveLength(1);
  });

  it("finds a fork's pull request from the triggering run's head, not from anything the fork uploaded", async () => {
    const sha = "f".repeat(40);
    const forkPr = gh.addPullRequest(REPO, {
      title: "Fork change",
      head: { ref: "patch-1", sha, owner: "forker" },
      base: { ref: "main", sha: "b".repeat(40) },
    });
    // Another fork's branch of the same name, at another commit: not the run's pull request.
    const other = gh.addPullRequest(REPO, {
      head: { ref: "patch-1", sha: "e".repeat(40), owner: "someone" },
      base: { ref: "main", sha: "b".repeat(40) },
    });
    const ws = await workspaceWith([envelope()]);
    const run = await runAction({
      ...prRun(ws),
      eventName: "workflow_run",
      event: {
        workflow_run: {
          id: 10,
          event: "pull_request",
          head_sha: sha,
          head_branch: "patch-1",
          head_repository: { owner: { login: "forker" } },
          pull_requests: [],
        },
        repository: { full_name: REPO },
      },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toContain(`the triggering run tested pull request #${forkPr}`);
    const marked = (n: number) => gh.comments(REPO, n).filter((c) => c.body.includes(STICKY_MARKER_PREFIX));
    expect(marked(forkPr)).toHaveLength(1);
    expect(marked(other)).toHaveLength(0);
  });

  it("rejects a pull-request input that is not a number", async () => {
    const ws = await workspaceWith([envelope()]);
    const run = await runAction(prRun(ws, { inputs: { "pull-request": "5; rm -rf /" } }));
    expect(run.exitCode).toBe(1);
    expect(run.commands.find((c) => c.command === "error")?.message).toContain('input "pull-request"');
  });
});

describe("report action: verdict and exit code", () => {
  it("fails the job on a failing fail-severity gate and names it", async () => {
    const ws = await workspaceWith([
      envelope({ status: "fail", checks: [check({ status: "fail", message: "0.7 is below 0.8" })] }),
    ]);
    const run = await runAction(prRun(ws));
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe("fail");
    expect(run.commands.some((c) => c.command === "error" && c.message.includes("accuracy gate"))).toBe(true);
  });

  it("passes with a failing warn-severity gate", async () => {
    const ws = await workspaceWith([
      envelope({ status: "warn", checks: [check({ status: "fail", severity: "warn" })] }),
    ]);
    const run = await runAction(prRun(ws));
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe("warn");
  });

  it("treats insufficient data at fail severity as blocking", async () => {
    const ws = await workspaceWith([
      envelope({ status: "fail", checks: [check({ status: "inconclusive", message: "only 40 samples" })] }),
    ]);
    const run = await runAction(prRun(ws));
    expect(run.exitCode).toBe(1);
    expect(mlopsComments()[0]!.body).toMatch(/insufficient data/i);
  });

  it("names the file and field of an invalid results file, without a stack trace", async () => {
    const ws = await workspaceWith([]);
    const bad = { ...envelope(), status: "passed" };
    await writeFile(path.join(ws, ".mlops/results/bad.json"), JSON.stringify(bad, null, 2));
    const run = await runAction(prRun(ws));
    expect(run.exitCode).toBe(1);
    const error = run.commands.find((c) => c.command === "error");
    expect(error?.properties.file).toContain("bad.json");
    expect(error?.message).toContain("(status)");
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it("fails when there are no results unless told otherwise", async () => {
    const ws = await workspaceWith([]);
    expect((await runAction(prRun(ws))).exitCode).toBe(1);
    expect((await runAction(prRun(ws, { inputs: { "if-no-results": "ignore" } }))).exitCode).toBe(0);
  });
});

describe("report action: untrusted text", () => {
  it("renders <script>, @-mentions, pipes and backticks inert in the comment, the summary and the HTML", async () => {
    const evil = "<script>alert(1)</script> @org/team a|b `code` ```fence";
    const ws = await workspaceWith([
      envelope({
        subject: { type: "model", name: evil },
        summary: evil,
        checks: [check({ title: evil, message: evil, status: "fail", severity: "warn" })],
        status: "warn",
      }),
    ]);
    const run = await runAction(prRun(ws, { inputs: { artifact: "false" } }));
    expect(run.exitCode, run.stdout).toBe(0);
    const comment = mlopsComments()[0]!.body;
    const html = await readFile(path.join(ws, ".mlops/report/report.html"), "utf8");
    for (const text of [comment, run.summary]) {
      expect(text).not.toContain("<script>");
      expect(text).not.toMatch(/(^|[^&#\w])@org\/team/);
      expect(text).not.toContain("```fence");
    }
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).toContain("&lt;script&gt;");
  });
});

describe("report action: artifact and check run", () => {
  it("uploads the report and links it from the comment; creates a check run when asked", async () => {
    const ws = await workspaceWith([
      envelope({
        status: "warn",
        checks: [check({ status: "fail", severity: "warn", location: { file: "data/train.csv", line: 3 } })],
      }),
    ]);
    const run = await runAction(
      prRun(ws, {
        inputs: { artifact: "true", check: "true" },
        env: {
          ACTIONS_RESULTS_URL: artifacts.url,
          ACTIONS_RUNTIME_TOKEN: artifacts.runtimeToken,
          GITHUB_RUN_ID: "77",
        },
      }),
    );
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const stored = artifacts.artifacts().filter((a) => a.name === "mlops-report");
    expect(stored.length).toBeGreaterThan(0);
    expect(run.outputs["artifact-url"]).toMatch(/\/actions\/runs\/77\/artifacts\//);
    expect(mlopsComments()[0]!.body).toContain(run.outputs["artifact-url"]!);
    const checkRun = gh.checkRuns(REPO).at(-1)!;
    expect(checkRun.conclusion).toBe("neutral");
    expect(checkRun.output.annotations).toHaveLength(1);
  });
});
