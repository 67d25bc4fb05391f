import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type GitHubEmulator, startGitHubEmulator } from "../emulators/github-api.ts";
import { runAction, runActionsConcurrently } from "./run-action.ts";

let scripts: string;

/** Writes a throw-away entry script; bundles are self-contained, so plain ESM is enough here. */
async function script(name: string, source: string): Promise<string> {
  const file = path.join(scripts, name);
  await writeFile(file, source);
  return file;
}

beforeAll(async () => {
  scripts = await mkdtemp(path.join(tmpdir(), "harness-scripts-"));
});
afterAll(() => rm(scripts, { recursive: true, force: true }));

const PROBE = `
import fs from "node:fs";
const env = process.env;
fs.appendFileSync(env.GITHUB_OUTPUT, "report<<ghadelimiter_1\\nline one\\nname=not-a-key\\nghadelimiter_1\\n");
fs.appendFileSync(env.GITHUB_OUTPUT, "status=pass\\n");
fs.appendFileSync(env.GITHUB_STEP_SUMMARY, "## Report\\n");
console.log("::warning file=a.ts,line=3::careful");
console.log(JSON.stringify({
  inputs: { modelPath: env["INPUT_MODEL-PATH"], spaced: env["INPUT_MY_INPUT"] },
  cwd: process.cwd(),
  event: JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, "utf8")),
  files: ["GITHUB_ENV", "GITHUB_PATH", "GITHUB_STATE"].map((k) => fs.existsSync(env[k])),
  runnerTemp: fs.statSync(env.RUNNER_TEMP).isDirectory(),
  vars: Object.fromEntries(Object.entries(env).filter(([k]) => /^(GITHUB_|RUNNER_|CI$|MLOPS_)/.test(k))),
}));
`;

function probeResult(stdout: string) {
  const line = stdout.split("\n").find((l) => l.startsWith("{"))!;
  return JSON.parse(line);
}

describe("runAction", () => {
  it("runs an entry like the runner: inputs, outputs, summary, commands, event and a clean environment", async () => {
    vi.stubEnv("MLOPS_LEAK", "from the test process");
    vi.stubEnv("GITHUB_TOKEN", "ghp_must_not_leak");
    const entry = await script("probe.mjs", PROBE);
    const run = await runAction({
      entry,
      inputs: { "model-path": "models/churn.onnx", "my input": "spaced" },
      event: { pull_request: { number: 7, head: { ref: "feature" }, base: { ref: "main" } } },
      env: { GITHUB_API_URL: "http://127.0.0.1:1" },
    });
    vi.unstubAllEnvs();

    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({ report: "line one\nname=not-a-key", status: "pass" });
    expect(run.summary).toBe("## Report\n");
    expect(run.commands).toEqual([
      { command: "warning", properties: { file: "a.ts", line: "3" }, message: "careful" },
    ]);
    const probe = probeResult(run.stdout);
    expect(probe.inputs).toEqual({ modelPath: "models/churn.onnx", spaced: "spaced" });
    expect(probe.cwd).toBe(run.workspace);
    expect(probe.event.pull_request.number).toBe(7);
    expect(probe.files).toEqual([true, true, true]);
    expect(probe.runnerTemp).toBe(true);
    expect(probe.vars).toMatchObject({
      CI: "true",
      GITHUB_ACTIONS: "true",
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_REPOSITORY: "org/repo",
      GITHUB_REPOSITORY_OWNER: "org",
      GITHUB_REF: "refs/pull/7/merge",
      GITHUB_REF_NAME: "7/merge",
      GITHUB_HEAD_REF: "feature",
      GITHUB_BASE_REF: "main",
      GITHUB_WORKSPACE: run.workspace,
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_API_URL: "http://127.0.0.1:1",
      RUNNER_OS: "Linux",
    });
    expect(probe.vars).not.toHaveProperty("MLOPS_LEAK");
    expect(probe.vars).not.toHaveProperty("GITHUB_TOKEN");
    expect((await stat(run.workspace)).isDirectory()).toBe(true);
  });

  it("uses the given working directory and reports a failing exit code with stderr", async () => {
    const cwd = await mkdtemp(path.join(tmpdir(), "harness-cwd-"));
    const entry = await script(
      "fail.mjs",
      `console.error("boom in " + process.cwd()); process.exitCode = 3;`,
    );
    const run = await runAction({ entry, cwd, eventName: "push", repository: "acme/models" });
    expect(run).toMatchObject({ exitCode: 3, signal: null, workspace: cwd, outputs: {}, summary: "" });
    expect(run.stderr).toContain(`boom in ${cwd}`);
    await rm(cwd, { recursive: true, force: true });
  });

  it("kills an action that outlives its timeout", async () => {
    const entry = await script("hang.mjs", "setInterval(() => {}, 1000);");
    const run = await runAction({ entry, timeoutMs: 300 });
    expect(run).toMatchObject({ exitCode: null, signal: "SIGKILL" });
    expect(run.durationMs).toBeLessThan(5000);
  });

  it("throws on a GITHUB_OUTPUT heredoc without its closing delimiter, as the runner fails the step", async () => {
    const entry = await script(
      "bad-output.mjs",
      `import fs from "node:fs"; fs.appendFileSync(process.env.GITHUB_OUTPUT, "x<<EOF\\nnever closed\\n");`,
    );
    await expect(runAction({ entry })).rejects.toThrow(/matching delimiter not found/);
  });

  it("runs several actions at once, each with its own files", async () => {
    const entry = await script(
      "echo.mjs",
      `import fs from "node:fs";
       await new Promise((r) => setTimeout(r, 100));
       fs.appendFileSync(process.env.GITHUB_OUTPUT, "echo=" + process.env.INPUT_VALUE + "\\n");`,
    );
    const runs = await runActionsConcurrently(["a", "b", "c"].map((value) => ({ entry, inputs: { value } })));
    expect(runs.map((r) => r.outputs["echo"])).toEqual(["a", "b", "c"]);
    expect(new Set(runs.map((r) => r.workspace)).size).toBe(3);
  });
});

describe("runAction with the real toolkit against the GitHub emulator", () => {
  let emu: GitHubEmulator;
  beforeAll(async () => {
    emu = await startGitHubEmulator();
    emu.addToken("ghs_run", { login: "github-actions[bot]" });
  });
  afterAll(() => emu.close());

  it("lets @actions/core and @actions/github read the runner's variables at import time", async () => {
    const pr = emu.addPullRequest("org/repo", {});
    const entry = await script(
      "toolkit.mjs",
      `const core = await import(${JSON.stringify(import.meta.resolve("@actions/core"))});
       const github = await import(${JSON.stringify(import.meta.resolve("@actions/github"))});
       const octokit = github.getOctokit(core.getInput("github-token", { required: true }));
       const { data } = await octokit.rest.issues.createComment({
         ...github.context.repo, issue_number: github.context.issue.number, body: "from " + github.context.eventName,
       });
       core.setOutput("comment-url", data.html_url);
       core.setOutput("multi", "a\\nb: c, d %");
       core.warning("odd: text, 100%\\nsecond line", { file: "src/a,b.ts", startLine: 4, title: "T: x" });
       await core.summary.addHeading("Done").write();`,
    );
    const run = await runAction({
      entry,
      inputs: { "github-token": "ghs_run" },
      env: { GITHUB_API_URL: emu.url },
      event: { pull_request: { number: pr }, repository: { full_name: "org/repo" } },
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const [comment] = emu.comments("org/repo", pr);
    expect(comment?.body).toBe("from pull_request");
    expect(run.outputs).toEqual({ "comment-url": comment!.html_url, multi: "a\nb: c, d %" });
    expect(run.commands).toContainEqual({
      command: "warning",
      properties: { file: "src/a,b.ts", line: "4", title: "T: x" },
      message: "odd: text, 100%\nsecond line",
    });
    expect(run.summary).toContain("<h1>Done</h1>");
  });
});
