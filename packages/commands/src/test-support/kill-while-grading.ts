/**
 * A custom grader for eval-command.test.ts. When MLOPS_TEST_KILL_WHILE_GRADING is n, it kills the
 * evaluating process (its parent: graders run in a process of their own) with SIGKILL the instant it is
 * asked to grade customer n's answer: a `kill -9` at a known moment, with no timing involved. Elsewhere it
 * passes every answer.
 */
export default function killWhileGrading(
  _output: string,
  context: { vars: Record<string, unknown> },
): boolean {
  const target = process.env.MLOPS_TEST_KILL_WHILE_GRADING;
  if (target === undefined) return true;
  if (context.vars.customer === `Cust${target}`) process.kill(process.ppid, "SIGKILL");
  return true;
}
