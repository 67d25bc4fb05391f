/**
 * Black-box runs of the bundled evaluate-llm action, spawned as the runner spawns it, against the
 * OpenAI-compatible emulator, with a canary API key that must not appear in anything the action leaves.
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type OpenAIEmulator, openAIFault, startOpenAIEmulator } from "../emulators/openai-api.ts";
import { type RunActionOptions, runAction } from "../harness/run-action.ts";

const ENTRY = "actions/evaluate-llm/dist/index.js";
const CANARY = "sk-proj-canaryT3BlbkFJ0123456789abcdefghijklmnop";
let emu: OpenAIEmulator;

beforeAll(async () => {
  emu = await startOpenAIEmulator({ apiKeys: [CANARY] });
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

const PROMPT = (version: string, line: string) => `---
version: "${version}"
config: { temperature: 0, maxOutputTokens: 50 }
---
{{role "system"}}
${line}
{{role "user"}}
Customer {{customer}} has churn risk {{risk}}.
`;

async function workspace(suiteExtra = "", cases = 8): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "evaluate-llm-"));
  await mkdir(path.join(dir, "prompts"));
  await mkdir(path.join(dir, "evals"));
  await writeFile(path.join(dir, "prompts/explain.prompt"), PROMPT("1.0.0", "Explain the risk."));
  await writeFile(
    path.join(dir, "evals/churn.yaml"),
    `prompts: [explain.prompt]
providers:
  - model: gpt-4o-mini
    base_url: ${emu.url}
    max_retries: 3
datasets: [cases.jsonl]
defaults:
  assert:
    - type: icontains
      value: "{{customer}}"
${suiteExtra}`,
  );
  const rows = Array.from({ length: cases }, (_, i) =>
    JSON.stringify({ id: `c${i}`, customer: `Cust${i}`, risk: 0.5 }),
  );
  await writeFile(path.join(dir, "evals/cases.jsonl"), `${rows.join("\n")}\n`);
  return dir;
}

function run(
  cwd: string,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
): RunActionOptions {
  return {
    entry: ENTRY,
    cwd,
    inputs: { junit: ".mlops/junit.xml", ...inputs },
    env: { OPENAI_API_KEY: CANARY, ...env },
    eventName: "push",
  };
}

async function everything(dir: string): Promise<string> {
  let text = "";
  for (const f of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (f.isFile() && !f.parentPath.includes(`${path.sep}.git`))
      text += await readFile(path.join(f.parentPath, f.name), "utf8");
  }
  return text;
}

describe("evaluate-llm action", () => {
  it("evaluates the suite, writes results and JUnit, sets outputs, and never leaks the key", async () => {
    const ws = await workspace();
    emu.script({ match: { contains: "Cust3 " }, reply: { content: `Key ${CANARY} and Cust3` }, times: 1 });
    emu.faults.add(openAIFault(429, { retryAfter: "0", times: 2 }));
    const result = await runAction(run(ws));
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.status).toBe("pass");
    expect(result.outputs["cost-usd"]).toMatch(/^\d/);
    const [resultPath] = result.outputs["result-paths"]!.split("\n");
    const envelope = JSON.parse(await readFile(resultPath!, "utf8"));
    expect(envelope).toMatchObject({
      kind: "llm-eval",
      subject: { name: "explain", version: "1.0.0" },
      status: "pass",
    });
    expect(envelope.metrics.pass_rate.value).toBe(1);
    expect(await readFile(path.join(ws, ".mlops/junit.xml"), "utf8")).toContain(
      'tests="8" failures="0" errors="0"',
    );
    const leftovers = (await everything(ws)) + result.stdout + result.stderr + result.summary;
    expect(leftovers).not.toContain(CANARY);
    expect(leftovers).toContain("***");
  });

  it("grades LLM-judged assertions with the judge prompts shipped beside the bundle", async () => {
    const judged = `    - type: factuality
      value: "{{customer}} may churn"
      threshold: 1
judge:
  model: judge-model
  base_url: ${emu.url}
  price: { input: 1, output: 2 }
`;
    const ws = await workspace(judged, 2);
    emu.script({
      match: { model: "judge-model", contains: "You compare a submitted answer with an expert answer" },
      reply: { content: JSON.stringify({ category: "A", reason: "consistent subset" }) },
    });
    const result = await runAction(run(ws));
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    const [resultPath] = result.outputs["result-paths"]!.split("\n");
    const envelope = JSON.parse(await readFile(resultPath!, "utf8"));
    expect(envelope.metrics.factuality).toMatchObject({ value: 1, n: 2 });
    expect(envelope.metrics.grader_cost_usd.value).toBeGreaterThan(0);
    expect(emu.requests.filter((r) => r.body.model === "judge-model")).toHaveLength(2);
  });

  it("runs a pull request's grader module in a process without the key or the runner's files", async () => {
    const ws = await workspace(
      "tests:\n  - vars: { customer: Cust0, risk: 0.5 }\n    assert:\n      - type: custom\n        module: spy.mjs\n",
      1,
    );
    await writeFile(
      path.join(ws, "evals/spy.mjs"),
      [
        "import { appendFileSync } from 'node:fs';",
        "export default () => {",
        "  if (process.env.GITHUB_ENV) appendFileSync(process.env.GITHUB_ENV, 'OPENAI_BASE_URL=http://evil\\n');",
        "  console.log('::error::forged by the grader');",
        "  const leaked = process.env.OPENAI_API_KEY;",
        "  return { pass: leaked === undefined, reason: leaked ? 'stole ' + leaked : 'no key here' };",
        "};",
      ].join("\n"),
    );
    const result = await runAction(run(ws));
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).not.toContain("forged by the grader");
    expect(result.commands.filter((c) => c.command === "error")).toEqual([]);
    expect(JSON.stringify(result.outputs)).not.toContain("evil");
    // The grader passes only where the key is not.
    const envelope = JSON.parse(await readFile(result.outputs["result-paths"]!.split("\n")[0]!, "utf8"));
    expect(envelope.metrics.pass_rate.value).toBe(1);
  });

  it("compares with the base branch and fails the step on a gated regression", async () => {
    const ws = await workspace(
      "gates:\n  - metric: pass_rate\n    non_inferiority_margin: 0.05\n  - metric: regressions\n    max: 0\n",
    );
    const git = (...args: string[]) => execFileSync("git", args, { cwd: ws, stdio: "pipe" });
    git("init", "-q", "-b", "main");
    git("-c", "user.email=t@example.com", "-c", "user.name=t", "add", ".");
    git("-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", "base");
    await writeFile(path.join(ws, "prompts/explain.prompt"), PROMPT("1.1.0", "Explain the risk tersely."));
    emu.script({ match: { regex: "tersely[\\s\\S]*Cust[0-3] " }, reply: { content: "They may churn." } });
    const result = await runAction(run(ws, { base: "main" }));
    expect(result.exitCode).toBe(1);
    expect(result.outputs.status).toBe("fail");
    const envelope = JSON.parse(await readFile(result.outputs["result-paths"]!, "utf8"));
    expect(envelope.subject.baseline.version).toBe("1.0.0");
    expect(envelope.metrics.regressions.value).toBe(4);
    expect(envelope.checks.find((c: { id: string }) => c.id === "gate:regressions").status).toBe("fail");

    const lenient = await runAction(run(ws, { base: "main", "fail-on": "never" }));
    expect(lenient.exitCode).toBe(0);
    expect(lenient.outputs.status).toBe("fail");
  });

  it("fails a bad suite with its file and line, without a stack trace", async () => {
    const ws = await workspace("repeats: 3\n");
    const result = await runAction(run(ws));
    expect(result.exitCode).toBe(1);
    const error = result.commands.find((c) => c.command === "error");
    expect(error?.properties.file).toMatch(/evals\/churn\.yaml$/);
    expect(error?.properties.line).toBe("11");
    expect(error?.message).toMatch(/unknown key "repeats"[\s\S]*did you mean "repeat"/);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
    // The report still sees the failure: an error result naming the file and line.
    const [file] = await readdir(path.join(ws, ".mlops/results"));
    const envelope = JSON.parse(await readFile(path.join(ws, ".mlops/results", file!), "utf8"));
    expect(envelope).toMatchObject({ kind: "llm-eval", status: "error" });
    expect(envelope.checks[0]).toMatchObject({
      id: "configuration",
      location: { file: "evals/churn.yaml", line: 11 },
    });
    expect(result.outputs.status).toBe("error");
    expect(emu.completions).toBe(0);
  });

  it.each(["-1", "0", "abc", "2.5"])(
    "refuses concurrency %s, naming the input, before any call",
    async (value) => {
      const ws = await workspace();
      const result = await runAction(run(ws, { concurrency: value }));
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toContain(
        `input "concurrency" must be a whole number of at least 1; found "${value}"`,
      );
      const [file] = await readdir(path.join(ws, ".mlops/results"));
      const envelope = JSON.parse(await readFile(path.join(ws, ".mlops/results", file!), "utf8"));
      expect(envelope.checks).toEqual([
        expect.objectContaining({ id: "input.concurrency", title: 'input "concurrency"', status: "error" }),
      ]);
      expect(emu.completions).toBe(0);
    },
  );

  it("turns a missing API key into one clear message", async () => {
    const ws = await workspace();
    const result = await runAction({ ...run(ws), env: {} });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/OPENAI_API_KEY is not set/);
  });

  it("on SIGTERM stops starting calls, keeps the completed ones, writes a cancelled result; a rerun resumes", async () => {
    const ws = await workspace("", 40);
    emu.setLatency(60);
    const cancelled = await runAction({
      ...run(ws, { concurrency: "2" }),
      signal: { name: "SIGTERM", when: () => emu.completions >= 4 },
    });
    expect(cancelled.exitCode, cancelled.stdout).toBe(143);
    const made = emu.completions;
    expect(made).toBeLessThan(40);
    expect(cancelled.outputs.status).toBe("error");
    const results = path.join(ws, ".mlops/results");
    const [file] = await readdir(results);
    const envelope = JSON.parse(await readFile(path.join(results, file!), "utf8"));
    expect(envelope).toMatchObject({ kind: "llm-eval", status: "error" });
    expect(envelope.summary).toMatch(
      /^cancelled \(SIGTERM\): \d+ of 40 calls of evals\/churn\.yaml completed$/,
    );
    expect(envelope.checks).toEqual([expect.objectContaining({ id: "cancelled", status: "error" })]);
    expect(await readdir(path.join(ws, ".mlops/llm-cache/checkpoints"))).toHaveLength(1);

    emu.setLatency(0);
    const rerun = await runAction(run(ws, { concurrency: "2" }));
    expect(rerun.exitCode, rerun.stdout).toBe(0);
    // Every call completed before the cancellation is reused: the two runs together made each call once.
    expect(emu.completions).toBe(40);
    // The rerun's own results replace the cancelled one.
    const after = await readdir(results);
    expect(after).not.toContain(file);
    expect(after.length).toBeGreaterThan(0);
  });
});
