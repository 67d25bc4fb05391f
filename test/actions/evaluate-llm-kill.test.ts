/**
 * Exactly-once LLM calls, black-box: the bundled evaluate-llm action on 2,000 cases with the cache off is
 * killed with SIGKILL at 15 moments (whatever it is doing then: sending, receiving, journaling, grading),
 * and rerun each time. No answer the killed run had journaled may be asked for again; what is asked again
 * are the calls in flight at the kill — at most the concurrency sent and not answered, plus answers that
 * had arrived (freeing their slot for the next request) but were not yet returned by the SDK. The final
 * result must be the one an uninterrupted run gives.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
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

/** The customers whose answers the journal holds: the calls a rerun must not make again. */
async function journaled(cwd: string): Promise<Set<string>> {
  const dir = path.join(cwd, ".mlops/llm-cache/checkpoints");
  const found = new Set<string>();
  for (const file of await readdir(dir).catch(() => [] as string[])) {
    for (const line of (await readFile(path.join(dir, file), "utf8")).split("\n")) {
      const customer = /customer (Cust\d+)/.exec(line)?.[1];
      if (customer) found.add(customer);
    }
  }
  return found;
}

/** The customer each request asked about, in the order the server received them. */
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
    const journals: Set<string>[] = [];
    for (let k = 1; k <= KILLS; k++) {
      segments.push(emu.requests.length);
      // Killed when the server has answered a share of the cases: a moment chosen by progress, not time.
      const at = Math.round((k * CASES) / (KILLS + 1));
      const killed = await runAction({
        ...run(cwd),
        signal: { name: "SIGKILL", when: () => emu.completions >= at },
      });
      expect(killed.signal, `kill ${k}: ${killed.stdout}${killed.stderr}`).toBe("SIGKILL");
      journals.push(await journaled(cwd));
    }
    segments.push(emu.requests.length);
    const finished = await runAction(run(cwd));
    expect(finished.exitCode, finished.stdout + finished.stderr).toBe(0);

    // The journal is read for real: by the last kill it holds most of the answers.
    expect(journals.at(-1)!.size).toBeGreaterThan(CASES / 2);
    const asked = askedAbout();
    expect(new Set(asked).size).toBe(CASES);
    const seen = new Set<string | undefined>();
    for (let s = 0; s < segments.length; s++) {
      const mine = asked.slice(segments[s], segments[s + 1]);
      if (s > 0) {
        // Nothing journaled before the kill is asked again; what is, was in flight then.
        expect(
          mine.filter((c) => journals[s - 1]!.has(c!)),
          `run ${s + 1}`,
        ).toEqual([]);
        const repeated = mine.filter((c) => seen.has(c)).length;
        expect(repeated, `run ${s + 1} repeated ${repeated} calls`).toBeLessThanOrEqual(2 * CONCURRENCY);
      }
      for (const c of mine) seen.add(c);
    }
    expect(emu.completions - CASES).toBeLessThanOrEqual(KILLS * 2 * CONCURRENCY);
    const after = await result(cwd, finished.outputs["result-paths"]!);
    expect(after.status).toBe(expected.status);
    expect(after.metrics.pass_rate).toEqual(expected.metrics.pass_rate);
    expect(after.checks.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual(
      expected.checks.map((c: { id: string; status: string }) => [c.id, c.status]),
    );
  }, 600_000);
});
