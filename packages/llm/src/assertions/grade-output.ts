import type { GradingContext, GradingResult } from "./definition.ts";
import { type Assertion, runAssertion } from "./registry.ts";

/**
 * A test's verdict: the weighted mean score of its assertions; with a threshold, pass when the score
 * reaches it, otherwise pass when every weighted assertion passes. Weight 0, and a score without a
 * threshold (`gated: false`), report without deciding.
 */
export async function gradeOutput(
  assertions: readonly Assertion[],
  ctx: GradingContext,
  threshold?: number,
): Promise<GradingResult> {
  const components: GradingResult[] = [];
  for (const a of assertions) components.push(await runAssertion(a, ctx));
  const weighted = components.filter((c) => (c.weight ?? 1) > 0 && c.gated !== false);
  const totalWeight = weighted.reduce((n, c) => n + (c.weight ?? 1), 0);
  const score =
    totalWeight === 0 ? 1 : weighted.reduce((n, c) => n + c.score * (c.weight ?? 1), 0) / totalWeight;
  const pass = threshold !== undefined ? score >= threshold : weighted.every((c) => c.pass);
  const failed = weighted.filter((c) => !c.pass);
  const verdict =
    components.length === 0
      ? "no assertions"
      : threshold !== undefined
        ? `score ${score.toFixed(3)} ${pass ? "≥" : "<"} threshold ${threshold}`
        : failed.length === 0
          ? `all ${weighted.length} assertions passed`
          : failed.map((c) => `${c.assertion}: ${c.reason}`).join("; ");
  const reported = components.filter((c) => c.gated === false).map((c) => `${c.assertion}: ${c.reason}`);
  const reason = reported.length === 0 ? verdict : `${verdict}; reported only — ${reported.join("; ")}`;
  return { pass, score, reason, assertion: "test", components };
}
