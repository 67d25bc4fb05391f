import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { JUDGE_PROMPT_NAMES, judgePromptDir, loadJudgePrompts } from "./judge-prompts.ts";

const ROOT = path.resolve(import.meta.dirname, "../../..");

describe("judge prompts", () => {
  it("are found from the source, from a bundle chunk and from an action's bundle", () => {
    const prompts = path.join(ROOT, "prompts");
    expect(judgePromptDir()).toBe(prompts);
    expect(judgePromptDir(path.join(ROOT, "dist/chunks"))).toBe(prompts);
    expect(judgePromptDir(path.join(ROOT, "actions/evaluate-llm/dist"))).toBe(prompts);
  });

  it("ship in the CLI's package", async () => {
    const manifest = JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8")) as {
      files: string[];
    };
    expect(manifest.files).toContain("prompts/judges/");
  });

  it("say where they were looked for when missing", async () => {
    const elsewhere = await mkdtemp(path.join(tmpdir(), "no-prompts-"));
    expect(() => judgePromptDir(elsewhere)).toThrow(/prompts\/judges\/\) are not installed next to/);
  });

  it("all load, each answer checked against its own output schema", async () => {
    const prompts = await loadJudgePrompts();
    expect([...prompts.keys()]).toEqual([...JUDGE_PROMPT_NAMES]);
    const verdicts = prompts.get("claim-verdicts")!.answer;
    expect(verdicts.safeParse({ verdicts: [{ claim: "a", verdict: "idk", reason: "r" }] }).success).toBe(
      true,
    );
    expect(verdicts.safeParse({ verdicts: [{ claim: "a", verdict: "maybe", reason: "r" }] }).success).toBe(
      false,
    );
    expect(prompts.get("rubric")!.answer.safeParse({ score: 3.5, reason: "r" }).success).toBe(false);
    for (const { prompt } of prompts.values()) {
      expect(prompt.id).toMatch(/^judges\//);
      expect(prompt.config.temperature).toBe(0);
      expect(prompt.outputFormat).toBe("json");
    }
  });
});
