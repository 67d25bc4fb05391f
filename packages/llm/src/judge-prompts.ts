import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError } from "@mlops/core";
import * as z from "zod";
import { loadPromptFile, type PromptFile } from "./prompt-file.ts";

/**
 * The project's own judge prompts (`prompts/judges/*.prompt`), the graders of the LLM-judged assertions.
 * They ship beside the code that uses them: in this repository, in the checkout of the action a workflow
 * runs (`dist/chunks/` two levels below them) and in the CLI's package, so the folder is found by walking
 * up from this module. Each answer is validated against the prompt's own output schema. The red team's
 * attacker model speaks through the same machinery (`attacker`), so its prompt is versioned and locked
 * alike.
 */

export const JUDGE_PROMPT_NAMES = [
  "claims",
  "claim-verdicts",
  "contradiction",
  "factuality",
  "rubric",
  "context-precision",
  "question-generation",
  "pairwise",
  "refusal",
  "attacker",
] as const;
export type JudgePromptName = (typeof JUDGE_PROMPT_NAMES)[number];

export interface JudgePrompt {
  prompt: PromptFile;
  /** The prompt's output schema as zod: every answer is parsed with it. */
  answer: z.ZodType;
}

export type JudgePrompts = ReadonlyMap<JudgePromptName, JudgePrompt>;

/** The `prompts` folder that holds `judges/`, from the nearest ancestor of `from` that has one. */
export function judgePromptDir(from = path.dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "prompts");
    if (existsSync(path.join(candidate, "judges", "claims.prompt"))) return candidate;
    if (path.dirname(dir) === dir) {
      throw new ConfigError(`the judge prompts (prompts/judges/) are not installed next to ${from}`, {
        hint: "reinstall mlops: its package ships prompts/judges/",
      });
    }
  }
}

export async function loadJudgePrompts(dir = judgePromptDir()): Promise<JudgePrompts> {
  const prompts = new Map<JudgePromptName, JudgePrompt>();
  for (const name of JUDGE_PROMPT_NAMES) {
    const prompt = await loadPromptFile(path.join(dir, "judges", `${name}.prompt`), dir);
    prompts.set(name, {
      prompt,
      answer: z.fromJSONSchema(prompt.outputSchema as z.core.JSONSchema.JSONSchema),
    });
  }
  return prompts;
}
