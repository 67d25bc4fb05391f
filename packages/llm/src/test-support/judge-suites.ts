import { readdirSync } from "node:fs";
import path from "node:path";

/** The repository root. */
export const ROOT = path.resolve(import.meta.dirname, "../../../..");

/**
 * The judge prompts' meta-evaluation suites, found as the judges workflow finds them
 * (`evals/judge-*.yaml`), so a new judge's suite is checked without being listed here.
 */
export const JUDGE_SUITES: readonly string[] = readdirSync(path.join(ROOT, "evals"))
  .filter((f) => /^judge-.*\.yaml$/.test(f))
  .sort()
  .map((f) => `evals/${f}`);
