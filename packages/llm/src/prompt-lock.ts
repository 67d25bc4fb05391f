import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseConfigText } from "@mlops/core";
import * as z from "zod";
import type { PromptFile } from "./prompt-file.ts";
import { compareSemver, parseSemver } from "./semver.ts";

/**
 * `prompts.lock.json` records each prompt's version and hashes, so a reviewer sees in the diff what
 * changed, and the lint finds content edited without a version bump, or a contract (input/output
 * schema) changed without a major bump.
 */

export const PROMPT_LOCK_FILE = "prompts.lock.json";

const LockEntrySchema = z
  .object({
    file: z.string(),
    version: z.string(),
    contentHash: z.string(),
    templateHash: z.string(),
    specHash: z.string(),
    schemaHash: z.string(),
    dotpromptVersion: z.string(),
  })
  .strict();
export type PromptLockEntry = z.infer<typeof LockEntrySchema>;

export const PromptLockSchema = z
  .object({ lockfileVersion: z.literal(1), prompts: z.record(z.string(), LockEntrySchema) })
  .strict();
export type PromptLock = z.infer<typeof PromptLockSchema>;

export function lockEntry(prompt: PromptFile, root: string): PromptLockEntry {
  return {
    file: path.relative(root, prompt.file).split(path.sep).join("/"),
    version: prompt.version,
    ...prompt.hashes,
  };
}

export function buildPromptLock(prompts: readonly PromptFile[], root: string): PromptLock {
  const entries = [...prompts].sort((a, b) => (a.id < b.id ? -1 : 1)).map((p) => [p.id, lockEntry(p, root)]);
  return { lockfileVersion: 1, prompts: Object.fromEntries(entries) };
}

export async function readPromptLock(file: string): Promise<PromptLock | undefined> {
  const text = await readFile(file, "utf8").catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return undefined;
    throw e;
  });
  return text === undefined ? undefined : parseConfigText(text, file, PromptLockSchema);
}

export async function writePromptLock(file: string, lock: PromptLock): Promise<void> {
  await writeFile(file, `${JSON.stringify(lock, null, 2)}\n`);
}

export type LintRule = "version-not-bumped" | "version-decreased" | "major-bump-required" | "lock-stale";

export interface LintFinding {
  prompt: string;
  file: string;
  rule: LintRule;
  message: string;
  hint: string;
}

/** What the lint needs to know about the base version of a prompt. */
export type BaseVersion = Pick<PromptLockEntry, "version" | "contentHash" | "schemaHash">;

export function lintPromptVersions(
  head: readonly PromptFile[],
  base: ReadonlyMap<string, BaseVersion>,
): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const prompt of head) {
    const before = base.get(prompt.id);
    if (!before || before.contentHash === prompt.hashes.contentHash) continue;
    const was = parseSemver(before.version);
    const now = parseSemver(prompt.version);
    if (!was || !now) continue;
    const order = compareSemver(now, was);
    const at = { prompt: prompt.id, file: prompt.file };
    if (order === 0) {
      findings.push({
        ...at,
        rule: "version-not-bumped",
        message: `prompt "${prompt.id}" changed but its version is still ${prompt.version}`,
        hint: `bump version in ${prompt.file} (patch for wording, minor for behaviour, major for the input/output contract)`,
      });
      continue;
    }
    if (order < 0) {
      findings.push({
        ...at,
        rule: "version-decreased",
        message: `prompt "${prompt.id}" went from version ${before.version} down to ${prompt.version}`,
        hint: "versions only go up: pick one above the base version",
      });
      continue;
    }
    // Under 1.0.0 semver treats a minor bump as breaking.
    const breakingBump = was.major === 0 ? now.major > 0 || now.minor > was.minor : now.major > was.major;
    if (before.schemaHash !== prompt.hashes.schemaHash && !breakingBump) {
      findings.push({
        ...at,
        rule: "major-bump-required",
        message: `prompt "${prompt.id}" changed its input or output schema, which needs a major version bump (${before.version} → ${prompt.version})`,
        hint: `callers depend on the contract: set version to ${was.major === 0 ? `0.${was.minor + 1}.0` : `${was.major + 1}.0.0`} or later`,
      });
    }
  }
  return findings;
}

/** Lock entries that no longer describe the prompt files (or prompts missing from the lock). */
export function staleLockEntries(head: readonly PromptFile[], lock: PromptLock, root: string): LintFinding[] {
  const findings: LintFinding[] = [];
  const hint = "run `mlops eval --update-lock` and commit prompts.lock.json";
  for (const prompt of head) {
    const entry = lock.prompts[prompt.id];
    const expected = lockEntry(prompt, root);
    if (!entry || JSON.stringify(entry) !== JSON.stringify(expected)) {
      findings.push({
        prompt: prompt.id,
        file: prompt.file,
        rule: "lock-stale",
        message: entry
          ? `prompts.lock.json is out of date for "${prompt.id}"`
          : `prompt "${prompt.id}" is missing from prompts.lock.json`,
        hint,
      });
    }
  }
  for (const id of Object.keys(lock.prompts)) {
    if (!head.some((p) => p.id === id)) {
      findings.push({
        prompt: id,
        file: lock.prompts[id]?.file ?? PROMPT_LOCK_FILE,
        rule: "lock-stale",
        message: `prompts.lock.json lists "${id}", which no longer exists`,
        hint,
      });
    }
  }
  return findings;
}
