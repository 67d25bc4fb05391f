import { pbkdf2 } from "node:crypto";

/**
 * A custom grader for eval-command.test.ts. In a process whose MLOPS_TEST_KILL_WHILE_GRADING is n, it
 * kills its own process with SIGKILL at the instant grading of customer n's answer starts: a `kill -9`
 * at a known moment, with no timing involved. Grading customer n - 1 keeps the thread pool busy
 * meanwhile, as a grader reading files or a burst of cache writes would: with UV_THREADPOOL_SIZE=1, a
 * journal written through the pool cannot have landed by then. Elsewhere it passes every answer.
 */
export default function killWhileGrading(
  _output: string,
  context: { vars: Record<string, unknown> },
): boolean {
  const target = process.env.MLOPS_TEST_KILL_WHILE_GRADING;
  if (target === undefined) return true;
  if (context.vars.customer === `Cust${target}`) process.kill(process.pid, "SIGKILL");
  if (context.vars.customer === `Cust${Number(target) - 1}`) {
    pbkdf2("busy", "salt", 500_000, 64, "sha512", () => {});
  }
  return true;
}
