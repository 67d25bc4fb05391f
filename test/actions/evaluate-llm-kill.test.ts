/**
 * Exactly-once LLM calls, black-box: the bundled evaluate-llm action on 2,000 cases with the cache off is
 * killed with SIGKILL at 15 moments (whatever it is doing then: sending, receiving, journaling, grading),
 * and rerun each time. The server must see each case once, plus at most the calls in flight at each kill,
 * and the final result must be the one an uninterrupted run gives.
 */
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messageText, type OpenAIEmulator, startOpenAIEmulator } from "../emulators/openai-api.ts";
import { type RunActionOptions, runAction } from "../harness/run-action.ts";

const KEY = "sk-kill-test-0123456789abcdefghij";
const CASES = 2000;
const CONCURRENCY = 20;
const KILLS = 15;
let emu: OpenAIEmulator;

beforeAll(async () => {
  emu = await startOpenAIEmulator({ apiKeys: [KEY], latencyMs: 5 });
});
afterAll(() => emu.close());

async function workspace(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "evaluate-llm-kill-"));
  await mkdir(path.join(dir, "prompts"));
  await mkdir(path.join(dir, "evals"));
  await writeFile(
    path.join(dir, "prompts/explain.prompt"),
    '---\nversion: "1.0.0"\n---\nExplain the churn risk of customer {{customer}}.',
  );
  await writeFile(
    path.join(dir, "evals/churn.yaml"),
    [
      "prompts: [explain.prompt]",
      "providers:",
      "  - model: gpt-4o-mini",
      `    base_url: ${emu.url}`,
      `    concurrency: ${CONCURRENCY}`,
      "datasets: [cases.jsonl]",
      "defaults:",
      "  assert:",
      "    - type: icontains",
      '      value: "{{customer}}"',
    ].join("\n"),
  );
  const rows = Array.from({ length: CASES }, (_, i) => JSON.stringify({ id: `c${i}`, customer: `Cust${i}` }));
  await writeFile(path.join(dir, "evals/cases.jsonl"), `${rows.join("\n")}\n`);
  return dir;
}

const run = (cwd: string): RunActionOptions => ({
  entry: "actions/evaluate-llm/dist/index.js",
  cwd,
  inputs: { cache: "off", "only-changed": "false" },
  env: { OPENAI_API_KEY: KEY },
  eventName: "push",
  timeoutMs: 120_000,
});

/** The customer each request asked about, in the order the server answered them. */
const askedAbout = () =>
  emu.requests.map((r) => /customer (Cust\d+)/.exec(r.body.messages.map(messageText).join("\n"))?.[1]);

async function result(cwd: string, resultPath: string) {
  const envelope = JSON.parse(await readFile(path.resolve(cwd, resultPath), "utf8"));
  return { status: envelope.status, metrics: envelope.metrics, checks: envelope.checks };
}

describe("evaluate-llm killed 15 times", () => {
  it("makes each call once plus at most those in flight at each kill, and ends with the uninterrupted result", async () => {
    const clean = await workspace();
    emu.reset();
    const uninterrupted = await runAction(run(clean));
    expect(uninterrupted.exitCode, uninterrupted.stdout + uninterrupted.stderr).toBe(0);
    expect(emu.completions).toBe(CASES);
    const expected = await result(clean, uninterrupted.outputs["result-paths"]!);

    const cwd = await workspace();
    emu.reset();
    const segments: number[] = [];
    for (let k = 1; k <= KILLS; k++) {
      segments.push(emu.requests.length);
      // Killed when the server has answered a share of the cases: a moment chosen by progress, not time.
      const at = Math.round((k * CASES) / (KILLS + 1));
      const killed = await runAction({
        ...run(cwd),
        signal: { name: "SIGKILL", when: () => emu.completions >= at },
      });
      expect(killed.signal, `kill ${k}: ${killed.stdout}${killed.stderr}`).toBe("SIGKILL");
    }
    segments.push(emu.requests.length);
    const finished = await runAction(run(cwd));
    expect(finished.exitCode, finished.stdout + finished.stderr).toBe(0);

    const asked = askedAbout();
    expect(new Set(asked).size).toBe(CASES);
    // Each run repeats only what the run before it had in flight when it died.
    const seen = new Set<string | undefined>();
    for (let s = 0; s < segments.length; s++) {
      const mine = asked.slice(segments[s], segments[s + 1]);
      const repeated = mine.filter((c) => seen.has(c)).length;
      expect(repeated, `run ${s + 1} repeated ${repeated} calls`).toBeLessThanOrEqual(CONCURRENCY);
      for (const c of mine) seen.add(c);
    }
    expect(emu.completions - CASES).toBeLessThanOrEqual(KILLS * CONCURRENCY);
    const after = await result(cwd, finished.outputs["result-paths"]!);
    expect(after.status).toBe(expected.status);
    expect(after.metrics.pass_rate).toEqual(expected.metrics.pass_rate);
    expect(after.checks.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual(
      expected.checks.map((c: { id: string; status: string }) => [c.id, c.status]),
    );
  }, 600_000);
});
