import { execFileSync, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError, createLogger, type Envelope, formatError, readEnvelopes } from "@mlops/core";
import { judgePromptDir } from "@mlops/llm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  messageText,
  type OpenAIEmulator,
  openAIFault,
  startOpenAIEmulator,
} from "../../../../test/emulators/openai-api.ts";
import { runEvaluateLlm } from "./eval-command.ts";
import { runMerge } from "./merge-command.ts";

const CANARY = "sk-canary-7f3a9c1e5b2d4f6a8c0e1f2a3b4c5d6e";
let emu: OpenAIEmulator;
let lines: string[];
const logger = createLogger({ github: false, write: (t) => lines.push(t) });

beforeAll(async () => {
  emu = await startOpenAIEmulator({ apiKeys: [CANARY] });
});
afterAll(() => emu.close());
beforeEach(() => {
  emu.reset();
  lines = [];
});

const PROMPT = (version: string, instruction: string) => `---
version: "${version}"
model: openai/gpt-4o-mini
config:
  temperature: 0
  maxOutputTokens: 64
input:
  schema:
    customer: string
    risk: number
---
{{role "system"}}
${instruction}
{{role "user"}}
Customer {{customer}} has churn risk {{risk}}.
`;

function suite(extra = ""): string {
  return `description: churn explanations
prompts: [explain.prompt]
providers:
  - model: gpt-4o-mini
    base_url: ${emu.url}
    api_key_env: OPENAI_API_KEY
    concurrency: 4
    max_retries: 5
    timeout_ms: 2000
datasets: [cases.jsonl]
defaults:
  assert:
    - type: icontains
      value: "{{customer}}"
    - type: not-contains
      value: "guarantee"
budgets:
  total_usd: 1
${extra}`;
}

async function workspace(cases = 12, suiteText = suite()): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "llm-eval-"));
  await mkdir(path.join(dir, "prompts"));
  await mkdir(path.join(dir, "evals"));
  await writeFile(
    path.join(dir, "prompts/explain.prompt"),
    PROMPT("1.0.0", "Explain the churn risk kindly."),
  );
  await writeFile(path.join(dir, "evals/churn.yaml"), suiteText);
  const rows = Array.from({ length: cases }, (_, i) =>
    JSON.stringify({ id: `c${i}`, customer: `Cust${i}`, risk: i / cases }),
  );
  await writeFile(path.join(dir, "evals/cases.jsonl"), `${rows.join("\n")}\n`);
  return dir;
}

const io = (cwd: string) => ({
  logger,
  cwd,
  env: { OPENAI_API_KEY: CANARY },
  retryBaseMs: 5,
  progressStream: { write: () => true },
});

/** The workspace as it is, committed on `main`: the base the next changes are compared with. */
function commitBase(cwd: string): void {
  const git = (...args: string[]) => execFileSync("git", args, { cwd, stdio: "pipe" });
  git("init", "-q", "-b", "main");
  git("-c", "user.email=t@example.com", "-c", "user.name=t", "add", ".");
  git("-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", "base");
}

async function envelopes(cwd: string): Promise<Envelope[]> {
  return (await readEnvelopes(".mlops/results", { cwd })).envelopes;
}

async function allFiles(dir: string): Promise<string> {
  let text = "";
  for (const f of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (f.isFile()) text += await readFile(path.join(f.parentPath, f.name), "utf8");
  }
  return text;
}

describe("runEvaluateLlm", () => {
  it("evaluates a suite, writes an envelope and JUnit, and caches every call", async () => {
    const cwd = await workspace();
    const first = await runEvaluateLlm({ junit: "junit.xml" }, io(cwd));
    expect(first.status).toBe("pass");
    expect(emu.completions).toBe(12);
    const [env] = await envelopes(cwd);
    expect(env?.subject).toMatchObject({ type: "prompt", name: "explain", version: "1.0.0" });
    expect(env?.metrics.pass_rate?.value).toBe(1);
    expect(env?.metrics.pass_rate?.ci?.method).toBe("Wilson score");
    expect(env?.metrics.total_cost_usd?.value).toBeGreaterThan(0);
    expect(env?.checks.find((c) => c.id === "budget:total_cost_usd")?.status).toBe("pass");
    const junit = await readFile(path.join(cwd, "junit.xml"), "utf8");
    expect(junit).toContain('<testsuite name="explain@1.0.0 (head)" tests="12" failures="0" errors="0"');

    const second = await runEvaluateLlm({}, io(cwd));
    expect(second.results.every((r) => r.cached)).toBe(true);
    expect(emu.completions).toBe(12);
  });

  it("survives 429 storms with Retry-After, 5xx bursts, timeouts, drops and malformed bodies with the fault-free numbers", async () => {
    const cwd = await workspace(12, suite().replace("timeout_ms: 2000", "timeout_ms: 400"));
    await runEvaluateLlm({ cache: "off" }, io(cwd));
    const clean = (await envelopes(cwd))[0]!;
    emu.reset();
    emu.faults.add(openAIFault(429, { retryAfter: "0.05", times: 6 }));
    emu.faults.add(openAIFault(503, { times: 3 }));
    emu.faults.add({ path: "/v1/chat/completions", drop: true, times: 2 });
    emu.faults.add({ path: "/v1/chat/completions", status: 200, rawBody: '{"choices": [', times: 2 });
    emu.faults.add({ path: "/v1/chat/completions", delayMs: 1000, times: 2 });
    const faulty = await runEvaluateLlm({ cache: "off" }, io(cwd));
    expect(faulty.status).toBe("pass");
    const env = (await envelopes(cwd))[0]!;
    for (const name of ["pass_rate", "total_tokens", "total_cost_usd", "errors"]) {
      expect(env.metrics[name]?.value).toBe(clean.metrics[name]?.value);
    }
    expect(faulty.results.some((r) => (r.attempts ?? 0) > 1)).toBe(true);
  });

  it("repeats each case, caching each repeat separately, and lists flaky cases", async () => {
    const cwd = await workspace(4, suite("repeat: 3\n"));
    emu.script({ match: { contains: "Cust2 " }, reply: { content: "someone" }, times: 1 });
    await runEvaluateLlm({}, io(cwd));
    expect(emu.completions).toBe(12);
    const env = (await envelopes(cwd))[0]!;
    expect(env.metrics.flaky_cases?.value).toBe(1);
    expect(env.metrics.pass_rate?.value).toBeCloseTo((3 + 2 / 3) / 4);
    const flaky = env.details?.find((d) => d.title.startsWith("Flaky"));
    expect(flaky?.type === "table" && flaky.rows).toEqual([["c2", "gpt-4o-mini", "2/3"]]);
    await runEvaluateLlm({}, io(cwd));
    expect(emu.completions).toBe(12);
  });

  it("sends the next case while an answer is still being graded: a slow grader holds no request slot", async () => {
    const grader = path.resolve(import.meta.dirname, "../test-support/slow-grader.ts");
    const cwd = await workspace(2, suite());
    const askedAboutC1 = path.join(cwd, "asked-about-c1");
    await writeFile(
      path.join(cwd, "evals/churn.yaml"),
      suite().replace(
        "  assert:\n",
        `  assert:\n    - type: custom\n      module: ${grader}\n      value: ${JSON.stringify(askedAboutC1)}\n`,
      ),
    );
    emu.script({
      reply: (request) => {
        const text = request.messages.map(messageText).join("\n");
        if (text.includes("Cust1 ")) writeFileSync(askedAboutC1, "");
        return { content: `Echo: ${text}` };
      },
    });
    const result = await runEvaluateLlm({ cache: "off", concurrency: 1 }, io(cwd));
    expect(result.results.map((r) => r.status)).toEqual(["pass", "pass"]);
    expect(emu.maxInFlight).toBe(1);
  });

  it("grades the whole answer but keeps only its first 4,000 characters in memory and the result", async () => {
    const cwd = await workspace(2);
    const long = `${"x".repeat(9000)} guarantee`;
    emu.script({
      reply: (request) => ({ content: `${request.messages.map(messageText).join(" ")} ${long}` }),
    });
    const result = await runEvaluateLlm({ cache: "off" }, io(cwd));
    // not-contains "guarantee" fails on the word at the very end: grading saw the whole answer.
    expect(result.results.map((r) => r.status)).toEqual(["fail", "fail"]);
    const output = result.results[0]!.output!;
    expect(output.length).toBeLessThan(4100);
    expect(output).toMatch(/… \(\d+ more characters in the checkpoint journal\)$/);
  });

  it("blocks a cost budget when a model has no price, saying how to give it one", async () => {
    const cwd = await workspace(2, suite().replace("- model: gpt-4o-mini", "- model: in-house-7b"));
    const result = await runEvaluateLlm({ cache: "off" }, io(cwd));
    expect(result.status).toBe("fail");
    const budget = (await envelopes(cwd))[0]!.checks.find((c) => c.id === "budget:total_cost_usd");
    expect(budget).toMatchObject({ status: "inconclusive", severity: "fail" });
    expect(budget?.message).toMatch(/no price for in-house-7b: set price .* on the provider/);
  });

  it("turns calls that keep failing into error results and an error status, never a pass", async () => {
    const cwd = await workspace(3);
    emu.faults.add(openAIFault(500));
    const result = await runEvaluateLlm({ cache: "off" }, io(cwd));
    emu.faults.clear();
    expect(result.status).toBe("error");
    expect(result.results.map((r) => r.status)).toEqual(["error", "error", "error"]);
    const env = (await envelopes(cwd))[0]!;
    expect(env.checks.find((c) => c.id === "errors")).toMatchObject({
      status: "error",
      observed: "3 of 3 with errors",
    });
  });

  it("resumes a killed run from its checkpoint without repeating completed calls", async () => {
    const cwd = await workspace(8);
    emu.setLatency(40);
    const script = `import { createLogger } from "${path.resolve("packages/core/src/index.ts")}";
      import { runEvaluateLlm } from "${path.resolve("packages/commands/src/evaluate-llm/eval-command.ts")}";
      await runEvaluateLlm({ cache: "off", concurrency: 1 }, { logger: createLogger(), env: { OPENAI_API_KEY: "${CANARY}" } });`;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { cwd, stdio: "inherit" });
    const exited = new Promise((r) => child.once("exit", r));
    while (emu.completions < 4 && child.exitCode === null) await new Promise((r) => setTimeout(r, 5));
    child.kill("SIGKILL");
    await exited;
    emu.setLatency(0);
    const journal = path.join(cwd, ".mlops/llm-cache/checkpoints");
    const [file] = await readdir(journal);
    const done = (await readFile(path.join(journal, file!), "utf8")).trim().split("\n").length;
    expect(done).toBeGreaterThanOrEqual(3);
    const before = emu.completions;
    const resumed = await runEvaluateLlm({ cache: "off", concurrency: 1 }, io(cwd));
    expect(emu.completions - before).toBe(8 - done);
    expect(resumed.results.filter((r) => r.cached)).toHaveLength(done);
    expect(resumed.status).toBe("pass");
    expect(await readdir(journal)).toEqual([]);
  });

  it.each(["off", "use"] as const)(
    "journals an answer before grading it: killed while grading, a rerun with cache %s repeats no answered call",
    async (cache) => {
      const grader = path.resolve(import.meta.dirname, "../test-support/kill-while-grading.ts");
      const cwd = await workspace(
        8,
        suite().replace("  assert:\n", `  assert:\n    - type: custom\n      module: ${grader}\n`),
      );
      // One call at a time, and slow enough that the next call is still unanswered at the kill.
      emu.setLatency(30);
      const script = `import { createLogger } from "${path.resolve("packages/core/src/index.ts")}";
        import { runEvaluateLlm } from "${path.resolve("packages/commands/src/evaluate-llm/eval-command.ts")}";
        await runEvaluateLlm({ cache: "${cache}", concurrency: 1 }, { logger: createLogger(), env: { OPENAI_API_KEY: "${CANARY}" } });`;
      const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
        cwd,
        stdio: "inherit",
        env: { ...process.env, MLOPS_TEST_KILL_WHILE_GRADING: "3" },
      });
      const [, signal] = await new Promise<unknown[]>((r) => child.once("exit", (...args) => r(args)));
      expect(signal).toBe("SIGKILL");
      emu.setLatency(0);
      const answered = emu.completions;
      const journal = path.join(cwd, ".mlops/llm-cache/checkpoints");
      const [file] = await readdir(journal);
      const entries = (await readFile(path.join(journal, file!), "utf8")).trim().split("\n");
      const journaled = entries.map((line) => /Cust\d+/.exec(line)?.[0]);
      expect(journaled).toEqual(expect.arrayContaining(["Cust0", "Cust1", "Cust2", "Cust3"]));
      // Only the call sent when Cust3's answer freed the slot can have been in flight.
      expect(answered - journaled.length).toBeLessThanOrEqual(1);
      const resumed = await runEvaluateLlm({ cache, concurrency: 1 }, io(cwd));
      expect(emu.completions - answered).toBe(8 - journaled.length);
      expect(resumed.results.filter((r) => r.cached)).toHaveLength(journaled.length);
      expect(resumed.status).toBe("pass");
    },
  );

  it("fails a missing template variable per case, naming the prompt file and line", async () => {
    const cwd = await workspace(
      2,
      suite().replace("datasets: [cases.jsonl]", "tests:\n  - vars: { customr: Ann, risk: 1 }"),
    );
    const result = await runEvaluateLlm({}, io(cwd));
    expect(result.status).toBe("error");
    expect(result.results[0]?.error).toMatch(
      /prompts\/explain\.prompt:15:12 \(customer\): prompt "explain" uses the variable "customer"/,
    );
    expect(emu.completions).toBe(0);
  });

  it("reports invalid suite YAML with file and line", async () => {
    const cwd = await workspace(2, suite().replace("concurrency: 4", "concurency: 4"));
    const error = await runEvaluateLlm({}, io(cwd)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).location).toMatchObject({
      file: path.join(cwd, "evals/churn.yaml"),
      line: 7,
    });
    expect((error as ConfigError).hint).toMatch(/did you mean "concurrency"/);
  });

  it("rejects a misconfigured assertion when the suite loads, located, before any call", async () => {
    const inline = "tests:\n  - vars: { customer: Ann, risk: 1 }\n    assert:\n";
    const failure = async (assertions: string) => {
      const cwd = await workspace(2, suite().replace("datasets: [cases.jsonl]\n", inline + assertions));
      const error = await runEvaluateLlm({}, io(cwd)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      return formatError(error).replace(`${cwd}/`, "");
    };
    expect(await failure("      - type: contains\n")).toBe(
      'evals/churn.yaml:13:9 (tests[0].assert[0].value): missing required key "value" (expected string)\n' +
        "  hint: add tests[0].assert[0].value",
    );
    expect(await failure("      - { type: not-contians, value: x }\n")).toBe(
      'evals/churn.yaml:13:17 (tests[0].assert[0].type): unknown type "not-contians"\n' +
        '  hint: did you mean "not-contains"?',
    );
    expect(await failure("      - type: regex\n        value: '(unclosed'\n")).toMatch(
      /^evals\/churn\.yaml:14:16 \(tests\[0\]\.assert\[0\]\.value\): invalid regular expression \/\(unclosed\/: missing closing \)/,
    );
    expect(await failure("      - { type: length, max: 100, thresold: 2 }\n")).toBe(
      'evals/churn.yaml:13:35 (tests[0].assert[0].thresold): unknown key "thresold"\n' +
        '  hint: did you mean "threshold"?',
    );
    expect(emu.requests).toHaveLength(0);
  });

  it("never writes the API key anywhere, even when the model echoes it", async () => {
    const cwd = await workspace(3);
    emu.script({ reply: { content: `my key is ${CANARY}` }, times: 1 });
    await runEvaluateLlm({ junit: "junit.xml" }, io(cwd));
    const wrong = { ...io(cwd), env: { OPENAI_API_KEY: `${CANARY}-wrong` } };
    await runEvaluateLlm({ cache: "off" }, wrong);
    const everything = (await allFiles(cwd)) + lines.join("");
    expect(everything).not.toContain(CANARY);
    expect(everything).toContain("***");
  });

  it("keeps a key the server echoes in model and system_fingerprint out of every cache file and the journal", async () => {
    const leaky = await startOpenAIEmulator({ apiKeys: [CANARY], echoKey: true, latencyMs: 20 });
    try {
      const cwd = await workspace(6, suite().replace(emu.url, leaky.url));
      await runEvaluateLlm({}, io(cwd));
      // Stopped mid-run, the journal stays behind for a resume.
      const controller = new AbortController();
      const running = runEvaluateLlm(
        { cache: "refresh", concurrency: 1 },
        { ...io(cwd), signal: controller.signal },
      );
      while (leaky.completions < 9) await new Promise((r) => setTimeout(r, 5));
      controller.abort();
      await expect(running).rejects.toThrow();
      const cacheDir = path.join(cwd, ".mlops/llm-cache");
      expect(await readdir(path.join(cacheDir, "checkpoints"))).toHaveLength(1);
      const stored = await allFiles(cacheDir);
      expect(stored).toContain('"model":"gpt-4o-mini-***"');
      expect(stored).toContain('"systemFingerprint":"fp_emulator-***"');
      expect(stored).not.toContain(CANARY);
    } finally {
      await leaky.close();
    }
  });

  it("stops sending once the budget would be exceeded, keeps what is in flight, and fails naming the budget", async () => {
    const cwd = await workspace(4, suite("repeat: 500\n").replace("total_usd: 1", "total_usd: 0.0003"));
    const result = await runEvaluateLlm({ cache: "off", junit: "junit.xml" }, io(cwd));
    const made = result.results.filter((r) => r.status !== "skipped");
    const skipped = result.results.filter((r) => r.status === "skipped");
    expect(result.results).toHaveLength(2000);
    expect(made.length).toBe(emu.completions);
    expect(emu.completions).toBeGreaterThan(0);
    expect(emu.completions).toBeLessThan(40);
    expect(skipped[0]?.reason).toMatch(/^budget: total_usd of 0.0003 reached/);
    expect(result.status).toBe("fail");
    const env = (await envelopes(cwd))[0]!;
    expect(env.metrics.skipped?.value).toBe(skipped.length);
    expect(env.metrics.total_cost_usd?.value).toBeLessThanOrEqual(0.0003);
    expect(env.checks.find((c) => c.id === "budget:stopped")).toMatchObject({
      status: "fail",
      observed: `${skipped.length} calls not made`,
      message: expect.stringMatching(/total_usd of 0.0003/),
    });
    expect(env.summary).toContain(`${skipped.length} calls skipped (budget)`);
    const junit = await readFile(path.join(cwd, "junit.xml"), "utf8");
    expect(junit).toContain(`skipped="${skipped.length}"`);
  });

  it("stops at a token budget too", async () => {
    const cwd = await workspace(4, suite("repeat: 50\n").replace("total_usd: 1", "total_tokens: 400"));
    const result = await runEvaluateLlm({ cache: "off", concurrency: 1 }, io(cwd));
    const env = (await envelopes(cwd))[0]!;
    expect(env.metrics.total_tokens?.value).toBeLessThanOrEqual(400);
    expect(emu.completions).toBeGreaterThan(0);
    expect(result.results.filter((r) => r.status === "skipped")).toHaveLength(200 - emu.completions);
    expect(env.checks.find((c) => c.id === "budget:stopped")?.message).toMatch(/total_tokens of 400/);
  });

  it("refuses, located, a key variable not on the allow-list and a runner token even when allowed", async () => {
    const failure = async (keyEnv: string, options = {}) => {
      const cwd = await workspace(
        1,
        suite().replace("api_key_env: OPENAI_API_KEY", `api_key_env: ${keyEnv}`),
      );
      const error = await runEvaluateLlm(options, { ...io(cwd), env: { [keyEnv]: CANARY } }).catch((e) => e);
      expect(error).toBeInstanceOf(ConfigError);
      return formatError(error).replace(`${cwd}/`, "");
    };
    expect(await failure("STRIPE_API_KEY")).toMatch(
      /^evals\/churn\.yaml:6:18 \(providers\[0\]\.api_key_env\): api_key_env may not name STRIPE_API_KEY\n {2}hint: a suite may name OPENAI_API_KEY, .*the workflow allows another with the allow-api-key-env input/,
    );
    expect(await failure("GITHUB_TOKEN", { allowApiKeyEnv: ["GITHUB_TOKEN"] })).toMatch(
      /^action inputs \(allow-api-key-env\): GITHUB_TOKEN cannot be allowed as an API key variable/,
    );
    expect(await failure("ACTIONS_RUNTIME_TOKEN")).toMatch(/never sent to a model server/);
    expect(emu.requests).toHaveLength(0);
    const cwd = await workspace(
      2,
      suite().replace("api_key_env: OPENAI_API_KEY", "api_key_env: TEAM_LLM_KEY"),
    );
    const allowed = await runEvaluateLlm(
      { allowApiKeyEnv: ["TEAM_LLM_KEY"] },
      { ...io(cwd), env: { TEAM_LLM_KEY: CANARY } },
    );
    expect(allowed.status).toBe("pass");
  });

  it("refuses to send a key to a host that is not its provider's, unless the workflow lists it, with a warning", async () => {
    const cwd = await workspace(2, suite().replace(emu.url, "https://llm-proxy.example.net/v1"));
    const error = await runEvaluateLlm({}, io(cwd)).catch((e) => e);
    expect(formatError(error).replace(`${cwd}/`, "")).toMatch(
      /^evals\/churn\.yaml:5:15 \(providers\[0\]\.base_url\): OPENAI_API_KEY would be sent to llm-proxy\.example\.net, which is not a host of that key's provider\n {2}hint: OPENAI_API_KEY goes to api\.openai\.com unless the workflow lists llm-proxy\.example\.net in the allow-hosts input/,
    );
    const noBaseUrl = await workspace(
      1,
      suite()
        .replace(/ {4}base_url: .*\n/, "")
        .replace("OPENAI_API_KEY", "GROQ_API_KEY"),
    );
    const groq = await runEvaluateLlm(
      { dryRun: true },
      { ...io(noBaseUrl), env: { GROQ_API_KEY: CANARY } },
    ).catch((e) => e);
    expect(formatError(groq)).toMatch(
      /providers\[0\]\.api_key_env\): GROQ_API_KEY would be sent to api\.openai\.com/,
    );
    const listed = await runEvaluateLlm({ dryRun: true, allowHosts: ["*.example.net"] }, io(cwd));
    expect(listed.status).toBe("pass");
    expect(lines.join("")).toContain(
      "OPENAI_API_KEY is sent to llm-proxy.example.net (listed in allow-hosts)",
    );
    expect(emu.requests).toHaveLength(0);
  });

  it("estimates calls, tokens and cost in a dry run without calling the model, output at max_tokens", async () => {
    const cwd = await workspace(5);
    const result = await runEvaluateLlm({ dryRun: true }, io(cwd));
    expect(emu.completions).toBe(0);
    expect(result.status).toBe("pass");
    const estimate = result.estimate!;
    expect(estimate).toMatchObject({ calls: 5, completionTokens: 320, exactTokens: true, overBudget: [] });
    expect(estimate.completionBasis).toEqual({
      maxTokens: 5,
      cachedAnswer: 0,
      cachedMean: 0,
      modelDefault: 0,
    });
    expect(estimate.promptTokens).toBeGreaterThan(5 * 20);
    // gpt-4o-mini: $0.15 in, $0.60 out per 1M tokens
    expect(estimate.costUsd).toBeCloseTo((estimate.promptTokens * 0.15 + 320 * 0.6) / 1e6, 12);
    expect(lines.join("")).toContain("320 completion tokens (from max_tokens on 5 calls)");
  });

  describe("dry run without max_tokens", () => {
    const unbounded = async (cases: number, suiteText?: string) => {
      const cwd = await workspace(cases, suiteText);
      const file = path.join(cwd, "prompts/explain.prompt");
      await writeFile(file, (await readFile(file, "utf8")).replace("  maxOutputTokens: 64\n", ""));
      return cwd;
    };

    it("assumes the model's stated default per call, and says so", async () => {
      const cwd = await unbounded(5);
      const estimate = (await runEvaluateLlm({ dryRun: true }, io(cwd))).estimate!;
      expect(estimate.completionTokens).toBe(5 * 500);
      expect(estimate.completionBasis.modelDefault).toBe(5);
      expect(estimate.costUsd).toBeCloseTo((estimate.promptTokens * 0.15 + 2500 * 0.6) / 1e6, 12);
      expect(lines.join("")).toContain(
        "an assumed 500 for other models (gpt-4o-mini) per call on 5 calls — set max_tokens for a bound",
      );
    });

    it("takes cached answers' lengths: exact for cached calls, their mean for the prompt's other calls", async () => {
      const cwd = await unbounded(4);
      emu.script({ reply: { content: "Cust answer", completionTokens: 90 } });
      await runEvaluateLlm({}, io(cwd));
      const cached = (await runEvaluateLlm({ dryRun: true }, io(cwd))).estimate!;
      expect(cached.completionBasis).toEqual({
        maxTokens: 0,
        cachedAnswer: 4,
        cachedMean: 0,
        modelDefault: 0,
      });
      expect(cached.completionTokens).toBe(4 * 90);
      expect(cached.costUsd).toBeCloseTo((cached.promptTokens * 0.15 + 4 * 90 * 0.6) / 1e6, 12);

      const rows = Array.from({ length: 2 }, (_, i) =>
        JSON.stringify({ id: `n${i}`, customer: `New${i}`, risk: 0.5 }),
      );
      await writeFile(path.join(cwd, "evals/cases.jsonl"), `${rows.join("\n")}\n`, { flag: "a" });
      const more = (await runEvaluateLlm({ dryRun: true, cache: "off" }, io(cwd))).estimate!;
      expect(more.completionBasis).toEqual({ maxTokens: 0, cachedAnswer: 4, cachedMean: 2, modelDefault: 0 });
      expect(more.completionTokens).toBe(6 * 90);
      expect(emu.completions).toBe(4);
    });

    it("fails when the estimate exceeds a cost or token budget of the suite, naming it", async () => {
      const cwd = await unbounded(
        5,
        suite("  usd_per_case: 0.0001\n  total_tokens: 100000\n  p95_latency_ms: 5000\n"),
      );
      const result = await runEvaluateLlm({ dryRun: true }, io(cwd));
      expect(result.status).toBe("fail");
      expect(result.estimate!.overBudget).toHaveLength(1);
      expect(result.reasons).toEqual(result.estimate!.overBudget);
      expect(result.estimate!.overBudget[0]).toMatch(
        /^evals\/churn\.yaml: explain: estimate 0\.000\d+ exceeds budget:cost_per_case_usd \(Budget: cost per case \(USD\)\) of 0\.0001$/,
      );
      expect(lines.join("\n")).toContain("budget:latency_p95_ms is not estimated in a dry run");
      expect(emu.completions).toBe(0);
    });
  });

  it("shards deterministically and merges to the unsharded result", async () => {
    const cwd = await workspace(20);
    const whole = await runEvaluateLlm({ cache: "off" }, io(cwd));
    const wholeEnv = (await envelopes(cwd))[0]!;
    const sizes = [];
    for (const shard of ["1/3", "2/3", "3/3"])
      sizes.push((await runEvaluateLlm({ shard }, io(cwd))).results.length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(whole.results.length);
    const merged = await runMerge({ resultsDir: "merged" }, { logger, cwd });
    const mergedEnv = (await readEnvelopes("merged", { cwd })).envelopes[0]!;
    expect(merged.status).toBe("pass");
    expect(mergedEnv.metrics.pass_rate).toEqual(wholeEnv.metrics.pass_rate);
    expect(mergedEnv.metrics.total_tokens).toEqual(wholeEnv.metrics.total_tokens);
  });

  it("records a sharded meta-eval's agreement once its shards are merged", async () => {
    const cwd = await workspace(0, suite("agreement: { label: label, answer: verdict }\n"));
    const rows = Array.from({ length: 6 }, (_, i) =>
      JSON.stringify({ id: `c${i}`, customer: `Cust${i}`, risk: 0.5, label: i % 2 ? "leave" : "stay" }),
    );
    await writeFile(path.join(cwd, "evals/cases.jsonl"), `${rows.join("\n")}\n`);
    emu.script({ match: { regex: "Cust[024] " }, reply: { content: '{"verdict": "stay"}' } });
    emu.script({ match: { regex: "Cust[135] " }, reply: { content: '{"verdict": "leave"}' } });
    for (const shard of ["1/2", "2/2"]) await runEvaluateLlm({ shard }, io(cwd));
    await runMerge({ resultsDir: "merged", recordAgreement: true }, { logger, cwd });
    const record = JSON.parse(await readFile(path.join(cwd, "prompts/agreement.json"), "utf8"));
    expect(record).toEqual({
      explain: { "1.0.0": { accuracy: 1, kappa: 1, n: 6, measured_at: expect.stringMatching(/^20\d\d-/) } },
    });
  });
});

describe("base vs PR", () => {
  it("evaluates the base version on the same cases, lists regressions and gates on them", async () => {
    const cwd = await workspace(10, suite("gates:\n  - metric: regressions\n    max: 0\n"));
    commitBase(cwd);
    await writeFile(
      path.join(cwd, "prompts/explain.prompt"),
      PROMPT("1.1.0", "Explain the churn risk, no names."),
    );
    // The new wording makes the model drop the customer's name in two cases.
    emu.script({
      match: { regex: "no names[\\s\\S]*Cust[37] " },
      reply: { content: "This customer might leave." },
    });
    const result = await runEvaluateLlm({ base: "main" }, io(cwd));
    const env = (await envelopes(cwd))[0]!;
    expect(env.subject.baseline).toMatchObject({ version: "1.0.0" });
    expect(env.metrics.pass_rate).toMatchObject({
      value: 0.8,
      baseline: { value: 1 },
      delta: { value: -0.2 },
    });
    expect(env.metrics.pass_rate?.delta?.ci?.method).toMatch(/McNemar exact p = 0\.5/);
    expect(env.metrics.regressions?.value).toBe(2);
    expect(env.checks.find((c) => c.id === "gate:regressions")?.status).toBe("fail");
    expect(result.status).toBe("fail");
    const regressions = env.details?.find((d) => d.title.startsWith("Regressions"));
    expect(regressions?.type === "table" && regressions.rows.map((r) => r[0]).sort()).toEqual(["c3", "c7"]);
    // The viewer's material: the template diff and each case's two outputs, the regressed ones first.
    const diff = env.details?.find((d) => d.type === "text-diff");
    expect(diff?.type === "text-diff" && [diff.before.text, diff.after.text]).toEqual([
      expect.stringContaining("Explain the churn risk kindly."),
      expect.stringContaining("Explain the churn risk, no names."),
    ]);
    const outputs = env.details?.find((d) => d.type === "case-comparison");
    expect(outputs?.type === "case-comparison" && outputs.cases.map((c) => c.change)).toEqual([
      "regressed",
      "regressed",
      ...Array(8).fill("passing"),
    ]);
    expect(outputs?.type === "case-comparison" && outputs.cases[0]!.after.output).toBe(
      "This customer might leave.",
    );
    expect(emu.completions).toBe(20);
  });

  it("caps the whole run, base versions included, and says so in a dry run", async () => {
    const cwd = await workspace(10, suite().replace("total_usd: 1", "total_tokens: 1500"));
    commitBase(cwd);
    await writeFile(path.join(cwd, "prompts/explain.prompt"), PROMPT("1.1.0", "Explain the churn risk."));
    // About 900 estimated tokens per side (max_tokens bounds each answer): each fits, both do not.
    const dry = await runEvaluateLlm({ base: "main", dryRun: true }, io(cwd));
    expect(dry.status).toBe("fail");
    expect(dry.reasons).toEqual([
      expect.stringMatching(
        /^evals\/churn\.yaml: the whole suite's estimate \d+ exceeds total_tokens of 1500: the run would stop there and skip the rest$/,
      ),
    ]);
    // About 250 tokens per side are really spent: the head alone is within 400, head and base are not.
    await writeFile(path.join(cwd, "evals/churn.yaml"), suite().replace("total_usd: 1", "total_tokens: 400"));
    const run = await runEvaluateLlm({ base: "main", cache: "off" }, io(cwd));
    const env = (await envelopes(cwd))[0]!;
    expect(env.metrics.total_tokens!.value! + env.metrics.total_tokens!.baseline!.value!).toBeLessThanOrEqual(
      400,
    );
    expect(env.checks.find((c) => c.id === "budget:stopped")?.status).toBe("fail");
    expect(run.results.filter((r) => r.status !== "skipped")).toHaveLength(emu.completions);
    expect(run.status).toBe("fail");
  });

  it("evaluates a prompt whose partial changed, each side rendered with its own partials", async () => {
    const cwd = await workspace(4);
    await writeFile(path.join(cwd, "prompts/_tone.prompt"), "Be kind.\n");
    await writeFile(
      path.join(cwd, "prompts/explain.prompt"),
      PROMPT("1.0.0", "Explain the churn risk. {{> tone}}"),
    );
    commitBase(cwd);
    await writeFile(path.join(cwd, "prompts/_tone.prompt"), "Be kind, no names.\n");
    emu.script({
      match: { regex: "no names[\\s\\S]*Cust1 " },
      reply: { content: "This customer might leave." },
    });
    await runEvaluateLlm({ base: "main" }, io(cwd));
    const sent = emu.requests.map((r) => JSON.stringify(r.body.messages));
    expect(sent.filter((m) => m.includes("Be kind, no names."))).toHaveLength(4);
    expect(sent.filter((m) => m.includes("Be kind.\\n") || m.includes('Be kind."'))).toHaveLength(4);
    const env = (await envelopes(cwd))[0]!;
    expect(env.metrics.regressions?.value).toBe(1);
    const version = env.details?.find((d) => d.title === "Prompt version");
    expect(version?.type === "text" && version.text).toMatch(/partials changed: _tone$/);
    expect(lines.join("\n")).toContain("explain: partials changed since main: _tone");
  });

  it("measures a prompt's agreement with the cases' labels on both versions, gating on κ, and records it", async () => {
    const cwd = await workspace(
      0,
      suite(
        "agreement: { label: label, answer: verdict }\ngates:\n  - { metric: agreement_kappa, min: 0.6 }\n",
      ),
    );
    const rows = Array.from({ length: 6 }, (_, i) =>
      JSON.stringify({ id: `c${i}`, customer: `Cust${i}`, risk: 0.5, label: i % 2 ? "leave" : "stay" }),
    );
    await writeFile(path.join(cwd, "evals/cases.jsonl"), `${rows.join("\n")}\n`);
    const git = (...args: string[]) => execFileSync("git", args, { cwd, stdio: "pipe" });
    git("init", "-q", "-b", "main");
    git("-c", "user.email=t@example.com", "-c", "user.name=t", "add", ".");
    git("-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", "base");
    await writeFile(path.join(cwd, "prompts/explain.prompt"), PROMPT("1.1.0", "Label the churn."));
    // The base version answers every label right; the new one always says "stay".
    emu.script({ match: { regex: "kindly[\\s\\S]*Cust[024] " }, reply: { content: '{"verdict": "stay"}' } });
    emu.script({ match: { regex: "kindly[\\s\\S]*Cust[135] " }, reply: { content: '{"verdict": "leave"}' } });
    emu.script({ match: { regex: "Label the churn" }, reply: { content: '{"verdict": "stay"}' } });
    const result = await runEvaluateLlm({ base: "main", recordAgreement: true }, io(cwd));
    const env = (await envelopes(cwd))[0]!;
    const record = JSON.parse(await readFile(path.join(cwd, "prompts/agreement.json"), "utf8"));
    expect(record).toEqual({
      explain: { "1.1.0": { accuracy: 0.5, kappa: 0, n: 6, measured_at: expect.stringMatching(/^20\d\d-/) } },
    });
    expect(env.metrics.agreement_accuracy).toMatchObject({
      value: 0.5,
      n: 6,
      baseline: { value: 1, label: "1.0.0" },
      delta: { value: -0.5 },
    });
    expect(env.metrics.agreement_kappa).toMatchObject({ value: 0, baseline: { value: 1 } });
    expect(env.checks.find((c) => c.id === "gate:agreement_kappa")?.status).toBe("fail");
    expect(result.status).toBe("fail");
    const matrix = env.details?.find((d) => d.type === "confusion-matrix");
    expect(matrix).toMatchObject({
      labels: ["leave", "stay"],
      matrices: [
        {
          name: "base 1.0.0",
          counts: [
            [3, 0],
            [0, 3],
          ],
        },
        {
          name: "head 1.1.0",
          counts: [
            [0, 3],
            [0, 3],
          ],
        },
      ],
    });
  });

  it("refuses an agreement suite with an unlabelled case, naming the dataset line", async () => {
    const cwd = await workspace(2, suite("agreement: { label: label, answer: verdict }\n"));
    const error = await runEvaluateLlm({}, io(cwd)).catch((e: unknown) => e);
    expect(formatError(error)).toMatch(
      /cases\.jsonl:1 \(label\): case "c0" has no "label", the human label of agreement\.label/,
    );
    expect(emu.completions).toBe(0);
  });

  it("fails the version lint when the content changed without a bump, and skips unchanged prompts", async () => {
    const cwd = await workspace(2);
    commitBase(cwd);
    const unchanged = await runEvaluateLlm({ base: "main" }, io(cwd));
    expect(unchanged.envelopePaths).toEqual([]);
    await writeFile(path.join(cwd, "prompts/explain.prompt"), PROMPT("1.0.0", "Explain it differently."));
    const result = await runEvaluateLlm({ base: "main" }, io(cwd));
    const env = (await envelopes(cwd))[0]!;
    expect(env.checks.find((c) => c.id === "lint:version-not-bumped")?.status).toBe("fail");
    expect(result.status).toBe("fail");
  });
});

describe("LLM-judged assertions", () => {
  const judged = (price = "price: { input: 1, output: 2 }") =>
    suite(`judge:
  model: judge-model
  base_url: ${emu.url}
  api_key_env: OPENAI_API_KEY
  concurrency: 4
  max_retries: 8
  ${price}
`).replace(
      "  assert:\n",
      '  assert:\n    - type: faithfulness\n      context: ["{{customer}} is a customer", "Risk is a number"]\n      threshold: 0.5\n',
    );
  /** Two claims per answer, the first supported and the second not: faithfulness 0.5. */
  const scriptJudge = () => {
    emu.script({
      match: { model: "judge-model", contains: "You split a text into atomic factual claims" },
      reply: { content: JSON.stringify({ claims: ["a", "b"] }) },
    });
    emu.script({
      match: { model: "judge-model", contains: "You check claims against a context" },
      reply: {
        content: JSON.stringify({
          verdicts: [
            { claim: "a", verdict: "yes", reason: "stated" },
            { claim: "b", verdict: "no", reason: "contradicted" },
          ],
        }),
      },
    });
  };
  const judgeRequests = () => emu.requests.filter((r) => r.body.model === "judge-model");
  const selfConsistent = () =>
    judged().replace(
      /type: faithfulness[\s\S]*?threshold: 0.5\n/,
      "type: self-consistency\n      samples: 2\n",
    );

  it("grades through the judge, counts its cost on its own line and in the total, and caches its calls", async () => {
    const cwd = await workspace(4, judged());
    scriptJudge();
    const first = await runEvaluateLlm({}, io(cwd));
    expect(first.status).toBe("pass");
    expect(judgeRequests()).toHaveLength(8);
    expect(first.results.every((r) => r.grader?.calls === 2 && r.grader.model === "judge-model")).toBe(true);
    const faith = first.results[0]?.grading?.find((g) => g.assertion === "faithfulness");
    expect(faith).toMatchObject({
      score: 0.5,
      pass: true,
      judge: { prompt: "judges/claim-verdicts", calls: 2 },
    });
    const env = (await envelopes(cwd))[0]!;
    const grader = env.metrics.grader_cost_usd?.value as number;
    const model = first.results.reduce((n, r) => n + (r.costUsd ?? 0), 0);
    expect(grader).toBeGreaterThan(0);
    expect(env.metrics.faithfulness).toMatchObject({ value: 0.5, n: 4 });
    expect(env.metrics.total_cost_usd?.value).toBeCloseTo(model + grader, 8);
    const table = env.details?.find((d) => d.title === "Cost, latency and tokens");
    expect(table?.type === "table" && table.columns).toContain("of which judge (USD)");
    // Beside the judged assertion: the judge prompt version that decided it and its recorded agreement.
    const judges = env.details?.find((d) => d.title.startsWith("Judged assertions"));
    const version = (
      await readFile(path.join(judgePromptDir(), "judges/claim-verdicts.prompt"), "utf8")
    ).match(/^version: "(.+)"$/m)?.[1];
    expect(judges?.type === "table" && judges.rows).toEqual([
      [
        "faithfulness",
        "judges/claim-verdicts",
        version,
        4,
        0.5,
        expect.any(String),
        8,
        expect.anything(),
        expect.stringMatching(/^(accuracy|not measured)/),
      ],
    ]);

    emu.reset();
    const second = await runEvaluateLlm({}, io(cwd));
    expect(emu.requests).toHaveLength(0);
    expect((await envelopes(cwd))[0]?.metrics.grader_cost_usd?.value).toBe(grader);
    expect(second.results.map((r) => r.status)).toEqual(first.results.map((r) => r.status));
  });

  it("draws self-consistency's samples from the provider under test, in the case's cost, once", async () => {
    const cwd = await workspace(2, selfConsistent());
    scriptJudge();
    const first = await runEvaluateLlm({}, io(cwd));
    const caseRequests = () => emu.requests.filter((r) => r.body.model === "gpt-4o-mini");
    // Each case's call, then its two samples at temperature 1.
    expect(
      caseRequests()
        .map((r) => r.body.temperature)
        .sort(),
    ).toEqual([0, 0, 1, 1, 1, 1]);
    for (const r of first.results) {
      const samples = r.samples?.costUsd as number;
      expect(r.samples).toMatchObject({ calls: 2, costUsd: expect.any(Number) });
      expect(samples).toBeGreaterThan(0);
      expect(r.costUsd).toBeGreaterThan(samples);
      expect(r.grading?.find((g) => g.assertion === "self-consistency")).toMatchObject({
        score: 0.5,
        gated: false,
        judge: { prompt: "judges/claim-verdicts", calls: 3 },
      });
    }
    const env = (await envelopes(cwd))[0]!;
    const model = first.results.reduce((n, r) => n + (r.costUsd ?? 0), 0);
    expect(env.metrics.total_cost_usd?.value).toBeCloseTo(
      model + (env.metrics.grader_cost_usd?.value as number),
      8,
    );

    emu.reset();
    const second = await runEvaluateLlm({}, io(cwd));
    expect(emu.requests).toHaveLength(0);
    expect(second.results.map((r) => r.costUsd)).toEqual(first.results.map((r) => r.costUsd));
  });

  it("gives the clean run's numbers through a 429 storm on the judge", async () => {
    const cwd = await workspace(4, judged());
    scriptJudge();
    await runEvaluateLlm({ cache: "off" }, io(cwd));
    const clean = (await envelopes(cwd))[0]!;
    emu.reset();
    scriptJudge();
    emu.faults.add(openAIFault(429, { retryAfter: "0.02", times: 10 }));
    const stormy = await runEvaluateLlm({ cache: "off" }, io(cwd));
    expect(stormy.results.every((r) => r.status === "pass")).toBe(true);
    const env = (await envelopes(cwd))[0]!;
    for (const name of ["pass_rate", "grader_cost_usd", "total_cost_usd", "errors"])
      expect(env.metrics[name]?.value).toBe(clean.metrics[name]?.value);
  });

  it("resumes a killed run without asking the judge anything twice", async () => {
    const cwd = await workspace(6, judged());
    scriptJudge();
    const controller = new AbortController();
    emu.script({
      match: { model: "gpt-4o-mini", contains: "Cust3 " },
      reply: () => {
        controller.abort();
        return { content: "Cust3 is fine" };
      },
    });
    await expect(
      runEvaluateLlm({ cache: "off", concurrency: 1 }, { ...io(cwd), signal: controller.signal }),
    ).rejects.toThrow();
    const before = judgeRequests().map((r) => JSON.stringify(r.body));
    expect(before.length).toBeGreaterThan(0);
    emu.requests.length = 0;
    const rerun = await runEvaluateLlm({ cache: "off", concurrency: 1 }, io(cwd));
    expect(rerun.results).toHaveLength(6);
    const after = judgeRequests().map((r) => JSON.stringify(r.body));
    expect(before.length + after.length).toBe(12);
    expect(after.filter((body) => before.includes(body))).toEqual([]);
  });

  it("skips a case, never errs, when the budget refuses its judge call", async () => {
    const cwd = await workspace(3, judged().replace("total_usd: 1", "total_tokens: 500"));
    scriptJudge();
    const result = await runEvaluateLlm({ concurrency: 1 }, io(cwd));
    expect(result.results.map((r) => r.status)).toEqual(["skipped", "skipped", "skipped"]);
    expect(result.results[0]?.reason).toMatch(/^budget: total_tokens of 500 reached/);
    expect(judgeRequests()).toHaveLength(0);
  });

  it("shows a judge without a price as unknown cost, never 0", async () => {
    const cwd = await workspace(2, judged(""));
    scriptJudge();
    await runEvaluateLlm({}, io(cwd));
    const env = (await envelopes(cwd))[0]!;
    expect(env.metrics.grader_cost_usd).toMatchObject({
      value: null,
      unavailable: expect.stringContaining("no price"),
    });
    expect(env.metrics.total_cost_usd?.value).toBeNull();
  });

  it("turns a judge that keeps answering prose into an error for the case, never a pass", async () => {
    const cwd = await workspace(1, judged());
    emu.script({ match: { model: "judge-model" }, reply: { content: "The answer looks faithful to me." } });
    const result = await runEvaluateLlm({}, io(cwd));
    expect(result.results[0]).toMatchObject({ status: "error" });
    expect(result.results[0]?.error).toContain("judges/claims is not valid after a retry: it is not JSON");
    const retry = judgeRequests()[1]?.body.messages.at(-1);
    expect(messageText(retry!)).toContain("Your answer is not valid: it is not JSON");
    expect(judgeRequests()).toHaveLength(2);
  });

  it("counts the judge's calls in a dry run", async () => {
    const cwd = await workspace(3, judged());
    const result = await runEvaluateLlm({ dryRun: true }, io(cwd));
    expect(result.estimate).toMatchObject({ graderCalls: 6, calls: 9 });
    expect(result.estimate?.graderCostUsd).toBeGreaterThan(0);
    expect(emu.requests).toHaveLength(0);
  });

  it("counts self-consistency's samples as calls to the provider under test in a dry run", async () => {
    const cwd = await workspace(3, selfConsistent());
    const result = await runEvaluateLlm({ dryRun: true }, io(cwd));
    // Per case: its call, 2 samples; the judge's claims and one verdict call per sample.
    expect(result.estimate).toMatchObject({ graderCalls: 9, calls: 3 * 3 + 9 });
    expect(emu.requests).toHaveLength(0);
  });

  /**
   * A suite judging head against base pairwise, the head's prompt changed since the base commit, and a
   * judge that always prefers the output it reads first: both orders disagree, every case a tie.
   */
  async function pairwiseWorkspace(cases: number): Promise<string> {
    const pairwise =
      "pairwise:\n  rubric: Explains the risk\n  question: risk of {{customer}}\n  margin: 0.2\n";
    const cwd = await workspace(
      cases,
      judged().replace(/ {4}- type: faithfulness[\s\S]*?threshold: 0.5\n/, "") + pairwise,
    );
    commitBase(cwd);
    await writeFile(
      path.join(cwd, "prompts/explain.prompt"),
      PROMPT("1.1.0", "Explain the churn risk briefly."),
    );
    emu.script({
      match: { model: "judge-model", contains: "You compare two outputs" },
      reply: { content: JSON.stringify({ winner: "first", reason: "first" }) },
    });
    return cwd;
  }

  it("judges base against head in both orders, counting the judge's calls in the grader cost", async () => {
    const cwd = await pairwiseWorkspace(4);
    await runEvaluateLlm({ base: "main" }, io(cwd));
    const env = (await envelopes(cwd))[0]!;
    expect(env.metrics.pairwise_win_rate).toMatchObject({ value: 0.5, n: 4 });
    expect(env.checks.find((c) => c.id === "pairwise:not-worse")?.message).toContain(
      "0 head wins, 0 base wins, 4 ties",
    );
    expect(judgeRequests()).toHaveLength(8);
    expect(env.metrics.grader_cost_usd).toMatchObject({ n: 8 });
    expect(env.metrics.grader_cost_usd?.value).toBeGreaterThan(0);
  });

  it("judges pairs in each shard and adds them up when the shards are merged", async () => {
    const cwd = await pairwiseWorkspace(6);
    // Per case: the head's and the base's call, and the pairwise judge's two.
    const estimate = (await runEvaluateLlm({ base: "main", dryRun: true }, io(cwd))).estimate;
    expect(estimate).toMatchObject({ graderCalls: 12, calls: 6 * 2 + 12 });
    for (const shard of ["1/2", "2/2"]) await runEvaluateLlm({ base: "main", shard }, io(cwd));
    await runMerge({ resultsDir: "merged" }, { logger, cwd });
    const env = (await readEnvelopes("merged", { cwd })).envelopes[0]!;
    expect(env.metrics.pairwise_win_rate).toMatchObject({ value: 0.5, n: 6 });
    expect(env.checks.find((c) => c.id === "pairwise:not-worse")?.message).toContain(
      "0 head wins, 0 base wins, 6 ties",
    );
    expect(env.metrics.grader_cost_usd).toMatchObject({ n: 12 });
  });

  it("refuses a judged assertion in a suite without a judge, located", async () => {
    const cwd = await workspace(1, judged().replace(/judge:\n( {2}.*\n)+/, ""));
    const e = await runEvaluateLlm({}, io(cwd)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ConfigError);
    expect(formatError(e)).toMatch(
      /churn\.yaml:\d+:\d+ \(defaults\.assert\[0\]\.type\): "faithfulness" is graded by a judge model/,
    );
  });
});
