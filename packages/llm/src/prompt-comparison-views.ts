import type { Detail } from "@mlops/core";
import type { PromptEvaluation } from "./eval-envelope.ts";
import { clip } from "./prompt-eval-checks.ts";
import type { CaseResult } from "./runner.ts";
import { pairKey, type SideComparison, splitPairKey } from "./side-stats.ts";

type CaseComparison = Extract<Detail, { type: "case-comparison" }>;
type Outcome = CaseComparison["cases"][number]["after"];

/** Cases in the result file: the report shows this many, the rest are in the JUnit file and the log. */
export const MAX_COMPARED_CASES = 100;
/** Characters of each output kept: the answer's start shows what went wrong. */
export const MAX_OUTPUT_CHARS = 2000;

const CHANGE_ORDER = { regressed: 0, failing: 1, fixed: 2, passing: 3 } as const;

/**
 * promptfoo's viewer for a base-vs-head run: the template's line diff when it changed, and each case's
 * base and head outputs side by side, regressed and failing cases first. Nothing without a base.
 */
export function promptComparisonViews(evaluation: PromptEvaluation, comparison: SideComparison): Detail[] {
  const { head, base } = evaluation;
  if (!base || !comparison.base) return [];
  const beforeLabel = `base ${base.version}`;
  const afterLabel = `head ${head.version}`;
  const views: Detail[] = [];
  if (base.template !== undefined && head.template !== undefined && base.template !== head.template) {
    views.push({
      type: "text-diff",
      title: "Prompt template diff",
      before: { label: beforeLabel, text: base.template },
      after: { label: afterLabel, text: head.template },
    });
  }
  const first = (side: "head" | "base") => {
    const byKey = new Map<string, CaseResult>();
    for (const r of evaluation.results) {
      if (r.side !== side || r.status === "skipped") continue;
      const seen = byKey.get(pairKey(r));
      if (!seen || r.repeat < seen.repeat) byKey.set(pairKey(r), r);
    }
    return byKey;
  };
  const headFirst = first("head");
  const baseFirst = first("base");
  const providers = new Set(evaluation.results.map((r) => r.provider));
  const cases: CaseComparison["cases"] = [...comparison.head.verdicts].map(([key, headPass]) => {
    const basePass = comparison.base!.verdicts.get(key);
    const [caseId, provider] = splitPairKey(key);
    const baseResult = baseFirst.get(key);
    return {
      id: providers.size > 1 ? `${caseId} · ${provider}` : caseId,
      change:
        basePass === true && !headPass
          ? "regressed"
          : basePass === false && headPass
            ? "fixed"
            : headPass
              ? "passing"
              : "failing",
      ...(baseResult && basePass !== undefined ? { before: outcome(baseResult, basePass) } : {}),
      after: outcome(headFirst.get(key)!, headPass),
    };
  });
  cases.sort((a, b) => CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change]);
  views.push({
    type: "case-comparison",
    title: `Outputs, ${beforeLabel} against ${afterLabel}`,
    before: beforeLabel,
    after: afterLabel,
    cases: cases.slice(0, MAX_COMPARED_CASES),
  });
  return views;
}

/** A side's verdict over its repeats, shown with its first repeat's output and, when it failed, why. */
function outcome(result: CaseResult, passed: boolean): Outcome {
  const status = passed ? "pass" : result.status === "error" ? "error" : "fail";
  const reason = passed ? undefined : (result.reason ?? result.error);
  return {
    status,
    ...(result.output === undefined ? {} : { output: clip(result.output, MAX_OUTPUT_CHARS) }),
    ...(reason ? { reason: clip(reason, 300) } : {}),
  };
}
