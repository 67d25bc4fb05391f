import type { Detail } from "@mlops/core";
import type { AgreementRecord, Measurement } from "./agreement-record.ts";
import type { GradingResult } from "./assertions/definition.ts";
import type { CaseResult } from "./runner.ts";

/**
 * What stands behind each judged assertion of the version under test: the judge prompt and its version
 * that decided it, and how far that version was last measured to agree with human labels — a judged
 * score means as much as its judge does.
 */

interface JudgedUse {
  assertion: string;
  prompt: string;
  version: string;
  results: number;
  scoreSum: number;
  calls: number;
}

function judgedResults(grading: readonly GradingResult[] | undefined): GradingResult[] {
  return (grading ?? []).flatMap((g) => [...(g.judge ? [g] : []), ...judgedResults(g.components)]);
}

function agreementText(m: Measurement | undefined, known: string[]): string {
  if (!m) return known.length > 0 ? `not measured (measured: ${known.join(", ")})` : "not measured";
  const kappa = m.kappa === null ? "κ undefined" : `κ ${m.kappa.toFixed(2)}`;
  return `accuracy ${m.accuracy?.toFixed(2)}, ${kappa} (n ${m.n}, ${m.measured_at.slice(0, 10)})`;
}

export function judgedAssertionsDetail(
  results: readonly CaseResult[],
  record: AgreementRecord,
): Detail | undefined {
  const uses = new Map<string, JudgedUse>();
  for (const r of results) {
    if (r.side !== "head") continue;
    for (const g of judgedResults(r.grading)) {
      const judge = g.judge as NonNullable<GradingResult["judge"]>;
      const key = [g.assertion, judge.prompt, judge.version].join("\u0000");
      const use = uses.get(key) ?? {
        assertion: g.assertion,
        prompt: judge.prompt,
        version: judge.version,
        results: 0,
        scoreSum: 0,
        calls: 0,
      };
      use.results++;
      use.scoreSum += g.score;
      use.calls += judge.calls;
      uses.set(key, use);
    }
  }
  if (uses.size === 0) return undefined;
  return {
    type: "table",
    title: "Judged assertions: the judge prompt and its last measured agreement with human labels",
    columns: ["assertion", "judge prompt", "version", "results", "mean score", "judge calls", "agreement"],
    rows: [...uses.values()].map((u) => [
      u.assertion,
      u.prompt,
      u.version,
      u.results,
      Number((u.scoreSum / u.results).toFixed(3)),
      u.calls,
      agreementText(record[u.prompt]?.[u.version], Object.keys(record[u.prompt] ?? {})),
    ]),
  };
}
