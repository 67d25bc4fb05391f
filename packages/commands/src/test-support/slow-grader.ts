import { existsSync } from "node:fs";

/**
 * A custom grader for eval-command.test.ts that takes its time over case c0: it passes only once the
 * model has been asked about case c1 meanwhile — which happens only if grading holds no request slot. The
 * test's model server creates the file named by the assertion's `value` when it is asked about c1 (the
 * grader runs in a process of its own, so a file is what they share).
 */
export default async function gradeSlowly(
  _output: string,
  context: { vars: Record<string, unknown>; value: unknown },
): Promise<boolean> {
  if (context.vars.customer !== "Cust0") return true;
  for (let waited = 0; waited < 5000; waited += 10) {
    if (existsSync(String(context.value))) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return false;
}
