import type { Detail } from "@mlops/core";
import type { AgreementRecord, Measurement } from "./agreement-record.ts";
import type { GradingResult } from "./assertions/definition.ts";
import type { CaseResult } from "./runner.ts";

/**
 * What stands behind each judged assertion of the version under test: its mean score, whether it decides
 * the tests, the judge prompt and version that graded it with its calls and cost, and how far that version
 * was last measured to agree with human labels — a judged score means as much as its judge does.
 */

interface JudgedUse {
  assertion: string;
  prompt: string;
  version: string;
  results: number;
  scoreSum: number;
  /** Some results were not gated (no threshold: reported only). */
  ungated: boolean;
  calls: number;
  /** undefined once a call had no price. */
  costUsd: number | undefined;
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
        ungated: false,
        calls: 0,
        costUsd: 0,
      };
      use.results++;
      use.scoreSum += g.score;
      use.ungated ||= g.gated === false;
      use.calls += judge.calls;
      use.costUsd =
        use.costUsd === undefined || judge.costUsd === undefined ? undefined : use.costUsd + judge.costUsd;
      uses.set(key, use);
    }
  }
  if (uses.size === 0) return undefined;
  return {
    type: "table",
    title: "Judged assertions: the judge prompt and its last measured agreement with human labels",
    columns: [
      "assertion",
      "judge prompt",
      "version",
      "results",
      "mean score",
      "gated",
      "judge calls",
      "judge cost (USD)",
      "agreement",
    ],
    rows: [...uses.values()].map((u) => [
      u.assertion,
      u.prompt,
      u.version,
      u.results,
      Number((u.scoreSum / u.results).toFixed(3)),
      u.ungated ? "no (no threshold: reported only)" : "yes",
      u.calls,
      u.costUsd === undefined ? "no price" : Number(u.costUsd.toPrecision(4)),
      agreementText(record[u.prompt]?.[u.version], Object.keys(record[u.prompt] ?? {})),
    ]),
  };
}
