/**
 * A custom grader for eval-command.test.ts that takes its time over case c0: it passes only once the
 * model has been asked about case c1 meanwhile — which happens only if grading holds no request slot.
 */
export const asked: string[] = [];

export default async function gradeSlowly(
  _output: string,
  context: { vars: Record<string, unknown> },
): Promise<boolean> {
  if (context.vars.customer !== "Cust0") return true;
  for (let waited = 0; waited < 5000; waited += 10) {
    if (asked.some((text) => text.includes("Cust1 "))) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return false;
}
