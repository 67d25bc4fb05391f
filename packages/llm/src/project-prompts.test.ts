/**
 * The project's own prompts (the LLM-judge prompts) and the example's: every suite loads, every case
 * renders strictly, and each prompts.lock.json matches its prompt files.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadPromptDir } from "./prompt-file.ts";
import { readPromptLock, staleLockEntries } from "./prompt-lock.ts";
import { PromptRenderer } from "./prompt-render.ts";
import { loadSuite } from "./suite-loader.ts";
import { JUDGE_SUITES, ROOT } from "./test-support/judge-suites.ts";

describe.each([
  {
    root: ROOT,
    suites: JUDGE_SUITES,
  },
  {
    root: path.join(ROOT, "examples/churn"),
    suites: ["evals/explain-risk.yaml", "evals/account-answers.yaml"],
  },
])("prompts under $root", ({ root, suites }) => {
  it("have a fresh lock file", async () => {
    const set = await loadPromptDir(path.join(root, "prompts"));
    const lock = await readPromptLock(path.join(root, "prompts.lock.json"));
    expect(lock).toBeDefined();
    expect(staleLockEntries(set.prompts, lock!, root)).toEqual([]);
  });

  it.each(suites)("%s loads and renders every case", async (suiteFile) => {
    const loaded = await loadSuite(path.join(root, suiteFile));
    const set = await loadPromptDir(path.join(root, "prompts"));
    const renderer = new PromptRenderer(set);
    for (const ref of loaded.suite.prompts) {
      const prompt = set.prompts.find((p) => path.resolve(p.file) === path.resolve(root, "prompts", ref));
      expect(prompt, ref).toBeDefined();
      for (const c of loaded.cases) {
        const request = await renderer.render(prompt!, c.vars, "gpt-4.1-mini");
        expect(request.messages.length).toBeGreaterThan(1);
      }
    }
  });
});
