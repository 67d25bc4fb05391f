/**
 * The churn example's README tells a user how to run the pipeline by hand. Every line of that block runs
 * here as written, in a copy of the example, through the installed command's entry (`bin/mlops.js`), with
 * the prompt evaluation pointed at a local OpenAI-compatible server: a README step that stopped working
 * fails this test, not a user.
 */
import { spawn } from "node:child_process";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenAIEmulator, type ScriptRule, startOpenAIEmulator } from "./emulators/openai-api.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const EXAMPLE = path.join(ROOT, "examples/churn");
let llm: OpenAIEmulator;

beforeAll(async () => {
  const script = JSON.parse(await readFile(path.join(EXAMPLE, "evals/emulator-script.json"), "utf8")) as {
    rules: ScriptRule[];
  };
  llm = await startOpenAIEmulator({ rules: script.rules });
});
afterAll(() => llm.close());

function sh(
  command: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("sh", ["-c", command], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (code) => resolve({ code, output }));
  });
}

describe("the churn example's README", () => {
  it("runs every line of its by-hand block, as written", async () => {
    const readme = await readFile(path.join(EXAMPLE, "README.md"), "utf8");
    const block = /By\s+hand[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block, "the README's by-hand block").toBeDefined();
    const lines = block!.trim().split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(5);
    // Inside the repository, so the example's own scripts find their dependencies as they do in place.
    const dir = await mkdtemp(path.join(ROOT, "examples", ".readme-run-"));
    try {
      await cp(EXAMPLE, dir, {
        recursive: true,
        filter: (src) => !/[\\/](\.mlops|data|model-out)$/.test(src),
      });
      const env = {
        PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`,
        HOME: process.env.HOME,
        OPENAI_BASE_URL: llm.url,
      };
      for (const line of lines) {
        // `npx mlops` is the installed command; `OPENAI_API_KEY=…` is the user's key.
        const command = line
          .replace(/^npx mlops /, `node ${JSON.stringify(path.join(ROOT, "bin/mlops.js"))} `)
          .replace(
            /^OPENAI_API_KEY=… npx mlops /,
            `OPENAI_API_KEY=sk-readme node ${JSON.stringify(path.join(ROOT, "bin/mlops.js"))} `,
          );
        const { code, output } = await sh(command, dir, env);
        expect(code, `${line}\n${output}`).toBe(0);
      }
      expect(llm.completions).toBeGreaterThan(0);
      const report = await readFile(path.join(dir, ".mlops/report/report.md"), "utf8");
      expect(report).toMatch(/^## .*mlops report/m);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
